"""Issued papers' metadata reach the provincial server: real counter work on a SQLite file,
the real ``document.issued`` outbox entries, pushed over loopback HTTP to the real server
process on a real PostgreSQL, stored once (issue #7 point 2)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker
from support.faultproxy import ServerProcess
from support.pg import pg_cluster  # noqa: F401 - fixture

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.sync import SyncService
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.sync.transport import RetryPolicy, SyncTransport
from provincial_server import service as server_service
from provincial_server.db import make_engine, migrate, session_scope
from provincial_server.models import IssuedDocument as ServerDocument

NOW = datetime(2025, 3, 3, 8, 0)


@pytest.fixture(scope="module")
def server(pg_cluster):  # noqa: F811
    url = pg_cluster.create_database()
    migrate(url)
    proc = ServerProcess(url).start()
    engine = make_engine(url)
    yield proc, sessionmaker(engine, expire_on_commit=False)
    proc.stop()
    engine.dispose()


def test_issued_and_reprinted_papers_land_on_the_server_once(server, tmp_path, memory_keyring):
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=NOW)
    services = Services(paths, db)
    officer = authenticate(db, "canbo", "canbo123", now=NOW)
    proc = services.dossiers.intake_procedure("1.004873")
    intake = IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(name="Nguyễn Văn Đức", id_number="068085012345",
                                 date_of_birth=date(1985, 3, 2), sex="Nam"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components))
    detail = services.dossiers.accept(intake, user=officer, now=NOW)
    docs = services.documents
    receipt = docs.issue("receipt", detail.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    reprint = docs.reprint(receipt.row.id, reason="Công dân làm mất giấy hẹn", user=officer,
                           now=datetime(2025, 3, 4, 10, 0))
    guided = services.dossiers.request_completion(
        intake, ["Tờ khai"], "Thiếu tờ khai", "", user=officer, now=datetime(2025, 3, 3, 9, 0))
    guidance = docs.issue_guidance(guided.id, user=officer, now=datetime(2025, 3, 3, 9, 1))
    ledger = docs.issue_ledger(date(2025, 3, 3), date(2025, 3, 3), user=officer,
                               now=datetime(2025, 3, 3, 17, 0))
    with db.session() as s:
        local = {e.idempotency_key: (json.loads(e.payload), e.dossier_code)
                 for e in s.execute(select(m.OutboxEntry).where(
                     m.OutboxEntry.kind == "document.issued")).scalars()}
    assert len(local) == 4

    agency = services.settings.agency_code
    with session_scope(server[1]) as s:
        server_service.create_office(s, agency, services.settings.office_name)
        code = server_service.issue_enrolment_code(s, agency)
    sync = SyncService(db, paths.files, transport_factory=lambda *a, **kw: SyncTransport(
        *a, retry=RetryPolicy(attempts=3, base_delay=0.01), **kw))
    sync.enrol(server[0].url, code, "Máy quầy 1")
    report = sync.run_cycle()
    assert report.rejected == 0 and report.pushed >= 5  # the dossier event and four papers

    with session_scope(server[1]) as s:
        stored = {d.key: d for d in s.scalars(select(ServerDocument))}
        assert set(stored) == set(local)
        for key, (payload, dossier_code) in local.items():
            assert stored[key].meta == payload  # portal time on the wire, ISO again stored
            assert stored[key].dossier_code == dossier_code
        by_sha = {d.meta["sha256"]: d for d in stored.values()}
        assert by_sha[receipt.row.sha256].dossier_code == detail.code
        assert by_sha[receipt.row.sha256].meta["issued_at"] == "2025-03-03T08:01:00"
        assert by_sha[reprint.row.sha256].meta["reprint_no"] == 1
        assert by_sha[reprint.row.sha256].meta["original_issued_at"] == "2025-03-03T08:01:00"
        assert by_sha[guidance.row.sha256].dossier_code is None
        assert by_sha[guidance.row.sha256].meta["guidance_uid"] == guided.uid
        assert by_sha[ledger.row.sha256].meta["period_to"] == "2025-03-03"
        assert server_service.stats(s, agency)["documents"] == 4

    # Sent once: nothing left to push, and the outbox shows each as applied.
    assert sync.run_cycle().pushed == 0
    with db.session() as s:
        states = s.execute(select(m.OutboxEntry.state).where(
            m.OutboxEntry.kind == "document.issued")).scalars().all()
    assert states == ["applied"] * 4
    with session_scope(server[1]) as s:
        assert server_service.stats(s, agency)["documents"] == 4
    services.close()
