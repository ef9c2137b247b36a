"""Alembic migrations of the local SQLite database (applied at start-up)."""
