"""Deadline alerts in the banner (offscreen there is no system tray) over a real SQLite office."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from cchc_desktop.paths import AppPaths, resolve_paths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.alerts import AlertBanner, AlertController
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner

RECEIVED = datetime(2025, 3, 3, 8, 0)  # Monday; due Thursday 06/03 08:00


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "cchc.db"
    db = open_database(path)
    install_demo(db, dossiers=0, now=RECEIVED)
    svc = Services(AppPaths(path.parent / "data").ensure(), db)
    officer = authenticate(db, "canbo", "canbo123", now=RECEIVED)
    proc = svc.dossiers.intake_procedure("1.004873")
    svc.dossiers.accept(IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(name="Trần Thị Hương", id_number="068190012345", sex="Nữ",
                                 phone="0987654321"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components)),
        user=officer, now=RECEIVED)
    db.close()
    return path


@pytest.fixture
def services(tmp_path, template):
    paths = AppPaths(tmp_path / "data").ensure()
    shutil.copyfile(template, paths.database)
    svc = Services(paths, open_database(paths.database), clock=Clock(RECEIVED))
    yield svc
    svc.close()


@pytest.fixture
def controller(qtbot, services):
    banner = AlertBanner()
    qtbot.addWidget(banner)
    ctl = AlertController(InlineTaskRunner(), banner, first_delay_ms=3_600_000)
    ctl.set_services(services)
    return ctl


def test_banner_shows_each_alert_once_and_only_in_working_time(qtbot, controller, services):
    banner = controller.banner
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the banner works alone
    assert controller.timer.isActive() and controller.timer.interval() == 60_000
    controller.scan_now()
    assert not banner.isVisible()  # Monday 08:00: three working days left

    services.clock.now = datetime(2025, 3, 5, 23, 30)  # Wednesday night: the window is
    controller.scan_now()  # entered, but nothing fires outside working time
    assert not banner.isVisible()

    services.clock.now = datetime(2025, 3, 6, 7, 0)  # Thursday, start of the working day
    with qtbot.waitSignal(controller.fired) as fired:
        controller.scan_now()
    kinds = [a.kind.value for a in fired.args[0]]
    assert kinds == ["apology_due"]  # the louder of warning / apology due, not both
    assert banner.isVisible()
    text = banner.text.text()
    assert "Đến lúc phát hành Phiếu xin lỗi, hẹn lại" in text and "Trần Thị Hương" in text
    assert controller.tray_messages[-1][0] == "Đến lúc phát hành Phiếu xin lỗi, hẹn lại"

    controller.scan_now()  # the same state never alerts twice
    assert len(controller.tray_messages) == 1

    services.clock.now = datetime(2025, 3, 6, 8, 15)  # past the due time
    controller.scan_now()
    assert banner.text.text().startswith("Đã quá hạn: hồ sơ")
    assert "Đến lúc phát hành" in banner.text.text()  # older alert kept below
    assert len(controller.tray_messages) == 2

    with qtbot.waitSignal(banner.open_requested):
        banner.open_button.click()
    assert not banner.isVisible() and banner.alerts == []


def test_main_window_hosts_the_banner_and_opens_the_deadlines_page(qtbot, services, tmp_path):
    paths = resolve_paths(tmp_path / "ui").ensure()
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_services(object(), None)  # a stand-in without a database: no scanning
    assert window.alerts.services is None and not window.alerts.timer.isActive()

    services.clock.now = datetime(2025, 3, 6, 9, 0)  # overdue since 08:00
    window.alerts.first_delay_ms = 0
    window.set_services(services, services.office_info())
    qtbot.waitUntil(window.alert_banner.isVisible, timeout=5000)
    assert window.alert_banner.text.text().startswith("Đã quá hạn")
    shots = Path(os.environ.get("CCHC_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    assert window.grab().save(str(shots / "alert-banner.png"))
    window.alert_banner.open_button.click()
    assert window.current_key() == "deadlines"
    page = window.page("deadlines")
    assert page.tiles["overdue"].count == 1
