"""The live timer of the dossier detail dialog, driven by the services' fake clock.

A 3-working-day dossier received Mon 03/03/2025 08:00 is due Thu 06/03 08:00 (a
working day is 07:00–11:30 and 13:30–17:00). The dialog's QTimer recomputes the
remaining working time with ``services.clock()``; moving the clock and letting the
timer fire changes the words, the icon and the colour.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from cchc_desktop.ui.models.dossier_table import STATE_COLOURS, TICK_MS
from cchc_desktop.ui.tasks import InlineTaskRunner

SETUP = datetime(2025, 1, 24, 9, 0)


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
    clock = Clock(datetime(2025, 3, 3, 8, 0))
    svc = Services(paths, db, clock=clock)
    svc.current_user = authenticate(db, "canbo", "canbo123", now=SETUP)
    proc = svc.dossiers.intake_procedure("1.004873")
    detail = svc.dossiers.accept(IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(name="Nguyễn Văn Đức", id_number="068085012345",
                                 date_of_birth=date(1985, 3, 2), sex="Nam",
                                 phone="0912345678"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components)),
        user=svc.current_user, now=clock.now)
    detail = svc.dossiers.transfer(detail.id, unit="Công chức Tư pháp - Hộ tịch",
                                   user=svc.current_user, now=clock.now)
    yield svc, clock, detail
    svc.close()


def open_dialog(qtbot, services, detail):
    dialog = DossierDetailDialog(detail, services=services, tasks=InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def colour_of(dialog) -> str:
    return dialog.timer_label.palette().color(dialog.timer_label.foregroundRole()).name()


def test_the_timer_ticks_with_the_clock(qtbot, office):
    services, clock, detail = office
    dialog = open_dialog(qtbot, services, detail)
    assert dialog.timer.isActive() and dialog.timer.interval() == TICK_MS
    assert dialog.timer_label.text() == "Còn 3 ngày (trong hạn)"
    assert dialog.timer_state == "in_time" and dialog.timer_icon.isVisible()
    assert colour_of(dialog) == QColor(STATE_COLOURS["in_time"]).name()

    # Wed 10:00 → Thu 08:00: 1.5 + 3.5 + 1 working hours; the real QTimer fires
    clock.now = datetime(2025, 3, 5, 10, 0)
    dialog.timer.setInterval(20)
    qtbot.waitUntil(lambda: dialog.timer_label.text() == "Còn 6 giờ (sắp đến hạn)",
                    timeout=2000)
    assert dialog.timer_state == "warning"
    assert colour_of(dialog) == QColor(STATE_COLOURS["warning"]).name()

    clock.now = datetime(2025, 3, 6, 10, 0)
    dialog.timer.timeout.emit()
    assert dialog.timer_label.text() == "Quá hạn 2 giờ"
    assert dialog.timer_state == "overdue" and dialog.timer_icon.pixmap() is not None
    assert colour_of(dialog) == QColor(STATE_COLOURS["overdue"]).name()

    dialog.reject()
    assert not dialog.timer.isActive()  # nothing ticks once the dialog is closed


def test_a_paused_dossier_says_tam_dung(qtbot, office):
    services, clock, detail = office
    clock.now = datetime(2025, 3, 4, 9, 0)
    paused = services.dossiers.request_supplement(
        detail.id, items=["Bản sao giấy khai sinh"], reason="Thiếu giấy tờ",
        user=services.current_user, now=clock.now)
    dialog = open_dialog(qtbot, services, paused)
    assert dialog.timer_label.text() == "Tạm dừng (chờ bổ sung)"
    assert dialog.timer_state == "paused"
    clock.now = datetime(2025, 3, 20, 9, 0)  # weeks later: the clock still stands
    dialog.timer.timeout.emit()
    assert dialog.timer_label.text() == "Tạm dừng (chờ bổ sung)"
    assert colour_of(dialog) == QColor(STATE_COLOURS["paused"]).name()


def test_an_action_in_the_dialog_updates_the_timer(qtbot, office):
    services, clock, detail = office
    dialog = open_dialog(qtbot, services, detail)
    clock.now = datetime(2025, 3, 5, 9, 0)
    resolved = services.dossiers.mark_resolved(detail.id, user=services.current_user,
                                               now=clock.now)
    dialog._on_action_completed(resolved)  # as after the "Đã có kết quả" dialog
    assert dialog.timer_label.text() == "Đã xong: trước hạn"
    assert dialog.timer_state == "" and not dialog.timer_icon.isVisible()


def test_without_services_there_is_no_timer(qtbot, office):
    _services, _clock, detail = office
    dialog = DossierDetailDialog(detail)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.timer.isActive()
    assert not dialog.timer_label.isVisible()


def test_screenshot_of_the_timer(qtbot, office, tmp_path):
    services, clock, detail = office
    clock.now = datetime(2025, 3, 5, 14, 0)
    dialog = open_dialog(qtbot, services, detail)
    folder = Path(os.environ.get("CCHC_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / "detail-timer.png"))
