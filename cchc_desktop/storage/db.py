"""The SQLite database: engine settings that protect legal records, and migrations at start-up.

Every connection runs in WAL mode with ``synchronous=FULL`` (a committed dossier survives
a power cut, architecture.md "Data that must never be lost") and foreign keys on.
``open_database`` applies the Alembic migrations automatically, so an empty file and a
file written by an older version both reach the current schema.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA cache_size=-32000")  # 32 MB page cache
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


def make_engine(path: Path | str) -> Engine:
    """An engine on the SQLite file ``path`` with the pragmas above on every connection."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"check_same_thread": False, "timeout": 10},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    # Config values go through configparser interpolation: a "%" (a literal one, or the
    # URL-encoding of a Vietnamese letter in a Windows user folder such as "C:\Users\Đức")
    # must be doubled or every start-up fails before the window opens.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("sqlalchemy.url",
                           engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {heads}")
    return heads[0]


@dataclass
class Database:
    """One database file: the engine and a session factory. Built once, passed in."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str, *, apply_migrations: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and bring it to the current schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    if apply_migrations:
        before = current_revision(engine)
        migrate(engine)
        after = current_revision(engine)
        if before != after:
            log.info("database %s migrated from %s to %s", path, before, after)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, sessions=sessions)
