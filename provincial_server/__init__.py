"""Reference provincial sync server: FastAPI + SQLAlchemy over PostgreSQL (SQLite for demos).

Workstations enrol with a one-time code, push their outbox and pull the province's
changes (``docs/sync-protocol.md``).  It shares only ``cchc_desktop.sync`` (the wire
protocol) and ``cchc_desktop.domain`` with the desktop program.
"""
