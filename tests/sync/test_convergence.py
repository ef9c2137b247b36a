"""Exactly-once convergence over bad links: a real server process on PostgreSQL, a real
SQLite outbox, and the fault-injecting proxy between them."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker
from support.faultproxy import PROFILE_2G, FaultProxy, Profile, ServerProcess

from cchc_desktop.domain.codes import CodeScheme
from cchc_desktop.services.sync import SyncService
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.storage.outbox import enqueue
from cchc_desktop.sync import samples
from cchc_desktop.sync.transport import RetryPolicy, SyncError, SyncTransport
from provincial_server import service as server_service
from provincial_server.db import make_engine, migrate, session_scope
from provincial_server.models import Dossier, Event, HistoryEntry

DAY = datetime(2026, 11, 20)


@pytest.fixture(scope="module")
def server(pg_cluster):
    url = pg_cluster.create_database()
    migrate(url)
    proc = ServerProcess(url).start()
    engine = make_engine(url)
    yield proc, sessionmaker(engine, expire_on_commit=False)
    proc.stop()
    engine.dispose()


def transport_factory(attempts: int = 4):
    def make(*args, **kw):
        return SyncTransport(*args, retry=RetryPolicy(attempts=attempts, base_delay=0.02,
                                                      max_delay=0.2), **kw)
    return make


def new_office(server) -> str:
    agency = f"H{uuid.uuid4().hex[:6].upper()}.03"
    with session_scope(server[1]) as s:
        server_service.create_office(s, agency, "UBND xã Tân Phú")
    return agency


def workstation(server, tmp_path, agency, name, url=None, attempts=4) -> SyncService:
    db = open_database(tmp_path / f"{name}.sqlite3")
    svc = SyncService(db, tmp_path / f"{name}-files", transport_factory=transport_factory(
        attempts))
    with session_scope(server[1]) as s:
        code = server_service.issue_enrolment_code(s, agency)
    svc._credential = None
    info = SyncTransport(server[0].url).enrol(code, name)
    svc._set_state(device_id=info["device_id"], server_url=url or server[0].url,
                   agency=agency, cursor="0")
    svc.use_credential(f"{info['token']}~{info['bundle_key']}")
    return svc


def fill_rows(svc: SyncService, rows) -> None:
    with svc.db.session() as s:
        for row in rows:
            enqueue(s, kind=row["kind"], payload=row["payload"], now=row["created_at"],
                    dossier_code=row["code"])


def sync_until_done(svc: SyncService, max_cycles: int = 60) -> dict[str, int]:
    totals = {"pushed": 0, "duplicates": 0, "rejected": 0, "failures": 0}
    for _ in range(max_cycles):
        try:
            report = svc.run_cycle()
        except SyncError as exc:
            totals["failures"] += 1
            report = exc.details["report"]  # the batches recorded before the failure
        totals["pushed"] += report.pushed
        totals["duplicates"] += report.duplicates
        totals["rejected"] += report.rejected
        if svc.pending_count() == 0:
            return totals
    raise AssertionError(f"no convergence after {max_cycles} cycles: {totals}")


def server_counts(server, agency):
    with session_scope(server[1]) as s:
        office = server_service.get_office(s, agency)
        events = s.scalar(select(func.count()).select_from(Event)
                          .where(Event.office_id == office.id, Event.result == "applied"))
        dossiers = s.scalar(select(func.count()).select_from(Dossier)
                            .where(Dossier.office_id == office.id))
        history = s.scalar(select(func.count()).select_from(HistoryEntry).join(Dossier)
                           .where(Dossier.office_id == office.id))
        return events, dossiers, history


def outbox_states(svc) -> dict[str, int]:
    with svc.db.session() as s:
        return dict(s.execute(select(m.OutboxEntry.state, func.count())
                              .group_by(m.OutboxEntry.state)).all())


@pytest.mark.slow
def test_ten_thousand_events_with_one_connection_in_ten_cut_arrive_exactly_once(server,
                                                                                 tmp_path):
    agency = new_office(server)
    with FaultProxy(server[0].port, drop_rate=0.10, seed=7) as proxy:
        svc = workstation(server, tmp_path, agency, "ws", url=proxy.url)
        fill_rows(svc, samples.day_of_work(agency, DAY, 5000, events_per_dossier=2))
        totals = sync_until_done(svc)
    assert proxy.stats.cut_requests > 0 and proxy.stats.cut_responses > 0
    # Lost replies were resent and recognised, never applied twice.
    assert totals["pushed"] + totals["duplicates"] == 10_000
    assert totals["rejected"] == 0
    assert server_counts(server, agency) == (10_000, 5000, 10_000)
    states = outbox_states(svc)
    assert sum(states.values()) == 10_000 and set(states) <= {"applied", "duplicate"}


def test_two_offline_workstations_of_one_office_never_collide(server, tmp_path):
    agency = new_office(server)
    stations = []
    all_codes = set()
    for k in (1, 2):
        svc = workstation(server, tmp_path, agency, f"ws{k}")
        scheme = CodeScheme(workstation=k, workstations=2)
        rows = []
        for n in range(1, 501):
            code = scheme.format(agency, date(2026, 11, 20), n)
            all_codes.add(code)
            row = samples.day_of_work(agency, DAY, 1, seed=k * 1000 + n,
                                      events_per_dossier=1)[0]
            row["code"] = code
            row["payload"]["dossier"]["code"] = code
            row["payload"]["dossier"]["uid"] = uuid.uuid4().hex
            rows.append(row)
        fill_rows(svc, rows)
        stations.append(svc)
    assert len(all_codes) == 1000
    results: dict[int, dict] = {}

    def run(i, svc):
        results[i] = sync_until_done(svc)

    threads = [threading.Thread(target=run, args=(i, s)) for i, s in enumerate(stations)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert [results[i]["pushed"] for i in (0, 1)] == [500, 500]
    assert results[0]["rejected"] == results[1]["rejected"] == 0
    assert server_counts(server, agency) == (1000, 1000, 1000)


def test_one_malformed_item_is_quarantined_and_the_other_999_land(server, tmp_path):
    agency = new_office(server)
    svc = workstation(server, tmp_path, agency, "ws")
    rows = samples.day_of_work(agency, DAY, 1000, events_per_dossier=1)
    rows[500]["payload"]["dossier"]["received_at"] = "not a date"
    fill_rows(svc, rows)
    totals = sync_until_done(svc)
    assert (totals["pushed"], totals["rejected"]) == (999, 1)
    health = svc.health()
    assert len(health.quarantined) == 1
    assert health.quarantined[0].dossier_code == rows[500]["code"]
    assert "not a date" in health.quarantined[0].reason
    assert server_counts(server, agency)[:2] == (999, 999)


def test_a_server_restart_mid_sync_loses_and_duplicates_nothing(server, tmp_path):
    agency = new_office(server)
    with FaultProxy(server[0].port) as proxy:
        svc = workstation(server, tmp_path, agency, "ws", url=proxy.url, attempts=8)
        fill_rows(svc, samples.day_of_work(agency, DAY, 1500, events_per_dossier=2))
        old_pid = server[0].proc.pid
        restarted_at: list[float] = []

        def restart() -> None:
            time.sleep(0.8)
            restarted_at.append(time.monotonic())
            server[0].restart()

        restarter = threading.Thread(target=restart)
        restarter.start()
        totals = sync_until_done(svc)
        finished_at = time.monotonic()
        restarter.join(60)
    assert server[0].proc.pid != old_pid and restarted_at[0] < finished_at
    assert totals["pushed"] + totals["duplicates"] == 3000
    assert server_counts(server, agency) == (3000, 1500, 3000)


def test_a_day_of_work_goes_through_a_2g_link(server, tmp_path):
    agency = new_office(server)
    with FaultProxy(server[0].port, profile=PROFILE_2G) as proxy:
        svc = workstation(server, tmp_path, agency, "ws", url=proxy.url)
        fill_rows(svc, samples.day_of_work(agency, DAY, 40, events_per_dossier=3))
        t0 = time.monotonic()
        totals = sync_until_done(svc, max_cycles=3)
        elapsed = time.monotonic() - t0
    assert totals["pushed"] == 120 and totals["failures"] == 0
    # 50 kbit/s up: the compressed upload is small enough to fit well within the timeouts.
    assert proxy.stats.bytes_up < 40_000
    assert elapsed < 30


def test_the_proxy_really_caps_bandwidth_and_adds_latency(server):
    slow = Profile(latency_s=0.1, down_bps=20_000, up_bps=20_000)
    with FaultProxy(server[0].port, profile=slow) as proxy:
        t0 = time.monotonic()
        r = SyncTransport(proxy.url).health()
        one = time.monotonic() - t0
        t0 = time.monotonic()
        transport = SyncTransport(proxy.url, retry=RetryPolicy(attempts=1))
        response = transport._client.post("/v1/enrol", content=b"x" * 40_000,
                                          headers={"Content-Type": "application/json"})
        upload = time.monotonic() - t0
    assert r["status"] == "ok" and one >= 0.2  # a round trip through 2 × 100 ms
    assert response.status_code in (400, 422) and upload >= 1.5  # 40 KB at 20 KB/s
