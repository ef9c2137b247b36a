"""SQLAlchemy models, repositories returning plain objects, Alembic migrations and the sync outbox."""
