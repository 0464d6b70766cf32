"""Read queries that build core records. Each takes a connection from ``Database.read()``."""
from __future__ import annotations

from sqlalchemy import Connection, func, select

from ..core.models import (
    AttributeDef,
    Case,
    Code,
    Coder,
    Coding,
    Memo,
    Source,
    SourceSummary,
    Turn,
)
from .tables import (
    attribute_defs,
    case_attribute_values,
    case_sources,
    cases,
    coders,
    codes,
    codings,
    memos,
    project_meta,
    source_attribute_values,
    source_files,
    sources,
    turns,
)

_SUMMARY_COLS = (sources.c.id, sources.c.name, sources.c.word_count, sources.c.char_count,
                 sources.c.original_format, sources.c.imported_at, sources.c.content_hash)


def meta(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(select(project_meta.c.key, project_meta.c.value))}


def export_log_rows(conn: Connection) -> list[dict]:
    """The export log, oldest first."""
    from .tables import export_log
    return [dict(r) for r in conn.execute(select(export_log).order_by(export_log.c.id))
            .mappings()]


def coder_list(conn: Connection) -> list[Coder]:
    return [Coder(r.id, r.name) for r in conn.execute(select(coders).order_by(coders.c.name))]


def coder_by_name(conn: Connection, name: str) -> Coder | None:
    r = conn.execute(select(coders).where(coders.c.name == name)).first()
    return Coder(r.id, r.name) if r else None


# --- sources ------------------------------------------------------------------------------

def source_list(conn: Connection, source_ids: list[int] | None = None) -> list[SourceSummary]:
    stmt = select(*_SUMMARY_COLS).order_by(sources.c.name)
    if source_ids is not None:
        stmt = stmt.where(sources.c.id.in_(source_ids))
    return [SourceSummary(*r) for r in conn.execute(stmt)]


def source(conn: Connection, source_id: int) -> Source | None:
    stmt = select(*_SUMMARY_COLS, sources.c.text).where(sources.c.id == source_id)
    r = conn.execute(stmt).first()
    return Source(*r) if r else None


def source_by_name(conn: Connection, name: str) -> SourceSummary | None:
    r = conn.execute(select(*_SUMMARY_COLS).where(sources.c.name == name)).first()
    return SourceSummary(*r) if r else None


def sources_by_hash(conn: Connection, content_hash: str) -> list[SourceSummary]:
    rows = conn.execute(select(*_SUMMARY_COLS).where(sources.c.content_hash == content_hash))
    return [SourceSummary(*r) for r in rows]


