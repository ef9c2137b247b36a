"""The dossier detail dialog drives the real services: actions, history, timing, scans.

A real SQLite file with the demo office (no demo dossiers); each test receives dossiers
through the services, opens the real dialog offscreen and presses its real buttons.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from cchc_desktop.domain.dossier import Action, Status
from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.dialogs import actions as forms
from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog, ScanViewerDialog
from cchc_desktop.ui.tasks import InlineTaskRunner

SETUP = datetime(2025, 1, 24, 9, 0)
APPLICANT = ApplicantInput(
    kind=1, name="Nguyễn Văn Đức", id_number="068085012345", date_of_birth=date(1985, 3, 2),
    sex="Nam", address="Thôn 3, xã Tân Thành, tỉnh Lâm Đồng", phone="0912345678",
)


class Clock:
    """A settable "now" for the services (time is an input)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def office(tmp_path):
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=SETUP)
    clock = Clock(datetime(2025, 3, 3, 8, 0))  # Monday
    svc = Services(paths, db, clock=clock)
    svc.current_user = authenticate(db, "canbo", "canbo123", now=SETUP)
    yield svc, clock
    svc.close()


def accept(services, now, *, scan=None):
    proc = services.dossiers.intake_procedure("1.004873")
    comps = tuple(ComponentInput(c.id, originals=max(1, c.originals),
                                 scan_path=scan if i == 0 else None)
                  for i, c in enumerate(proc.components))
    intake = IntakeInput(procedure_code="1.004873", applicant=APPLICANT, components=comps)
    return services.dossiers.accept(intake, user=services.current_user, now=now)


