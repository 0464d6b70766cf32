"""row ids are never reused: AUTOINCREMENT on every table with an integer id

Without it SQLite hands the id of a deleted last row to the next insert, so an undo record that
says "delete coding 41" could delete a different coding made later. Each table is rebuilt from
its own stored CREATE statement with ``id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT`` in place
of the table-level primary key (what SQLAlchemy writes for ``sqlite_autoincrement=True``);
every other column, constraint, index and row stays as it was, ids included.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 06:30:00
"""
import re

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("coders", "sources", "turns", "attribute_defs", "source_attribute_values", "cases",
          "case_sources", "case_attribute_values", "codes", "codings", "memos", "pseudo_key",
          "pseudo_known", "pseudo_suggestions", "pseudo_decisions", "pseudo_log")


def _autoincrement_sql(table: str, create_sql: str) -> str:
    """The CREATE statement of ``table__new`` with the id as an AUTOINCREMENT key."""
    sql, n = re.subn(r'^CREATE TABLE\s+"?' + table + r'"?\s*\(',
                     f"CREATE TABLE {table}__new (", create_sql, count=1)
    if n != 1:
        raise RuntimeError(f"unexpected schema of {table}: {create_sql[:80]}")
    sql, n = re.subn(r'\bid INTEGER NOT NULL,', "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,",
                     sql, count=1)
    if n != 1:
        raise RuntimeError(f"unexpected id column in {table}")
    sql, n = re.subn(r',\s*(CONSTRAINT\s+\w+\s+)?PRIMARY KEY\s*\(\s*"?id"?\s*\)', "", sql,
                     count=1)
    if n != 1:
        raise RuntimeError(f"unexpected primary key in {table}")
    return sql


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":  # PostgreSQL's sequences never hand out an id again
        return
    for table in TABLES:
        create_sql = bind.execute(sa.text(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"),
            {"t": table}).scalar_one()
        if "AUTOINCREMENT" in create_sql.upper():
            continue
        extras = [r[0] for r in bind.execute(sa.text(
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND tbl_name = :t AND sql IS NOT NULL"), {"t": table})]
        bind.exec_driver_sql(_autoincrement_sql(table, create_sql))
        bind.exec_driver_sql(f"INSERT INTO {table}__new SELECT * FROM {table}")
        bind.exec_driver_sql(f"DROP TABLE {table}")
        bind.exec_driver_sql(f"ALTER TABLE {table}__new RENAME TO {table}")
        for sql in extras:
            bind.exec_driver_sql(sql)


def downgrade() -> None:
    """Nothing to undo for older versions: AUTOINCREMENT changes no column or constraint."""
