"""Sync benchmarks: loopback push throughput, bytes per dossier on the wire, a day over 2G.

Real parts: a throw-away PostgreSQL cluster, the provincial server as a child process, a
real SQLite outbox, and the fault proxy for the 2G profile.  Floors are the same bytes
POSTed to a bare HTTP server that only reads them (throughput, 2G time), and gzip of all
items in one block (bytes per dossier).
"""

from __future__ import annotations

import gzip
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for support.*

import httpx
from _harness import report
from sqlalchemy.orm import sessionmaker
from support.faultproxy import PROFILE_2G, FaultProxy, ServerProcess
from support.pg import start_cluster, stop_cluster

from cchc_desktop.services.sync import SyncService
from cchc_desktop.storage.db import open_database
from cchc_desktop.storage.outbox import enqueue
from cchc_desktop.sync import protocol as p
from cchc_desktop.sync import samples
from cchc_desktop.sync.adapter import DEFAULT_ADAPTER
from cchc_desktop.sync.engine import OutboxItem, to_wire
from cchc_desktop.sync.transport import SyncTransport
from provincial_server import service
from provincial_server.db import make_engine, migrate, session_scope

DAY = datetime(2026, 11, 20)


class _Sink(BaseHTTPRequestHandler):
    """The floor's server: read the body, answer 200, nothing else."""

    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"ok":true}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _sink() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _workstation(url: str, factory, tmp: Path, name: str, rows) -> SyncService:
    agency = rows[0]["payload"]["dossier"]["agency"]
    with session_scope(factory) as s:
        code = service.issue_enrolment_code(s, agency)
    db = open_database(tmp / f"{name}.sqlite3")
    svc = SyncService(db, tmp / f"{name}-files")
    info = SyncTransport(url).enrol(code, name)
    svc._set_state(device_id=info["device_id"], server_url=url, agency=agency, cursor="0")
    svc.use_credential(f"{info['token']}~{info['bundle_key']}")
    with db.session() as s:
        for row in rows:
            enqueue(s, kind=row["kind"], payload=row["payload"], now=row["created_at"],
                    dossier_code=row["code"])
    return svc


def _bodies(rows) -> list[bytes]:
    items = [to_wire(OutboxItem(id=i, key=r["key"], kind=r["kind"], payload=r["payload"],
                                created_at=r["created_at"], dossier_code=r["code"]),
                     DEFAULT_ADAPTER) for i, r in enumerate(rows)]
    return [p.encode_push("x" * 32, batch) for batch in p.split_batches(items)]


def _post_all(url: str, bodies: list[bytes]) -> float:
    t0 = time.perf_counter()
    with httpx.Client(timeout=120) as client:
        for body in bodies:
            client.post(url, content=body, headers={"Content-Encoding": "gzip"})
    return time.perf_counter() - t0


def _office(factory) -> str:
    agency = f"H{uuid.uuid4().hex[:6].upper()}.99"
    with session_scope(factory) as s:
        service.create_office(s, agency, "UBND xã Tân Phú")
    return agency


def main() -> None:
    cluster, root = start_cluster()
    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-sync-"))
    proc = None
    sink = _sink()
    try:
        url = cluster.create_database()
        migrate(url)
        proc = ServerProcess(url).start()
        factory = sessionmaker(make_engine(url), expire_on_commit=False)

        # 1. Loopback push throughput (5,000 events).
        rows = samples.day_of_work(_office(factory), DAY, 2500, events_per_dossier=2)
        svc = _workstation(proc.url, factory, tmp, "tp", rows)
        t0 = time.perf_counter()
        cycle = svc.run_cycle()
        elapsed = time.perf_counter() - t0
        assert cycle.pushed == len(rows), cycle
        raw = _post_all(f"http://127.0.0.1:{sink.server_address[1]}/", _bodies(rows))
        report("sync_push_loopback", len(rows) / elapsed, "events/s",
               floor=len(rows) / raw, events=len(rows))

        # 2. Compressed bytes per dossier on the wire (dossiers with 4 history entries).
        rows = samples.day_of_work(_office(factory), DAY, 200, events_per_dossier=4)
        svc = _workstation(proc.url, factory, tmp, "bytes", rows)
        cycle = svc.run_cycle()
        per_dossier = cycle.bytes_sent / 200
        one_block = len(gzip.compress(b"".join(p.dumps(i.to_wire()) for i in (
            to_wire(OutboxItem(id=0, key=r["key"], kind=r["kind"], payload=r["payload"],
                               created_at=r["created_at"], dossier_code=r["code"]),
                    DEFAULT_ADAPTER) for r in rows)), 9)) / 200
        report("sync_bytes_per_dossier", per_dossier, "B", floor=one_block, goal=600,
               events_per_dossier=4)

        # 3. One day's work (200 dossiers with history) over the 2G profile.
        rows = samples.day_of_work(_office(factory), DAY, 200, events_per_dossier=3)
        with FaultProxy(proc.port, profile=PROFILE_2G) as proxy:
            svc = _workstation(proxy.url, factory, tmp, "2g", rows)
            t0 = time.perf_counter()
            cycle = svc.run_cycle()
            elapsed = time.perf_counter() - t0
            assert cycle.pushed == len(rows), cycle
        with FaultProxy(sink.server_address[1], profile=PROFILE_2G) as raw_proxy:
            raw = _post_all(raw_proxy.url + "/", _bodies(rows))
        report("sync_day_over_2g", elapsed, "s", floor=raw, goal=30, dossiers=200,
               events=len(rows), bytes_up=proxy.stats.bytes_up)
    finally:
        sink.shutdown()
        if proc:
            proc.stop()
        stop_cluster(cluster, root)


if __name__ == "__main__":
    main()
