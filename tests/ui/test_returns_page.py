"""The return counter page over a real SQLite file: scan a code, check it, hand it back."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cchc_desktop.domain.dossier import Action, Status
from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.dialogs.actions import ReturnDialog
from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.returns import ReturnsPage
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner

SETUP = datetime(2025, 1, 24, 9, 0)
RECEIVED = datetime(2025, 3, 3, 8, 0)


@pytest.fixture
def counter(tmp_path):
    """Services with three dossiers: one resolved (status 9), one in progress, one returned."""
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=SETUP)
    svc = Services(paths, db, clock=lambda: datetime(2025, 3, 5, 10, 30))
    officer = authenticate(db, "canbo", "canbo123", now=SETUP)
    svc.current_user = officer
    proc = svc.dossiers.intake_procedure("1.004873")
    made = []
    for n, name in enumerate(("Lê Thị Hồng", "Phạm Văn Bình", "Võ Minh Tâm")):
        intake = IntakeInput(
            procedure_code="1.004873",
            applicant=ApplicantInput(kind=1, name=name, id_number="068085012345",
                                     date_of_birth=date(1985, 3, 2), sex="Nam"),
            components=tuple(ComponentInput(c.id, originals=1) for c in proc.components))
        d = svc.dossiers.accept(intake, user=officer, now=RECEIVED.replace(minute=n * 5))
        d = svc.dossiers.transfer(d.id, unit="Tư pháp", user=officer, now=RECEIVED.replace(
            hour=9))
        made.append(d)
    for d in (made[0], made[2]):
        svc.dossiers.mark_resolved(d.id, user=officer, now=datetime(2025, 3, 4, 14, 0))
    svc.dossiers.return_result(made[2].id, method="truc_tiep", collected_by="Võ Minh Tâm",
                               user=officer, now=datetime(2025, 3, 5, 9, 0))
    yield svc, [d.code for d in made]
    svc.close()


@pytest.fixture
def page(qtbot, counter, tmp_path):
    services, _codes = counter
    paths = AppPaths(tmp_path / "ui").ensure()
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    widget = ReturnsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.set_services(services)
    return widget


def scan(widget, text):
    """A keyboard-wedge scanner: a burst of key events ending with Enter."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
    press_enter(widget)


def press_enter(widget):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier))


def test_ready_list_holds_only_results_waiting(page, counter):
    _services, codes = counter
    assert [r.code for r in page.ready_model.rows] == [codes[0]]
    assert page.ready_model.data(page.ready_model.index(0, 1)) == "Lê Thị Hồng"
    assert page.ready_model.data(page.ready_model.index(0, 3)) == "04/03/2025 14:00"
    assert page.ready_label.text() == "Hồ sơ đã có kết quả, chờ trả: 1 (F5: tải lại)"