def source_texts(conn: Connection, source_ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for i in range(0, len(source_ids), 500):
        chunk = source_ids[i:i + 500]
        out.update(conn.execute(select(sources.c.id, sources.c.text)
                                .where(sources.c.id.in_(chunk))).all())
    return out


def source_file(conn: Connection, source_id: int) -> tuple[str, bytes] | None:
    r = conn.execute(select(source_files.c.file_name, source_files.c.data)
                     .where(source_files.c.source_id == source_id)).first()
    return (r[0], r[1]) if r else None


def turn_list(conn: Connection, source_id: int | None = None,
              speaker: str | None = None) -> list[Turn]:
    stmt = select(turns)
    if source_id is not None:
        stmt = stmt.where(turns.c.source_id == source_id)
    if speaker is not None:
        stmt = stmt.where(turns.c.speaker == speaker)
    stmt = stmt.order_by(turns.c.source_id, turns.c.start)
    return [Turn(r.id, r.source_id, r.ordinal, r.speaker, r.start, r.end, r.timestamp_ms,
                 bool(r.is_interviewer)) for r in conn.execute(stmt)]


def speaker_counts(conn: Connection) -> list[tuple[str, int]]:
    stmt = (select(turns.c.speaker, func.count()).group_by(turns.c.speaker)
            .order_by(func.count().desc()))
    return [(s, n) for s, n in conn.execute(stmt)]


# --- attributes and cases -----------------------------------------------------------------

def _attr(r) -> AttributeDef:
    choices = tuple(c for c in r.choices.split("\n") if c) if r.choices else ()
    return AttributeDef(r.id, r.name, r.value_type, r.applies_to, r.role, choices)


def attribute_list(conn: Connection, applies_to: str | None = None) -> list[AttributeDef]:
    stmt = select(attribute_defs).order_by(attribute_defs.c.sort_order, attribute_defs.c.id)
    if applies_to:
        stmt = stmt.where(attribute_defs.c.applies_to == applies_to)
    return [_attr(r) for r in conn.execute(stmt)]


def source_values(conn: Connection, source_id: int | None = None) -> dict[int, dict[int, str]]:
    """{source_id: {attribute_id: value}}."""
    stmt = select(source_attribute_values.c.source_id, source_attribute_values.c.attribute_id,
                  source_attribute_values.c.value)
    if source_id is not None:
        stmt = stmt.where(source_attribute_values.c.source_id == source_id)
    out: dict[int, dict[int, str]] = {}
    for sid, aid, value in conn.execute(stmt):
        out.setdefault(sid, {})[aid] = value
    return out


def case_values(conn: Connection) -> dict[int, dict[int, str]]:
    out: dict[int, dict[int, str]] = {}
    stmt = select(case_attribute_values.c.case_id, case_attribute_values.c.attribute_id,
                  case_attribute_values.c.value)
    for cid, aid, value in conn.execute(stmt):
        out.setdefault(cid, {})[aid] = value
    return out


def case_list(conn: Connection) -> list[Case]:
    members: dict[int, list[int]] = {}
    for cid, sid in conn.execute(select(case_sources.c.case_id, case_sources.c.source_id)):
        members.setdefault(cid, []).append(sid)
    return [Case(r.id, r.name, r.description, tuple(sorted(members.get(r.id, []))))
            for r in conn.execute(select(cases).order_by(cases.c.name))]


# --- codes and codings --------------------------------------------------------------------

def code_list(conn: Connection) -> list[Code]:
    stmt = select(codes).order_by(codes.c.sort_order, codes.c.name)
    return [Code(r.id, r.name, r.parent_id, r.color, r.definition, r.inclusion, r.exclusion,
                 r.sort_order) for r in conn.execute(stmt)]


def _coding(r) -> Coding:
    return Coding(r.id, r.source_id, r.code_id, r.coder_id, r.start, r.end, r.created_at,
                  bool(r.is_key_quote), r.memo)


def coding(conn: Connection, coding_id: int) -> Coding | None:
    r = conn.execute(select(codings).where(codings.c.id == coding_id)).first()
    return _coding(r) if r else None


def coding_list(conn: Connection, source_id: int | None = None,
                code_ids: list[int] | None = None, coder_id: int | None = None,
                coding_ids: list[int] | None = None, with_memo: bool = False) -> list[Coding]:
    stmt = select(codings)
    if with_memo:
        stmt = stmt.where(codings.c.memo != "")
    if coding_ids is not None:
        stmt = stmt.where(codings.c.id.in_(coding_ids))
    if source_id is not None:
        stmt = stmt.where(codings.c.source_id == source_id)
    if code_ids is not None:
        stmt = stmt.where(codings.c.code_id.in_(code_ids))
    if coder_id is not None:
        stmt = stmt.where(codings.c.coder_id == coder_id)
    stmt = stmt.order_by(codings.c.source_id, codings.c.start, codings.c.id)
    return [_coding(r) for r in conn.execute(stmt)]


def coding_counts(conn: Connection, code_ids: list[int] | None = None
                  ) -> dict[int, tuple[int, int]]:
    """{code_id: (codings, distinct sources)}, for all codes or only ``code_ids``."""
    stmt = select(codings.c.code_id, func.count(), func.count(codings.c.source_id.distinct())
                  ).group_by(codings.c.code_id)
    if code_ids is not None:
        stmt = stmt.where(codings.c.code_id.in_(code_ids))
    return {cid: (n, s) for cid, n, s in conn.execute(stmt)}


def coding_count_by_source(conn: Connection) -> dict[int, int]:
    stmt = select(codings.c.source_id, func.count()).group_by(codings.c.source_id)
    return {sid: n for sid, n in conn.execute(stmt)}


def coded_chars_by_source(conn: Connection, source_ids: list[int] | None = None
                          ) -> dict[int, int]:
    """Sum of coding lengths per source (overlaps counted twice; a progress indicator)."""
    stmt = select(codings.c.source_id, func.sum(codings.c.end - codings.c.start)
                  ).group_by(codings.c.source_id)
    if source_ids is not None:
        stmt = stmt.where(codings.c.source_id.in_(source_ids))
    return {sid: int(n or 0) for sid, n in conn.execute(stmt)}


def coding_segments(conn: Connection, code_ids: list[int], context: int,
                    limit: int | None = None, coding_ids: list[int] | None = None
                    ) -> list[tuple[Coding, str, str, str, str]]:
    """(coding, source name, text before, coded text, text after) for the codings of
    ``code_ids``, cut out by SQLite so whole transcripts never travel to Python."""
    # the larger of two values: SQLite's max(a, b), PostgreSQL's greatest(a, b)
    larger = func.greatest if conn.dialect.name == "postgresql" else func.max
    before_start = larger(1, codings.c.start + 1 - context)
    stmt = (select(codings, sources.c.name.label("source_name"),
                   func.substr(sources.c.text, before_start,
                               codings.c.start + 1 - before_start).label("before"),
                   func.substr(sources.c.text, codings.c.start + 1,
                               codings.c.end - codings.c.start).label("coded"),
                   func.substr(sources.c.text, codings.c.end + 1, context).label("after"))
            .join(sources, sources.c.id == codings.c.source_id)
            .where(codings.c.code_id.in_(code_ids))
            .order_by(sources.c.name, codings.c.start, codings.c.id))
    if coding_ids is not None:
        stmt = stmt.where(codings.c.id.in_(coding_ids))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(_coding(r), r.source_name, r.before, r.coded, r.after) for r in conn.execute(stmt)]


