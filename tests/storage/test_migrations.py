"""Migrations run at start-up: an empty file and a file at the previous revision reach head."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import text

from cchc_desktop.storage.db import (
    current_revision,
    head_revision,
    make_engine,
    migrate,
    open_database,
)
from cchc_desktop.storage.models import Dossier


def test_empty_file_reaches_head(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    assert current_revision(db.engine) == head_revision()
    tables = set(db.table_names())
    assert {"dossiers", "dossier_events", "outbox", "audit_log", "users"} <= tables
    db.close()


def test_models_and_migrations_agree(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from cchc_desktop.storage.models import Base

    db = open_database(tmp_path / "cmp.sqlite3")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # the FTS5 index and its shadow tables live only in the migration
    assert [d for d in diff if "dossier_search" not in str(d)] == []
    db.close()


def test_previous_revision_reaches_head_and_keeps_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO settings(key, value) VALUES ('office', '{\"name\": \"UBND xã A\"}')")
        )
        conn.execute(
            text(
                "INSERT INTO users(username, full_name, title, role, password_hash,"
                " failed_attempts, active, created_at)"
                " VALUES ('admin', 'Quản trị', '', 'admin', 'x', 0, 1, :at)"
            ),
            {"at": datetime(2025, 1, 2, 8, 0)},
        )
    engine.dispose()

    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    with db.session() as s:
        assert s.execute(text("SELECT value FROM settings WHERE key='office'")).scalar_one() == (
            '{"name": "UBND xã A"}'
        )
        assert s.execute(text("SELECT count(*) FROM users")).scalar_one() == 1
    db.close()


def test_connection_pragmas_protect_records(tmp_path):
    db = open_database(tmp_path / "p.sqlite3")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    db.close()


def test_search_index_follows_dossier_rows(tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    now = datetime(2025, 1, 2, 8, 0)
    with db.session() as s:
        dossier = Dossier(
            uid="u1", agency_code="X", procedure_code="1.001193", procedure_name="Khai sinh",
            applicant_name="Nguyễn Văn Đức", duration_amount=1, duration_unit="same_day",
            received_at=now, status=2, search_text="nguyen van duc", created_at=now,
            updated_at=now,
        )
        s.add(dossier)
    match = text("SELECT rowid FROM dossier_search WHERE dossier_search MATCH :q")
    with db.session() as s:
        assert s.execute(match, {"q": "duc*"}).scalars().all() == [1]
        s.execute(text("UPDATE dossiers SET search_text='tran thi mai' WHERE id=1"))
    with db.session() as s:
        assert s.execute(match, {"q": "duc*"}).scalars().all() == []
        assert s.execute(match, {"q": "mai"}).scalars().all() == [1]
    db.close()


def test_revision_0002_database_with_dossiers_reaches_head_search_still_works(tmp_path):
    path = tmp_path / "r2.sqlite3"
    engine = make_engine(path)
    migrate(engine, "0002")
    engine.dispose()
    db = open_database(path, apply_migrations=False)
    now = datetime(2025, 1, 2, 8, 0)
    with db.session() as s:
        s.add(Dossier(uid="u2", agency_code="X", procedure_code="1", procedure_name="P",
                      applicant_name="Lê Thị Hồng", duration_amount=1, duration_unit="same_day",
                      received_at=now, status=4, search_text="le thi hong", created_at=now,
                      updated_at=now))
    db.close()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    with db.session() as s:
        hits = s.execute(text("SELECT rowid FROM dossier_search WHERE dossier_search MATCH 'hong'"))
        assert hits.scalars().all() == [1]
        plan = " ".join(str(r) for r in s.execute(text(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM dossiers WHERE status IN (2, 4) "
            "AND paused = 0 AND due_at < '2025-02-01'")).all())
        assert "ix_dossiers_status_paused_due" in plan
    db.close()


def test_revision_0003_papers_without_a_dossier_get_their_ref_back(tmp_path):
    """0003 → 0004: the ledger and the counter's Mẫu 02 issued before ``ref`` existed find
    their original again (from the audit entry of their issue), dossier papers keep none."""
    path = tmp_path / "r3.sqlite3"
    engine = make_engine(path)
    migrate(engine, "0003")
    at = datetime(2025, 3, 6, 17, 0)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO counter_guidance(id, uid, procedure_code, procedure_name, applicant,"
            " items, reason, contact, at) VALUES (7, 'g-uid-7', '1.001193', 'Khai sinh',"
            " '{}', '[\"Tờ khai\"]', '', '', :at)"), {"at": at})
        conn.execute(text(
            "INSERT INTO dossiers(id, uid, code, agency_code, procedure_code, procedure_name,"
            " channel, applicant_kind, applicant_name, applicant_id_number, applicant_sex,"
            " applicant_address, applicant_phone, applicant_email, filer_name,"
            " filer_id_number, filer_phone, summary, variant, sets_count, result_delivery,"
            " handling_unit, duration_amount, duration_unit, financial_pauses, received_at,"
            " paused, extended, supplement_requests, status, return_method, collected_by,"
            " outcome, refusal_reason, note, workstation, search_text, created_at, updated_at,"
            " version, sector_code, sector_name)"
            " VALUES (1, 'd1', 'C-1', 'X', '1', 'P', 1, 1, 'Lê Thị Hồng', '', '', '', '', '',"
            " '', '', '', '', '', 1, 'counter', '', 1, 'same_day', 0, :at, 0, 0, 0, 2, '',"
            " '', '', '', '', 1, 'le thi hong', :at, :at, 1, '', '')"), {"at": at})
        papers = [(1, "ledger", None), (2, "supplement", None), (3, "receipt", 1),
                  (4, "ledger", None)]
        for doc_id, kind, dossier_id in papers:
            conn.execute(text(
                "INSERT INTO issued_documents(id, kind, year, number, number_text, dossier_id,"
                " issued_at, layout_version, sha256, size, reprint_no, reprint_reason)"
                " VALUES (:id, :kind, 2025, :id, :nt, :dossier, :at, 'tt01_2018', 'ab', 1, 0,"
                " '')"), {"id": doc_id, "kind": kind, "nt": f"{doc_id}/X", "dossier": dossier_id,
                          "at": at})
        audits = {1: {"kind": "ledger", "from": "2025-03-04", "to": "2025-03-05"},
                  2: {"kind": "supplement", "guidance": "g-uid-7"},
                  3: {"kind": "receipt", "dossier": "C-1"}}  # paper 4 has no audit entry
        for doc_id, after in audits.items():
            conn.execute(text(
                "INSERT INTO audit_log(at, user_id, username, action, entity, entity_id,"
                " after, prev_hash, hash) VALUES (:at, NULL, '', 'document.issue', 'document',"
                " :id, :after, '', '')"), {"at": at, "id": str(doc_id),
                                           "after": json.dumps(after)})
    engine.dispose()

    db = open_database(path)
    assert current_revision(db.engine) == head_revision() == "0004"
    with db.session() as s:
        refs = dict(s.execute(text("SELECT id, ref FROM issued_documents")).all())
        assert refs == {1: "ledger:2025-03-04..2025-03-05", 2: "guidance:7", 3: None, 4: None}
        plan = " ".join(str(r) for r in s.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM issued_documents WHERE ref = 'guidance:7'")).all())
        assert "ix_issued_documents_ref" in plan
    db.close()


def test_revision_0004_downgrades_to_0003(tmp_path):
    path = tmp_path / "down.sqlite3"
    db = open_database(path)
    db.close()
    engine = make_engine(path)
    from alembic import command

    from cchc_desktop.storage.db import alembic_config

    command.downgrade(alembic_config(engine), "0003")
    with engine.connect() as conn:
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(issued_documents)"))]
        triggers = conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar_one()
    assert "ref" not in columns and "reprint_reason" in columns
    assert triggers == 3  # the dossier search triggers are untouched
    assert current_revision(engine) == "0003"
    engine.dispose()


def test_a_data_folder_with_vietnamese_letters_and_a_percent_sign_opens(tmp_path):
    """Windows user folders carry the officer's name ("C:\\Users\\Đức"); the URL-encoded
    letters must not be read as configparser interpolation."""
    folder = tmp_path / "Nguyễn Văn Đức 100%"
    db = open_database(folder / "cchc.sqlite3")
    try:
        assert current_revision(db.engine) == head_revision()
        assert "dossiers" in db.table_names()
    finally:
        db.close()
    again = open_database(folder / "cchc.sqlite3")  # and again, already at head
    again.close()
