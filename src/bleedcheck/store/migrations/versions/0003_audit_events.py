"""The audit trail: what each interview was told, when, and by which knowledge version.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("interview_ref", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("knowledge_version", sa.String(64), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("clinician", sa.Boolean(), nullable=False),
        sa.Column("level", sa.String(24), nullable=True),
        sa.Column("conditions", sa.String(200), nullable=True),
        sa.Column("should_stop", sa.Boolean(), nullable=True),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"])
    op.create_index("ix_audit_events_interview_ref", "audit_events", ["interview_ref"])


def downgrade() -> None:
    op.drop_table("audit_events")
