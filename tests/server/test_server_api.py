"""The provincial server over real HTTP on loopback, backed by a real PostgreSQL."""

from __future__ import annotations

import gzip
import json
import random
import uuid
from datetime import datetime, timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from support.faultproxy import FaultProxy, ServerProcess

from cchc_desktop.sync import protocol as p
from cchc_desktop.sync import samples
from cchc_desktop.sync.adapter import DEFAULT_ADAPTER
from cchc_desktop.sync.engine import OutboxItem, to_wire
from cchc_desktop.sync.transport import (
    RetryPolicy,
    SyncAuthError,
    SyncNetworkError,
    SyncRequestError,
    SyncTransport,
)
from provincial_server import service
from provincial_server.db import make_engine, migrate, session_scope
from provincial_server.models import Device, EnrolmentCode

DAY = datetime(2026, 11, 20)


@pytest.fixture(scope="module")
def server(pg_cluster):
    url = pg_cluster.create_database()
    migrate(url)
    proc = ServerProcess(url).start()
    engine = make_engine(url)
    factory = sessionmaker(engine, expire_on_commit=False)
    yield proc, factory
    proc.stop()
    engine.dispose()


def new_office(factory) -> str:
    agency = f"H{uuid.uuid4().hex[:6].upper()}.01"
    with session_scope(factory) as s:
        service.create_office(s, agency, "UBND xã Tân Phú")
    return agency


def enrolled(server, agency: str | None = None) -> tuple[SyncTransport, dict, str]:
    proc, factory = server
    agency = agency or new_office(factory)
    with session_scope(factory) as s:
        code = service.issue_enrolment_code(s, agency)
    t = SyncTransport(proc.url, retry=RetryPolicy(attempts=2, base_delay=0.01))
    info = t.enrol(code, "Máy quầy 1")
    t.token = info["token"]
    return t, info, agency


def items_for(agency: str, count: int, seed: int = 1, start: int = 1) -> list[p.PushItem]:
    rows = samples.day_of_work(agency, DAY, count, seed=seed, start=start,
                               events_per_dossier=1)
    return [to_wire(OutboxItem(id=i, key=r["key"], kind=r["kind"], payload=r["payload"],
                               created_at=r["created_at"], dossier_code=r["code"]),
                    DEFAULT_ADAPTER) for i, r in enumerate(rows)]


def stats(server, agency):
    with session_scope(server[1]) as s:
        return service.stats(s, agency)


def test_enrolment_code_is_single_use_and_gives_a_working_token(server):
    proc, factory = server
    agency = new_office(factory)
    with session_scope(factory) as s:
        code = service.issue_enrolment_code(s, agency)
    t = SyncTransport(proc.url, retry=RetryPolicy(attempts=1))
    info = t.enrol(code.lower().replace("-", " "), "Máy quầy 1")  # typed loosely
    assert info["agency"] == agency and len(info["bundle_key"]) == 64
    with pytest.raises(SyncRequestError) as err:
        t.enrol(code, "Máy quầy 2")
    assert "Mã đăng ký không đúng" in err.value.message
    t.token = info["token"]
    assert t.pull(0).changes == []


def devices_of(factory, agency: str) -> list:
    with session_scope(factory) as s:
        office = service.get_office(s, agency)
        return list(s.scalars(select(Device).where(Device.office_id == office.id)))


def test_a_lost_enrolment_reply_is_resent_and_gets_the_same_device(server):
    """The 2G link drops the reply after the server used the code: the transport's resend
    (same request id) gets the device back with a fresh secret, not "code already used"."""
    proc, factory = server
    agency = new_office(factory)
    with session_scope(factory) as s:
        code = service.issue_enrolment_code(s, agency)
    with FaultProxy(proc.port, cut_next_replies=1) as proxy:
        t = SyncTransport(proxy.url, retry=RetryPolicy(attempts=3, base_delay=0.01))
        info = t.enrol(code, "Máy quầy 1")
        assert proxy.stats.cut_responses == 1
    assert [d.id for d in devices_of(factory, agency)] == [info["device_id"]]
    t = SyncTransport(proc.url, info["token"], retry=RetryPolicy(attempts=1))
    who = httpx.get(proc.url + "/v1/whoami", headers={"Authorization": f"Bearer {info['token']}"})
    assert who.status_code == 200 and info["device_id"] in who.text
    assert t.pull(0).changes == []


