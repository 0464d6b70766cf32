"""export log: every export, shared copy, key export and report, with the guard's result

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 07:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("coder", sa.Text(), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.Text(), server_default="", nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=80), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("export_log")
