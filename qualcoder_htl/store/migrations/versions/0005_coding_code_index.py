"""an index on codings (code_id, source_id) for per-code source counts (replaces code_id alone)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 07:30:00
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_codings_code_source", "codings", ["code_id", "source_id"])
    op.drop_index("ix_codings_code", "codings")


def downgrade() -> None:
    op.create_index("ix_codings_code", "codings", ["code_id"])
    op.drop_index("ix_codings_code_source", "codings")
