"""guids and a coding lookup index

A stable UUID on sources, codes, codings, coders, cases and memos (REFI-QDA needs them), and an
index for "this code's codings in this source", the lookup every coding action does.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 06:55:00
"""
import uuid

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("coders", "sources", "cases", "codes", "codings", "memos")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("guid", sa.String(36), nullable=True))
        ids = [r[0] for r in bind.execute(sa.text(f"SELECT id FROM {table}"))]
        if ids:
            bind.execute(sa.text(f"UPDATE {table} SET guid = :g WHERE id = :i"),
                         [{"g": str(uuid.uuid4()), "i": i} for i in ids])
        with op.batch_alter_table(table) as batch:
            batch.alter_column("guid", existing_type=sa.String(36), nullable=False)
            batch.create_unique_constraint(f"uq_{table}_guid", ["guid"])
    op.create_index("ix_codings_source_code", "codings", ["source_id", "code_id"])


def downgrade() -> None:
    op.drop_index("ix_codings_source_code", "codings")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_guid", type_="unique")
            batch.drop_column("guid")
