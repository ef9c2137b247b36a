"""A throw-away PostgreSQL 15 cluster for the tests (Debian ``postgresql`` package).

``initdb`` refuses to run as root, so when the tests run as root the cluster belongs to the
``postgres`` system user (``runuser``) and lives in a folder that user owns.  The server
listens on 127.0.0.1 on a free port; each test gets a fresh database from ``fresh_db``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("CCHC_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


@dataclass
class PgCluster:
    port: int
    datadir: Path

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_cluster() -> tuple[PgCluster, Path]:
    if not (PG_BIN / "initdb").exists():
        raise RuntimeError(f"PostgreSQL not found in {PG_BIN}: run .ci/system-deps.sh test")
    root = Path(tempfile.mkdtemp(prefix="cchc-pg-"))
    datadir = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    _as_owner([str(PG_BIN / "initdb"), "-D", str(datadir), "-U", "postgres", "-A", "trust",
               "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    port = _free_port()
    opts = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=64MB")
    _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(datadir), "-o", opts, "-w", "-t", "60",
               "-l", str(root / "log.txt"), "start"])
    return PgCluster(port=port, datadir=datadir), root


def stop_cluster(cluster: PgCluster, root: Path) -> None:
    try:
        _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(cluster.datadir), "-m", "immediate",
                   "-w", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


_SHARED: tuple[PgCluster, Path] | None = None


def shared_cluster() -> PgCluster:
    """One cluster per test process, however many conftest files import the fixture
    (server, sync, services and cli tests all use it); stopped when the process exits."""
    global _SHARED
    if _SHARED is None:
        _SHARED = start_cluster()
        atexit.register(stop_shared)
    return _SHARED[0]


def stop_shared() -> None:
    global _SHARED
    if _SHARED is not None:
        shared, _SHARED = _SHARED, None
        stop_cluster(*shared)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    yield shared_cluster()
    stop_shared()  # session end: every session-scoped user is done by now


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    """A fresh, empty database in the session's cluster."""
    return pg_cluster.create_database()
