"""`make server`: the same server on a SQLite file for demos (migrated at start-up)."""

from __future__ import annotations

from datetime import datetime

from support.faultproxy import ServerProcess, admin

from cchc_desktop.sync import protocol as p
from cchc_desktop.sync import samples
from cchc_desktop.sync.adapter import DEFAULT_ADAPTER
from cchc_desktop.sync.engine import OutboxItem, to_wire
from cchc_desktop.sync.transport import SyncTransport


def test_demo_server_on_sqlite_takes_a_push_and_counts_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    proc = ServerProcess(url).start()
    try:
        admin(url, "create-office", "--agency", "000.00.12.H42", "--name", "UBND xã Tân Phú")
        code = admin(url, "enrolment-code", "--agency", "000.00.12.H42")["code"]
        t = SyncTransport(proc.url)
        info = t.enrol(code, "Máy quầy 1")
        t.token = info["token"]
        rows = samples.day_of_work("000.00.12.H42", datetime(2026, 11, 20), 25)
        items = [to_wire(OutboxItem(id=i, key=r["key"], kind=r["kind"], payload=r["payload"],
                                    created_at=r["created_at"], dossier_code=r["code"]),
                         DEFAULT_ADAPTER) for i, r in enumerate(rows)]
        assert {r.result for r in t.push(info["device_id"], items)} == {p.APPLIED}
        assert {r.result for r in t.push(info["device_id"], items)} == {p.DUPLICATE}
        stats = admin(url, "stats", "--agency", "000.00.12.H42")
        assert (stats["dossiers"], stats["events"], stats["devices"]) == (25, 50, 1)
    finally:
        proc.stop()
