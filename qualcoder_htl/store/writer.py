"""One write transaction that records a row image of everything it touches.

The record (a list of ``RowOp``) is what undo reverts and redo replays, so every mutation made
through a ``Writer`` is undoable without per-operation undo code. Values are plain dicts keyed
by column name; tables are named by string so services never see SQLAlchemy.

Undo and redo first check that every row is as the action left it (or found it): a row that
someone else changed, deleted or reused is never overwritten; the whole undo is refused with
``UndoConflictError`` and nothing changes. Row ids are never reused (AUTOINCREMENT), so a row
id in the record always means the same row.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..core.changes import Changes
from ..core.errors import UndoConflictError
from ..core.messages import catalogue, msg
from .search_index import SearchIndex
from .tables import TABLES

catalogue({
    "undo.conflict": (
        "Cannot undo: the {what} it concerns was changed since (in another window or "
        "program). Nothing was changed.",
        "Kan inte ångra: {what} som ångringen gäller har ändrats sedan dess (i ett annat "
        "fönster eller program). Inget ändrades."),
    "redo.conflict": (
        "Cannot redo: the {what} it concerns was changed since (in another window or "
        "program). Nothing was changed.",
        "Kan inte göra om: {what} som åtgärden gäller har ändrats sedan dess (i ett annat "
        "fönster eller program). Inget ändrades."),
    "undo.row.codings": ("coding", "kodningen"),
    "undo.row.codes": ("code", "koden"),
    "undo.row.memos": ("memo", "memot"),
    "undo.row.sources": ("source", "källan"),
    "undo.row.cases": ("case", "fallet"),
    "undo.row.other": ("data", "uppgiften"),
})

RELATED = (("source_id", "sources_affected"), ("code_id", "codes_affected"))


@dataclass(frozen=True)
class RowOp:
    table: str
    op: str  # "insert", "update", "delete"
    pk: Any
    before: dict | None
    after: dict | None


def _pk_column(table_name: str):
    cols = list(TABLES[table_name].primary_key.columns)
    return cols[0]


class Writer:
    def __init__(self, conn: Connection, index: SearchIndex, log: bool = True):
        self.conn = conn
        self.index = index
        self.ops: list[RowOp] = []
        self._log = log
        # search index changes, made together when the transaction commits (flush_index)
        self.index_ops: list[tuple[str, int, str]] = []  # (add/remove, source id, its text)

    # --- reads inside the transaction ------------------------------------------------------
    def get(self, table: str, pk: Any, columns: tuple[str, ...] = ()) -> dict | None:
        """One row as a dict (only ``columns`` if given), or None."""
        t = TABLES[table]
        cols = [t.c[c] for c in columns] if columns else [t]
        row = self.conn.execute(select(*cols).where(_pk_column(table) == pk)).mappings().first()
        return dict(row) if row else None

    def find(self, table: str, order_by: str | None = None, **equals: Any) -> list[dict]:
        t = TABLES[table]
        stmt = select(t).where(*_criteria(t, equals))
        if order_by:
            stmt = stmt.order_by(t.c[order_by])
        return [dict(r) for r in self.conn.execute(stmt).mappings()]

    # --- writes ----------------------------------------------------------------------------
    def insert(self, table: str, values: dict) -> Any:
        t = TABLES[table]
        pkcol = _pk_column(table)
        values = _with_guid(t, values)
        result = self.conn.execute(insert(t).values(**values).returning(pkcol))
        pk = result.scalar_one()
        row = dict(values)
        row[pkcol.name] = pk
        self._record(RowOp(table, "insert", pk, None, row))
        if table == "sources":
            self.index_ops.append(("add", pk, values["text"]))
        return pk

    def insert_many(self, table: str, rows: list[dict]) -> list[Any]:
        if not rows:
            return []
        t = TABLES[table]
        pkcol = _pk_column(table)
        rows = [_with_guid(t, r) for r in rows]
        name = pkcol.name
        if self.conn.dialect.name == "sqlite" and isinstance(pkcol.type, Integer) \
                and not any(name in r for r in rows):
            pks = self._next_ids(table, pkcol, len(rows))
            rows = [{**r, name: pk} for r, pk in zip(rows, pks, strict=True)]
            self._insert_plain(t, rows)
        else:
            result = self.conn.execute(insert(t).returning(pkcol, sort_by_parameter_order=True),
                                       rows)
            pks = [r[0] for r in result]
            rows = [{**r, name: pk} for r, pk in zip(rows, pks, strict=True)]
        if self._log:  # each row dict is this writer's own copy: the record keeps it
            self.ops.extend(RowOp(table, "insert", pk, None, row)
                            for pk, row in zip(pks, rows, strict=True))
        return pks

    def _insert_plain(self, t, rows: list[dict]) -> None:
        """One executemany of plain tuples, values converted by the columns' own types:
        SQLAlchemy's per-row parameter handling cost more than SQLite's insert itself."""
        names = list(rows[0])
        if any(r.keys() != rows[0].keys() for r in rows):
            self.conn.execute(insert(t), rows)
            return
        dialect = self.conn.dialect
        convert = [t.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
        columns = ", ".join(f'"{n}"' for n in names)
        self.conn.exec_driver_sql(
            f'INSERT INTO "{t.name}" ({columns}) VALUES ({", ".join("?" * len(names))})',
            [tuple(r[n] if c is None else c(r[n]) for n, c in zip(names, convert, strict=True))
             for r in rows])

    def _next_ids(self, table: str, pkcol, n: int) -> list[int]:
        """The ids SQLite would give ``n`` new rows: past the highest ever handed out
        (``sqlite_sequence``, AUTOINCREMENT) and the highest there is. SQLite cannot return
        ids in parameter order from one multi-row INSERT, so RETURNING sent one statement per
        row (17,000 for the turns of 200 transcripts); inside the write transaction the next
        ids are known, and inserting them moves ``sqlite_sequence`` on as SQLite would."""
        seq = self.conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?",
                                        (table,)).scalar() or 0
        last = max(seq, self.conn.execute(select(func.max(pkcol))).scalar() or 0)
        return list(range(last + 1, last + 1 + n))

    def update(self, table: str, pk: Any, values: dict) -> None:
        before = self.get(table, pk)
        if before is None:
            raise KeyError(f"{table} {pk} does not exist")
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return
        t = TABLES[table]
        self.conn.execute(update(t).where(_pk_column(table) == pk).values(**changed))
        if table == "sources" and "text" in changed:  # keep the search index in step
            self.index_ops += [("remove", pk, before["text"]), ("add", pk, changed["text"])]
        # the before image keeps source_id/code_id so changes_of() can name related rows
        before_image = {**_related(before), **{k: before[k] for k in changed}}
        self._record(RowOp(table, "update", pk, before_image, changed))

    def delete(self, table: str, pk: Any) -> None:
        before = self.get(table, pk)
        if before is None:
            return
        if table == "sources":
            self.index_ops.append(("remove", pk, before["text"]))
        t = TABLES[table]
        self.conn.execute(delete(t).where(_pk_column(table) == pk))
        self._record(RowOp(table, "delete", pk, before, None))

    def delete_where(self, table: str, **equals: Any) -> int:
        rows = self.find(table, **equals)
        if not rows:
            return 0
        t = TABLES[table]
        pkname = _pk_column(table).name
        if table == "sources":
            self.index_ops += [("remove", r[pkname], r["text"]) for r in rows]
        self.conn.execute(delete(t).where(*_criteria(t, equals)))
        for r in rows:
            self._record(RowOp(table, "delete", r[pkname], r, None))
        return len(rows)

    def flush_index(self) -> None:
        """Bring the search index in step with the sources this transaction changed, in one
        go just before it commits: FTS5 writes its index segments at every savepoint release
        and commit, which an import of 200 files (a savepoint each) paid 200 times. Reads
        inside the transaction do not see the new sources in the index yet."""
        ops, self.index_ops = self.index_ops, []
        adds: list[tuple[int, str]] = []
        for op, pk, text in ops:
            if op == "add":
                adds.append((pk, text))
                continue
            if adds:
                self.index.add_sources(self.conn, adds)
                adds = []
            self.index.remove_source(self.conn, pk, text)
        if adds:
            self.index.add_sources(self.conn, adds)

    def _record(self, op: RowOp) -> None:
        if self._log:
            self.ops.append(op)

    # --- undo / redo -----------------------------------------------------------------------
    def apply_inverse(self, ops: list[RowOp]) -> None:
        """Undo: each row must be as the action left it; ``UndoConflictError`` otherwise."""
        for op in reversed(ops):
            with _conflict_as("undo.conflict", op):
                if op.op == "insert":
                    self._expect(op, op.after, "undo.conflict")
                    self.delete(op.table, op.pk)
                elif op.op == "delete":
                    self._expect(op, None, "undo.conflict")
                    self.insert(op.table, op.before)
                else:
                    self._expect(op, op.after, "undo.conflict")
                    self.update(op.table, op.pk, {k: op.before[k] for k in op.after})

    def apply_again(self, ops: list[RowOp]) -> None:
        """Redo: each row must be as the undo left it; ``UndoConflictError`` otherwise."""
        for op in ops:
            with _conflict_as("redo.conflict", op):
                if op.op == "insert":
                    self._expect(op, None, "redo.conflict")
                    self.insert(op.table, op.after)
                elif op.op == "delete":
                    self._expect(op, op.before, "redo.conflict")
                    self.delete(op.table, op.pk)
                else:
                    self._expect(op, {k: op.before[k] for k in op.after}, "redo.conflict")
                    self.update(op.table, op.pk, op.after)

    def _expect(self, op: RowOp, image: dict | None, key: str) -> None:
        """The row ``op`` names holds ``image`` (every column it names), or is absent (None)."""
        row = self.get(op.table, op.pk)
        if image is None:
            if row is not None:
                raise _conflict(key, op)
            return
        if row is None or any(not _same(row.get(k), v) for k, v in image.items() if k in row):
            raise _conflict(key, op)


@contextmanager
def _conflict_as(key: str, op: RowOp) -> Iterator[None]:
    """A constraint the restored row breaks (a name taken meanwhile, a parent deleted) is the
    same refusal as a changed row."""
    try:
        yield
    except IntegrityError:
        raise _conflict(key, op) from None


def _conflict(key: str, op: RowOp) -> UndoConflictError:
    what = op.table if op.table in ("codings", "codes", "memos", "sources", "cases") else "other"
    return UndoConflictError(msg(key, what=msg(f"undo.row.{what}")))


def _same(stored: Any, recorded: Any) -> bool:
    if stored == recorded:
        return True
    # what was written may differ in type from what reads back (1 / True, 2 / 2.0)
    if isinstance(stored, (bool, int, float)) and isinstance(recorded, (bool, int, float)):
        return float(stored) == float(recorded)
    return False


def _with_guid(t, values: dict) -> dict:
    """Tables with a ``guid`` column get a fresh UUID unless the caller brings one (import)."""
    if "guid" in t.c and not values.get("guid"):
        return {**values, "guid": str(uuid.uuid4())}
    return values


def _criteria(t, equals: dict) -> list:
    crit = []
    for name, value in equals.items():
        col = t.c[name]
        crit.append(col.is_(None) if value is None else col == value)
    return [and_(*crit)] if crit else []


def _related(row: dict) -> dict:
    return {col: row[col] for col, _ in RELATED if col in row}


def changes_of(ops: list[RowOp], label: str = "") -> Changes:
    """Which rows a list of operations touched, plus the sources and codes they relate to."""
    changes = Changes(label)
    for op in ops:
        changes.add(op.table, op.pk)
        for image in (op.before, op.after):
            if image:
                for col, key in RELATED:
                    if image.get(col) is not None:
                        changes.add(key, image[col])
        if op.table == "sources":
            changes.add("sources_affected", op.pk)
        elif op.table == "codes":
            changes.add("codes_affected", op.pk)
    return changes