def test_a_later_resend_with_the_same_request_id_replaces_the_lost_token(server):
    proc, factory = server
    agency = new_office(factory)
    with session_scope(factory) as s:
        code = service.issue_enrolment_code(s, agency)
    request_id = uuid.uuid4().hex
    with FaultProxy(proc.port, cut_next_replies=5) as proxy:
        lost = SyncTransport(proxy.url, retry=RetryPolicy(attempts=2, base_delay=0.01))
        with pytest.raises(SyncNetworkError):
            lost.enrol(code, "Máy quầy 1", request_id=request_id)
    (device,) = devices_of(factory, agency)  # the server did the work; the reply was lost
    first_hash = device.token_hash
    t = SyncTransport(proc.url, retry=RetryPolicy(attempts=1))
    info = t.enrol(code, "Máy quầy 1", request_id=request_id)
    assert info["device_id"] == device.id
    (device,) = devices_of(factory, agency)
    assert device.token_hash != first_hash  # the token that went missing no longer works
    t.token = info["token"]
    assert t.pull(0).changes == []
    # Anyone else holding the code (another request id, or none) is refused as before.
    for other in (uuid.uuid4().hex, None):
        with pytest.raises(SyncRequestError) as err:
            SyncTransport(proc.url, retry=RetryPolicy(attempts=1)).enrol(
                code, "Máy lạ", request_id=other)
        assert err.value.code == "enrol.bad_code"
    assert len(devices_of(factory, agency)) == 1


def test_a_resend_does_not_revive_a_revoked_device_or_outlive_its_window(server):
    proc, factory = server
    agency = new_office(factory)
    with session_scope(factory) as s:
        code = service.issue_enrolment_code(s, agency)
    request_id = uuid.uuid4().hex
    t = SyncTransport(proc.url, retry=RetryPolicy(attempts=1))
    info = t.enrol(code, "Máy quầy 1", request_id=request_id)
    with session_scope(factory) as s:
        row = s.scalars(select(EnrolmentCode).where(
            EnrolmentCode.device_id == info["device_id"])).one()
        row.used_at -= service.ENROL_REPLAY_WINDOW + timedelta(minutes=1)
    with pytest.raises(SyncRequestError):
        t.enrol(code, "Máy quầy 1", request_id=request_id)
    with session_scope(factory) as s:
        row = s.scalars(select(EnrolmentCode).where(
            EnrolmentCode.device_id == info["device_id"])).one()
        row.used_at = datetime.now()
        s.get(Device, info["device_id"]).revoked_at = datetime.now()
    with pytest.raises(SyncRequestError):
        t.enrol(code, "Máy quầy 1", request_id=request_id)


