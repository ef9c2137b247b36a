"""The dossier checklist: exactly the procedure's published components, nothing else.

NĐ 61/2018 Art. 5(1)(đ), domain.md §3 rule 1: asking for papers beyond the published
list is prohibited, so the rows come only from the catalogue (``ComponentOption``) and
there is no free "other document" row. Each row: submitted or not, how many papers of
each kind (bản chính / bản sao chứng thực / bản photo), and the scanned file attached
(file picker, drag-and-drop onto the row, or the scanner folder), marked "đã số hóa".

Keyboard: Space ticks a row, Enter jumps to the next row, Tab visits the counts and
the attach button of the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.services.dossiers import ComponentInput, ComponentOption

COUNT_WIDTH = 54
ATTACH_WIDTH = 96


@dataclass(frozen=True)
class AttachedScan:
    """A scan already checked and stored content-addressed; ``source`` keeps its name."""

    source: Path
    sha256: str
    size: int
    mime: str


class ComponentRow(QFrame):
    """One legal component; accepts a dropped scan file."""

    file_dropped = Signal(int, object)  # component id, Path

    def __init__(self, option: ComponentOption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.scan: AttachedScan | None = None
        self.setObjectName("componentRow")
        self.setAcceptDrops(True)
        self.check = QCheckBox()
        self.check.setObjectName(f"componentCheck{option.id}")
        self.check.setToolTip(self.tr("Đã nộp (phím cách)"))
        mark = " <span style='color:#b71c1c'>*</span>" if option.required else ""
        self.name_label = QLabel(f"{option.position}. {_escape(option.name)}{mark}")
        self.name_label.setWordWrap(True)
        self.name_label.setBuddy(self.check)
        self.condition_label = QLabel(_escape(option.condition))
        self.condition_label.setObjectName("componentCondition")
        self.condition_label.setWordWrap(True)
        self.condition_label.setVisible(bool(option.condition))
        self.originals = _count_box(option.originals, self.tr("Số bản chính"))
        self.certified = _count_box(option.certified_copies, self.tr("Số bản sao chứng thực"))
        self.photocopies = _count_box(option.photocopies, self.tr("Số bản photo"))
        self.attach_button = QPushButton(self.tr("Đính kèm…"))
        self.attach_button.setObjectName(f"componentAttach{option.id}")
        self.attach_button.setFixedWidth(ATTACH_WIDTH)
        self.attach_button.setToolTip(self.tr(
            "Chọn tệp quét PDF, JPEG hoặc PNG (Ctrl+O), hoặc kéo thả tệp vào dòng này"))
        self.file_label = QLabel()
        self.file_label.setObjectName("componentFile")
        self.file_label.setVisible(False)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.name_label)
        text.addWidget(self.condition_label)
        text.addWidget(self.file_label)
        grid.addLayout(text, 0, 1)
        for column, box in enumerate((self.originals, self.certified, self.photocopies), 2):
            grid.addWidget(box, 0, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.attach_button, 0, 5, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)

    def focus_widgets(self) -> list[QWidget]:
        return [self.check, self.originals, self.certified, self.photocopies, self.attach_button]

    def set_scan(self, scan: AttachedScan | None) -> None:
        self.scan = scan
        if scan is None:
            self.file_label.setVisible(False)
            self.attach_button.setText(self.tr("Đính kèm…"))
            return
        self.file_label.setText(
            "<span style='color:#1b5e20'>✔ " + self.tr("đã số hóa") + "</span> · "
            + _escape(scan.source.name) + f" <span style='color:#5f6f7f'>"
            f"({_size_text(scan.size)})</span>")
        self.file_label.setVisible(True)
        self.attach_button.setText(self.tr("Thay tệp…"))
        self.check.setChecked(True)

    def component_input(self) -> ComponentInput:
        return ComponentInput(
            procedure_component_id=self.option.id, originals=self.originals.value(),
            certified_copies=self.certified.value(), photocopies=self.photocopies.value(),
            submitted=True, scan_path=self.scan.source if self.scan else None,
        )

    # drag-and-drop of a scan file onto the row
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(self.option.id, path)


class ComponentChecklist(QWidget):
    """All rows of one procedure, with a header naming the count columns."""

    attach_requested = Signal(int)  # component id: open the file picker
    file_dropped = Signal(int, object)  # component id, Path
    changed = Signal()
    leave_forward = Signal()  # Enter on the last row: go on to the next section

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, ComponentRow] = {}
        self._current: int | None = None
        self.empty_label = QLabel(self.tr("Chọn thủ tục để hiện danh mục thành phần hồ sơ."))
        self.empty_label.setObjectName("checklistEmpty")
        self.empty_label.setWordWrap(True)
        header = QWidget()
        header_grid = QGridLayout(header)
        header_grid.setContentsMargins(6, 0, 6, 0)
        header_grid.setHorizontalSpacing(8)
        header_grid.addWidget(QLabel(self.tr("Nộp")), 0, 0)
        name_head = QLabel(self.tr("Thành phần hồ sơ (* bắt buộc)"))
        name_head.setWordWrap(True)
        header_grid.addWidget(name_head, 0, 1)
        for column, text in enumerate((self.tr("Chính"), self.tr("Sao CT"), self.tr("Photo")),
                                      2):
            label = QLabel(text)
            label.setFixedWidth(COUNT_WIDTH)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header_grid.addWidget(label, 0, column)
        scan_head = QLabel(self.tr("Bản số hóa"))
        scan_head.setFixedWidth(ATTACH_WIDTH)
        header_grid.addWidget(scan_head, 0, 5)
        header_grid.setColumnStretch(1, 1)
        self.header = header
        self.header.setObjectName("checklistHeader")
        self.header.setVisible(False)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("checklistTotals")
        self.totals_label.setWordWrap(True)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.header)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.totals_label)

    def set_components(self, options: Sequence[ComponentOption]) -> None:
        for row in self.rows.values():
            self._rows_layout.removeWidget(row)
            row.hide()  # deleteLater waits for the event loop; never show a stale row
            row.deleteLater()
        self.rows = {}
        self._current = None
        for option in options:
            row = ComponentRow(option, self)
            row.check.toggled.connect(self._on_row_changed)
            for box in (row.originals, row.certified, row.photocopies):
                box.valueChanged.connect(self._on_row_changed)
            row.attach_button.clicked.connect(
                lambda _checked=False, cid=option.id: self.attach_requested.emit(cid))
            row.file_dropped.connect(self.file_dropped)
            for widget in row.focus_widgets():
                widget.installEventFilter(self)
            self._rows_layout.addWidget(row)
            row.show()  # added to a visible form: show now, not on the next event loop turn
            self.rows[option.id] = row
        self.empty_label.setVisible(not self.rows)
        self.header.setVisible(bool(self.rows))
        self._update_totals()

    def focus_widgets(self) -> list[QWidget]:
        return [w for row in self.rows.values() for w in row.focus_widgets()]

    def first_check(self) -> QCheckBox | None:
        return next((row.check for row in self.rows.values()), None)

    def checks(self) -> list[QCheckBox]:
        return [row.check for row in self.rows.values()]

    def inputs(self) -> tuple[ComponentInput, ...]:
        return tuple(row.component_input() for row in self.rows.values()
                     if row.check.isChecked())

    def missing_required(self) -> list[str]:
        """Required components not ticked (domain.md §3 rule 2: guide with Mẫu 02)."""
        return [row.option.name for row in self.rows.values()
                if row.option.required and not row.check.isChecked()]

    def unsubmitted(self) -> list[str]:
        return [row.option.name for row in self.rows.values() if not row.check.isChecked()]

    def set_scan(self, component_id: int, scan: AttachedScan | None) -> None:
        self.rows[component_id].set_scan(scan)
        self._update_totals()

    def current_component(self) -> int | None:
        """The row the officer last worked in, for the scanner folder and Ctrl+O."""
        if self._current in self.rows:
            return self._current
        return None

    def scanner_target(self) -> int | None:
        """Where a file from the scanner folder goes: the current row, else the first
        ticked row without a scan, else the first row without a scan."""
        current = self.current_component()
        if current is not None:
            return current
        for row in self.rows.values():
            if row.check.isChecked() and row.scan is None:
                return row.option.id
        return next((row.option.id for row in self.rows.values() if row.scan is None), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for cid, row in self.rows.items():
                if watched in row.focus_widgets():
                    self._current = cid
        elif event.type() == QEvent.Type.KeyPress and isinstance(watched, QCheckBox):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                checks = self.checks()
                index = checks.index(watched) if watched in checks else -1
                if 0 <= index < len(checks) - 1:
                    checks[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
                self.leave_forward.emit()
                return True
        return False

    def _on_row_changed(self, *_args: object) -> None:
        self._update_totals()
        self.changed.emit()

    def _update_totals(self) -> None:
        ticked = [row for row in self.rows.values() if row.check.isChecked()]
        originals = sum(r.originals.value() for r in ticked)
        certified = sum(r.certified.value() for r in ticked)
        photocopies = sum(r.photocopies.value() for r in ticked)
        digitised = sum(1 for r in ticked if r.scan is not None)
        self.totals_label.setVisible(bool(self.rows))
        self.totals_label.setText(
            self.tr("Đã nộp %1/%2 thành phần · %3 bản chính, %4 bản sao chứng thực, "
                    "%5 bản photo · %6 đã số hóa")
            .replace("%1", str(len(ticked))).replace("%2", str(len(self.rows)))
            .replace("%3", str(originals)).replace("%4", str(certified))
            .replace("%5", str(photocopies)).replace("%6", str(digitised)))


def _count_box(value: int, tooltip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 99)
    box.setValue(value)
    box.setFixedWidth(COUNT_WIDTH)
    box.setToolTip(tooltip)
    box.setAccessibleName(tooltip)
    return box


def _dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    # Any local file is taken: its content is type-checked when stored, so a wrong
    # file gets a clear message instead of being silently ignored.
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


def _size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def _escape(text: str) -> str:
    return escape(text)
