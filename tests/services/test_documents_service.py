"""Issued papers as records: numbers per year and kind, archived originals, audited reprints.

Real SQLite file and file store (the ``services`` fixture), real PDFs read back with
pdftotext.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.services.audit import verify_audit
from cchc_desktop.services.documents import DocumentService
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.storage import models as m

APPLICANT = ApplicantInput(
    kind=1, name="Nguyễn Thị Phượng Hoàng", id_number="068185012345",
    date_of_birth=date(1985, 3, 2), sex="Nữ",
    address="Thôn 3, xã Tân Thành, tỉnh Lâm Đồng", phone="0912345678",
)


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def intake(services, code="1.004873"):
    proc = services.dossiers.intake_procedure(code)
    comps = tuple(ComponentInput(c.id, originals=max(1, c.originals)) for c in proc.components)
    return IntakeInput(procedure_code=code, applicant=APPLICANT, components=comps)


@pytest.fixture
def documents(services):
    return DocumentService(services.dossiers, services.files)


def test_receipt_is_numbered_archived_and_reopened(services, documents, officer, tmp_path):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    paper = documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    text = text_of(paper.pdf, tmp_path)
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert d.code in text and "Nguyễn Thị Phượng Hoàng" in text
    assert "08 giờ 00 phút, ngày 03/03/2025" in text
    due = d.timing.original_due
    assert f"{due:%H} giờ {due:%M} phút, ngày {due:%d/%m/%Y}" in text
    suffix = services.settings.suffix("receipt")
    assert paper.row.number == 1 and paper.row.number_text == f"1/{suffix}"
    assert f"Số: 1/{suffix}" in text
    assert "Số thứ tự: 1" in text
    # The original bytes are in the content-addressed store and reopen unchanged.
    assert services.files.path_for(paper.row.sha256).read_bytes() == paper.pdf
    assert documents.reopen(paper.row.id) == paper.pdf
    assert [r.kind for r in documents.for_dossier(d.id)] == ["receipt"]
    # A second dossier takes the next number of the same year and kind.
    d2 = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 9, 0))
    second = documents.issue("receipt", d2.id, user=officer, now=datetime(2025, 3, 3, 9, 1))
    assert second.row.number == 2
    assert "Số thứ tự: 2" in text_of(second.pdf, tmp_path)


def test_second_print_is_a_reprint_with_reason_stamp_count_and_audit(services, documents,
                                                                     officer, tmp_path):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    original = documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    with pytest.raises(DomainError) as again:
        documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 3, 8, 2))
    assert again.value.code == "document.already_issued"
    with pytest.raises(ValidationError) as no_reason:
        documents.reprint(original.row.id, reason="  ", user=officer,
                          now=datetime(2025, 3, 4, 8, 0))
    assert no_reason.value.code == "document.reprint_reason_required"

    first = documents.issue_or_reprint("receipt", d.id, reason="Công dân làm mất giấy hẹn",
                                       user=officer, now=datetime(2025, 3, 4, 8, 0))
    second = documents.reprint(first.row.id, reason="Giấy bị rách", user=officer,
                               now=datetime(2025, 3, 5, 10, 15))
    assert (first.row.reprint_no, second.row.reprint_no) == (1, 2)
    assert first.row.reprint_of == second.row.reprint_of == original.row.id
    assert second.row.number_text == original.row.number_text
    text = text_of(second.pdf, tmp_path)
    assert "BẢN IN LẠI (lần 2)" in text and "10:15 05/03/2025" in text
    assert f"Số: {original.row.number_text}" in text
    assert "ngày 03 tháng 3 năm 2025" in text  # dated as the original
    assert documents.reopen(original.row.id) == original.pdf  # the original is untouched
    with services.db.session() as s:
        actions = [a.action for a in s.execute(select(m.AuditEntry)).scalars()]
        counter = s.get(m.DocumentCounter, (2025, "receipt"))
        assert counter.last_number == 1  # reprints take no new number
    assert actions.count("document.issue") == 1 and actions.count("document.reprint") == 2
    assert verify_audit(services.db).ok


def test_supplement_control_and_stop_from_the_history(services, documents, officer, tmp_path):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Công chức Tư pháp - Hộ tịch", handler="Tòng Thị Én",
                                   allotted_hours=8, user=officer, now=datetime(2025, 3, 3, 8, 30))
    d = services.dossiers.request_supplement(
        d.id, items=["Bản sao quyết định ly hôn", "Giấy xác nhận cư trú"],
        reason="Thiếu giấy tờ chứng minh", user=officer, now=datetime(2025, 3, 4, 9, 0))
    sup = text_of(documents.issue("supplement", d.id, user=officer,
                                  now=datetime(2025, 3, 4, 9, 5)).pdf, tmp_path)
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in sup
    assert "1. Bản sao quyết định ly hôn" in sup and "2. Giấy xác nhận cư trú" in sup
    assert "Thiếu giấy tờ chứng minh" in sup
    control = text_of(documents.issue("control", d.id, user=officer,
                                      now=datetime(2025, 3, 4, 9, 6)).pdf, tmp_path)
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in control
    assert "Nhận: Công chức Tư pháp - Hộ tịch" in control and "Tòng Thị Én" in control
    with pytest.raises(DomainError) as not_yet:
        documents.issue("stop", d.id, user=officer, now=datetime(2025, 3, 4, 9, 7))
    assert not_yet.value.code == "document.not_applicable"
    d = services.dossiers.receive_supplement(d.id, user=officer, now=datetime(2025, 3, 5, 8, 0))
    d = services.dossiers.request_withdrawal(d.id, note="Công dân không còn nhu cầu",
                                             user=officer, now=datetime(2025, 3, 5, 14, 20))
    stop = text_of(documents.issue("stop", d.id, user=officer,
                                   now=datetime(2025, 3, 5, 14, 30)).pdf, tmp_path)
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in stop
    assert "14 giờ 20 phút, ngày 05/03/2025" in stop and "Công dân không còn nhu cầu" in stop


def test_refusal_without_code_is_found_by_uid(services, documents, officer, tmp_path):
    d = services.dossiers.refuse_at_counter(intake(services), "Không thuộc thẩm quyền của xã",
                                            user=officer, now=datetime(2025, 3, 3, 10, 0))
    assert not d.code
    dossier_id = documents.find_dossier(d.uid)
    text = text_of(documents.issue("refusal", dossier_id, user=officer,
                                   now=datetime(2025, 3, 3, 10, 1)).pdf, tmp_path)
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text
    assert "Không thuộc thẩm quyền của xã" in text and "068185012345" in text
    with pytest.raises(DomainError) as no_receipt:
        documents.issue("receipt", dossier_id, user=officer, now=datetime(2025, 3, 3, 10, 2))
    assert no_receipt.value.code == "document.not_applicable"
    with pytest.raises(DomainError) as unknown:
        documents.find_dossier("KHONG-CO-0001")
    assert unknown.value.code == "dossier.not_found"


def test_apology_prints_on_the_number_reserved_at_approval(services, documents, officer,
                                                          supervisor, tmp_path):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Công chức Tư pháp - Hộ tịch", user=officer,
                                   now=datetime(2025, 3, 3, 8, 30))
    new_due = services.apologies.suggest_new_due(d.id, datetime(2025, 3, 4, 8, 0))
    draft = services.apologies.draft(d.id, reason="Cần xác minh thông tin cư trú",
                                     new_due=new_due, user=officer, now=datetime(2025, 3, 4, 8, 0),
                                     signer_name="Hoàng Văn Đức")
    approved = services.apologies.approve(draft.id, user=supervisor,
                                          now=datetime(2025, 3, 4, 9, 0))
    paper = documents.issue("apology", d.id, user=officer, now=datetime(2025, 3, 4, 9, 30))
    assert paper.row.number_text == approved.number_text
    text = text_of(paper.pdf, tmp_path)
    assert "PHIẾU XIN LỖI" in text and "Cần xác minh thông tin cư trú" in text
    assert f"{new_due:%H} giờ {new_due:%M} phút, ngày {new_due:%d/%m/%Y}" in text
    assert "Hoàng Văn Đức" in text
    with services.db.session() as s:
        rows = s.execute(select(m.IssuedDocument).where(m.IssuedDocument.kind == "apology")
                         ).scalars().all()
        assert len(rows) == 1 and rows[0].sha256 == paper.row.sha256


def test_form_set_follows_the_office_switch_date(services, documents, officer, tmp_path):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    services.update_settings(replace(services.settings, layout_tt03_from=date(2025, 1, 1)))
    paper = documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    assert paper.row.layout_version == "tt03_2025"
    assert "Thông tư 03/2025/TT-VPCP" in text_of(paper.pdf, tmp_path)


def test_ledger_lists_the_period_with_the_year_numbering(services, documents, officer,
                                                         tmp_path):
    codes = []
    for day in (3, 4, 5):
        d = services.dossiers.accept(intake(services), user=officer,
                                     now=datetime(2025, 3, day, 8, 0))
        codes.append(d.code)
    paper = documents.issue_ledger(date(2025, 3, 4), date(2025, 3, 5), user=officer,
                                   now=datetime(2025, 3, 6, 17, 0))
    text = text_of(paper.pdf, tmp_path)
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Từ ngày 04/03/2025 đến ngày 05/03/2025" in text
    assert codes[0] not in text and codes[1] in text and codes[2] in text
    assert "Nguyễn Thị Phượng Hoàng" in text
    assert paper.row.dossier_id is None and documents.reopen(paper.row.id) == paper.pdf
    assert paper.row.ref == "ledger:2025-03-04..2025-03-05"


def test_counter_guidance_prints_form_02_without_a_dossier(services, documents, officer,
                                                          tmp_path):
    record = services.dossiers.request_completion(
        intake(services), ["Giấy chứng nhận kết hôn (bản sao có chứng thực)"],
        "Thiếu thành phần bắt buộc", "Nguyễn Thị Ngọc Ánh", user=officer,
        now=datetime(2025, 3, 3, 10, 0))
    paper = documents.issue_guidance(record.id, user=officer, now=datetime(2025, 3, 3, 10, 1))
    text = text_of(paper.pdf, tmp_path)
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text
    assert "1. Giấy chứng nhận kết hôn (bản sao có chứng thực)" in text
    assert "Nguyễn Thị Phượng Hoàng" in text and "Nguyễn Thị Ngọc Ánh" in text
    assert paper.row.dossier_id is None and paper.row.number == 1
    assert documents.reopen(paper.row.id) == paper.pdf


def outbox_documents(services) -> list[dict]:
    with services.db.session() as s:
        rows = s.execute(select(m.OutboxEntry).where(m.OutboxEntry.kind == "document.issued")
                         .order_by(m.OutboxEntry.id)).scalars().all()
        return [{**json.loads(r.payload), "_code": r.dossier_code} for r in rows]


def test_ledger_of_a_period_is_issued_once_then_reprinted_with_a_reason(services, documents,
                                                                        officer, tmp_path):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 4, 8, 0))
    start, end = date(2025, 3, 4), date(2025, 3, 5)
    original = documents.issue_ledger(start, end, user=officer, now=datetime(2025, 3, 5, 17, 0))
    with pytest.raises(DomainError) as again:
        documents.issue_ledger(start, end, user=officer, now=datetime(2025, 3, 5, 17, 1))
    assert again.value.code == "document.already_issued"
    assert again.value.details["document_id"] == original.row.id
    with pytest.raises(ValidationError) as no_reason:
        documents.issue_or_reprint_ledger(start, end, user=officer,
                                          now=datetime(2025, 3, 6, 8, 0))
    assert no_reason.value.code == "document.reprint_reason_required"
    assert no_reason.value.details["document_id"] == original.row.id
    assert no_reason.value.details["number_text"] == original.row.number_text

    # The dossier is returned in between: the reprint is built from today's records,
    # with the original's number and date, and stamped.
    services.dossiers.transfer(d.id, unit="Công chức Tư pháp - Hộ tịch", user=officer,
                               now=datetime(2025, 3, 5, 17, 30))
    reprint = documents.issue_or_reprint_ledger(start, end, reason="Sổ bị ướt, in lại để lưu",
                                                user=officer, now=datetime(2025, 3, 6, 8, 0))
    assert (reprint.row.reprint_of, reprint.row.reprint_no) == (original.row.id, 1)
    assert reprint.row.number_text == original.row.number_text
    assert reprint.row.ref == original.row.ref
    text = text_of(reprint.pdf, tmp_path)
    assert "BẢN IN LẠI (lần 1)" in text and "08:00 06/03/2025" in text
    assert "SỔ THEO DÕI HỒ SƠ" in text and d.code in text
    assert documents.reopen(original.row.id) == original.pdf  # original untouched
    assert "BẢN IN LẠI" not in text_of(original.pdf, tmp_path)
    with services.db.session() as s:
        assert s.get(m.DocumentCounter, (2025, "ledger")).last_number == 1
        actions = [a.action for a in s.execute(select(m.AuditEntry)).scalars()]
    assert actions.count("document.reprint") == 1
    assert verify_audit(services.db).ok
    # Another period is another original with the next number.
    other = documents.issue_ledger(date(2025, 3, 6), date(2025, 3, 6), user=officer,
                                   now=datetime(2025, 3, 6, 17, 0))
    assert other.row.number == original.row.number + 1 and other.row.reprint_no == 0


def test_counter_guidance_is_one_paper_and_its_reprint_is_stamped(services, documents, officer,
                                                                  tmp_path):
    record = services.dossiers.request_completion(
        intake(services), ["Tờ khai đăng ký kết hôn"], "Thiếu tờ khai",
        "Nguyễn Thị Ngọc Ánh", user=officer, now=datetime(2025, 3, 3, 10, 0))
    first = documents.issue_or_reprint_guidance(record.id, user=officer,
                                                now=datetime(2025, 3, 3, 10, 1))
    assert first.row.ref == f"guidance:{record.id}" and first.row.reprint_no == 0
    with pytest.raises(DomainError) as again:
        documents.issue_guidance(record.id, user=officer, now=datetime(2025, 3, 3, 10, 2))
    assert again.value.code == "document.already_issued"
    with pytest.raises(ValidationError) as no_reason:
        documents.issue_or_reprint_guidance(record.id, reason=" ", user=officer,
                                            now=datetime(2025, 3, 3, 10, 2))
    assert no_reason.value.details["label"] == "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
    second = documents.issue_or_reprint_guidance(record.id, reason="Công dân xin thêm một bản",
                                                 user=officer, now=datetime(2025, 3, 3, 10, 5))
    assert second.row.reprint_of == first.row.id and second.row.reprint_no == 1
    text = text_of(second.pdf, tmp_path)
    assert "BẢN IN LẠI (lần 1)" in text and "1. Tờ khai đăng ký kết hôn" in text
    assert f"Số: {first.row.number_text}" in text
    assert documents.reopen(first.row.id) == first.pdf
    with pytest.raises(DomainError) as unknown:
        documents.issue_guidance(9999, user=officer, now=datetime(2025, 3, 3, 10, 6))
    assert unknown.value.code == "guidance.not_found"


def test_papers_without_a_dossier_are_listed_with_what_they_are_about(services, documents,
                                                                      officer):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    record = services.dossiers.request_completion(
        intake(services), ["Tờ khai"], "", "", user=officer, now=datetime(2025, 3, 3, 9, 0))
    guide = documents.issue_guidance(record.id, user=officer, now=datetime(2025, 3, 3, 9, 1))
    ledger = documents.issue_ledger(date(2025, 3, 3), date(2025, 3, 3), user=officer,
                                    now=datetime(2025, 3, 3, 17, 0))
    rows = documents.papers(without_dossier=True)
    assert [(r.id, r.subject) for r in rows] == [
        (ledger.row.id, "Từ ngày 03/03/2025 đến ngày 03/03/2025"),
        (guide.row.id, "Hướng dẫn tại quầy: Nguyễn Thị Phượng Hoàng"),
    ]
    every = documents.papers()
    assert len(every) == 3 and every[-1].subject == f"{d.code} · Nguyễn Thị Phượng Hoàng"


def test_a_paper_whose_purpose_is_unknown_is_reopened_not_reprinted(services, documents,
                                                                    officer):
    paper = documents.issue_ledger(date(2025, 3, 3), date(2025, 3, 3), user=officer,
                                   now=datetime(2025, 3, 3, 17, 0))
    with services.db.session() as s:  # as a paper issued before revision 0004 without audit
        s.get(m.IssuedDocument, paper.row.id).ref = None
    with pytest.raises(DomainError) as err:
        documents.reprint(paper.row.id, reason="thử", user=officer,
                          now=datetime(2025, 3, 3, 17, 5))
    assert err.value.code == "document.reprint_unsupported" and "mở bản lưu" in err.value.message
    assert documents.reopen(paper.row.id) == paper.pdf


def test_every_issued_and_reprinted_paper_goes_to_the_outbox_with_its_metadata(
        services, documents, officer):
    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    receipt = documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    again = documents.reprint(receipt.row.id, reason="Công dân làm mất", user=officer,
                              now=datetime(2025, 3, 4, 9, 30))
    record = services.dossiers.request_completion(
        intake(services), ["Tờ khai"], "", "", user=officer, now=datetime(2025, 3, 3, 9, 0))
    guide = documents.issue_guidance(record.id, user=officer, now=datetime(2025, 3, 3, 9, 1))
    ledger = documents.issue_ledger(date(2025, 3, 3), date(2025, 3, 3), user=officer,
                                    now=datetime(2025, 3, 3, 17, 0))
    entries = outbox_documents(services)
    agency = services.settings.agency_code
    assert entries[0] == {
        "_code": d.code, "agency": agency, "kind": "receipt",
        "title": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "year": 2025, "number": 1,
        "number_text": receipt.row.number_text, "dossier_code": d.code, "dossier_uid": d.uid,
        "issued_at": "2025-03-03T08:01:00", "issued_by": "canbo",
        "issued_by_name": officer.full_name, "layout_version": receipt.row.layout_version,
        "sha256": receipt.row.sha256, "size": receipt.row.size, "reprint_no": 0,
    }
    assert entries[1]["reprint_no"] == 1 and entries[1]["reprint_reason"] == "Công dân làm mất"
    assert entries[1]["original_issued_at"] == "2025-03-03T08:01:00"
    assert entries[1]["issued_at"] == "2025-03-04T09:30:00"
    assert entries[1]["sha256"] == again.row.sha256 != receipt.row.sha256
    assert entries[2]["guidance_uid"] == record.uid and entries[2]["_code"] is None
    assert entries[2]["sha256"] == guide.row.sha256 and "dossier_code" not in entries[2]
    assert (entries[3]["period_from"], entries[3]["period_to"]) == ("2025-03-03", "2025-03-03")
    assert entries[3]["number_text"] == ledger.row.number_text
    # One outbox entry per issued paper, no more: a refused issue writes nothing.
    with pytest.raises(DomainError):
        documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 5, 8, 0))
    assert len(outbox_documents(services)) == 4
    with services.db.session() as s:
        assert s.execute(select(func.count()).select_from(m.IssuedDocument)).scalar_one() == 4


def test_document_metadata_survive_the_portal_adapter(services, documents, officer):
    """Outbox payload → wire item (portal time) → what the server reads back: the same."""
    from cchc_desktop.sync import protocol as p
    from cchc_desktop.sync.adapter import DEFAULT_ADAPTER
    from cchc_desktop.sync.engine import OutboxItem, to_wire

    d = services.dossiers.accept(intake(services), user=officer, now=datetime(2025, 3, 3, 8, 0))
    paper = documents.issue("receipt", d.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    with services.db.session() as s:
        entry = s.execute(select(m.OutboxEntry).where(
            m.OutboxEntry.kind == "document.issued")).scalar_one()
        item = OutboxItem(entry.id, entry.idempotency_key, entry.kind,
                          json.loads(entry.payload), entry.created_at, entry.dossier_code)
    wire = to_wire(item, DEFAULT_ADAPTER)
    assert wire.kind == p.KIND_DOCUMENT_ISSUED and wire.code == d.code
    assert wire.data["GiayTo"]["issued_at"] == "20250303080100"
    assert wire.data["GiayTo"]["sha256"] == paper.row.sha256
    assert DEFAULT_ADAPTER.document_from_wire(wire.data) == item.payload
