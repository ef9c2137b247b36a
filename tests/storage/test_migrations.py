"""Migrations run at start-up: an empty file and a file at the previous revision reach head."""

from __future__ import annotations

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
