"""The preview dialog: real pages rendered off the UI thread, print with the PDF's page size
(and the codes still scan from the printed output), save the exact bytes."""

from __future__ import annotations

import subprocess
import threading

import pytest
from PySide6.QtPrintSupport import QPrinter

from cchc_desktop.documents import build_ledger, build_receipt
from cchc_desktop.documents.samples import SAMPLE_CODE, sample_ledger, sample_receipt
from cchc_desktop.ui import pdf_preview
from cchc_desktop.ui.pdf_preview import PaperFlow, PdfPreviewDialog, ReprintReasonDialog
from cchc_desktop.ui.tasks import InlineTaskRunner, ThreadTaskRunner


@pytest.fixture
def runner(qapp):
    tasks = ThreadTaskRunner(io_workers=2)
    yield tasks
    tasks.shutdown(wait=True)


@pytest.fixture(scope="module")
def receipt_pdf() -> bytes:
    return build_receipt(sample_receipt())


def _pdfinfo(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout


def test_preview_renders_the_receipt_off_the_ui_thread(qtbot, runner, receipt_pdf, monkeypatch):
    threads = []
    real_render = pdf_preview.render_pdf

    def spy(pdf, dpi):
        threads.append(threading.get_ident())
        return real_render(pdf, dpi)

    monkeypatch.setattr(pdf_preview, "render_pdf", spy)
    dialog = PdfPreviewDialog(receipt_pdf, "Giấy tiếp nhận", runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=10000) as blocker:
        pass
    assert blocker.args == [1]
    assert threads and threads[0] != threading.get_ident()
    (width, height), = dialog.page_info()
    assert abs(width - 419.53) < 0.5 and abs(height - 595.28) < 0.5
    labels = [label for label in dialog.page_labels() if label.pixmap() and
              not label.pixmap().isNull()]
    assert len(labels) == 1
    pixmap = labels[0].pixmap()
    assert pixmap.height() > pixmap.width()  # portrait
    assert "A5 (148 × 210 mm), khổ dọc" in dialog._status.text()
    assert dialog.print_button.isEnabled() and dialog.print_button.isDefault()


def test_ledger_preview_is_a4_landscape_with_every_page(qtbot):
    built = build_ledger(sample_ledger(rows=60))
    dialog = PdfPreviewDialog(built, "Sổ theo dõi", InlineTaskRunner())
    qtbot.addWidget(dialog)
    pages = dialog.page_info()
    assert len(pages) >= 2
    assert all(abs(w - 841.89) < 0.5 and abs(h - 595.28) < 0.5 for w, h in pages)
    assert "A4 (297 × 210 mm), khổ ngang" in dialog._status.text()


def test_printing_keeps_the_page_size_and_the_codes_scan(qtbot, runner, receipt_pdf, tmp_path):
    dialog = PdfPreviewDialog(receipt_pdf, "Giấy tiếp nhận", runner)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.rendered, timeout=10000).wait()
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        dialog.print_to(printer)
    info = _pdfinfo(out)
    assert "Pages:           1" in info
    size = info.split("Page size:")[1].split("pts")[0].split("x")
    assert abs(float(size[0]) - 419.53) < 1.5 and abs(float(size[1]) - 595.28) < 1.5
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-singlefile", str(out),
                    str(tmp_path / "printed")], check=True)
    symbols = subprocess.run(["zbarimg", "-q", str(tmp_path / "printed.pgm")],
                             capture_output=True, text=True).stdout.splitlines()
    assert f"CODE-128:{SAMPLE_CODE}" in symbols
    assert any(s.startswith("QR-Code:https://dichvucong.laichau.gov.vn/") for s in symbols)


def test_save_writes_the_exact_bytes(qtbot, receipt_pdf, tmp_path):
    dialog = PdfPreviewDialog(receipt_pdf, "Giấy tiếp nhận", InlineTaskRunner())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.saved):
        target = dialog.save_to(tmp_path / "ban-sao")
    assert target.name == "ban-sao.pdf"
    assert target.read_bytes() == receipt_pdf


