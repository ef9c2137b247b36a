"""Preview, print and save a built paper: the real PDF pages, rendered off the UI thread.

The dialog receives the PDF bytes (built by ``cchc_desktop.documents``); pypdfium2
renders the pages on the task runner's parallel lane and returns plain values
(``RenderedPage``); the UI thread only wraps them in pixmaps. Printing renders the
pages again at the printer's resolution (300 to 600 dpi, so the barcode and the
QR scan) on the same lane, then paints them on the printer with the page size and
orientation of the PDF (A5 portrait for forms, A4 landscape for the ledger).

Keys: Ctrl+P or Enter prints (the "In" button is the default), Ctrl+S saves a copy
as PDF, Esc closes.

``PaperFlow`` is what a page calls after an action (e.g. F9 after accepting a
dossier, or after guiding a citizen at the counter with Mẫu 02): it issues the paper
through ``services.documents.DocumentService`` on the database lane (asking for a
reason when it is a reprint), then either opens the preview or, with ``direct=True``,
prints straight to the default printer: one key press. It also prints the ledger of a
period, reprints a paper chosen in a list and reopens an archived original.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.errors import DomainError
from cchc_desktop.ui.tasks import TaskRunner

PREVIEW_DPI = 110
MIN_PRINT_DPI = 300  # the barcode and the QR must scan from the paper
MAX_PRINT_DPI = 600  # an A5 page at 600 dpi is 14 MB of pixels; more buys nothing on paper
POINTS_PER_MM = 72 / 25.4

# PDFium may not be called from two threads at once, even on different documents.
_pdfium_lock = threading.Lock()


@dataclass(frozen=True)
class RenderedPage:
    """One page as plain values: its size in points and RGBX pixels."""

    width_pt: float
    height_pt: float
    width_px: int
    height_px: int
    stride: int
    pixels: bytes

    def to_image(self) -> QImage:
        image = QImage(self.pixels, self.width_px, self.height_px, self.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # detach from the Python buffer


def render_pdf(pdf: bytes, dpi: float) -> list[RenderedPage]:
    """Render every page of ``pdf`` at ``dpi`` (runs on a worker thread)."""
    import pypdfium2 as pdfium

    pages: list[RenderedPage] = []
    with _pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                page = document[index]
                width_pt, height_pt = page.get_size()
                bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
                pages.append(RenderedPage(width_pt, height_pt, bitmap.width, bitmap.height,
                                          bitmap.stride, bytes(bitmap.buffer)))
                bitmap.close()
                page.close()
        finally:
            document.close()
    return pages


def page_size_label(width_pt: float, height_pt: float) -> str:
    """"A5 (148 × 210 mm), khổ dọc" for the status line of the dialog."""
    short, long_ = sorted((width_pt, height_pt))
    name = QPageSize(QSizeF(short, long_), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch).name()
    w_mm = round(width_pt / POINTS_PER_MM)
    h_mm = round(height_pt / POINTS_PER_MM)
    orientation = "khổ ngang" if width_pt > height_pt else "khổ dọc"
    return f"{name} ({w_mm} × {h_mm} mm), {orientation}"


def page_layout_for(width_pt: float, height_pt: float) -> QPageLayout:
    """The printer page layout matching one PDF page: size, orientation, no margins."""
    short, long_ = sorted((width_pt, height_pt))
    size = QPageSize(QSizeF(short, long_), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if width_pt > height_pt
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_pages(printer: QPrinter, pages: list[RenderedPage]) -> None:
    """Paint rendered pages onto ``printer``, each filling its page (UI thread)."""
    if not pages:
        return
    printer.setFullPage(True)
    printer.setPageLayout(page_layout_for(pages[0].width_pt, pages[0].height_pt))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("Không mở được máy in.")
    try:
        for index, page in enumerate(pages):
            if index:
                printer.setPageLayout(page_layout_for(page.width_pt, page.height_pt))
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, page.to_image())
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Shows the pages of one paper; prints it or saves it as PDF."""

    rendered = Signal(int)  # number of pages shown
    printed = Signal()
    saved = Signal(str)

    def __init__(self, pdf: bytes, title: str, runner: TaskRunner,
                 suggested_name: str = "giay-to.pdf", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = pdf
        self._runner = runner
        self._suggested_name = suggested_name
        self._pages: list[RenderedPage] = []
        self.setWindowTitle(title)
        self.resize(760, 900)

        self._status = QLabel(self.tr("Đang dựng trang in…"))
        self._pages_box = QWidget()
        self._pages_layout = QVBoxLayout(self._pages_box)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._pages_box)
        scroll.setBackgroundRole(scroll.backgroundRole())

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setDefault(True)
        self.print_button.setAutoDefault(True)
        self.save_button = QPushButton(self.tr("Lưu PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        self._runner.run_io(render_pdf, pdf, PREVIEW_DPI, on_done=self._on_rendered,
                            on_error=self._on_render_failed)

    # -- public API (also used by tests) ---------------------------------------------------

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def page_labels(self) -> list[QLabel]:
        return self._pages_box.findChildren(QLabel)

    def page_info(self) -> list[tuple[float, float]]:
        """(width, height) in points of each rendered page."""
        return [(page.width_pt, page.height_pt) for page in self._pages]

    def save_to(self, path: str | Path) -> Path:
        """Write the exact PDF bytes (the archived original, not a re-render)."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        target.write_bytes(self._pdf)
        self.saved.emit(str(target))
        return target

    def print_to(self, printer: QPrinter) -> None:
        """Render at the printer's resolution off the UI thread, then paint."""
        dpi = min(MAX_PRINT_DPI, max(MIN_PRINT_DPI, printer.resolution()))
        self.print_button.setEnabled(False)
        self._status.setText(self.tr("Đang gửi tới máy in…"))

        def done(pages: list[RenderedPage]) -> None:
            try:
                paint_pages(printer, pages)
            finally:
                self.print_button.setEnabled(True)
            self._status.setText(self.tr("Đã gửi %n trang tới máy in.", "", len(pages)))
            self.printed.emit()

        self._runner.run_io(render_pdf, self._pdf, dpi, on_done=done,
                            on_error=self._on_print_failed)

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._pages:
            printer.setPageLayout(page_layout_for(self._pages[0].width_pt,
                                                  self._pages[0].height_pt))
        printer.setDocName(self.windowTitle())
        return printer

    # -- slots -------------------------------------------------------------------------------

    def _on_rendered(self, pages: list[RenderedPage]) -> None:
        self._pages = pages
        for page in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(page.to_image()))
            label.setFrameShape(QLabel.Shape.Box)
            self._pages_layout.addWidget(label)
        if pages:
            self._status.setText(self.tr("%1 trang, %2").replace("%1", str(len(pages))).replace(
                "%2", page_size_label(pages[0].width_pt, pages[0].height_pt)))
        self.print_button.setEnabled(bool(pages))
        self.print_button.setFocus()
        self.rendered.emit(len(pages))

    def _on_render_failed(self, exc: BaseException) -> None:
        self._status.setText(self.tr("Không dựng được trang in: %1").replace("%1", str(exc)))

    def _on_print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(),
                            self.tr("Không in được: %1").replace("%1", str(exc)))

    def _on_print_button_clicked(self) -> None:
        if not self._pages:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In giấy tờ"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_save_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lưu bản PDF"), self._suggested_name, self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.save_to(path)


