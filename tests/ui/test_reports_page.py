"""The "Báo cáo" page over a real SQLite office: period picker, the three tables, Excel
and the PDF preview, with the real services (fake clock: Thu 20/03/2025 10:00).

A screenshot of the page is written to ``$CCHC_SHOTS`` when set, else to the test's
temporary folder.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.reports import NUMBER_ROLE, ReportsPage
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner

NOW = datetime(2025, 3, 20, 10, 0)
TP, TC = "1.004873", "1.001612"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def services(tmp_path):
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=datetime(2025, 2, 20, 8, 0))
    svc = Services(paths, db, clock=Clock(NOW))
    officer = authenticate(db, "canbo", "canbo123", now=NOW)
    supervisor = authenticate(db, "lanhdao", "lanhdao123", now=NOW)
    d = svc.dossiers

    def accept(name, when, code=TP):
        proc = d.intake_procedure(code)
        row = d.accept(IntakeInput(
            procedure_code=code,
            applicant=ApplicantInput(name=name, id_number="068190012345", phone="0987654321"),
            components=tuple(ComponentInput(c.id, originals=1) for c in proc.components)),
            user=officer, now=when)
        return d.transfer(row.id, unit="Công chức Tư pháp - Hộ tịch", user=officer, now=when)

    early = accept("Nguyễn Trước Hạn", datetime(2025, 3, 3, 8, 0))
    d.mark_resolved(early.id, user=officer, now=datetime(2025, 3, 4, 9, 0))
    late = accept("Trần Quá Hạn", datetime(2025, 3, 4, 8, 0), TC)  # due Fri 07/03 08:00
    d.mark_resolved(late.id, user=officer, now=datetime(2025, 3, 7, 10, 0))
    extended = accept("Lê Hẹn Lại", datetime(2025, 3, 10, 8, 0))  # due Thu 13/03 08:00
    draft = svc.apologies.draft(extended.id, reason="Chờ ý kiến phối hợp",
                                new_due=datetime(2025, 3, 19, 17, 0), user=officer,
                                now=datetime(2025, 3, 12, 14, 0))
    svc.apologies.approve(draft.id, user=supervisor, now=datetime(2025, 3, 12, 15, 0))
    accept("Phạm Đang Làm", datetime(2025, 3, 18, 8, 0))  # due Fri 21/03: in time
    svc.current_user = supervisor
    svc.extended_code = extended.code
    yield svc
    svc.close()


@pytest.fixture
def page(qtbot, services, tmp_path):
    paths = AppPaths(tmp_path / "ui").ensure()
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    widget = ReportsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.set_services(services)
    return widget


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("CCHC_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def column_of(model, attribute):
    return model.attributes.index(attribute) + 1


def test_this_month_is_shown_with_bold_totals(page):
    assert page.kind_combo.currentText() == "Tháng"
    assert page.month_combo.currentData() == 3 and page.year_spin.value() == 2025
    report = page.report
    assert report is not None and report.period_label == "Tháng 03/2025"
    model = page.form06_model
    first = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert first[0] == "Hộ kinh doanh" or first[0]  # a sector first
    assert first[-1] == "Tổng cộng"
    total = model.rowCount() - 1
    received = column_of(model, "received")
    assert model.data(model.index(total, received)) == "4"
    assert model.data(model.index(total, received), NUMBER_ROLE) == 4
    assert model.data(model.index(total, 0), Qt.ItemDataRole.FontRole).bold()
    procedure = next(r for r in range(model.rowCount()) if report.rows[r].level == "procedure")
    assert model.data(model.index(procedure, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(total, column_of(model, "early")), NUMBER_ROLE) == 1
    assert model.data(model.index(total, column_of(model, "late")), NUMBER_ROLE) == 1
    # the extended dossier's new due time (19/03 17:00) has passed: overdue
    assert model.data(model.index(total, column_of(model, "in_time")), NUMBER_ROLE) == 1
    assert model.data(model.index(total, column_of(model, "overdue")), NUMBER_ROLE) == 1
    assert "Kỳ báo cáo chưa kết thúc" in page.message_label.text()
    assert "nhận 4 hồ sơ" in page.summary_label.text()
    assert page.excel_button.isEnabled() and page.pdf_button.isEnabled()


def test_apologies_and_indicators_tabs(page, services):
    aps = page.apology_model
    assert aps.rowCount() == 1
    assert aps.data(aps.index(0, 0)) == services.extended_code
    assert aps.data(aps.index(0, 2)) == "1/PXL"
    # issued 12/03 15:00, due 13/03 08:00: less than one working day before → flagged
    assert aps.data(aps.index(0, 7)) == "Phát hành muộn"
    assert aps.data(aps.index(0, 7), Qt.ItemDataRole.FontRole).bold()
    assert aps.data(aps.index(0, 7), Qt.ItemDataRole.ForegroundRole).color() == \
        QColor("#b00020")
    assert "phát hành muộn (ít hơn một ngày làm việc trước hạn trả): 1" in \
        page.apology_summary.text()
    ind = page.indicator_model
    names = [ind.data(ind.index(r, 0)) for r in range(ind.rowCount())]
    row = names.index("Tỷ lệ giải quyết đúng hạn (Biểu 06, theo hạn hiện hành)")
    assert [ind.data(ind.index(row, c)) for c in (1, 2, 3)] == ["1", "2", "50,0 %"]
    assert "÷" in ind.data(ind.index(row, 4))


def test_periods_and_a_bad_custom_range_loses_nothing(page):
    page.kind_combo.setCurrentIndex(1)  # quarter
    assert page.quarter_combo.isVisible() and not page.month_combo.isVisible()
    page.quarter_combo.setCurrentIndex(0)
    page.show_button.click()
    assert page.report.period_label == "Quý I/2025"
    shown = page.report
    page.kind_combo.setCurrentIndex(3)  # from … to
    assert page.from_edit.isVisible() and not page.year_spin.isVisible()
    page.from_edit.setDate(datetime(2025, 3, 10).date())
    page.to_edit.setDate(datetime(2025, 3, 5).date())
    page.show_button.click()
    assert "Ngày cuối kỳ phải sau hoặc bằng ngày đầu kỳ" in page.message_label.text()
    assert page.report is shown and page.form06_model.rowCount() > 1
    page.to_edit.setDate(datetime(2025, 3, 14).date())
    page.show_button.click()
    assert page.report.period_label == "Từ ngày 10/03/2025 đến ngày 14/03/2025"
    page.kind_combo.setCurrentIndex(2)  # a year without dossiers
    page.year_spin.setValue(2024)
    page.show_button.click()
    assert page.form06_model.rowCount() == 1 and page.indicator_model.data(
        page.indicator_model.index(0, 3)) == "—"


def test_excel_export_writes_a_workbook(page, qtbot, tmp_path):
    with qtbot.waitSignal(page.excel_written) as signal:
        page.export_excel(tmp_path / "bao-cao-thang-3")
    path = Path(signal.args[0])
    assert path.suffix == ".xlsx" and path.exists()
    wb = load_workbook(path)
    assert wb.sheetnames == ["Biểu 06", "Phiếu xin lỗi", "Chỉ số 766"]
    assert "Đã lưu báo cáo Excel" in page.message_label.text()
    assert page.suggested_name("xlsx") == "bao-cao-20250301-20250331.xlsx"


def test_excel_export_to_an_unwritable_place_says_so(page, tmp_path):
    page.export_excel(tmp_path / "missing-folder" / "x.xlsx")
    assert "Không ghi được tệp" in page.message_label.text()


def test_pdf_opens_in_the_print_preview(page, qtbot):
    with qtbot.waitSignal(page.preview_opened) as signal:
        page.open_pdf()
    assert page.message_label.text().startswith("Kỳ báo cáo chưa kết thúc")  # no error
    dialog = signal.args[0]
    assert dialog.pdf.startswith(b"%PDF")
    assert dialog.windowTitle() == "Báo cáo Tháng 03/2025"
    width, height = dialog.page_info()[0]
    assert width > height  # A4 landscape
    dialog.close()


def test_screenshot_of_the_page(page, shots, qtbot):
    page.tabs.setCurrentIndex(0)
    qtbot.wait(10)
    assert page.grab().save(str(shots / "reports-page.png"))
    page.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    assert page.grab().save(str(shots / "reports-page-apologies.png"))
    page.tabs.setCurrentIndex(2)
    qtbot.wait(10)
    assert page.grab().save(str(shots / "reports-page-766.png"))
