"""due/overdue tiles: index (status, paused, due_at)

The "Đến hạn / Quá hạn" counts filter running dossiers (open status, not paused) by due
time; with only (status, due_at) SQLite visited every row to read ``paused``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# Plain CREATE INDEX (no batch table copy): a copy would drop the FTS triggers of 0002.


def upgrade() -> None:
    op.create_index("ix_dossiers_status_paused_due", "dossiers", ["status", "paused", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_dossiers_status_paused_due", table_name="dossiers")
