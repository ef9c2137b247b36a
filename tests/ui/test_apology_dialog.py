"""The apology dialog over a real SQLite office: draft, supervisor approval, one extension only."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.dialogs.apology import ApologyDialog
from cchc_desktop.ui.models.dossier_table import DossierTableModel
from cchc_desktop.ui.tasks import InlineTaskRunner

RECEIVED = datetime(2025, 3, 3, 8, 0)  # Monday; 3 working days → due Thu 06/03 08:00
DUE = datetime(2025, 3, 6, 8, 0)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The demo office (catalogue, users, settings) installed once; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "cchc.db"
    db = open_database(path)
    install_demo(db, dossiers=0, now=RECEIVED)
    db.close()
    return path


@pytest.fixture
def services(tmp_path, template):
    paths = AppPaths(tmp_path / "data").ensure()
    shutil.copyfile(template, paths.database)
    db = open_database(paths.database)
    svc = Services(paths, db, clock=Clock(datetime(2025, 3, 4, 9, 0)))
    svc.officer = authenticate(db, "canbo", "canbo123", now=RECEIVED)
    svc.supervisor = authenticate(db, "lanhdao", "lanhdao123", now=RECEIVED)
    svc.current_user = svc.officer
    yield svc
    svc.close()


@pytest.fixture
def dossier(services):
    proc = services.dossiers.intake_procedure("1.004873")
    intake = IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(name="Trần Thị Hương", id_number="068190012345", sex="Nữ",
                                 phone="0987654321"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components))
    d = services.dossiers.accept(intake, user=services.officer, now=RECEIVED)
    services.dossiers.transfer(d.id, unit="Công chức Tư pháp - Hộ tịch", user=services.officer,
                               now=RECEIVED)
    assert services.dossiers.detail(d.id).timing.current_due == DUE
    return d


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("CCHC_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_dialog(qtbot, services, dossier_id):
    dialog = ApologyDialog(services, InlineTaskRunner(), dossier_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_draft_approve_issue_then_a_second_extension_is_refused(qtbot, services, dossier,
                                                                 shots):
    model = DossierTableModel(InlineTaskRunner(), clock=services.clock)
    model.set_services(services)
    assert model.list_row(0).row.due_at == DUE

    dialog = open_dialog(qtbot, services, dossier.id)
    assert dialog.draft_box.isVisible() and not dialog.approval_box.isVisible()
    assert dialog.signer_label.text() == "CHỦ TỊCH Phạm Văn Hùng"
    assert "Gợi ý theo lịch làm việc" in dialog.suggestion_label.text()
    suggested = dialog.state.suggestion
    assert suggested > DUE
    assert dialog.new_due_edit.dateTime().toPython() == suggested
    assert dialog.hint_label.text().startswith("Ước tính")
    assert dialog.hint_label.font().italic() or "italic" in dialog.hint_label.styleSheet()
    assert not dialog.late_label.isVisible()  # two working days before the due time
    assert dialog.grab().save(str(shots / "apology-draft.png"))

    dialog.submit_draft()  # the reason is required
    assert dialog.error_label.isVisible()
    assert "lý do" in dialog.error_label.text()
    dialog.reason_box.setCurrentIndex(0)
    dialog.submit_draft()
    assert not dialog.error_label.isVisible()
    assert dialog.message_label.text() == "Đã gửi phiếu cho lãnh đạo duyệt."
    assert "Chờ lãnh đạo duyệt" in dialog.draft_state_label.text()
    # the officer cannot approve: no approval buttons for them
    assert not dialog.approval_box.isVisible()
    assert services.dossiers.detail(dossier.id).timing.current_due == DUE

    services.current_user = services.supervisor
    services.clock.now = datetime(2025, 3, 4, 10, 0)
    boss = open_dialog(qtbot, services, dossier.id)
    assert boss.approval_box.isVisible() and not boss.draft_box.isVisible()
    assert "Cần xác minh thêm" in boss.draft_summary.text()
    assert boss.grab().save(str(shots / "apology-approval.png"))
    with qtbot.waitSignal(boss.changed):
        boss.approve_button.click()
    assert boss.issued_box.isVisible()
    assert "Số phiếu: 1/PXL" in boss.issued_summary.text()
    assert "Phát hành muộn" not in boss.issued_summary.text()

    # the new due time is used everywhere: detail, list (refetched by the change notice)
    timing = services.dossiers.detail(dossier.id).timing
    assert timing.current_due == suggested and timing.original_due == DUE
    assert model.list_row(0).row.due_at == suggested
    assert model.list_row(0).row.extended
    assert suggested.strftime("%H:%M %d/%m/%Y") in boss.due_label.text()
    assert "hạn ban đầu 08:00 06/03/2025" in boss.due_label.text()

    # a second extension is refused with the legal reason, before and after trying
    services.current_user = services.officer
    again = open_dialog(qtbot, services, dossier.id)
    assert again.refusal_label.isVisible()
    assert "Điều 19 khoản 9" in again.refusal_label.text()
    assert not again.draft_box.isVisible() and not again.submit_button.isEnabled()
    again.reason_box.setEditText("Lần hai")
    again.submit_draft()
    assert "một lần" in again.error_label.text()
    assert again.grab().save(str(shots / "apology-issued-second-refused.png"))

    # the officer records how the applicant was informed
    again.inform_box.setCurrentIndex(again.inform_box.findData("dien_thoai"))
    again.inform_button.click()
    assert services.apologies.for_dossier(dossier.id).informed_via == "dien_thoai"
    assert again.message_label.text() == "Đã ghi nhận hình thức thông báo cho người nộp."


def test_late_letter_is_flagged_and_returned_draft_goes_back(qtbot, services, dossier):
    services.clock.now = datetime(2025, 3, 5, 14, 0)  # less than one working day left
    dialog = open_dialog(qtbot, services, dossier.id)
    assert dialog.late_label.isVisible() and "phát hành muộn" in dialog.late_label.text()
    dialog.reason_box.setEditText("Chờ ý kiến phối hợp")
    dialog.new_due_edit.setDateTime(dialog.new_due_edit.minimumDateTime())  # = the due time
    dialog.submit_draft()
    assert "phải sau thời hạn hiện tại" in dialog.error_label.text()
    dialog.use_suggestion.click()
    dialog.submit_draft()
    assert services.apologies.pending()

    services.current_user = services.supervisor
    boss = open_dialog(qtbot, services, dossier.id)
    assert "phát hành muộn" in boss.draft_summary.text()
    boss.reject_button.click()
    assert "lý do trả lại" in boss.error_label.text()
    boss.reject_note.setText("Ghi rõ cơ quan phối hợp")
    boss.reject_button.click()
    # sent back: the supervisor now sees the form (no draft waiting)
    assert boss.draft_box.isVisible() and "Lãnh đạo trả lại" in boss.draft_state_label.text()

    boss.reason_box.setEditText("Chờ ý kiến phối hợp của Sở Tư pháp")
    boss.submit_draft()
    assert boss.approval_box.isVisible()
    boss.approve()
    assert "Phát hành muộn" in boss.issued_summary.text()
    assert "phát hành muộn" in services.dossiers.detail(dossier.id).events[-1].note
