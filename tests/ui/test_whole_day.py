"""One whole working day at the counter, through the real main window (issue "Counter work").

A fixed, settable clock and a real SQLite file with the demo office (no demo dossiers).
Everything the officer does goes through the real widgets — keys, shortcuts and buttons
of the sign-in dialog, the Tiếp nhận page, the Hồ sơ list, the detail dialog and its
action dialogs, the Trả kết quả page. Services are called only to check the result:
statuses, each dossier's history (order, status codes, users, times), the outbox entry
written with every change, and the hash-chained audit (which must notice an edited row).

The day, Monday 03/03/2025:
  07:30 sign in as the officer (canbo)
  07:45 receive D1 (typed on the keyboard)              — Cấp Giấy xác nhận tình trạng hôn nhân
  08:10 receive D2 from a CCCD QR scan (Nguyễn Thị Hoà) — Đăng ký khai sinh
  08:40 receive D3 (typed)                              — Cấp Giấy xác nhận tình trạng hôn nhân
  09:05 refuse R at the counter, with the reason (Mẫu 03)
  09:30 D1 handed to the handling unit; 10:00 the unit finds it incomplete: supplement
        requested (clock stops); 10:30 D2 handed over
  14:00 D1's supplement received (the period restarts from zero, NĐ 61/2018 Art. 19(4))
  15:30 D1's result ready; 16:30 returned at the returns page, collected by the husband,
        rated 5
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select, text

from cchc_desktop.domain.dossier import Action, Status
from cchc_desktop.paths import AppPaths
from cchc_desktop.services.audit import verify_audit
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.dialogs import actions as forms
from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from cchc_desktop.ui.dialogs.sign_in import LoginDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.session import SignInFlow
from cchc_desktop.ui.tasks import InlineTaskRunner

SETUP = datetime(2025, 1, 24, 9, 0)
DAY = datetime(2025, 3, 3)  # a Monday, an ordinary working day
MARRIAGE = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 03 ngày làm việc
BIRTH = "1.001193"  # Đăng ký khai sinh
# domain.md §7: number | old CMND (may be empty) | name | ddmmyyyy | sex | address | issued
CCCD = ("068192004567||Nguyễn Thị Hoà|12081992|Nữ|"
        "Tổ 5, thôn Phú Hoà, xã Tân Thành, tỉnh Lâm Đồng|15062021")
REFUSAL = "Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã"


class Clock:
    """"Now" for every use case; the test moves it through the day."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def at(self, hh: int, mm: int) -> None:
        moment = DAY.replace(hour=hh, minute=mm)
        assert moment >= self.now, "the day only moves forward"
        self.now = moment


# ----------------------------------------------------------------------------- typing