def test_a_broken_pdf_is_reported_not_raised(qtbot):
    dialog = PdfPreviewDialog(b"not a pdf", "Hỏng", InlineTaskRunner())
    qtbot.addWidget(dialog)
    assert "Không dựng được trang in" in dialog._status.text()
    assert not dialog.print_button.isEnabled()


# --------------------------------------------------------------------------- the print flow


@pytest.fixture
def office(tmp_path):
    """Real services on a SQLite file with the demo office and one accepted dossier."""
    from datetime import date, datetime

    from cchc_desktop.paths import AppPaths
    from cchc_desktop.services.context import Services
    from cchc_desktop.services.demo import install_demo
    from cchc_desktop.services.documents import DocumentService
    from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
    from cchc_desktop.services.users import authenticate
    from cchc_desktop.storage.db import open_database

    now = datetime(2025, 3, 3, 8, 0)
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=now)
    services = Services(paths, db)
    officer = authenticate(db, "canbo", "canbo123", now=now)
    proc = services.dossiers.intake_procedure("1.004873")
    intake = IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(name="Lò Thị Hường", id_number="012185000111",
                                 date_of_birth=date(1985, 1, 1), sex="Nữ"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components))
    detail = services.dossiers.accept(intake, user=officer, now=now)
    yield DocumentService(services.dossiers, services.files), detail, officer, now
    services.close()


def test_flow_issues_then_previews(qtbot, office):
    documents, detail, officer, now = office
    flow = PaperFlow(InlineTaskRunner(), documents)
    with qtbot.waitSignal(flow.shown) as shown:
        flow.run("receipt", detail.id, user=officer, now=now)
    dialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Giấy tiếp nhận hồ sơ và hẹn trả kết quả - số 1/")
    assert len(dialog.page_info()) == 1
    assert [r.kind for r in documents.for_dossier(detail.id)] == ["receipt"]


def test_second_print_asks_a_reason_and_prints_directly(qtbot, office, tmp_path):
    documents, detail, officer, now = office
    asked = []
    out = tmp_path / "direct.pdf"

    def printer():
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    def reason(label, number):
        asked.append((label, number))
        return "Công dân làm mất giấy hẹn" if len(asked) > 1 else None

    flow = PaperFlow(InlineTaskRunner(), documents, ask_reason=reason, printer_factory=printer)
    with qtbot.waitSignal(flow.printed):
        flow.run("receipt", detail.id, user=officer, now=now, direct=True)  # F9: one press
    assert out.exists() and "Pages:           1" in _pdfinfo(out)
    flow.run("receipt", detail.id, user=officer, now=now, direct=True)  # cancelled: no reason
    assert len(documents.for_dossier(detail.id)) == 1
    with qtbot.waitSignal(flow.printed) as printed:
        flow.run("receipt", detail.id, user=officer, now=now, direct=True)
    assert asked[0][0] == "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" and asked[0][1]
    assert printed.args[0].reprint_no == 1
    assert printed.args[0].reprint_reason == "Công dân làm mất giấy hẹn"


def test_flow_reports_a_paper_that_does_not_apply(qtbot, office):
    documents, detail, officer, now = office
    flow = PaperFlow(InlineTaskRunner(), documents)
    with qtbot.waitSignal(flow.failed) as failed:
        flow.run("stop", detail.id, user=officer, now=now)
    assert "chưa yêu cầu rút hồ sơ" in failed.args[0]


def test_reason_dialog_needs_text(qtbot):
    dialog = ReprintReasonDialog("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "1/TNHS")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason_edit.setText("   ")
    assert not ok.isEnabled()
    dialog.reason_edit.setText("Giấy bị rách")
    assert ok.isEnabled() and dialog.reason() == "Giấy bị rách"