def open_dialog(qtbot, services, detail):
    dialog = DossierDetailDialog(detail, services=services, tasks=InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_text(widget, text):
    """Type like a keyboard would, letters outside Latin-1 included."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def shortcut(widget, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    """Press a key combination in the active window (QShortcut needs a real key event)."""
    widget.activateWindow()
    QTest.qWaitForWindowActive(widget)
    QTest.keyClick(QApplication.focusWidget() or widget, key, modifiers)


def button_texts(dialog):
    return {a: b.text() for a, b in dialog.action_buttons.items()}


def column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_transfer_shows_the_1500_rule_and_records_the_step(qtbot, office):
    services, clock = office
    detail = accept(services, datetime(2025, 3, 3, 14, 0))
    detail = services.dossiers.detail(detail.id)  # as the list loads it: no user, no actions
    clock.now = datetime(2025, 3, 3, 16, 10)  # after 15:00: handed over next morning
    dialog = open_dialog(qtbot, services, detail)
    # The dialog asked again with the user: exactly the state machine's actions.
    assert set(dialog.action_buttons) == {Action.TRANSFER, Action.MARK_RESOLVED,
                                          Action.REQUEST_WITHDRAWAL}
    assert "(Ctrl+T)" in dialog.action_buttons[Action.TRANSFER].text()
    shortcut(dialog, Qt.Key.Key_T)  # keyboard, no mouse
    form = dialog.action_dialog
    assert isinstance(form, forms.TransferDialog)
    assert "Điều 18 Nghị định 61/2018" in form.notice.text()
    assert "07:00 ngày 04/03/2025" in form.notice.text()
    form.unit.clear()
    type_text(form.unit, "Công chức Tư pháp - Hộ tịch")
    type_text(form.handler, "Trần Thị Mỹ Lệ")
    form.hours.setValue(16)
    with qtbot.waitSignal(dialog.changed) as changed:
        form.ok_button.click()
    new = changed.args[0]
    assert new.status == Status.IN_PROGRESS
    assert new.steps[0].handler == "Trần Thị Mỹ Lệ"
    assert new.steps[0].started_at == datetime(2025, 3, 4, 7, 0)
    assert dialog.fields["unit"].text() == "Công chức Tư pháp - Hộ tịch"
    assert column(dialog.events_table, 1)[-1] == "Chuyển xử lý"
    assert column(dialog.events_table, 3)[-1] == "2 → 4"
    assert column(dialog.steps_table, 2) == ["Trần Thị Mỹ Lệ"]
    assert Action.RECORD_PROGRESS in dialog.action_buttons
    assert dialog.message.text() == "Đã ghi nhận: Chuyển xử lý."


def test_supplement_once_then_restart_then_resolved(qtbot, office):
    services, clock = office
    d = accept(services, datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Tư pháp", user=services.current_user,
                                   now=datetime(2025, 3, 3, 8, 30))
    original_due = d.timing.current_due
    clock.now = datetime(2025, 3, 4, 9, 0)
    dialog = open_dialog(qtbot, services, services.dossiers.detail(d.id))
    dialog.action_buttons[Action.REQUEST_SUPPLEMENT].click()
    form = dialog.action_dialog
    assert "Chỉ được yêu cầu bổ sung một lần" in form.notice.text()
    form.ok_button.click()  # nothing listed: the service refuses, the dialog stays open
    assert form.isVisible()
    assert form.error.text() == "Phải liệt kê đầy đủ các nội dung cần bổ sung, hoàn thiện."
    form.items.setPlainText("Bản sao quyết định ly hôn\nGiấy xác nhận cư trú")
    type_text(form.reason, "Thiếu giấy tờ")
    form.ok_button.click()
    assert not form.isVisible()
    assert dialog.detail.status == Status.SUPPLEMENT_REQUESTED
    assert dialog.detail.timing.paused
    assert "đang tạm dừng" in dialog.fields["pauses"].text()
    assert "Thời hạn đang tạm dừng" in dialog.state_label.text()
    assert set(dialog.action_buttons) == {Action.RECEIVE_SUPPLEMENT, Action.REQUEST_WITHDRAWAL}
    event = dialog.detail.events[-1]
    assert event.details["items"] == ["Bản sao quyết định ly hôn", "Giấy xác nhận cư trú"]

    clock.now = datetime(2025, 3, 6, 8, 0)
    shortcut(dialog, Qt.Key.Key_N)
    form = dialog.action_dialog
    assert isinstance(form, forms.NoteDialog)
    assert "tính lại từ đầu" in form.notice.text()
    form.ok_button.click()
    timing = dialog.detail.timing
    assert dialog.detail.status == Status.IN_PROGRESS
    # NĐ 61/2018 Art. 19(4): the full 3 working days restart from 06/03 08:00.
    assert timing.restarted_at == datetime(2025, 3, 6, 8, 0)
    assert timing.current_due == datetime(2025, 3, 11, 8, 0) > original_due
    assert dialog.fields["restarted"].text() == "06/03/2025 08:00"
    assert dialog.fields["current_due"].text() == "11/03/2025 08:00"
    assert "từ 04/03/2025 09:00 đến 06/03/2025 08:00" in dialog.fields["pauses"].text()
    assert dialog.fields["supplements"].text() == "1/1 lần"

    # A second request: no button, and a forced one shows the service's refusal.
    assert Action.REQUEST_SUPPLEMENT not in dialog.action_buttons
    assert not dialog.findChild(QPushButton, "action_request_supplement")
    form = dialog.start_action(Action.REQUEST_SUPPLEMENT)
    form.items.setPlainText("Giấy khai sinh")
    form.ok_button.click()
    assert form.isVisible()
    assert "chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần" in form.error.text()
    assert form.items.toPlainText() == "Giấy khai sinh"  # what was typed is kept
    form.reject()
    assert dialog.detail.status == Status.IN_PROGRESS

    clock.now = datetime(2025, 3, 7, 10, 0)
    dialog.action_buttons[Action.MARK_RESOLVED].click()
    form = dialog.action_dialog
    type_text(form.note, "Đã ký giấy xác nhận")
    form.ok_button.click()
    assert dialog.detail.status == Status.RESOLVED
    assert dialog.detail.resolved_at == datetime(2025, 3, 7, 10, 0)
    assert "có kết quả lúc 07/03/2025 10:00" in dialog.fields["result"].text()
    assert set(dialog.action_buttons) == {Action.RETURN_RESULT}


def test_officer_cannot_refuse_after_review_supervisor_can(qtbot, office):
    services, clock = office
    d = accept(services, datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Tư pháp", user=services.current_user,
                                   now=datetime(2025, 3, 3, 8, 30))
    clock.now = datetime(2025, 3, 4, 9, 0)
    dialog = open_dialog(qtbot, services, d)
    assert Action.REFUSE_AFTER_REVIEW not in dialog.action_buttons
    shortcut(dialog, Qt.Key.Key_X,
             Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.action_dialog is None  # the shortcut is off too
    form = dialog.start_action(Action.REFUSE_AFTER_REVIEW)  # forced
    type_text(form.reason, "Không đủ điều kiện")
    form.ok_button.click()
    assert form.isVisible()
    assert "không được phép" in form.error.text() and "lãnh đạo" in form.error.text()
    form.reject()
    assert services.dossiers.detail(d.id).status == Status.IN_PROGRESS

    services.current_user = authenticate(services.db, "lanhdao", "lanhdao123", now=SETUP)
    boss = open_dialog(qtbot, services, services.dossiers.detail(d.id))
    assert Action.REFUSE_AFTER_REVIEW in boss.action_buttons
    boss.action_buttons[Action.REFUSE_AFTER_REVIEW].click()
    form = boss.action_dialog
    form.ok_button.click()
    assert form.error.text() == "Phải ghi rõ lý do từ chối."
    type_text(form.reason, "Người yêu cầu không đủ điều kiện theo luật")
    form.ok_button.click()
    assert boss.detail.status == Status.RESOLVED
    assert "Từ chối: Người yêu cầu không đủ điều kiện" in boss.fields["result"].text()


def test_correction_is_audited_not_a_silent_overwrite(qtbot, office):
    services, clock = office
    d = accept(services, datetime(2025, 3, 3, 8, 0))
    clock.now = datetime(2025, 3, 3, 9, 0)
    dialog = open_dialog(qtbot, services, d)
    assert dialog.correct_button.isVisible()
    shortcut(dialog, Qt.Key.Key_E)
    form = dialog.action_dialog
    assert isinstance(form, forms.CorrectionDialog)
    assert form.name.text() == "Nguyễn Văn Đức" and form.date_of_birth.text() == "02/03/1985"
    form.phone.setText("0987654321")
    form.ok_button.click()
    assert form.error.text() == "Phải nhập lý do điều chỉnh."
    form.date_of_birth.setText("31/02/1985")
    type_text(form.reason, "Ghi sai số điện thoại")
    form.ok_button.click()
    assert "ngày/tháng/năm" in form.error.text()
    form.date_of_birth.setText("02/03/1985")
    form.ok_button.click()
    assert not form.isVisible()
    assert dialog.fields["phone"].text() == "0987654321"
    assert column(dialog.events_table, 1)[-1] == "Điều chỉnh thông tin người nộp"
    assert column(dialog.events_table, 4)[-1] == "Ghi sai số điện thoại"
    assert dialog.detail.events[-1].details["changed"] == {"phone": ["0912345678",
                                                                     "0987654321"]}
    with services.db.session() as s:
        audit = s.execute(select(m.AuditEntry).where(
            m.AuditEntry.action == "dossier.correct_applicant")).scalar_one()
        assert json.loads(audit.before)["phone"] == "0912345678"
        assert json.loads(audit.after)["phone"] == "0987654321"
        assert audit.username == "canbo"


def test_scans_thumbnail_viewer_and_digitising(qtbot, office, tmp_path):
    services, _clock = office
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "giay-to.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(300, 400))
    for _ in range(2):
        c.rect(20, 20, 260, 360, fill=1)
        c.showPage()
    c.save()
    d = accept(services, datetime(2025, 3, 3, 8, 0), scan=pdf)
    dialog = open_dialog(qtbot, services, d)
    dialog.tabs.setCurrentIndex(1)
    table = dialog.components_table
    assert column(table, 5)[0] == "Đã số hóa" and set(column(table, 5)[1:]) == {"Chưa số hóa"}
    table.selectRow(0)
    thumb = dialog.thumbnail.pixmap()
    assert not thumb.isNull() and thumb.height() <= 200
    assert not dialog.attach_button.isEnabled()
    dialog.view_button.click()
    viewer = dialog.viewer
    assert isinstance(viewer, ScanViewerDialog) and len(viewer.page_labels) == 2
    assert viewer.page_labels[0].pixmap().width() > 300  # rendered at 110 dpi, not thumbnail
    viewer.close()

    png = tmp_path / "anh.png"
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(png))
    table.selectRow(1)
    assert dialog.thumbnail.text() == "Chưa có bản quét"
    assert dialog.attach_button.isEnabled() and not dialog.view_button.isEnabled()
    component = dialog.selected_component()
    dialog.attach_scan(component.id, png)
    assert column(dialog.components_table, 5)[1] == "Đã số hóa"
    assert column(dialog.events_table, 1)[-1] == "Số hóa hồ sơ"
    dialog.components_table.selectRow(1)
    assert dialog.thumbnail.pixmap().toImage().pixelColor(40, 60) == QColor("#336699")
    dialog.view_scan()
    assert dialog.viewer.page_labels[0].pixmap().size().width() == 120

    bad = tmp_path / "not-a-scan.pdf"
    bad.write_text("hello")
    dialog.components_table.selectRow(2)
    dialog.attach_scan(dialog.selected_component().id, bad)
    assert dialog.message.text().startswith("Chỉ nhận tệp PDF, JPEG hoặc PNG")


def test_read_only_without_services(qtbot, office):
    services, _clock = office
    d = accept(services, datetime(2025, 3, 3, 8, 0))
    dialog = DossierDetailDialog(d, "Được tiếp nhận")
    qtbot.addWidget(dialog)
    assert dialog.action_buttons == {}
    assert "Chỉ xem" in dialog.no_action_label.text()
    assert dialog.windowTitle() == f"Hồ sơ {d.code}"
    assert dialog.fields["applicant"].text() == "Nguyễn Văn Đức"
    assert dialog.fields["original_due"].text() == "06/03/2025 08:00"


def test_progress_financial_withdrawal_and_stop_notice(qtbot, office):
    services, clock = office
    d = accept(services, datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Tư pháp", allotted_hours=8,
                                   user=services.current_user, now=datetime(2025, 3, 3, 8, 30))
    clock.now = datetime(2025, 3, 3, 15, 0)
    dialog = open_dialog(qtbot, services, d)
    shortcut(dialog, Qt.Key.Key_G)
    form = dialog.action_dialog
    assert isinstance(form, forms.ProgressDialog)
    form.ok_button.click()
    assert form.error.text() == "Phải nhập nội dung xử lý."
    type_text(form.note, "Đã thẩm định, trình ký")
    form.finish_step.setChecked(True)
    form.ok_button.click()
    assert dialog.detail.steps[0].finished_at == datetime(2025, 3, 3, 15, 0)
    assert column(dialog.steps_table, 5) == ["03/03/2025 15:00"]

    dialog.action_buttons[Action.REQUEST_FINANCIAL].click()
    form = dialog.action_dialog
    form.ok_button.click()  # the obligation must be named
    assert form.error.text() == "Phải nhập nội dung." and form.isVisible()
    type_text(form.note, "Nộp lệ phí 8.000 đồng")
    form.ok_button.click()
    assert dialog.detail.status == Status.FINANCIAL_OBLIGATION
    dialog.action_buttons[Action.CONFIRM_FINANCIAL].click()
    dialog.action_dialog.ok_button.click()
    assert dialog.detail.status == Status.IN_PROGRESS

    dialog.action_buttons[Action.REQUEST_WITHDRAWAL].click()
    dialog.action_dialog.ok_button.click()
    assert dialog.detail.status == Status.WITHDRAWAL_REQUESTED
    assert set(dialog.action_buttons) == {Action.STOP}
    shortcut(dialog, Qt.Key.Key_D)
    form = dialog.action_dialog
    form.ok_button.click()  # NĐ 118/2025 Art. 21: not without the stop notice
    assert form.error.text() == ("Phải lập Thông báo dừng giải quyết hồ sơ trước khi dừng "
                                 "xử lý.")
    form.stop_notice.setChecked(True)
    form.ok_button.click()
    assert dialog.detail.status == Status.STOPPED
    assert dialog.action_buttons == {}
    assert not dialog.correct_button.isVisible()  # closed dossiers are not corrected
    assert "Không có thao tác nào" in dialog.no_action_label.text()


def test_apology_and_printing_open_their_dialogs(qtbot, office):
    from cchc_desktop.ui.dialogs.apology import ApologyDialog
    from cchc_desktop.ui.pdf_preview import PdfPreviewDialog

    services, clock = office
    d = accept(services, datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Tư pháp", user=services.current_user,
                                   now=datetime(2025, 3, 3, 8, 30))
    clock.now = datetime(2025, 3, 4, 9, 0)
    dialog = open_dialog(qtbot, services, d)
    # The officer drafts the apology; the supervisor approves it inside the apology dialog.
    assert Action.EXTEND not in d.allowed and Action.EXTEND in dialog.action_buttons
    dialog.action_buttons[Action.EXTEND].click()
    apology = dialog.action_dialog
    assert isinstance(apology, ApologyDialog) and apology.dossier_id == d.id
    apology.close()

    assert dialog.print_button.isVisible()
    dialog.print_paper("receipt")
    flow = dialog.paper_flow  # it shows the preview of the paper just issued
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PdfPreviewDialog) and w.isVisible()]
    assert flow is not None and len(shown) == 1
    assert shown[0].pdf.startswith(b"%PDF")
    assert "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" in shown[0].windowTitle()
    with services.db.session() as s:
        issued = s.execute(select(m.IssuedDocument)).scalars().all()
        assert [(i.kind, i.dossier_id) for i in issued] == [("receipt", d.id)]
    shown[0].close()


def test_online_dossier_is_accepted_from_the_detail(qtbot, tmp_path):
    """A dossier filed online (status 1, pulled by sync) is accepted with one action."""
    from datetime import datetime as _dt

    from cchc_desktop.domain.dossier import Action as _Action
    from cchc_desktop.paths import AppPaths
    from cchc_desktop.services.context import Services
    from cchc_desktop.services.demo import install_demo
    from cchc_desktop.services.users import authenticate
    from cchc_desktop.storage import models as mm
    from cchc_desktop.storage.db import open_database
    from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog
    from cchc_desktop.ui.tasks import InlineTaskRunner

    now = _dt(2025, 3, 3, 9, 0)
    paths = AppPaths(tmp_path / "online").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=now)
    services = Services(paths, db, clock=lambda: now)
    services.current_user = authenticate(db, "canbo", "canbo123", now=now)
    with db.session() as s:
        d = mm.Dossier(uid="o1", code="H36.52.10-ONL-0009", agency_code="H36.52.10",
                       procedure_code="1.004873", procedure_name="Cấp Giấy XNTTHN", channel=2,
                       applicant_name="Võ Thị Diễm", duration_amount=3,
                       duration_unit="working_days", received_at=now, status=1,
                       search_text="vo thi diem", created_at=now, updated_at=now)
        s.add(d)
        s.flush()
        dossier_id = d.id
    detail = services.dossiers.detail(dossier_id, user=services.current_user)
    dialog = DossierDetailDialog(detail, parent=None, services=services,
                                 tasks=InlineTaskRunner())
    qtbot.addWidget(dialog)
    assert {_Action.ACCEPT, _Action.REFUSE} <= set(dialog.action_buttons)
    form = dialog.start_action(_Action.ACCEPT)
    form.ok_button.click()
    after = services.dossiers.detail(dossier_id)
    assert after.status == 2 and after.timing.current_due == _dt(2025, 3, 6, 9, 0)
    services.close()


def test_print_menu_offers_the_dossiers_papers_and_their_archived_originals(qtbot, office):
    from cchc_desktop.ui.pdf_preview import PdfPreviewDialog

    services, _clock = office
    d = accept(services, datetime(2025, 3, 3, 8, 0))
    d = services.dossiers.transfer(d.id, unit="Tư pháp", user=services.current_user,
                                   now=datetime(2025, 3, 3, 8, 30))
    d = services.dossiers.request_supplement(
        d.id, items=["Bản sao giấy khai sinh"], reason="Thiếu bản sao giấy khai sinh",
        user=services.current_user, now=datetime(2025, 3, 3, 9, 0))
    officer = services.current_user
    receipt = services.documents.issue("receipt", d.id, user=officer,
                                       now=datetime(2025, 3, 3, 8, 1))
    supplement = services.documents.issue("supplement", d.id, user=officer,
                                          now=datetime(2025, 3, 3, 9, 1))
    dialog = open_dialog(qtbot, services, d)
    dialog._on_print_button_clicked()
    top = [a.text() for a in dialog.print_menu.actions() if a.text()]
    # The supplement request issued for this dossier can be reprinted from here too.
    assert top[:3] == ["Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                       "Phiếu kiểm soát quá trình giải quyết",
                       "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"]
    archive = next(a.menu() for a in dialog.print_menu.actions() if a.menu())
    entries = [a.text() for a in archive.actions()]
    assert entries == [
        f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả - số {receipt.row.number_text}, 03/03/2025",
        f"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ - số {supplement.row.number_text}, "
        "03/03/2025"]
    with services.db.session() as s:
        before = s.execute(select(m.IssuedDocument)).scalars().all()
    archive.actions()[0].trigger()
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PdfPreviewDialog) and w.isVisible()]
    assert len(shown) == 1 and shown[0].pdf == receipt.pdf  # byte for byte, not rebuilt
    assert "(bản lưu)" in shown[0].windowTitle()
    with services.db.session() as s:  # reopening records nothing
        assert len(s.execute(select(m.IssuedDocument)).scalars().all()) == len(before)
    shown[0].close()
