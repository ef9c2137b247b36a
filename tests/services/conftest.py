"""A real SQLite database with the demo office, catalogue and users (no dossiers)."""

from __future__ import annotations

from datetime import datetime

import pytest
from support.memkeyring import memory_keyring  # noqa: F401 - fixture

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database

NOW = datetime(2025, 1, 24, 9, 0)  # a Friday before Tết 2025


@pytest.fixture
def services(tmp_path):
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=NOW)
    svc = Services(paths, db)
    yield svc
    svc.close()


@pytest.fixture
def officer(services):
    return authenticate(services.db, "canbo", "canbo123", now=NOW)


@pytest.fixture
def supervisor(services):
    return authenticate(services.db, "lanhdao", "lanhdao123", now=NOW)