def memo_list(conn: Connection, source_id: int | None = None, code_id: int | None = None,
              project_only: bool = False) -> list[Memo]:
    stmt = select(memos).order_by(memos.c.created_at, memos.c.id)
    if project_only:
        stmt = stmt.where(memos.c.source_id.is_(None), memos.c.code_id.is_(None))
    if source_id is not None:
        stmt = stmt.where(memos.c.source_id == source_id)
    if code_id is not None:
        stmt = stmt.where(memos.c.code_id == code_id)
    return [Memo(r.id, r.text, r.coder_id, r.created_at, r.updated_at, r.source_id, r.code_id)
            for r in conn.execute(stmt)]


def counts(conn: Connection) -> dict[str, int]:
    def n(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    words = conn.execute(select(func.coalesce(func.sum(sources.c.word_count), 0))).scalar_one()
    return {"sources": n(sources), "words": int(words), "codes": n(codes),
            "codings": n(codings), "cases": n(cases), "memos": n(memos), "coders": n(coders),
            "turns": n(turns)}


# --- analysis (matrices and quotes over many codings) -------------------------------------

def coding_spans(conn: Connection, coder_ids: list[int] | None = None,
                 code_ids: list[int] | None = None) -> list[tuple]:
    """All codings as plain tuples in ``core.results.CodingSpan`` order (id, source_id,
    code_id, coder_id, start, end, is_key_quote), unordered. A matrix over 100,000 codings
    spends much of its time here, so this goes straight to the SQLite driver (inside the
    connection's transaction once another read has begun it)."""
    sql = 'SELECT id, source_id, code_id, coder_id, start, "end", is_key_quote FROM codings'
    where = []
    if coder_ids is not None:
        where.append(f"coder_id IN ({','.join(str(int(c)) for c in coder_ids) or 'NULL'})")
    if code_ids is not None:
        where.append(f"code_id IN ({','.join(str(int(c)) for c in code_ids) or 'NULL'})")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return conn.connection.driver_connection.execute(sql).fetchall()


def codings_by_ids(conn: Connection, coding_ids: list[int]) -> list[Coding]:
    out: list[Coding] = []
    ids = list(coding_ids)
    for i in range(0, len(ids), 500):
        stmt = select(codings).where(codings.c.id.in_(ids[i:i + 500]))
        out.extend(_coding(r) for r in conn.execute(stmt))
    out.sort(key=lambda c: (c.source_id, c.start, c.id))
    return out


def column_values(conn: Connection, table: str, column: str) -> dict[int, object]:
    """{id: value} of one column of a table with an ``id`` key (guids for REFI-QDA exchange,
    who imported a source, ...)."""
    from .tables import TABLES

    t = TABLES[table]
    return {i: v for i, v in conn.execute(select(t.c.id, t.c[column]))}