def test_a_malformed_enrolment_gets_a_vietnamese_protocol_error(server):
    proc, _ = server
    response = httpx.post(proc.url + "/v1/enrol", json={"code": "x", "request_id": "short"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "protocol.invalid" and "request_id" in body["message"]


def test_every_endpoint_needs_a_valid_token(server):
    proc, _ = server
    t = SyncTransport(proc.url, retry=RetryPolicy(attempts=1))
    with pytest.raises(SyncAuthError):
        t.pull(0)
    t.token = "nope.nope"
    with pytest.raises(SyncAuthError) as err:
        t.push("x", [])
    assert err.value.code == "auth.invalid"
    for method, path in [("GET", "/v1/changes"), ("POST", "/v1/push"),
                         ("HEAD", "/v1/files/" + "a" * 64), ("POST", "/v1/bundles"),
                         ("GET", "/v1/whoami")]:
        assert httpx.request(method, proc.url + path).status_code == 401, path


def test_push_applies_once_and_answers_duplicate_on_resend(server):
    t, info, agency = enrolled(server)
    items = items_for(agency, 30)
    results = t.push(info["device_id"], items)
    assert [r.result for r in results] == [p.APPLIED] * 30
    again = t.push(info["device_id"], items)
    assert [r.result for r in again] == [p.DUPLICATE] * 30
    s = stats(server, agency)
    assert s["dossiers"] == 30 and s["events"] == 30 and s["history"] == 30


def test_a_malformed_item_is_rejected_with_its_reason_and_blocks_nothing(server):
    t, info, agency = enrolled(server)
    items = items_for(agency, 10)
    bad_status = p.PushItem(key=uuid.uuid4().hex, kind=p.KIND_DOSSIER_EVENT,
                            data={"HoSo": {**items[0].data["HoSo"], "MaHoSo": "X-1",
                                           "TrangThaiHoSo": 42}})
    bad_time = p.PushItem(key=uuid.uuid4().hex, kind=p.KIND_DOSSIER_EVENT,
                          data={"HoSo": {**items[1].data["HoSo"], "MaHoSo": "X-2",
                                         "NgayTiepNhan": "20261399999999"}})
    batch = [*items[:5], bad_status, bad_time, *items[5:]]
    results = {r.key: r for r in t.push(info["device_id"], batch)}
    assert results[bad_status.key].result == p.REJECTED
    assert "TrangThaiHoSo" in results[bad_status.key].reason
    assert results[bad_time.key].result == p.REJECTED
    assert "timestamp" in results[bad_time.key].reason
    assert sum(r.result == p.APPLIED for r in results.values()) == 10
    # A resend of a rejected item gets the same answer, not a silent "duplicate".
    again = t.push(info["device_id"], [bad_status])
    assert again[0].result == p.REJECTED
    assert stats(server, agency)["rejected"] == 2


def test_a_device_only_writes_and_reads_its_own_office(server):
    t_a, info_a, _agency_a = enrolled(server)
    _t_b, _info_b, agency_b = enrolled(server)
    foreign = items_for(agency_b, 1)
    result = t_a.push(info_a["device_id"], foreign)[0]
    assert result.result == p.REJECTED and agency_b in result.reason
    with session_scope(server[1]) as s:
        service.file_online(s, agency_b, samples.dossier(
            f"{agency_b}-261120-9001", agency_b, DAY, random.Random(3)))
    assert t_a.pull(0).changes == []


def test_request_size_is_capped(server):
    t, info, _ = enrolled(server)
    big = b"\x00" * (p.MAX_REQUEST_BYTES + 10)
    r = httpx.post(t.base_url + "/v1/push", content=big,
                   headers={"Authorization": f"Bearer {info['token']}",
                            "Content-Encoding": "gzip"})
    assert r.status_code == 413
    assert "quá lớn" in r.json()["message"]
    bomb = gzip.compress(b"[" * (p.MAX_DECOMPRESSED_BYTES + 10))
    r = httpx.post(t.base_url + "/v1/push", content=bomb,
                   headers={"Authorization": f"Bearer {info['token']}",
                            "Content-Encoding": "gzip"})
    assert r.status_code == 400


def test_pull_brings_online_filings_and_unit_progress_not_own_pushes(server):
    t, info, agency = enrolled(server)
    t.push(info["device_id"], items_for(agency, 3))
    code_online = f"{agency}-261120-5001"
    with session_scope(server[1]) as s:
        service.file_online(s, agency, samples.dossier(code_online, agency, DAY,
                                                       random.Random(1), status=1))
    with session_scope(server[1]) as s:
        service.record_unit_progress(s, agency, samples.dossier_code(agency, DAY, 1), 9,
                                     (DAY + timedelta(days=1)).isoformat(),
                                     "Lê Văn Nam", "Công an xã", "Có kết quả")
    page = t.pull(0, limit=1)
    assert len(page.changes) == 1 and page.more
    assert page.changes[0].data["HoSo"]["TrangThaiHoSo"] == 1
    assert page.changes[0].data["HoSo"]["KenhThucHien"] == 2
    rest = t.pull(page.cursor)
    assert [c.data["HoSo"]["TrangThaiHoSo"] for c in rest.changes] == [9]
    entry = rest.changes[0].data["QuaTrinhXuLy"][0]
    assert entry["ThoiDiemXuLy"] == "20261121000000" and entry["NguoiXuLy"] == "Lê Văn Nam"
    assert t.pull(rest.cursor).changes == []


def test_status_conflict_keeps_the_unit_value_and_the_overwritten_one_in_history(server):
    t, info, agency = enrolled(server)
    rng = random.Random(5)
    code = samples.dossier_code(agency, DAY, 77)
    record = samples.dossier(code, agency, DAY.replace(hour=8), rng)

    def event(seq, at, status):
        payload = samples.event_payload(record, seq, at, "step", status)
        return to_wire(OutboxItem(id=seq, key=uuid.uuid4().hex, kind=p.KIND_DOSSIER_EVENT,
                                  payload=payload, created_at=at), DEFAULT_ADAPTER)

    t.push(info["device_id"], [event(1, DAY.replace(hour=8), 2)])
    with session_scope(server[1]) as s:
        service.record_unit_progress(s, agency, code, 5, DAY.replace(hour=10).isoformat(),
                                     "Lê Văn Nam", "Tư pháp", "Thiếu giấy tờ")
    # The counter, offline, recorded a transfer at 09:00 (before the unit's 10:00 entry).
    assert t.push(info["device_id"], [event(2, DAY.replace(hour=9), 4)])[0].result == p.APPLIED
    with session_scope(server[1]) as s:
        from sqlalchemy import select

        from provincial_server.models import Dossier, HistoryEntry
        row = s.scalars(select(Dossier).where(Dossier.code == code)).one()
        assert row.status == 5 and row.record["status"] == 5
        sources = [h.source for h in s.scalars(select(HistoryEntry)
                                               .where(HistoryEntry.dossier_id == row.id))]
        assert sorted(sources) == ["conflict", "counter", "counter", "unit"]
    changes = t.pull(0).changes
    assert [c.data["HoSo"]["TrangThaiHoSo"] for c in changes] == [5, 5]
    assert "Xung đột" in changes[1].data["QuaTrinhXuLy"][0]["NoiDungXuLy"]


def test_two_devices_issuing_the_same_code_is_refused_not_merged(server):
    t1, info1, agency = enrolled(server)
    t2, info2, _ = enrolled(server, agency)
    one = items_for(agency, 1, seed=1)
    other = items_for(agency, 1, seed=2)  # same code, another citizen
    assert t1.push(info1["device_id"], one)[0].result == p.APPLIED
    result = t2.push(info2["device_id"], other)[0]
    assert result.result == p.REJECTED and "collision" in result.reason


def test_files_are_stored_once_by_hash(server):
    t, info, _ = enrolled(server)
    content = b"%PDF-1.4 scanned " + uuid.uuid4().bytes
    sha = p.sha256_hex(content)
    assert not t.has_file(sha)
    blob_item = p.PushItem(key=uuid.uuid4().hex, kind=p.KIND_FILE_BLOB, data={}, sha256=sha)
    early = t.push(info["device_id"], [blob_item])[0]
    assert early.result == p.REJECTED  # metadata of a file whose bytes never came
    assert t.put_file(sha, content, None).result == p.DUPLICATE or t.has_file(sha)
    assert t.has_file(sha)
    with pytest.raises(SyncRequestError):
        t.put_file(sha, content + b"x", None)
    late = p.PushItem(key=uuid.uuid4().hex, kind=p.KIND_FILE_BLOB, data={}, sha256=sha)
    assert t.push(info["device_id"], [late])[0].result == p.APPLIED


def test_revoked_device_gets_a_clear_message_and_others_learn_it(server):
    t1, info1, agency = enrolled(server)
    t2, _info2, _ = enrolled(server, agency)
    with session_scope(server[1]) as s:
        service.revoke_device(s, info1["device_id"])
    with pytest.raises(SyncAuthError) as err:
        t1.pull(0)
    assert err.value.code == "auth.revoked" and "thu hồi" in err.value.message
    kinds = [(c.kind, c.data) for c in t2.pull(0).changes]
    assert (p.CHANGE_DEVICE_REVOKED, {"device_id": info1["device_id"]}) in kinds


def test_expired_token_is_refused_with_its_own_message(server):
    t, info, _ = enrolled(server)
    with session_scope(server[1]) as s:
        service.set_device_expiry(s, info["device_id"], datetime(2020, 1, 1))
    with pytest.raises(SyncAuthError) as err:
        t.pull(0)
    assert err.value.code == "auth.expired" and "hết hạn" in err.value.message


def test_catalogue_and_calendar_updates_reach_every_device(server):
    t, _info, agency = enrolled(server)
    with session_scope(server[1]) as s:
        service.publish(s, agency, p.CHANGE_CALENDAR,
                        {"overrides": [{"date": "2027-02-05", "kind": "off"}]})
    changes = t.pull(0).changes
    assert changes[-1].kind == p.CHANGE_CALENDAR
    assert changes[-1].data["overrides"][0]["date"] == "2027-02-05"


def test_openapi_schema_lists_the_protocol(server):
    schema = httpx.get(server[0].url + "/openapi.json").json()
    assert {"/v1/push", "/v1/changes", "/v1/enrol", "/v1/files/{sha}",
            "/v1/bundles"} <= set(schema["paths"])
    assert json.dumps(schema)  # serialisable


def test_server_migrations_match_the_models_on_postgresql(pg_cluster):
    """Every model change has its migration (0002 added the enrolment request id); an
    existing server at 0001 with a used code upgrades in place."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext

    from provincial_server.db import MIGRATIONS, normalise_url
    from provincial_server.models import Base

    url = pg_cluster.create_database()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url))
    command.upgrade(cfg, "0001")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO offices (id, agency, name, created_at) "
                "VALUES (1, 'H1', 'UBND xã A', now())")
            conn.exec_driver_sql(
                "INSERT INTO enrolment_codes (code_hash, office_id, created_at, expires_at, "
                "used_at) VALUES ('abc', 1, now(), now(), now())")
        migrate(url)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert conn.exec_driver_sql(
                "SELECT code_hash, request_hash FROM enrolment_codes").all() == [("abc", None)]
    finally:
        engine.dispose()
