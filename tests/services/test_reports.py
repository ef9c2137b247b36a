"""The periodic report over hand-built dossiers: every column of Biểu 06, the apology
letters, the QĐ 766 indicators, and their Excel and PDF files read back.

March 2025 (no holiday; Mon 03/03 … Mon 31/03), two sectors: Tư pháp (1.004873,
3 working days) and hộ kinh doanh (1.001612, 3 working days). A 3-working-day dossier
received Monday 08:00 is due Thursday 08:00. The report is made on 10/04/2025, so the
"in progress" figures describe the end of March (01/04 00:00).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cchc_desktop.domain.errors import ValidationError
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, FeeInput, IntakeInput
from cchc_desktop.services.reports import ReportPeriod, ReportService
from cchc_desktop.storage import models as m

TP, TC = "1.004873", "1.001612"  # sectors G03-TP01 and G03-TC01
NOW = datetime(2025, 4, 10, 9, 0)
MARCH = ReportPeriod.month(2025, 3)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute)


@pytest.fixture
def office(services, officer, supervisor, tmp_path):
    """The dossiers of March, named by what they test."""
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned page\n")
    dossiers = services.dossiers
    unit = "Công chức Tư pháp - Hộ tịch"

    def accept(name, when, code=TP, *, channel=1, fees=(), scanned=False, transfer=True):
        proc = dossiers.intake_procedure(code)
        comps = tuple(ComponentInput(c.id, originals=1,
                                     scan_path=scan if scanned and i == 0 else None)
                      for i, c in enumerate(proc.components))
        d = dossiers.accept(IntakeInput(
            procedure_code=code, channel=channel, fees=fees, components=comps,
            applicant=ApplicantInput(name=name, id_number="068190012345", phone="0987654321")),
            user=officer, now=when)
        if transfer:
            dossiers.transfer(d.id, unit=unit, user=officer, now=when)
        return d

    def resolve(d, when):
        return dossiers.mark_resolved(d.id, user=officer, now=when)

    o = {}
    o["A"] = accept("A Kỳ trước, quá hạn", datetime(2025, 2, 26, 8, 0))  # due Mon 03/03 08:00
    resolve(o["A"], at(4, 10))
    o["B"] = accept("B Trước hạn", at(3, 8), scanned=True,
                    fees=(FeeInput("Lệ phí", 10_000, method="online"),))  # due Thu 06/03 08:00
    resolve(o["B"], at(4, 9))
    o["C"] = accept("C Đúng hạn", at(3, 9), scanned=True,
                    fees=(FeeInput("Lệ phí", 10_000, method="cash"),))  # due Thu 06/03 09:00
    resolve(o["C"], at(6, 8, 30))
    dossiers.return_result(o["C"].id, method="truc_tiep", collected_by="C", rating=5,
                           user=officer, now=at(7, 9))
    o["D"] = accept("D Quá hạn", at(4, 8), TC)  # due Fri 07/03 08:00
    resolve(o["D"], at(7, 10))
    dossiers.return_result(o["D"].id, method="truc_tiep", collected_by="D", rating=2,
                           user=officer, now=at(10, 9))
    # E: due Thu 06/03 10:00; the apology comes after the due time (phát hành muộn), the
    # new due Wed 12/03 17:00 takes effect; resolved on the new due day → on time.
    o["E"] = accept("E Hẹn lại", at(3, 10))
    draft = services.apologies.draft(o["E"].id, reason="Chờ ý kiến phối hợp",
                                     new_due=at(12, 17), user=officer, now=at(7, 8))
    services.apologies.approve(draft.id, user=supervisor, now=at(7, 9))
    resolve(o["E"], at(12, 16))
    # F: due Thu 13/03 08:00; the apology in good time (new due Tue 18/03 17:00); still open
    o["F"] = accept("F Hẹn lại đúng lúc", at(10, 8), TC)
    draft = services.apologies.draft(o["F"].id, reason="Cần xác minh thêm",
                                     new_due=at(18, 17), user=officer, now=at(10, 14))
    services.apologies.approve(draft.id, user=supervisor, now=at(10, 15))
    o["G"] = accept("G Trực tuyến", at(5, 8), channel=2, transfer=False)  # due Mon 10/03
    o["H"] = accept("H Trong hạn", at(31, 8))  # due Thu 03/04 08:00
    o["I"] = accept("I Bổ sung", at(12, 8))
    dossiers.request_supplement(o["I"].id, items=["Bản sao giấy khai sinh"], reason="Thiếu",
                                user=officer, now=at(13, 9))
    o["J"] = accept("J Từ chối", at(5, 9))
    dossiers.refuse_after_review(o["J"].id, reason="Không đủ điều kiện", user=supervisor,
                                 now=at(6, 10))
    o["K"] = accept("K Rút", at(6, 8), TC, transfer=False)
    dossiers.request_withdrawal(o["K"].id, user=officer, now=at(6, 9))
    dossiers.stop(o["K"].id, stop_notice=True, user=officer, now=at(7, 8))
    proc = dossiers.intake_procedure(TP)
    dossiers.refuse_at_counter(IntakeInput(
        procedure_code=TP,
        applicant=ApplicantInput(name="L Không tiếp nhận", id_number="068190012345",
                                 phone="0987654321"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components)),
        "Không thuộc thẩm quyền", user=officer, now=at(6, 10))
    o["M"] = accept("M Xong tháng trước", datetime(2025, 2, 10, 8, 0))
    resolve(o["M"], datetime(2025, 2, 12, 8, 0))
    o["N"] = accept("N Tháng sau", at(2, 8, month=4))
    o["O"] = accept("O Kỳ trước, còn mở", datetime(2025, 2, 27, 8, 0), TC)  # due Tue 04/03
    # Q: due Thu 27/03 08:00, overdue at the end of March; paused only in April
    o["Q"] = accept("Q Tạm dừng sau kỳ", at(24, 8))
    dossiers.request_supplement(o["Q"].id, items=["Tờ khai"], reason="Thiếu", user=officer,
                                now=at(2, 9, month=4))
    return o


def build(services, supervisor, period=MARCH, now=NOW):
    return ReportService(services.dossiers).build(period, user=supervisor, now=now)


def row_of(report, level, code=""):
    return next(r for r in report.rows if r.level == level and r.code == code)


def test_form06_every_column(services, supervisor, office):
    report = build(services, supervisor)
    t = report.total
    assert (t.carried_over, t.new_online, t.new_direct, t.received) == (2, 1, 10, 13)
    assert (t.early, t.on_time, t.late, t.resolved) == (1, 2, 2, 5)
    assert (t.in_time, t.overdue, t.in_progress) == (2, 4, 6)
    assert (t.refused, t.withdrawn, t.supplement) == (1, 1, 1)
    # received = resolved + given back + in progress
    assert t.received == t.resolved + t.given_back + t.in_progress
    assert report.as_of == datetime(2025, 4, 1) and report.as_of_text == "hết ngày 31/03/2025"
    assert report.period_label == "Tháng 03/2025" and report.notes == ()
    assert report.generated_by == supervisor.full_name


def test_rows_per_sector_and_procedure_with_subtotals(services, supervisor, office):
    report = build(services, supervisor)
    levels = [(r.level, r.code) for r in report.rows]
    assert levels == [("sector", "G03-TC01"), ("procedure", TC),
                      ("sector", "G03-TP01"), ("procedure", TP), ("total", "")]
    tp, tc = row_of(report, "procedure", TP), row_of(report, "procedure", TC)
    assert tp.received == 9 and tc.received == 4
    # D late, K withdrawn, F and O overdue (F after its extension: new due 18/03 passed)
    assert (tc.late, tc.withdrawn, tc.overdue, tc.carried_over) == (1, 1, 2, 1)
    assert (tp.early, tp.on_time, tp.late, tp.refused, tp.in_time, tp.overdue) == \
        (1, 2, 1, 1, 2, 2)
    sector = row_of(report, "sector", "G03-TP01")
    assert sector.name and sector.received == tp.received
    assert report.total.received == tp.received + tc.received


def test_outcome_follows_the_current_due_time_after_an_apology(services, supervisor, office):
    e = services.dossiers.detail(office["E"].id)
    # late against the original due time, on time against the new one
    assert e.timing.original_due == at(6, 10) and e.timing.current_due == at(12, 17)
    tp = row_of(build(services, supervisor), "procedure", TP)
    assert tp.on_time == 2  # C and E
    # the report agrees with the outcome stored when each dossier was resolved
    with services.db.session() as s:
        stored = dict(s.execute(select(m.Dossier.applicant_name, m.Dossier.outcome).where(
            m.Dossier.id.in_([office[k].id for k in "ABCDE"]))).all())
    assert sorted(stored.values()) == ["dung_han", "dung_han", "qua_han", "qua_han",
                                       "truoc_han"]


def test_in_progress_is_judged_as_it_stood_at_the_end_of_the_period(services, supervisor,
                                                                   office):
    # 03/03–06/03, seen on 10/04: E's apology (07/03) had not moved its due time yet, so
    # E was overdue; D (resolved 07/03) and K (stopped 07/03) were still in progress.
    report = build(services, supervisor, ReportPeriod.custom(date(2025, 3, 3),
                                                            date(2025, 3, 6)))
    t = report.total
    assert (t.carried_over, t.new_online, t.new_direct) == (2, 1, 6)
    assert (t.early, t.on_time, t.late, t.refused, t.withdrawn) == (1, 1, 1, 1, 0)
    assert (t.in_time, t.overdue) == (3, 2)  # D, G, K in time; O and E overdue
    assert report.apologies == ()
    # Q was paused only in April: overdue at the end of March, no supplement in March
    march = build(services, supervisor)
    assert row_of(march, "procedure", TP).supplement == 1  # I only


def test_a_running_period_counts_in_progress_as_of_now(services, supervisor, office):
    report = build(services, supervisor, now=at(20, 10))
    assert report.as_of == at(20, 10)
    assert report.notes and "chưa kết thúc" in report.notes[0]
    t = report.total
    # received by 20/03 10:00: A, O carried; B C D E F G I J K new; H and Q not yet
    assert t.received == 11
    assert t.received == t.resolved + t.given_back + t.in_progress


def test_apologies_of_the_period_with_the_late_flag(services, supervisor, office):
    report = build(services, supervisor)
    lines = [(a.dossier_code, a.number_text, a.late_issue) for a in report.apologies]
    e, f = services.dossiers.detail(office["E"].id), services.dossiers.detail(office["F"].id)
    assert lines == [(e.code, "1/PXL", True), (f.code, "2/PXL", False)]
    assert report.apologies_late == 1
    first = report.apologies[0]
    assert (first.previous_due, first.new_due, first.issued_at) == (at(6, 10), at(12, 17),
                                                                    at(7, 9))
    assert first.reason == "Chờ ý kiến phối hợp"
    february = build(services, supervisor, ReportPeriod.month(2025, 2))
    assert february.apologies == ()


def test_766_indicators_show_numerator_and_denominator(services, supervisor, office):
    report = build(services, supervisor)
    got = {i.key: (i.numerator, i.denominator) for i in report.indicators}
    # 766 due = original due + paused time: B, C resolved in time, H in time, I paused
    assert got["on_time_766"] == (4, 11)
    assert got["on_time_form06"] == (3, 5)
    assert got["online_filing"] == (1, 11)
    assert got["online_payment"] == (1, 2)  # B paid online, C in cash
    assert got["digitisation"] == (2, 60)  # one scan each for B and C; 8×6 + 3×4 parts
    assert got["ratings"] == (1, 2)  # C rated 5, D rated 2
    # 766: 100 % − late rate − complaint rate over the on-time rate's dossiers; D's 2 is
    # the one dissatisfied collector.
    assert got["satisfaction_766"] == (4 - 1, 11)
    assert "Không hài lòng trong kỳ: 1" in report.indicator("satisfaction_766").note
    sat = report.indicator("ratings")
    assert sat.average == pytest.approx(3.5) and "3,5" in sat.note
    assert report.indicator("online_filing").rate_text == "9,1 %"
    assert report.indicator("digitisation").target == 0.8


def test_empty_period_and_periods(services, supervisor):
    report = build(services, supervisor, ReportPeriod.year(2024))
    assert [r.level for r in report.rows] == ["total"]
    assert report.total.received == 0
    assert all(i.rate is None and i.rate_text == "—" for i in report.indicators)
    assert ReportPeriod.quarter(2025, 4).label == "Quý IV/2025"
    assert ReportPeriod.quarter(2025, 1).end == date(2025, 3, 31)
    assert ReportPeriod.month(2024, 2).end == date(2024, 2, 29)
    assert ReportPeriod.default(NOW) == ReportPeriod.month(2025, 4)
    assert ReportPeriod.custom(date(2025, 3, 3), date(2025, 3, 6)).label == \
        "Từ ngày 03/03/2025 đến ngày 06/03/2025"
    with pytest.raises(ValidationError) as err:
        ReportPeriod.custom(date(2025, 3, 6), date(2025, 3, 3))
    assert err.value.code == "report.period_order" and "sau hoặc bằng" in err.value.message
    with pytest.raises(ValidationError):
        ReportPeriod.quarter(2025, 5)
    # without a signed-in user it still reads (like the dossier list), unsigned
    assert ReportService(services.dossiers).build(MARCH, user=None, now=NOW).generated_by == ""


def test_excel_round_trip(services, supervisor, office):
    report = build(services, supervisor)
    wb = load_workbook(io.BytesIO(ReportService.xlsx(report)))
    assert wb.sheetnames == ["Biểu 06", "Phiếu xin lỗi", "Chỉ số 766"]
    ws = wb["Biểu 06"]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert "Số hồ sơ đã giải quyết" in cells and "Kỳ trước chuyển qua" in cells
    total = cells["Tổng cộng"]
    values = [ws.cell(total.row, col).value for col in range(4, 18)]
    assert values == [13, 2, 0 + 1, 10, 5, 1, 2, 2, 6, 2, 4, 1, 1, 1]
    assert all(type(v) is int for v in values) and total.font.bold
    procedure = cells["Thủ tục cấp Giấy xác nhận tình trạng hôn nhân"]
    assert not procedure.font.bold and ws.cell(procedure.row, 4).value == 9
    aps = wb["Phiếu xin lỗi"]
    rows = [[c.value for c in r] for r in aps.iter_rows()]
    first = next(r for r in rows if r[0] == 1)
    assert first[3] == "1/PXL" and first[4] == at(7, 9) and first[8] == "Có"
    ind = wb["Chỉ số 766"]
    rows = [[c.value for c in r] for r in ind.iter_rows()]
    online = next(r for r in rows if r[1] == "Tỷ lệ hồ sơ nộp trực tuyến")
    assert online[2:5] == [1, 11, pytest.approx(1 / 11)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_pdf_text_and_page_size(services, supervisor, office, tmp_path):
    report = build(services, supervisor)
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(ReportService.pdf(report))
    if os.environ.get("CCHC_SHOTS"):  # to look at it
        shutil.copy(path, os.environ["CCHC_SHOTS"])
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                     "Kỳ báo cáo: Tháng 03/2025", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "BIỂU SỐ 06/VPCP/KSTT", "TỔNG CỘNG", "Phát hành muộn", "1/PXL",
                     "Tỷ lệ hồ sơ nộp trực tuyến", "NGƯỜI LẬP BIỂU", "Trang 1/",
                     services.dossiers.detail(office["E"].id).code):
        assert expected in text, expected
    total_line = next(line for line in text.splitlines() if "TỔNG CỘNG" in line)
    assert total_line.split()[2:] == ["13", "2", "1", "10", "5", "1", "2", "2", "6", "2",
                                      "4", "1", "1", "1"]
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    assert "841.89 x 595.27" in info  # A4 landscape
