"""substring search: a trigram index of the folded paragraphs (SQLite only)

Beside the word table ``search_paragraphs``, with the same rowids. Filled here from the word
table's stored paragraphs, folded as ``core.textfold.fold`` folds them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 06:30:00
"""
from alembic import op

from qualcoder_htl.core.textfold import fold

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CREATE = ("CREATE VIRTUAL TABLE search_trigrams USING fts5("
          "folded, tokenize = 'trigram case_sensitive 1', detail = none, columnsize = 0)")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(CREATE)
    rows = bind.exec_driver_sql("SELECT rowid, body FROM search_paragraphs").fetchall()
    if rows:
        bind.exec_driver_sql("INSERT INTO search_trigrams(rowid, folded) VALUES (?, ?)",
                             [(rowid, fold(body)) for rowid, body in rows])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_trigrams")
