"""The "Đồng bộ" page as a real widget (offscreen) over a real outbox and a real server."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from sqlalchemy.orm import sessionmaker
from support.faultproxy import ServerProcess

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.sync import SyncService
from cchc_desktop.storage.db import Database, open_database
from cchc_desktop.storage.outbox import enqueue
from cchc_desktop.sync import samples
from cchc_desktop.sync.transport import RetryPolicy, SyncTransport
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.sync_page import SyncPage, SyncScheduler, format_age, format_bytes
from cchc_desktop.ui.tasks import InlineTaskRunner
from provincial_server import service as server_service
from provincial_server.db import make_engine, migrate, session_scope

DAY = datetime(2026, 11, 20)


@dataclass
class FakeServices:
    """Only what the page reads from the composition root's services: the database."""

    db: Database


@pytest.fixture(scope="module")
def server(pg_cluster):
    url = pg_cluster.create_database()
    migrate(url)
    proc = ServerProcess(url).start()
    engine = make_engine(url)
    yield proc, sessionmaker(engine, expire_on_commit=False)
    proc.stop()
    engine.dispose()


@pytest.fixture
def no_keyring():
    """Whatever the developer's machine has, these tests run without a keyring backend."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def setup(qtbot, server, tmp_path, no_keyring):
    agency = f"H{uuid.uuid4().hex[:6].upper()}.04"
    with session_scope(server[1]) as s:
        server_service.create_office(s, agency, "UBND xã Tân Phú")
        code = server_service.issue_enrolment_code(s, agency)
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    info = SyncTransport(server[0].url).enrol(code, "Máy quầy 1")
    SyncService(db, paths.files)._set_state(device_id=info["device_id"],
                                            server_url=server[0].url, agency=agency,
                                            cursor="0")
    rows = samples.day_of_work(agency, DAY, 6, events_per_dossier=1)
    rows[2]["payload"]["dossier"]["status"] = 99
    with db.session() as s:
        for row in rows:
            enqueue(s, kind=row["kind"], payload=row["payload"], now=row["created_at"],
                    dossier_code=row["code"])
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=paths.data / "prefs.json",
                          database_path=paths.database)
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.show()
    page.set_services(FakeServices(db))
    yield page, info, rows
    page.scheduler.stop()
    db.close()


def test_page_asks_for_the_access_string_then_syncs_and_shows_the_quarantine(qtbot, setup):
    page, info, rows = setup
    assert page.pending_label.text() == "6"
    timer = page.scheduler.timer
    assert timer.isActive() and timer.interval() == 5 * 60 * 1000
    # No keyring on this machine: the first click explains and asks for the access string.
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.credential_row.isVisible()
    assert "keyring" in page.state_label.text()
    page.credential_edit.setText(f"{info['token']}~{info['bundle_key']}")
    qtbot.mouseClick(page.credential_button, Qt.MouseButton.LeftButton)
    assert not page.credential_row.isVisible()
    assert page.pending_label.text() == "0"
    assert page.push_label.text() != "chưa có" and page.pull_label.text() != "chưa có"
    assert "bị từ chối 1" in page.progress.format()
    assert page.quarantine_model.rowCount() == 1
    reason = page.quarantine_model.index(0, 2).data()
    assert "TrangThaiHoSo" in reason
    assert page.quarantine_model.index(0, 0).data() == rows[2]["code"]
    assert "1 mục bị từ chối" in page.state_label.text()
    # A supervisor sends it again: it is pending once more.
    page.quarantine_view.selectRow(0)
    qtbot.mouseClick(page.requeue_button, Qt.MouseButton.LeftButton)
    assert page.pending_label.text() == "1"


def test_network_failure_is_told_in_vietnamese_and_nothing_is_lost(qtbot, setup, tmp_path):
    page, info, _rows = setup
    page.sync_service.use_credential(f"{info['token']}~{info['bundle_key']}")
    page.sync_service._set_state(server_url="http://127.0.0.1:9")  # nothing listens there
    page.sync_service.transport_factory = lambda *a, **kw: SyncTransport(
        *a, retry=RetryPolicy(attempts=2, base_delay=0.01), **kw)
    assert page.start_sync()
    assert "Không đồng bộ được" in page.state_label.text()
    assert "không kết nối được" in page.errors_view.toPlainText()
    assert page.pending_label.text() == "6"
    assert page.sync_button.isEnabled()
    # Export to USB instead.
    page.export_to(str(tmp_path / "usb.cchcbundle"))
    assert (tmp_path / "usb.cchcbundle").read_bytes().startswith(b"CCHC-BUNDLE 1")
    assert "đã xuất ra USB" in page.pending_label.text()


def test_figures_read_naturally():
    assert format_age(None) == "—" and format_age(30) == "dưới 1 phút"
    assert format_age(3 * 3600 + 120) == "3 giờ 2 phút" and format_age(5 * 86400) == "5 ngày"
    assert format_bytes(512) == "512 B" and format_bytes(2048) == "2,0 KB"


def test_the_programs_scheduler_syncs_on_its_timer_without_the_page(qtbot, setup):
    page, info, _rows = setup
    page.scheduler.stop()
    svc = page.sync_service
    svc.use_credential(f"{info['token']}~{info['bundle_key']}")
    scheduler = SyncScheduler(InlineTaskRunner(), interval_ms=50)
    with qtbot.waitSignal(scheduler.finished, timeout=20_000) as blocker:
        scheduler.set_service(svc)  # the composition root does this once
    scheduler.stop()
    assert blocker.args[0].pushed == 5 and blocker.args[0].rejected == 1
    other = SyncPage(page.context)
    qtbot.addWidget(other)
    other.attach_scheduler(scheduler)
    other.set_services(FakeServices(svc.db))
    assert other.pending_label.text() == "0" and other.quarantine_model.rowCount() == 1
