"""The sync use case over a real SQLite outbox, a real server process and real PostgreSQL."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker
from support.faultproxy import REPO, FaultProxy, ServerProcess
from support.pg import pg_cluster  # noqa: F401 - fixture

from cchc_desktop.services.sync import KeyringUnavailable, SyncService
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.storage.outbox import enqueue
from cchc_desktop.sync import samples
from cchc_desktop.sync.transport import (
    RetryPolicy,
    SyncAuthError,
    SyncError,
    SyncTransport,
)
from provincial_server import service as server_service
from provincial_server.db import make_engine, migrate, session_scope
from provincial_server.models import Device, HistoryEntry

DAY = datetime(2026, 11, 20)


@pytest.fixture(scope="module")
def server(pg_cluster):  # noqa: F811
    url = pg_cluster.create_database()
    migrate(url)
    proc = ServerProcess(url).start()
    engine = make_engine(url)
    yield proc, sessionmaker(engine, expire_on_commit=False), url
    proc.stop()
    engine.dispose()


def fast_transport(*args, **kw):
    return SyncTransport(*args, retry=RetryPolicy(attempts=3, base_delay=0.01), **kw)


def office(server) -> tuple[str, str]:
    agency = f"H{uuid.uuid4().hex[:6].upper()}.02"
    with session_scope(server[1]) as s:
        server_service.create_office(s, agency, "UBND xã Tân Phú")
        code = server_service.issue_enrolment_code(s, agency)
    return agency, code


def workstation(tmp_path: Path, name: str = "ws1") -> SyncService:
    db = open_database(tmp_path / f"{name}.sqlite3")
    return SyncService(db, tmp_path / f"{name}-files", transport_factory=fast_transport)


def fill(svc: SyncService, agency: str, count: int, start: int = 1, seed: int = 1) -> None:
    with svc.db.session() as s:
        for row in samples.day_of_work(agency, DAY, count, seed=seed, start=start):
            enqueue(s, kind=row["kind"], payload=row["payload"], now=row["created_at"],
                    dossier_code=row["code"])


def stats(server, agency):
    with session_scope(server[1]) as s:
        return server_service.stats(s, agency)


def test_cycle_pushes_the_outbox_once_and_records_health(server, tmp_path, memory_keyring):
    agency, code = office(server)
    svc = workstation(tmp_path)
    info = svc.enrol(server[0].url, code, "Máy quầy 1")
    assert info["keyring"] is True and "credential" not in info
    stored = next(iter(memory_keyring.store.values()))
    assert "token" in json.loads(stored)
    # The token is in the keyring, not in the database.
    with svc.db.session() as s:
        values = " ".join(r.value for r in s.scalars(select(m.SyncState)))
    assert json.loads(stored)["token"] not in values
    fill(svc, agency, 40)
    report = svc.run_cycle()
    assert (report.pushed, report.duplicates, report.rejected) == (80, 0, 0)
    health = svc.health()
    assert health.pending == 0 and health.last_push_ok and health.last_pull_ok
    assert health.bytes_sent > 0 and health.quarantined == []
    assert stats(server, agency)["events"] == 80
    assert stats(server, agency)["dossiers"] == 40
    # A second cycle has nothing to send.
    assert svc.run_cycle().pushed == 0


def test_rejected_item_is_quarantined_and_the_rest_lands(server, tmp_path, memory_keyring):
    agency, code = office(server)
    svc = workstation(tmp_path)
    svc.enrol(server[0].url, code, "Máy quầy 1")
    rows = samples.day_of_work(agency, DAY, 10, events_per_dossier=1)
    rows[4]["payload"]["dossier"]["status"] = 42
    with svc.db.session() as s:
        for row in rows:
            enqueue(s, kind=row["kind"], payload=row["payload"], now=row["created_at"],
                    dossier_code=row["code"])
    report = svc.run_cycle()
    assert (report.pushed, report.rejected) == (9, 1)
    health = svc.health()
    assert len(health.quarantined) == 1 and "TrangThaiHoSo" in health.quarantined[0].reason
    assert health.pending == 0
    svc.requeue(health.quarantined[0].id)
    assert svc.pending_count() == 1


def test_pull_brings_online_dossiers_and_unit_progress(server, tmp_path, memory_keyring):
    agency, code = office(server)
    svc = workstation(tmp_path)
    svc.enrol(server[0].url, code, "Máy quầy 1")
    fill(svc, agency, 2)
    svc.run_cycle()
    online_code = f"{agency}-261120-9001"
    with session_scope(server[1]) as s:
        server_service.file_online(s, agency, samples.dossier(
            online_code, agency, DAY.replace(hour=9), random.Random(2), status=1))
        server_service.publish(s, agency, "calendar", {"overrides": [
            {"date": "2027-02-05", "kind": "off", "reason": "Nghỉ bù Tết"}]})
    with session_scope(server[1]) as s:
        server_service.record_unit_progress(
            s, agency, samples.dossier_code(agency, DAY, 1), 9,
            (DAY + timedelta(days=1)).isoformat(), "Lê Văn Nam", "Công an xã", "Có kết quả")
    report = svc.run_cycle()
    assert report.pulled == 3
    with svc.db.session() as s:
        online = s.scalars(select(m.Dossier).where(m.Dossier.code == online_code)).one()
        assert online.status == 1 and online.channel == 2
        assert [e.origin for e in online.events] == ["server"]
        first = s.scalars(select(m.Dossier)
                          .where(m.Dossier.code == samples.dossier_code(agency, DAY, 1))).first()
        override = s.scalars(select(m.CalendarOverride)).one()
        assert override.source == "province" and override.reason == "Nghỉ bù Tết"
    assert first.status == 9  # the unit's progress on a dossier this database lacked
    # Unit progress on the online dossier now held locally: status follows, history grows.
    with session_scope(server[1]) as s:
        server_service.record_unit_progress(
            s, agency, online_code, 4, (DAY + timedelta(hours=12)).isoformat(),
            "Lê Văn Nam", "Tư pháp", "Đang xử lý")
    assert svc.run_cycle().pulled == 1
    with svc.db.session() as s:
        online = s.scalars(select(m.Dossier).where(m.Dossier.code == online_code)).one()
        assert online.status == 4 and online.handling_unit == "Tư pháp"
        assert [e.status_after for e in online.events] == [1, 4]
    assert svc.run_cycle().pulled == 0  # the cursor moved with the changes


def test_no_keyring_means_the_token_is_asked_not_stored(server, tmp_path):
    agency, code = office(server)
    svc = workstation(tmp_path)
    info = svc.enrol(server[0].url, code, "Máy quầy 1")
    assert info["keyring"] is False and "~" in info["credential"]
    fill(svc, agency, 1)
    restarted = workstation(tmp_path)  # the program starts again: nothing remembered
    with pytest.raises(KeyringUnavailable) as err:
        restarted.run_cycle()
    assert "keyring" in err.value.message
    assert info["credential"].split("~")[0] not in (tmp_path / "ws1.sqlite3").read_bytes().decode(
        "latin-1")
    restarted.use_credential(info["credential"])
    assert restarted.run_cycle().pushed == 2


def test_revoked_device_stops_with_a_clear_message_and_keeps_the_outbox(server, tmp_path,
                                                                         memory_keyring):
    agency, code = office(server)
    svc = workstation(tmp_path)
    info = svc.enrol(server[0].url, code, "Máy quầy 1")
    with session_scope(server[1]) as s:
        server_service.revoke_device(s, info["device_id"])
    fill(svc, agency, 3)
    with pytest.raises(SyncAuthError):
        svc.run_cycle()
    health = svc.health()
    assert health.pending == 6 and "thu hồi" in health.stopped_reason
    assert any("thu hồi" in e for e in health.last_errors)


def test_usb_bundle_export_import_twice_and_tamper(server, tmp_path, memory_keyring):
    agency, code = office(server)
    svc = workstation(tmp_path)
    svc.enrol(server[0].url, code, "Máy quầy 1")
    fill(svc, agency, 5)
    out = tmp_path / "office.cchcbundle"
    exported = svc.export_bundle(out)
    assert exported["items"] == 10
    assert svc.health().sent_by_usb == 10

    def import_(path):
        return subprocess.run([sys.executable, "-m", "provincial_server", "admin",
                               "import-bundle", "--database-url", server[2], str(path)],
                              cwd=REPO, capture_output=True, text=True)

    first = import_(out)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["applied"] == 10
    second = json.loads(import_(out).stdout)
    assert second["duplicate"] == 10 and second["applied"] == 0
    blob = bytearray(out.read_bytes())
    blob[-20] ^= 0x01
    tampered = tmp_path / "tampered.cchcbundle"
    tampered.write_bytes(bytes(blob))
    bad = import_(tampered)
    assert bad.returncode == 2 and "Chữ ký" in bad.stderr
    # When the link comes back, the same entries are recognised as duplicates.
    report = svc.run_cycle()
    assert report.duplicates == 10 and report.pushed == 0
    assert stats(server, agency)["events"] == 10


def test_a_connected_workstation_forwards_another_ones_bundle(server, tmp_path, memory_keyring):
    agency, code = office(server)
    offline = workstation(tmp_path, "offline")
    offline.enrol(server[0].url, code, "Máy quầy xa")
    fill(offline, agency, 4)
    bundle = tmp_path / "usb.cchcbundle"
    offline.export_bundle(bundle)
    with session_scope(server[1]) as s:
        code2 = server_service.issue_enrolment_code(s, agency)
    connected = workstation(tmp_path, "connected")
    connected.enrol(server[0].url, code2, "Máy quầy chính")
    first = connected.forward_bundle(bundle)
    assert first["applied"] == 8 and first["device_id"] != connected.state("device_id")
    assert connected.forward_bundle(bundle)["duplicate"] == 8
    assert stats(server, agency)["events"] == 8
    # Another office's workstation may not forward it.
    _other_agency, other_code = office(server)
    stranger = workstation(tmp_path, "stranger")
    stranger.enrol(server[0].url, other_code, "Máy xã khác")
    from cchc_desktop.sync.transport import SyncRequestError

    with pytest.raises(SyncRequestError) as err:
        stranger.forward_bundle(bundle)
    assert "cơ quan khác" in err.value.message


def test_real_counter_work_goes_up_and_the_units_progress_comes_back(server, services,
                                                                     officer, memory_keyring):
    """Through DossierService: accept and transfer at the counter, the unit finishes on the
    server, the counter returns the result; both sides end with the same status."""
    from cchc_desktop.services.dossiers import (
        ApplicantInput,
        ComponentInput,
        FeeInput,
        IntakeInput,
    )

    proc = services.dossiers.intake_procedure("1.004873")
    intake = IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(kind=1, name="Nguyễn Văn Đức", id_number="068085012345",
                                 date_of_birth=date(1985, 3, 2), sex="Nam",
                                 address="Thôn 3, xã Tân Thành", phone="0912345678"),
        components=tuple(ComponentInput(c.id, originals=max(1, c.originals))
                         for c in proc.components),
        fees=(FeeInput("Lệ phí", 5000, "cash", "BL-0001"),))
    agency = services.settings.agency_code
    with session_scope(server[1]) as s:
        server_service.create_office(s, agency, services.settings.office_name)
        code = server_service.issue_enrolment_code(s, agency)
    svc = SyncService(services.db, services.paths.files, transport_factory=fast_transport)
    svc.enrol(server[0].url, code, "Máy quầy 1")
    received = datetime(2025, 1, 24, 9, 0)
    detail = services.dossiers.accept(intake, user=officer, now=received)
    services.dossiers.transfer(detail.id, unit="Tư pháp - Hộ tịch", user=officer,
                               now=received + timedelta(minutes=30))
    report = svc.run_cycle()
    assert report.rejected == 0 and report.pushed >= 2
    with session_scope(server[1]) as s:
        from provincial_server.models import Dossier as ServerDossier

        row = s.scalars(select(ServerDossier).where(ServerDossier.code == detail.code)).one()
        assert row.status == 4 and row.record["applicant"]["name"] == "Nguyễn Văn Đức"
        server_service.record_unit_progress(s, agency, detail.code, 9,
                                            datetime(2025, 1, 24, 14, 0).isoformat(),
                                            "Lê Văn Nam", "Tư pháp - Hộ tịch", "Đã có kết quả")
    assert svc.run_cycle().pulled == 1
    local = services.dossiers.detail(detail.id)
    assert local.status == 9
    services.dossiers.return_result(detail.id, method="Trực tiếp", user=officer,
                                    now=datetime(2025, 1, 24, 15, 0))
    assert svc.run_cycle().rejected == 0
    with session_scope(server[1]) as s:
        row = s.scalars(select(ServerDossier).where(ServerDossier.code == detail.code)).one()
        assert row.status == 10
        assert s.scalar(select(func.count()).select_from(HistoryEntry)
                        .where(HistoryEntry.dossier_id == row.id)) >= 4


def test_an_unreadable_pulled_change_is_set_aside_and_the_feed_moves_on(server, tmp_path,
                                                                         memory_keyring):
    agency, code = office(server)
    svc = workstation(tmp_path)
    svc.enrol(server[0].url, code, "Máy quầy 1")
    with session_scope(server[1]) as s:
        office_row = server_service.get_office(s, agency, lock=True)
        server_service._emit(s, office_row.id, "dossier",
                             {"HoSo": {"MaHoSo": "X-1", "NgayTiepNhan": "hôm qua"}}, code="X-1")
        server_service.publish(s, agency, "calendar", {"overrides": [
            {"date": "2027-02-08", "kind": "work", "reason": "Làm bù"}]})
    report = svc.run_cycle()
    assert report.pulled == 2
    health = svc.health()
    assert [(b["code"], "hôm qua" in b["reason"]) for b in health.pull_rejected] == [
        ("X-1", True)]
    with svc.db.session() as s:
        assert s.scalars(select(m.CalendarOverride)).one().kind == "work"
    assert svc.run_cycle().pulled == 0


def test_a_lost_enrolment_reply_is_recovered_on_the_next_try(server, tmp_path, memory_keyring):
    """The link dies after the server used the code: the officer tries again later and the
    workstation repeats its request id, so the code still works and one device exists."""
    agency, code = office(server)
    proc = server[0]
    svc = workstation(tmp_path)
    with FaultProxy(proc.port, cut_next_replies=10) as proxy:
        svc.transport_factory = lambda url, **kw: fast_transport(proxy.url, **kw)
        with pytest.raises(SyncError):
            svc.enrol(proc.url, code, "Máy quầy 1")
        assert proxy.stats.cut_responses == 3  # every attempt reached the server
    assert svc.state("device_id") is None  # nothing half-enrolled on the workstation
    svc.transport_factory = fast_transport
    info = svc.enrol(proc.url, code.lower(), "Máy quầy 1")  # typed loosely the second time
    with session_scope(server[1]) as s:
        office_id = server_service.get_office(s, agency).id
        devices = s.scalars(select(Device).where(Device.office_id == office_id)).all()
    assert [d.id for d in devices] == [info["device_id"]]
    assert svc.state("enrol_pending") is None
    fill(svc, agency, 2)
    pending = svc.pending_count()
    assert pending > 0 and svc.run_cycle().pushed == pending
    assert svc.pending_count() == 0


def catalogue_doc(*changes: tuple[int, dict]) -> dict:
    doc = json.loads((REPO / "resources/catalogue/demo_catalogue.json").read_text("utf-8"))
    procedures = []
    for index, overrides in changes:
        procedures.append({**doc["procedures"][index], **overrides})
    return {"format": doc["format"], "procedures": procedures}


def test_pulled_catalogue_updates_are_applied_with_the_cursor(server, tmp_path,
                                                               memory_keyring):
    agency, code = office(server)
    svc = workstation(tmp_path)
    svc.enrol(server[0].url, code, "Máy quầy 1")
    first = catalogue_doc((0, {}), (1, {}))
    with session_scope(server[1]) as s:
        server_service.publish(s, agency, "catalogue", first)
    assert svc.run_cycle().pulled == 1
    renamed = first["procedures"][1]["name"] + " (sửa đổi theo QĐ của tỉnh)"
    bad = catalogue_doc((2, {"duration_unit": "fortnights"}))
    with session_scope(server[1]) as s:
        server_service.publish(s, agency, "catalogue", bad)  # one bad update …
        server_service.publish(s, agency, "catalogue", catalogue_doc((1, {"name": renamed})))
    assert svc.run_cycle().pulled == 2  # … does not block the next
    with svc.db.session() as s:
        procedures = {p.code: p.name for p in s.scalars(select(m.Procedure))}
        audit = [a.action for a in s.scalars(select(m.AuditEntry))]
    assert set(procedures) == {first["procedures"][0]["code"], first["procedures"][1]["code"]}
    assert procedures[first["procedures"][1]["code"]] == renamed
    assert bad["procedures"][0]["code"] not in procedures  # nothing half-applied
    assert audit.count("catalogue.sync") == 2
    health = svc.health()
    assert [(u["created"], u["updated"]) for u in health.catalogue_updates] == [(2, 0), (0, 1)]
    (rejected,) = health.pull_rejected
    assert "fortnights" in rejected["reason"] or "thời hạn" in rejected["reason"].lower()
    assert svc.run_cycle().pulled == 0
