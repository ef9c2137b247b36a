"""The sync commands end to end as real processes: server CLI, enrol, sync, USB bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime

import pytest
from support.faultproxy import REPO, ServerProcess, admin
from support.pg import pg_cluster  # noqa: F401 - fixture

from cchc_desktop.storage.db import open_database
from cchc_desktop.storage.outbox import enqueue
from cchc_desktop.sync import samples
from provincial_server.db import migrate

AGENCY = "000.00.31.H42"
DAY = datetime(2026, 11, 20)
# No keyring backend in these processes, whatever the developer's machine has.
ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
       "PYTHONPATH": str(REPO)}


def cchc(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cchc_desktop", *args], cwd=REPO,
                          capture_output=True, text=True, env=env or ENV, timeout=120)


@pytest.fixture(scope="module")
def server(pg_cluster):  # noqa: F811
    url = pg_cluster.create_database()
    migrate(url)
    proc = ServerProcess(url).start()
    yield proc, url
    proc.stop()


def test_enrol_sync_export_and_import_through_the_commands(server, tmp_path):
    proc, url = server
    assert admin(url, "create-office", "--agency", AGENCY, "--name", "UBND xã Tân Phú") == {
        "agency": AGENCY, "name": "UBND xã Tân Phú"}
    code = admin(url, "enrolment-code", "--agency", AGENCY)["code"]
    db_path = tmp_path / "ws.sqlite3"
    db = open_database(db_path)
    with db.session() as s:
        for row in samples.day_of_work(AGENCY, DAY, 20):
            enqueue(s, kind=row["kind"], payload=row["payload"], now=row["created_at"],
                    dossier_code=row["code"])
    db.close()

    enrolled = cchc("enrol", "--db", str(db_path), "--server", proc.url, "--code", code)
    assert enrolled.returncode == 0, enrolled.stderr
    info = json.loads(enrolled.stdout)
    assert info["agency"] == AGENCY and info["keyring"] is False and "keyring" in info["warning"]

    # Without the credential the command asks for it (here: no terminal) and stops cleanly.
    asked = cchc("sync", "--db", str(db_path))
    assert asked.returncode == 2 and "CCHC_SYNC_CREDENTIAL" in asked.stderr

    env = {**ENV, "CCHC_SYNC_CREDENTIAL": info["credential"]}
    synced = cchc("sync", "--db", str(db_path), env=env)
    assert synced.returncode == 0, synced.stderr
    out = json.loads(synced.stdout)
    assert {k: out[k] for k in ("pushed", "duplicates", "rejected", "pulled", "pending")} == {
        "pushed": 40, "duplicates": 0, "rejected": 0, "pulled": 0, "pending": 0}
    stats = admin(url, "stats", "--agency", AGENCY)
    assert stats["dossiers"] == 20 and stats["events"] == 40

    # Offline again: 5 more dossiers go by USB.
    db = open_database(db_path)
    with db.session() as s:
        for row in samples.day_of_work(AGENCY, DAY, 5, start=21):
            enqueue(s, kind=row["kind"], payload=row["payload"], now=row["created_at"],
                    dossier_code=row["code"])
    db.close()
    bundle = tmp_path / "usb.cchcbundle"
    exported = cchc("export-bundle", "--db", str(db_path), "--out", str(bundle), env=env)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["items"] == 10
    imported = admin(url, "import-bundle", str(bundle))
    assert imported["applied"] == 10 and imported["rejected"] == 0
    assert admin(url, "import-bundle", str(bundle))["duplicate"] == 10
    assert admin(url, "stats", "--agency", AGENCY)["events"] == 50

    # The link is back: the sync confirms them as duplicates, creating nothing twice.
    again = json.loads(cchc("sync", "--db", str(db_path), env=env).stdout)
    assert again["duplicates"] == 10 and again["pushed"] == 0 and again["pending"] == 0

    devices = admin(url, "list-devices", "--agency", AGENCY)["devices"]
    assert [d["device_id"] for d in devices] == [info["device_id"]]
    admin(url, "revoke-device", "--device", info["device_id"])
    revoked = cchc("sync", "--db", str(db_path), env=env)
    assert revoked.returncode == 2 and "thu hồi" in revoked.stderr


def test_a_used_enrolment_code_is_refused_in_plain_vietnamese(server, tmp_path):
    proc, url = server
    admin(url, "create-office", "--agency", "000.00.32.H42", "--name", "UBND xã Tân Lập")
    code = admin(url, "enrolment-code", "--agency", "000.00.32.H42")["code"]
    assert cchc("enrol", "--db", str(tmp_path / "a.sqlite3"), "--server", proc.url,
                "--code", code).returncode == 0
    second = cchc("enrol", "--db", str(tmp_path / "b.sqlite3"), "--server", proc.url,
                  "--code", code)
    assert second.returncode == 2 and "Mã đăng ký không đúng" in second.stderr
