"""search index: FTS5 paragraphs (SQLite only; other databases search by scanning)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 06:40:00
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CREATE = (
    "CREATE VIRTUAL TABLE search_paragraphs USING fts5("
    "body, source_id UNINDEXED, start UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def _paragraphs(text: str):
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(CREATE)
    rows = bind.execute(sa.text("SELECT id, text FROM sources")).fetchall()
    insert = sa.text("INSERT INTO search_paragraphs(body, source_id, start) VALUES (:b, :s, :p)")
    for source_id, text in rows:
        params = [{"b": body, "s": source_id, "p": start} for start, body in _paragraphs(text)]
        if params:
            bind.execute(insert, params)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_paragraphs")
