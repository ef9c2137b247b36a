"""The administration panels with real services on a real database, offscreen."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.admin.panels import (
    AccountsPanel,
    AuditPanel,
    CalendarPanel,
    OfficeSettingsPanel,
)
from cchc_desktop.ui.tasks import InlineTaskRunner

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def admin_services(tmp_path):
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=NOW)
    services = Services(paths, db, clock=lambda: NOW)
    services.current_user = authenticate(db, "quantri", "quantri123", now=NOW)
    yield services
    services.close()


def test_office_settings_are_saved_and_validated(qtbot, admin_services):
    panel = OfficeSettingsPanel(InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.set_services(admin_services)
    assert panel.fields["agency_code"].text() == "H36.52.10"
    panel.fields["office_name"].setText("Ủy ban nhân dân xã Đạ Tẻh")
    panel.fields["workstation"].setValue(2)
    panel.save_button.click()
    assert admin_services.settings.office_name == "Ủy ban nhân dân xã Đạ Tẻh"
    assert admin_services.settings.workstation == 2
    panel.fields["code_template"].setText("{agency}-{bad}-{seq}")
    panel.save_button.click()
    assert "không hợp lệ" in panel.status.text()
    assert admin_services.settings.code_template == "{agency}-{yymmdd}-{seq:04d}"


def test_officer_cannot_save_office_settings(qtbot, admin_services):
    admin_services.current_user = authenticate(admin_services.db, "canbo", "canbo123", now=NOW)
    panel = OfficeSettingsPanel(InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.set_services(admin_services)
    panel.fields["office_name"].setText("X")
    panel.save_button.click()
    assert "quản trị" in panel.status.text()
    assert admin_services.settings.office_name != "X"


def test_calendar_override_changes_working_days(qtbot, admin_services):
    panel = CalendarPanel(InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.set_services(admin_services)
    assert admin_services.calendar.is_working_day(date(2027, 2, 1))
    panel.day.setDate(QDate(2027, 2, 1))
    panel.add_button.click()  # no reason: refused with a message
    assert "lý do" in panel.status.text()
    panel.reason.setText("Nghỉ Tết Đinh Mùi theo thông báo")
    panel.add_button.click()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "01/02/2027"
    assert not admin_services.calendar.is_working_day(date(2027, 2, 1))


def test_accounts_and_audit(qtbot, admin_services):
    accounts = AccountsPanel(InlineTaskRunner())
    qtbot.addWidget(accounts)
    accounts.set_services(admin_services)
    assert accounts.table.rowCount() == 3
    accounts.username.setText("hoa")
    accounts.full_name.setText("Lê Thị Hoa")
    accounts.password.setText("123")
    accounts.add_button.click()
    assert "8 ký tự" in accounts.status.text()
    accounts.password.setText("matkhau123")
    accounts.add_button.click()
    assert accounts.table.rowCount() == 4
    audit = AuditPanel(InlineTaskRunner())
    qtbot.addWidget(audit)
    audit.set_services(admin_services)
    audit.verify_button.click()
    assert "toàn vẹn" in audit.status.text()
