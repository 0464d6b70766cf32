"""one search index without a copy of the text: a contentless trigram table (SQLite only)

``search_paragraphs`` (words) kept every paragraph and ``search_trigrams`` its folded copy: two
more copies of every transcript in the file, both written at every import. Now there is one
contentless (``content = ''``) trigram table with one row per source (rowid = source id);
searches read the text from ``sources`` and the regex decides whole words too. Filled here
from the sources' text, folded as ``core.textfold.fold`` folds.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 14:30:00
"""
from alembic import op

from qualcoder_htl.core.textfold import fold

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TRIGRAMS = ("CREATE VIRTUAL TABLE search_trigrams USING fts5("
            "folded, tokenize = 'trigram case_sensitive 1', detail = none, content = '')")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_paragraphs")
    op.execute("DROP TABLE search_trigrams")
    op.execute(TRIGRAMS)
    dbapi = bind.connection.dbapi_connection
    ids = [r[0] for r in dbapi.execute("SELECT id FROM sources ORDER BY id").fetchall()]
    for source_id in ids:
        text = dbapi.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()[0]
        dbapi.execute("INSERT INTO search_trigrams(rowid, folded) VALUES (?, ?)",
                      (source_id, fold(text)))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_trigrams")
    op.execute("CREATE VIRTUAL TABLE search_paragraphs USING fts5(body, source_id UNINDEXED, "
               "start UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')")
    op.execute("CREATE VIRTUAL TABLE search_trigrams USING fts5(folded, tokenize = "
               "'trigram case_sensitive 1', detail = none, columnsize = 0)")
    dbapi = op.get_bind().connection.dbapi_connection
    rowid = 0
    for source_id, text in dbapi.execute("SELECT id, text FROM sources ORDER BY id").fetchall():
        folded = fold(text)
        pos = 0
        for body in text.split("\n"):
            start, pos = pos, pos + len(body) + 1
            if not body.strip():
                continue
            rowid += 1
            dbapi.execute("INSERT INTO search_paragraphs(rowid, body, source_id, start) "
                          "VALUES (?, ?, ?, ?)", (rowid, body, source_id, start))
            dbapi.execute("INSERT INTO search_trigrams(rowid, folded) VALUES (?, ?)",
                          (rowid, folded[start:start + len(body)]))
