"""initial schema: offices, devices, enrolment codes, events, dossiers, history, documents,
files and the change feed.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 18:21:43.656808
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# BIGINT on PostgreSQL; INTEGER on SQLite so the column aliases the rowid (autoincrement).
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('offices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agency')
    )
    op.create_table('changes',
    sa.Column('seq', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('dossier_code', sa.String(length=120), nullable=True),
    sa.Column('origin_device_id', sa.String(length=32), nullable=True),
    sa.Column('target_device_id', sa.String(length=32), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_index(op.f('ix_changes_office_id'), 'changes', ['office_id'], unique=False)
    op.create_table('devices',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('bundle_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_devices_office_id'), 'devices', ['office_id'], unique=False)
    op.create_table('documents',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('dossier_code', sa.String(length=120), nullable=True),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_index(op.f('ix_documents_office_id'), 'documents', ['office_id'], unique=False)
    op.create_table('dossiers',
    sa.Column('id', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=120), nullable=False),
    sa.Column('origin_device_id', sa.String(length=32), nullable=True),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('status_at', sa.String(length=32), nullable=True),
    sa.Column('status_source', sa.String(length=16), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('office_id', 'code')
    )
    op.create_table('enrolment_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('device_id', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('code_hash')
    )
    op.create_table('events',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('dossier_code', sa.String(length=120), nullable=True),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('via', sa.String(length=8), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_index(op.f('ix_events_office_id'), 'events', ['office_id'], unique=False)
    op.create_table('files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('history',
    sa.Column('id', BIG_ID, autoincrement=True, nullable=False),
    sa.Column('dossier_id', BIG_ID, nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=True),
    sa.Column('entry', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    op.create_index(op.f('ix_history_dossier_id'), 'history', ['dossier_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_history_dossier_id'), table_name='history')
    op.drop_table('history')
    op.drop_table('files')
    op.drop_index(op.f('ix_events_office_id'), table_name='events')
    op.drop_table('events')
    op.drop_table('enrolment_codes')
    op.drop_table('dossiers')
    op.drop_index(op.f('ix_documents_office_id'), table_name='documents')
    op.drop_table('documents')
    op.drop_index(op.f('ix_devices_office_id'), table_name='devices')
    op.drop_table('devices')
    op.drop_index(op.f('ix_changes_office_id'), table_name='changes')
    op.drop_table('changes')
    op.drop_table('offices')