def type_text(widget: QWidget, chars: str) -> None:
    """One key event per character: Vietnamese letters as a keyboard or a scanner sends
    them (``qtbot.keyClicks`` cannot send letters outside Latin-1)."""
    for ch in chars:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key through Qt's whole dispatch (shortcuts included) to ``widget``."""
    QTest.keyClick(widget, key, modifiers)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def activate(window: QWidget) -> None:
    """Make ``window`` the active one (shortcuts go to the active window)."""
    window.raise_()
    window.activateWindow()
    for _ in range(200):
        if QApplication.activeWindow() is window:
            return
        QTest.qWait(10)
    raise AssertionError(f"{window.objectName()} did not become the active window")


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture
def day(qtbot, tmp_path):
    """The main window over a fresh office, nobody signed in, the clock at 07:30."""
    clock = Clock(DAY.replace(hour=7, minute=30))
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=SETUP)
    services = Services(paths, db, clock=clock)
    tasks = InlineTaskRunner()
    context = PageContext(tasks=tasks, paths=paths, preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.set_services(services, services.office_info())
    flow = SignInFlow(window, tasks, services, office_name=services.office_info().name)
    flow.signed_in.connect(window.set_user)
    flow.signed_out.connect(lambda: window.set_user(None))
    yield window, flow, services, clock
    for widget in QApplication.topLevelWidgets():
        widget.close()
    services.close()


# ----------------------------------------------------------------------------- steps


def sign_in(qtbot, flow: SignInFlow) -> None:
    flow.start()
    dialog = flow.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    dialog.username.setFocus()
    type_text(dialog.username, "canbo")
    press(dialog.username, Qt.Key.Key_Return)  # Enter moves on to the password
    assert dialog.focusWidget() is dialog.password
    type_text(dialog.password, "canbo123")
    with qtbot.waitSignal(flow.signed_in, timeout=5000):
        press(dialog.password, Qt.Key.Key_Return)


def choose_procedure(intake, query: str) -> None:
    press(focused(), Qt.Key.Key_F2)  # F2: the procedure search
    assert focused() is intake.picker.search
    type_text(intake.picker.search, query)
    press(intake.picker.search, Qt.Key.Key_Return)
    assert intake.procedure is not None


def type_field(widget: QWidget, value: str) -> None:
    """Type into the focused field and press Enter, which moves to the next one."""
    assert focused() is widget, (focused().objectName(), widget.objectName())
    type_text(widget, value)
    press(widget, Qt.Key.Key_Return)


def tick_required(intake) -> None:
    """Space on each required component's box, as on the keyboard."""
    for row in intake.checklist.rows.values():
        if row.option.required and not row.check.isChecked():
            row.check.setFocus()
            press(row.check, Qt.Key.Key_Space)
            assert row.check.isChecked()


def type_applicant(intake, name: str, id_number: str, dob: str, sex: str, address: str,
                   phone: str) -> None:
    intake.name_edit.setFocus()
    type_field(intake.name_edit, name)
    type_field(intake.id_edit, id_number)
    type_field(intake.dob_edit, dob)
    intake.sex_box.setCurrentIndex(intake.sex_box.findData(sex))
    intake.address_edit.setFocus()
    type_field(intake.address_edit, address)
    type_field(intake.phone_edit, phone)


def open_from_the_list(qtbot, window: MainWindow, code: str) -> DossierDetailDialog:
    """Ctrl+2, then the receipt's code typed (or scanned) into the search, then Enter."""
    activate(window)
    press(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page("dossiers")
    assert window.current_key() == "dossiers" and focused() is page.search
    page.search.selectAll()
    with qtbot.waitSignal(page.detail_opened, timeout=5000) as opened:
        type_text(page.search, code)
        press(page.search, Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert dialog.detail.code == code
    activate(dialog)
    return dialog


def finish(qtbot, dialog: DossierDetailDialog, form: forms.ActionDialog) -> None:
    """Ctrl+Enter in the action dialog: the service runs, the detail shows the change."""
    activate(form)
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        press(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible(), getattr(form, "error", None) and form.error.text()


def history(services: Services, dossier_id: int) -> list[tuple]:
    with services.db.session() as s:
        events = s.execute(select(m.DossierEvent).where(m.DossierEvent.dossier_id == dossier_id)
                           .order_by(m.DossierEvent.seq)).scalars().all()
        return [(e.action, e.status_before, e.status_after, e.user_id, e.at.strftime("%H:%M"))
                for e in events]


# ----------------------------------------------------------------------------- the day


def test_a_whole_day_at_the_counter(qtbot, day):
    window, flow, services, clock = day

    # 07:30 — sign in as the officer
    sign_in(qtbot, flow)
    officer = services.current_user
    assert officer.username == "canbo"
    assert window.officer_label.text().startswith(f"Cán bộ: {officer.full_name}")
    activate(window)

    # Tiếp nhận (Ctrl+1)
    press(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    intake = window.page("reception")
    assert window.current_key() == "reception"
    assert not intake.login_banner.isVisible()
    # Keyboard first: Ctrl+1 leaves the cursor in the procedure search, no click needed.
    assert focused() is intake.picker.search
    accepted, refused = [], []
    intake.accepted.connect(accepted.append)
    intake.refused.connect(refused.append)

    # 07:45 — D1 typed on the keyboard, accepted with Ctrl+Enter
    clock.at(7, 45)
    choose_procedure(intake, "xac nhan tinh trang hon nhan")
    type_applicant(intake, "Lê Văn Hưởng", "079095001234", "02/09/1995", "Nam",
                   "Ấp Bình Lợi, xã Tân Thành", "0912 345 678")
    tick_required(intake)
    press(intake.phone_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(accepted) == 1, intake.message.text()
    d1 = accepted[0]
    assert "Đã tiếp nhận hồ sơ" in intake.result_title.text()
    assert d1.code in intake.result_body.text()
    assert "06/03/2025" in intake.result_body.text()  # 3 working days
    assert intake.procedure is None and intake.name_edit.text() == ""  # ready for the next

    # 08:10 — D2: the wedge scanner types the CCCD's QR into the focused name field
    clock.at(8, 10)
    choose_procedure(intake, "dang ky khai sinh")
    intake.name_edit.setFocus()
    type_text(intake.name_edit, CCCD)
    press(intake.name_edit, Qt.Key.Key_Return)
    assert intake.name_edit.text() == "Nguyễn Thị Hoà"
    assert intake.id_edit.text() == "068192004567"
    assert intake.dob_edit.text() == "12/08/1992"
    assert intake.sex_box.currentData() == "Nữ"
    assert intake.address_edit.text() == "Tổ 5, thôn Phú Hoà, xã Tân Thành, tỉnh Lâm Đồng"
    assert focused() is intake.phone_edit  # the scan filled everything it could
    type_text(intake.phone_edit, "0987 654 321")
    tick_required(intake)
    press(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(accepted) == 2, intake.message.text()
    d2 = accepted[1]
    assert d2.applicant.name == "Nguyễn Thị Hoà"

    # 08:40 — D3 typed
    clock.at(8, 40)
    choose_procedure(intake, "xac nhan tinh trang hon nhan")
    type_applicant(intake, "Đặng Quốc Việt", "068088000321", "21/11/1988", "Nam",
                   "Thôn Đông Hòa, xã Tân Thành", "0905 111 222")
    tick_required(intake)
    press(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(accepted) == 3, intake.message.text()
    d3 = accepted[2]
    assert len({d1.code, d2.code, d3.code}) == 3

    # 09:05 — R refused at the counter: F8, the reason (required), Ctrl+Enter
    clock.at(9, 5)
    choose_procedure(intake, "xac nhan tinh trang hon nhan")
    type_applicant(intake, "Võ Thị Ánh Tuyết", "068190007777", "05/05/1990", "Nữ",
                   "Phường 2, thành phố Đà Lạt", "0977 000 111")
    tick_required(intake)
    press(focused(), Qt.Key.Key_F8)
    assert intake.refuse_panel.isVisible() and focused() is intake.refuse_reason_edit
    press(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Phải ghi rõ lý do từ chối" in intake.message.text()  # nothing recorded yet
    assert refused == []
    type_text(intake.refuse_reason_edit, REFUSAL)
    press(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(refused) == 1
    r = refused[0]
    assert not r.code and r.status == Status.NOT_ACCEPTED  # no code for a refusal
    assert "Mẫu 03" in intake.result_title.text()

    # 09:30 — D1 found in the list by its code, handed over with Ctrl+T
    clock.at(9, 30)
    detail = open_from_the_list(qtbot, window, d1.code)
    assert set(detail.action_buttons) == {Action.TRANSFER, Action.MARK_RESOLVED,
                                          Action.REQUEST_WITHDRAWAL}
    press(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    form = detail.action_dialog
    assert isinstance(form, forms.TransferDialog)
    assert form.notice.text() == "Bàn giao ngay trong ngày làm việc."  # before 15:00
    form.handler.setFocus()
    type_text(form.handler, "Trần Thị Mỹ Lệ")
    finish(qtbot, detail, form)
    assert detail.detail.status == Status.IN_PROGRESS
    original_due = detail.detail.timing.current_due
    assert original_due == datetime(2025, 3, 6, 7, 45)

    # 10:00 — the unit finds it incomplete: supplement requested from the detail (once)
    clock.at(10, 0)
    detail.action_buttons[Action.REQUEST_SUPPLEMENT].click()
    form = detail.action_dialog
    assert isinstance(form, forms.SupplementDialog)
    assert "Chỉ được yêu cầu bổ sung một lần" in form.notice.text()
    form.items.setFocus()
    type_text(form.items, "Bản sao trích lục ghi chú ly hôn")
    form.reason.setFocus()
    type_text(form.reason, "Thiếu giấy tờ chứng minh đã ly hôn")
    finish(qtbot, detail, form)
    assert detail.detail.status == Status.SUPPLEMENT_REQUESTED
    assert detail.detail.timing.paused
    assert set(detail.action_buttons) == {Action.RECEIVE_SUPPLEMENT, Action.REQUEST_WITHDRAWAL}
    detail.close()

    # 10:30 — D2 handed over as well
    clock.at(10, 30)
    detail = open_from_the_list(qtbot, window, d2.code)
    press(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    form = detail.action_dialog
    finish(qtbot, detail, form)
    assert detail.detail.status == Status.IN_PROGRESS
    detail.close()

    # 14:00 — D1's supplement arrives: Ctrl+N; the 3 working days restart from now
    clock.at(14, 0)
    detail = open_from_the_list(qtbot, window, d1.code)
    press(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = detail.action_dialog
    assert isinstance(form, forms.NoteDialog) and "tính lại từ đầu" in form.notice.text()
    finish(qtbot, detail, form)
    timing = detail.detail.timing
    assert detail.detail.status == Status.IN_PROGRESS
    assert timing.restarted_at == datetime(2025, 3, 3, 14, 0)
    assert timing.current_due == datetime(2025, 3, 6, 14, 0) > original_due
    assert detail.fields["current_due"].text() == "06/03/2025 14:00"
    assert detail.fields["supplements"].text() == "1/1 lần"
    assert Action.REQUEST_SUPPLEMENT not in detail.action_buttons  # only once

    # 15:30 — the result is ready
    clock.at(15, 30)
    detail.action_buttons[Action.MARK_RESOLVED].click()
    form = detail.action_dialog
    form.note.setFocus()
    type_text(form.note, "Đã ký Giấy xác nhận tình trạng hôn nhân")
    finish(qtbot, detail, form)
    assert detail.detail.status == Status.RESOLVED
    assert set(detail.action_buttons) == {Action.RETURN_RESULT}
    detail.close()

    # 16:30 — Trả kết quả (Ctrl+4): the receipt scanned, Enter, who collected it, a rating
    clock.at(16, 30)
    activate(window)
    press(focused(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    returns = window.page("returns")
    assert window.current_key() == "returns"
    returns.code_edit.setFocus()
    type_text(returns.code_edit, d1.code)
    press(returns.code_edit, Qt.Key.Key_Return)
    assert returns.verdict.text() == "Hồ sơ đã có kết quả, có thể trả cho công dân."
    press(returns.code_edit, Qt.Key.Key_Return)  # the second Enter opens the return
    form = returns.action_dialog
    assert isinstance(form, forms.ReturnDialog)
    activate(form)
    assert form.collected_by.text() == "Lê Văn Hưởng"
    form.collected_by.setFocus()
    form.collected_by.selectAll()
    type_text(form.collected_by, "Trần Văn Hải (chồng)")
    form.rating.setFocus()
    press(form.rating, Qt.Key.Key_Down)  # "Không đánh giá" → "5 – Rất hài lòng"
    assert form.rating.currentData() == 5
    with qtbot.waitSignal(returns.returned, timeout=5000) as returned:
        press(form.rating, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert returned.args[0].status == Status.RETURNED
    assert returns.verdict.text().startswith(f"Đã trả kết quả hồ sơ {d1.code}.")

    # ------------------------------------------------------------------ the database
    ids = {"d1": d1.id, "d2": d2.id, "d3": d3.id, "r": r.id}
    with services.db.session() as s:
        rows = {key: s.get(m.Dossier, dossier_id) for key, dossier_id in ids.items()}
        statuses = {key: row.status for key, row in rows.items()}
        one = rows["d1"]
        d1_state = (one.collected_by, one.rating, one.return_method, one.returned_at,
                    one.resolved_at, one.original_due_at, one.due_at, one.handling_unit)
        two = rows["d2"]
        d2_state = (two.applicant_name, two.applicant_id_number,
                    two.applicant_dob.isoformat(), two.applicant_sex, two.procedure_code)
        refusal = (rows["r"].code, rows["r"].refusal_reason)
        assert all(row.officer_id == officer.id for row in rows.values())
    assert statuses == {"d1": 10, "d2": 4, "d3": 2, "r": 3}
    assert d1_state == ("Trần Văn Hải (chồng)", 5, "truc_tiep", DAY.replace(hour=16, minute=30),
                        DAY.replace(hour=15, minute=30), datetime(2025, 3, 6, 7, 45),
                        datetime(2025, 3, 6, 14, 0), d1.handling_unit)
    assert d2_state == ("Nguyễn Thị Hoà", "068192004567", "1992-08-12", "Nữ", BIRTH)
    assert refusal == (None, REFUSAL)

    # each dossier's history: order, status codes, who, when
    me = officer.id
    assert history(services, d1.id) == [
        ("accept", None, 2, me, "07:45"),
        ("transfer", 2, 4, me, "09:30"),
        ("request_supplement", 4, 5, me, "10:00"),
        ("receive_supplement", 5, 4, me, "14:00"),
        ("mark_resolved", 4, 9, me, "15:30"),
        ("return_result", 9, 10, me, "16:30"),
    ]
    assert history(services, d2.id) == [("accept", None, 2, me, "08:10"),
                                         ("transfer", 2, 4, me, "10:30")]
    assert history(services, d3.id) == [("accept", None, 2, me, "08:40")]
    assert history(services, r.id) == [("refuse", None, 3, me, "09:05")]
    stored = services.dossiers.detail(d1.id)
    supplement = stored.events[2]
    assert supplement.details["items"] == ["Bản sao trích lục ghi chú ly hôn"]
    [step] = stored.steps  # the hand-over to the handling unit, by name
    assert (step.handler, step.started_at) == ("Trần Thị Mỹ Lệ", DAY.replace(hour=9, minute=30))

    # the outbox: one entry per change, written with it, in the same order
    with services.db.session() as s:
        outbox = s.execute(select(m.OutboxEntry).where(m.OutboxEntry.kind == "dossier.event")
                           .order_by(m.OutboxEntry.id)).scalars().all()
        sent = [(json.loads(e.payload)["dossier"]["uid"], e.dossier_code,
                 json.loads(e.payload)["event"]["action"],
                 json.loads(e.payload)["event"]["status"], e.state) for e in outbox]
        uids = {key: s.get(m.Dossier, dossier_id).uid for key, dossier_id in ids.items()}
    assert [(uid, action, status) for uid, _code, action, status, _state in sent] == [
        (uids["d1"], "accept", 2), (uids["d2"], "accept", 2), (uids["d3"], "accept", 2),
        (uids["r"], "refuse", 3), (uids["d1"], "transfer", 4),
        (uids["d1"], "request_supplement", 5), (uids["d2"], "transfer", 4),
        (uids["d1"], "receive_supplement", 4), (uids["d1"], "mark_resolved", 9),
        (uids["d1"], "return_result", 10),
    ]
    assert {code for uid, code, *_ in sent if uid == uids["d1"]} == {d1.code}
    assert all(state == "pending" for *_, state in sent)  # waiting for the province

    # the list agrees: all four received by this officer today, one returned
    activate(window)
    press(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page("dossiers")
    page.clear_filters()
    page.officer_box.setCurrentIndex(page.officer_box.findData(officer.id))
    page.preset_box.setCurrentIndex(page.preset_box.findData("today"))
    assert page.count_label.text() == "4 hồ sơ"
    page.status_box.setCurrentIndex(page.status_box.findText("Đã trả kết quả"))
    assert [page.model.list_row(i).row.code for i in range(page.model.rowCount())] == [d1.code]

    # ------------------------------------------------------------------ the audit chain
    audit = verify_audit(services.db)
    assert audit.ok, audit.message
    with services.db.session() as s:
        actions = s.execute(select(m.AuditEntry.action).order_by(m.AuditEntry.id)).scalars().all()
        target = s.execute(select(m.AuditEntry.id).where(
            m.AuditEntry.action == "dossier.return_result")).scalar_one()
    assert [a for a in actions if a.startswith("dossier.")] == [
        "dossier.accept", "dossier.accept", "dossier.accept", "dossier.refuse",
        "dossier.transfer", "dossier.request_supplement", "dossier.transfer",
        "dossier.receive_supplement", "dossier.mark_resolved", "dossier.return_result"]
    # Someone edits who collected the result, straight in the database file…
    with services.db.session() as s:
        s.execute(text("UPDATE audit_log SET after = replace(after, 'Hải', 'Hà') "
                       "WHERE id = :id"), {"id": target})
    tampered = verify_audit(services.db)
    assert not tampered.ok
    assert tampered.message == f"Bản ghi nhật ký số {target} đã bị sửa sau khi ghi."
