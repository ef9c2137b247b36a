"""issued papers without a dossier: ``issued_documents.ref`` finds their original

A reprint rebuilds a paper and stamps it "BẢN IN LẠI" (domain.md §2). Dossier papers
find their original by (dossier, kind); the ledger and the Mẫu 02 given at the counter
have no dossier, so they carry what they were issued for: ``ledger:<from>..<to>`` or
``guidance:<counter_guidance.id>``. Papers issued before this revision get their ref
back from the audit entry written when they were issued (it names the period or the
guidance), so they can be reprinted too.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE INDEX: no table copy.
    op.add_column("issued_documents", sa.Column("ref", sa.String(length=100), nullable=True))
    op.create_index("ix_issued_documents_ref", "issued_documents", ["ref"])
    _backfill_refs(op.get_bind())


def _backfill_refs(conn) -> None:
    docs = conn.execute(sa.text(
        "SELECT id, kind FROM issued_documents WHERE dossier_id IS NULL AND ref IS NULL "
        "AND reprint_of IS NULL")).all()
    for doc_id, kind in docs:
        after = conn.execute(sa.text(
            "SELECT after FROM audit_log WHERE action = 'document.issue' AND entity = 'document' "
            "AND entity_id = :id ORDER BY id LIMIT 1"), {"id": str(doc_id)}).scalar()
        try:
            details = json.loads(after or "{}")
        except ValueError:
            continue
        if not isinstance(details, dict):
            continue
        ref = None
        if kind == "ledger" and details.get("from") and details.get("to"):
            ref = f"ledger:{details['from']}..{details['to']}"
        elif kind == "supplement" and details.get("guidance"):
            guidance_id = conn.execute(sa.text(
                "SELECT id FROM counter_guidance WHERE uid = :uid"),
                {"uid": details["guidance"]}).scalar()
            if guidance_id is not None:
                ref = f"guidance:{guidance_id}"
        if ref is not None:
            conn.execute(sa.text("UPDATE issued_documents SET ref = :ref WHERE id = :id"),
                         {"ref": ref, "id": doc_id})


def downgrade() -> None:
    op.drop_index("ix_issued_documents_ref", table_name="issued_documents")
    with op.batch_alter_table("issued_documents") as batch_op:
        batch_op.drop_column("ref")
