"""SQLAlchemy models, repositories returning plain objects, Alembic migrations, the outbox."""
