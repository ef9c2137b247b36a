"""A day at the counter through the services, on a real SQLite file."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from cchc_desktop.domain.dossier import Action, Status
from cchc_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from cchc_desktop.services.audit import verify_audit
from cchc_desktop.services.dossiers import (
    ApplicantInput,
    ComponentInput,
    DossierFilter,
    FeeInput,
    IntakeInput,
)
from cchc_desktop.storage import models as m

APPLICANT = ApplicantInput(
    kind=1, name="Nguyễn Văn Đức", id_number="068085012345", date_of_birth=date(1985, 3, 2),
    sex="Nam", address="Thôn 3, xã Tân Thành, tỉnh Lâm Đồng", phone="0912345678",
)


def intake_for(services, code="1.004873", *, applicant=APPLICANT, submit_all=True):
    proc = services.dossiers.intake_procedure(code)
    comps = tuple(
        ComponentInput(c.id, originals=max(1, c.originals))
        for c in proc.components if submit_all or not c.required
    )
    return IntakeInput(procedure_code=code, applicant=applicant, components=comps,
                       fees=(FeeInput("Lệ phí", 5000, "cash", "BL-0001"),))


def test_accept_issues_code_due_history_audit_outbox_in_one_go(services, officer):
    # 1.004873 (XNTTHN): 03 working days. Received Fri 24/01/2025 15:30 → Tết 27/1–1/2
    # → due Wed 05/02/2025 15:30 (domain.md §4, working-hours model).
    received = datetime(2025, 1, 24, 15, 30)
    detail = services.dossiers.accept(intake_for(services), user=officer, now=received)
    assert detail.code == "H36.52.10-250124-0001"
    assert detail.status == Status.ACCEPTED
    assert detail.timing.current_due == datetime(2025, 2, 5, 15, 30)
    assert detail.applicant.name == "Nguyễn Văn Đức"
    assert [e.action for e in detail.events] == ["accept"]
    with services.db.session() as s:
        outbox = s.execute(select(m.OutboxEntry)).scalars().all()
        assert len(outbox) == 1 and outbox[0].kind == "dossier.event"
        payload = json.loads(outbox[0].payload)
        assert payload["dossier"]["code"] == detail.code
        assert payload["dossier"]["due_at"] == "2025-02-05T15:30:00"
    assert verify_audit(services.db).ok


def test_preview_explains_tet(services):
    preview = services.dossiers.preview_due("1.004873", datetime(2025, 1, 24, 15, 30))
    assert preview.due_at == datetime(2025, 2, 5, 15, 30)
    assert any("Tết" in line for line in preview.explanation)


def test_full_lifecycle_with_supplement_restart_and_return(services, officer):
    d = services.dossiers.accept(intake_for(services), user=officer,
                                 now=datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Công chức Tư pháp - Hộ tịch",
                                   allotted_hours=16, user=officer,
                                   now=datetime(2025, 3, 3, 8, 30))
    assert d.status == Status.IN_PROGRESS and d.steps[0].unit.startswith("Công chức")
    d = services.dossiers.request_supplement(
        d.id, items=["Bản sao quyết định ly hôn"], reason="Thiếu giấy tờ", user=officer,
        now=datetime(2025, 3, 4, 9, 0))
    assert d.status == Status.SUPPLEMENT_REQUESTED and d.timing.paused
    with pytest.raises(DomainError) as second:
        services.dossiers.request_supplement(
            d.id, items=["x"], reason="y", user=officer, now=datetime(2025, 3, 4, 10, 0))
    assert second.value.code in ("transition.not_allowed", "supplement.already_requested")
    d = services.dossiers.receive_supplement(d.id, user=officer, now=datetime(2025, 3, 6, 8, 0))
    # NĐ 61/2018 Art. 19(4): the full 3 working days restart from the complete dossier
    assert d.timing.current_due == datetime(2025, 3, 11, 8, 0)
    assert d.timing.supplement_requests == 1
    with pytest.raises(DomainError) as again:
        services.dossiers.request_supplement(
            d.id, items=["x"], reason="y", user=officer, now=datetime(2025, 3, 6, 9, 0))
    assert again.value.code == "supplement.already_requested"
    d = services.dossiers.mark_resolved(d.id, user=officer, now=datetime(2025, 3, 10, 14, 0))
    assert d.outcome == "truoc_han"
    d = services.dossiers.return_result(d.id, method="truc_tiep",
                                        collected_by="Nguyễn Văn Đức", rating=5,
                                        user=officer, now=datetime(2025, 3, 10, 15, 0))
    assert d.status == Status.RETURNED and d.rating == 5
    assert [e.status_after for e in d.events] == [2, 4, 5, 4, 9, 10]
    assert d.steps[0].finished_at is not None
    assert verify_audit(services.db).ok
    with services.db.session() as s:
        assert s.execute(select(m.OutboxEntry)).scalars().all().__len__() == 6


def test_refusal_needs_reason_and_is_recorded_without_code(services, officer):
    with pytest.raises(ValidationError) as err:
        services.dossiers.refuse_at_counter(intake_for(services), "  ", user=officer,
                                            now=datetime(2025, 3, 3, 9, 0))
    assert err.value.code == "intake.reason_required"
    d = services.dossiers.refuse_at_counter(
        intake_for(services), "Không thuộc thẩm quyền", user=officer,
        now=datetime(2025, 3, 3, 9, 0))
    assert d.code == "" and d.status == Status.NOT_ACCEPTED
    assert d.refusal_reason == "Không thuộc thẩm quyền"


def test_incomplete_dossier_cannot_be_accepted_but_is_guided_once(services, officer):
    incomplete = intake_for(services, submit_all=False)
    with pytest.raises(ValidationError) as err:
        services.dossiers.accept(incomplete, user=officer, now=datetime(2025, 3, 3, 9, 0))
    assert err.value.code == "intake.missing_required"
    g = services.dossiers.request_completion(
        incomplete, ["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"], "Thiếu tờ khai",
        "Nguyễn Thị Ngọc Ánh - 0263 3850 123", user=officer, now=datetime(2025, 3, 3, 9, 0))
    assert g.items == ("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",)


def test_only_published_components_may_be_recorded(services, officer):
    # NĐ 61/2018 Art. 5(1)(đ): no component outside the procedure's list
    bad = IntakeInput(procedure_code="1.004873", applicant=APPLICANT,
                      components=(ComponentInput(999_999, originals=1),))
    with pytest.raises(ValidationError) as err:
        services.dossiers.accept(bad, user=officer, now=datetime(2025, 3, 3, 9, 0))
    assert err.value.code == "intake.component_not_in_list"


@pytest.mark.parametrize(
    ("applicant", "code"),
    [
        (ApplicantInput(name="", id_number="068085012345"), "intake.name_required"),
        (ApplicantInput(name="A" * 201, id_number="068085012345"), "intake.name_too_long"),
        (ApplicantInput(name="Lê Thị Hoa", id_number="12345"), None),
        (ApplicantInput(name="Lê Thị Hoa", id_number="068085012345", phone="12ab"), None),
        (ApplicantInput(name="Lê Thị Hoa", id_number="068085012345", email="a@"), None),
    ],
)
def test_bad_applicant_input_is_refused_with_a_vietnamese_message(services, officer,
                                                                  applicant, code):
    with pytest.raises(ValidationError) as err:
        services.dossiers.accept(intake_for(services, applicant=applicant), user=officer,
                                 now=datetime(2025, 3, 3, 9, 0))
    if code:
        assert err.value.code == code
    assert err.value.message and any(ch in err.value.message for ch in "ăâđêôơưạảãáàệộ")
    assert services.dossiers.count() == 0  # nothing half-written


def test_officer_cannot_do_a_supervisor_action(services, officer, supervisor):
    d = services.dossiers.accept(intake_for(services), user=officer,
                                 now=datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Tư pháp", user=officer,
                                   now=datetime(2025, 3, 3, 8, 10))
    assert Action.REFUSE_AFTER_REVIEW not in d.allowed
    with pytest.raises(PermissionDenied):
        services.dossiers.refuse_after_review(d.id, reason="Không đủ điều kiện", user=officer,
                                              now=datetime(2025, 3, 3, 9, 0))
    d = services.dossiers.refuse_after_review(d.id, reason="Không đủ điều kiện",
                                              user=supervisor, now=datetime(2025, 3, 3, 9, 0))
    assert d.status == Status.RESOLVED and d.refusal_reason == "Không đủ điều kiện"


def test_correction_after_acceptance_is_audited_not_silent(services, officer):
    d = services.dossiers.accept(intake_for(services), user=officer,
                                 now=datetime(2025, 3, 3, 8, 0))
    fixed = ApplicantInput(**{**APPLICANT.__dict__, "address": "Thôn 5, xã Tân Thành"})
    with pytest.raises(ValidationError):
        services.dossiers.correct_applicant(d.id, fixed, reason="", user=officer,
                                            now=datetime(2025, 3, 3, 9, 0))
    d = services.dossiers.correct_applicant(d.id, fixed, reason="Ghi sai số thôn",
                                            user=officer, now=datetime(2025, 3, 3, 9, 0))
    assert d.applicant.address == "Thôn 5, xã Tân Thành"
    assert d.events[-1].details["changed"]["address"][0].startswith("Thôn 3")
    with services.db.session() as s:
        entry = s.execute(select(m.AuditEntry).where(
            m.AuditEntry.action == "dossier.correct_applicant")).scalar_one()
        assert "Thôn 3" in entry.before and "Thôn 5" in entry.after


def test_search_ignores_diacritics_and_finds_codes(services, officer):
    d = services.dossiers.accept(intake_for(services), user=officer,
                                 now=datetime(2025, 3, 3, 8, 0))
    for text in ("duc", "Đức", "nguyen van duc", "0912345678", "068085012345", d.code):
        rows = services.dossiers.page(DossierFilter(text=text))
        assert [r.id for r in rows] == [d.id], text
    assert services.dossiers.page(DossierFilter(text="tran")) == []
    assert services.dossiers.find_id_by_code(d.code) == d.id


def test_stop_requires_notice(services, officer):
    d = services.dossiers.accept(intake_for(services), user=officer,
                                 now=datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.request_withdrawal(d.id, user=officer, now=datetime(2025, 3, 3, 9, 0))
    with pytest.raises(ValidationError) as err:
        services.dossiers.stop(d.id, stop_notice=False, user=officer,
                               now=datetime(2025, 3, 3, 9, 5))
    assert err.value.code == "withdrawal.stop_notice_required"
    d = services.dossiers.stop(d.id, stop_notice=True, user=officer,
                               now=datetime(2025, 3, 3, 9, 5))
    assert d.status == Status.STOPPED


def test_scanned_file_is_stored_by_content_and_type_checked(services, officer, tmp_path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% scan\n")
    fake = tmp_path / "virus.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    proc = services.dossiers.intake_procedure("1.004873")
    comps = tuple(ComponentInput(c.id, originals=1, scan_path=pdf if i == 0 else None)
                  for i, c in enumerate(proc.components))
    intake = IntakeInput(procedure_code="1.004873", applicant=APPLICANT, components=comps)
    d = services.dossiers.accept(intake, user=officer, now=datetime(2025, 3, 3, 8, 0))
    assert d.components[0].digitised and d.components[0].file_mime == "application/pdf"
    assert services.files.read(d.components[0].file_sha256).startswith(b"%PDF")
    with pytest.raises(ValidationError) as err:
        services.dossiers.attach_scan(d.id, d.components[0].id, fake, user=officer,
                                      now=datetime(2025, 3, 3, 9, 0))
    assert err.value.code == "file.type"


def _online_dossier(services, code="H36.52.10-ONL-0001"):
    """A dossier as the sync pull stores one filed online (status 1, no clock yet)."""
    from cchc_desktop.storage import models as mm

    now = datetime(2025, 3, 3, 7, 0)
    with services.db.session() as s:
        d = mm.Dossier(uid="online-1", code=code, agency_code="H36.52.10",
                       procedure_code="1.004873", procedure_name="Cấp Giấy XNTTHN",
                       channel=2, applicant_name="Võ Thị Diễm", duration_amount=3,
                       duration_unit="working_days", received_at=now, status=1,
                       search_text="vo thi diem", created_at=now, updated_at=now)
        s.add(d)
        s.flush()
        return d.id


def test_online_dossier_is_accepted_at_the_counter_and_its_clock_starts(services, officer):
    dossier_id = _online_dossier(services)
    assert services.dossiers.detail(dossier_id).timing is None
    d = services.dossiers.accept_online(dossier_id, user=officer,
                                        now=datetime(2025, 3, 3, 9, 0))
    assert d.status == Status.ACCEPTED and d.code == "H36.52.10-ONL-0001"
    assert d.timing.current_due == datetime(2025, 3, 6, 9, 0)
    assert services.dossiers.page(DossierFilter(text="diem"))[0].id == dossier_id


def test_online_dossier_refusal_needs_a_reason(services, officer):
    dossier_id = _online_dossier(services)
    with pytest.raises(ValidationError):
        services.dossiers.refuse_online(dossier_id, reason=" ", user=officer,
                                        now=datetime(2025, 3, 3, 9, 0))
    d = services.dossiers.refuse_online(dossier_id, reason="Hồ sơ không đúng thẩm quyền",
                                        user=officer, now=datetime(2025, 3, 3, 9, 0))
    assert d.status == Status.NOT_ACCEPTED and d.refusal_reason.startswith("Hồ sơ")
