"""a covering index for the source list (name, id and the summary columns)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 12:50:00
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = ["name", "id", "word_count", "char_count", "original_format", "imported_at",
           "content_hash"]


def upgrade() -> None:
    op.create_index("ix_sources_summary", "sources", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_sources_summary", "sources")