class ReprintReasonDialog(QDialog):
    """Asks why a paper is printed again; OK stays disabled until a reason is typed."""

    def __init__(self, label: str, number_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("In lại giấy tờ"))
        text = self.tr("%1 đã được cấp. Bản in lại sẽ được đóng dấu “BẢN IN LẠI” và ghi vào "
                       "nhật ký. Lý do in lại:").replace("%1", label + (
                           f" (số {number_text})" if number_text else ""))
        prompt = QLabel(text)
        prompt.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Ví dụ: công dân làm mất giấy hẹn"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self._on_reason_edit_text_changed("")
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))


def print_directly(runner: TaskRunner, pdf: bytes, printer: QPrinter, on_done=None,
                   on_error=None) -> None:
    """Render off the UI thread at the printer's resolution and print without any dialog."""
    dpi = min(MAX_PRINT_DPI, max(MIN_PRINT_DPI, printer.resolution()))

    def done(pages: list[RenderedPage]) -> None:
        paint_pages(printer, pages)
        if on_done is not None:
            on_done()

    runner.run_io(render_pdf, pdf, dpi, on_done=done, on_error=on_error)


@dataclass(frozen=True)
class _NeedReason:
    label: str
    number_text: str


class PaperFlow(QObject):
    """Issue or reprint a paper, then preview it or print it at once.

    ``run`` prints a dossier's paper, ``run_guidance`` the Mẫu 02 given at the counter
    (no dossier), ``run_ledger`` the ledger of a period, ``run_reprint`` a paper chosen
    in a list; ``run_reopen`` shows an archived original as it was first printed (no new
    record). The first print issues the paper; a later one is a reprint, for which
    ``ask_reason`` returns the reason or None (the default shows ``ReprintReasonDialog``).
    ``printer_factory`` makes the printer for direct printing (default printer).
    The service calls run on the database lane, the rendering on the parallel lane.
    """

    shown = Signal(object)  # the PdfPreviewDialog
    printed = Signal(object)  # the IssuedRow printed directly
    issued = Signal(object)  # the IssuedRow just issued or reprinted
    failed = Signal(str)  # a Vietnamese message

    def __init__(self, runner: TaskRunner, documents, parent: QWidget | None = None, *,
                 ask_reason=None, printer_factory=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._documents = documents
        self._parent = parent
        self._ask_reason = ask_reason or self._default_ask_reason
        self._printer_factory = printer_factory or (
            lambda: QPrinter(QPrinter.PrinterMode.HighResolution))

    def run(self, kind: str, dossier_id: int, *, user, now, direct: bool = False,
            reason: str = "") -> None:
        documents = self._documents
        self._issue(lambda why: documents.issue_or_reprint(kind, dossier_id, reason=why,
                                                           user=user, now=now),
                    direct=direct, reason=reason)

    def run_guidance(self, guidance_id: int, *, user, now, direct: bool = False,
                     reason: str = "") -> None:
        """Mẫu 02 for a citizen guided at the counter (no dossier code yet)."""
        documents = self._documents
        self._issue(lambda why: documents.issue_or_reprint_guidance(
            guidance_id, reason=why, user=user, now=now), direct=direct, reason=reason)

    def run_ledger(self, period_from, period_to, *, user, now, direct: bool = False,
                   reason: str = "") -> None:
        """The ledger (Sổ theo dõi hồ sơ) of a period; the same period again is a reprint."""
        documents = self._documents
        self._issue(lambda why: documents.issue_or_reprint_ledger(
            period_from, period_to, reason=why, user=user, now=now), direct=direct,
            reason=reason)

    def run_reprint(self, document_id: int, *, user, now, direct: bool = False,
                    reason: str = "") -> None:
        """Reprint a paper chosen in a list (asks for the reason)."""
        documents = self._documents
        self._issue(lambda why: documents.reprint(document_id, reason=why, user=user, now=now),
                    direct=direct, reason=reason)

    def run_reopen(self, document_id: int) -> None:
        """Show the archived original of an issued paper, byte for byte (no new record)."""
        documents = self._documents

        def work():
            return _Reopened(documents.get(document_id), documents.reopen(document_id))

        def done(result: _Reopened) -> None:
            title = self.tr("%1 - số %2 (bản lưu)").replace("%1", result.row.label).replace(
                "%2", result.row.number_text)
            self._open_preview(result.pdf, title, f"{result.row.kind}-{result.row.number}.pdf")

        self._runner.run_db(work, on_done=done, on_error=self._on_failed)

    def _issue(self, make, *, direct: bool, reason: str) -> None:
        def work():
            # Runs on the database lane: the look-up of the original stays off the UI thread.
            try:
                return make(reason)
            except DomainError as exc:
                if exc.code != "document.reprint_reason_required" or reason:
                    raise
                return _NeedReason(exc.details.get("label", ""),
                                   exc.details.get("number_text", ""))

        def done(result) -> None:
            if isinstance(result, _NeedReason):
                given = self._ask_reason(result.label, result.number_text)
                if given:
                    self._issue(make, direct=direct, reason=given)
                return
            self.issued.emit(result.row)
            self._show(result, direct)

        self._runner.run_db(work, on_done=done, on_error=self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.failed.emit(exc.message if isinstance(exc, DomainError) else str(exc))

    def _show(self, paper, direct: bool) -> None:
        title = paper.row.label + f" - số {paper.row.number_text}"
        if direct:
            print_directly(self._runner, paper.pdf, self._printer_factory(),
                           on_done=lambda: self.printed.emit(paper.row),
                           on_error=lambda exc: self.failed.emit(str(exc)))
            return
        self._open_preview(paper.pdf, title, f"{paper.row.kind}-{paper.row.number}.pdf")

    def _open_preview(self, pdf: bytes, title: str, suggested_name: str) -> None:
        dialog = PdfPreviewDialog(pdf, title, self._runner, suggested_name=suggested_name,
                                  parent=self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shown.emit(dialog)
        dialog.open()

    def _default_ask_reason(self, label: str, number_text: str) -> str | None:
        dialog = ReprintReasonDialog(label, number_text, self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason()
        return None


@dataclass(frozen=True)
class _Reopened:
    row: object  # services.documents.IssuedRow
    pdf: bytes
