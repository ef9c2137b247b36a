"""Sync tests run against a real PostgreSQL cluster started for the session."""

from support.memkeyring import memory_keyring  # noqa: F401 - fixture
from support.pg import pg_cluster, pg_url  # noqa: F401 - fixtures