def test_scan_then_enter_returns_the_result_with_a_rating(qtbot, page, counter):
    services, codes = counter
    page.on_activated()
    scan(page.code_edit, codes[0])
    assert page.current.code == codes[0]
    assert page.verdict.text() == "Hồ sơ đã có kết quả, có thể trả cho công dân."
    assert page.fields["status"].text() == "9 – Đã xử lý xong"
    assert page.fields["applicant"].text().startswith("Lê Thị Hồng")
    assert page.return_button.isEnabled()
    press_enter(page.code_edit)  # the second Enter opens the return dialog
    dialog = page.action_dialog
    assert isinstance(dialog, ReturnDialog)
    assert dialog.collected_by.text() == "Lê Thị Hồng"
    assert [dialog.method.itemData(i) for i in range(dialog.method.count())] == [
        "truc_tiep", "buu_chinh", "truc_tuyen"]
    dialog.collected_by.clear()
    dialog.collected_by.setFocus()
    for ch in "Trần Văn Hải (chồng)":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(dialog.collected_by, QKeyEvent(
                kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    dialog.set_rating(4)
    with qtbot.waitSignal(page.returned) as returned:
        press_enter(dialog.collected_by)
    detail = returned.args[0]
    assert detail.status == Status.RETURNED
    assert detail.collected_by == "Trần Văn Hải (chồng)" and detail.rating == 4
    assert detail.return_method == "truc_tiep"
    assert detail.returned_at == datetime(2025, 3, 5, 10, 30)
    assert page.verdict.text().startswith(f"Đã trả kết quả hồ sơ {codes[0]}.")
    assert page.ready_model.rows == []
    assert page.code_edit.text() == "" and page.code_edit.hasFocus()
    stored = services.dossiers.detail(detail.id)
    assert (stored.status, stored.rating) == (Status.RETURNED, 4)
    assert stored.events[-1].action == "return_result"


def test_not_ready_not_found_and_already_returned_say_why(page, counter):
    _services, codes = counter
    scan(page.code_edit, codes[1])
    assert page.verdict.text() == "Hồ sơ chưa có kết quả: đơn vị chuyên môn đang xử lý."
    assert page.verdict.property("tone") == "error"
    assert not page.return_button.isEnabled()
    press_enter(page.code_edit)
    assert page.action_dialog is None  # nothing to return: Enter looks up again
    assert page.open_return() is None

    page.code_edit.clear()
    scan(page.code_edit, codes[2].lower())  # typed in lower case
    assert page.verdict.text() == ("Hồ sơ đã được trả kết quả lúc 05/03/2025 09:00 cho "
                                   "Võ Minh Tâm.")
    assert not page.return_button.isEnabled()

    page.code_edit.clear()
    scan(page.code_edit, "H36.52.10-250101-9999")
    assert page.verdict.text() == "Không tìm thấy hồ sơ có mã H36.52.10-250101-9999."
    assert page.fields["code"].text() == "—"
    assert not page.open_button.isEnabled()


def test_service_refusal_keeps_the_return_dialog_open(page, counter):
    services, codes = counter
    scan(page.code_edit, codes[0])
    dialog = page.open_return()
    # Someone returned it at another workstation meanwhile: the service says so.
    services.dossiers.return_result(page.current.id, method="buu_chinh",
                                    user=services.current_user,
                                    now=datetime(2025, 3, 5, 10, 0))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "Đã trả kết quả" in dialog.error.text() and "không thể" in dialog.error.text().lower()


def test_scanning_while_the_list_has_focus_and_opening_the_detail(page, counter):
    _services, codes = counter
    page.activateWindow()
    QTest.qWaitForWindowActive(page)
    page.ready_table.setFocus()
    for ch in codes[1]:  # each key goes where the focus is, as from a real scanner
        QTest.keyClick(QApplication.focusWidget(), ch)
    assert QApplication.focusWidget() is page.code_edit  # the burst was redirected
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.code_edit.text() == codes[1]
    assert page.current.code == codes[1]
    page.ready_table.setFocus()
    QTest.keyClick(page.ready_table, Qt.Key.Key_F3)
    assert page.code_edit.hasFocus()
    page.ready_table.activated.emit(page.ready_model.index(0, 0))
    assert page.current.code == codes[0]
    detail = page.open_detail()
    assert isinstance(detail, DossierDetailDialog)
    assert set(detail.action_buttons) == {Action.RETURN_RESULT}
    detail.close()


def test_without_a_signed_in_user_nothing_is_returned(page, counter):
    services, codes = counter
    services.current_user = None
    scan(page.code_edit, codes[0])
    assert page.return_button.isEnabled()  # the dossier is ready…
    assert page.open_return() is None  # …but nobody is signed in to hand it over
    assert page.verdict.text() == "Chưa đăng nhập: hãy đăng nhập để trả kết quả."
    detail = page.open_detail()
    assert detail.action_buttons == {} and not detail.correct_button.isVisible()
    assert services.dossiers.detail(page.current.id).status == Status.RESOLVED
    detail.close()
