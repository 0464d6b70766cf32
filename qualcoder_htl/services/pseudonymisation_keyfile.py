"""The pseudonymisation key kept apart: move it out of the project into a key file encrypted
with its own passphrase (``split_key``), and bring it back to re-identify (``join_key``).

Split makes the project what a shared copy is, in place: every source's text replaced by its
pseudonymised form (codings and speaker turns moved with the offset map), names, values, memos
and the title in pseudonymised form, the original files, the key, the known list and every
suggestion and decision removed (``pseudonymisation_sharing._rewrite_copy``). The row images of
everything that rewrite changed or deleted go into the key file (``store.key_file``) with each
source's replacements. The order is crash-safe: the rewrite runs in the transaction (deleted
content zeroed, the search index rebuilt from the new text, so the committed pages hold no
original even if the vacuum never runs), is checked by the export guard's matcher (no original
of the key or the known list left in any text column of any table), the key file is written
whole and read back with the passphrase, and only then does the transaction commit; the file
is then vacuumed (``Database.compact``) and the project's backups beside it, which hold the
originals, are deleted. A kill before the commit leaves the
project as it was (and perhaps a finished key file); after it, the project is split and the
key file whole.

While the key is apart the project opens with the pseudonymised text only: coding, analysis
and exports work as in a shared copy (the project has no key, so there is nothing to replace);
detection, review, the known list, the key export, re-identification and text edits are
refused with ``keysplit.kept_apart``.

Join restores the row images where the project still holds what the split wrote (a name, memo
or value changed while split keeps its new form), re-inserts what was deleted, and moves every
coding and turn back into the original text: a span the split moved and nobody changed gets
its exact former offsets, any other (made or resized while split) is converted with the offset
map, as a shared copy's are. Neither is an undo step: undoing a split would put the originals
back without the key file, undoing a join would leave them in the file's free pages; the undo
history (which may hold originals, or offsets of the other text) is cleared by both, as by the
retirement of the originals. Both are recorded in the export log with the key file's name only.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..pseudonymise.guard import ExportRefused, find_leaks
from ..pseudonymise.offsets import OffsetMap, Replacement
from ..store import key_file, pseudo_store
from ..store.database import utcnow
from ..store.writer import Writer
from . import export_log
from .key_state import SPLIT_KEY, key_kept_apart
from .pseudonymisation_sharing import _rewrite_copy

PROJECT_ID = "project_id"  # project_meta: which project a key file belongs to

catalogue({
    "keysplit.already": (
        "The key of {name} is already kept apart in a key file.",
        "Nyckeln till {name} förvaras redan separat i en nyckelfil."),
    "keysplit.nothing": (
        "{name} has no pseudonymisation key to move: nothing was changed.",
        "{name} har ingen pseudonymiseringsnyckel att flytta: inget ändrades."),
    "keysplit.open": (
        ("{n} suggestion is still open; review it before the key is moved out.",
         "{n} suggestions are still open; review them before the key is moved out."),
        ("{n} förslag är fortfarande öppet; granska det innan nyckeln flyttas ut.",
         "{n} förslag är fortfarande öppna; granska dem innan nyckeln flyttas ut.")),
    "keysplit.unverified": (
        "The key file {name} did not read back as written; the key stays in the project.",
        "Nyckelfilen {name} gick inte att läsa tillbaka som den skrevs; nyckeln ligger kvar "
        "i projektet."),
    "keyjoin.not_split": (
        "The key of {name} is not kept apart: there is nothing to bring back.",
        "Nyckeln till {name} förvaras inte separat: det finns inget att hämta tillbaka."),
    "keyjoin.wrong_project": (
        "{file} is the key file of another project, not of {name}.",
        "{file} är nyckelfilen till ett annat projekt, inte till {name}."),
    "keyjoin.other_split": (
        "{file} belongs to {name}, but to an earlier split of its key, not the current one.",
        "{file} hör till {name}, men till en tidigare delning av nyckeln, inte den nuvarande."),
    "keysplit.what": ("Moving the key to a key file", "Flytten av nyckeln till en nyckelfil"),
    "keysplit.undo.split": ("Move the key to a key file", "Flytta nyckeln till en nyckelfil"),
    "keysplit.undo.join": ("Bring the key back", "Hämta tillbaka nyckeln"),
    "keysplit.progress.writing": ("writing the key file", "skriver nyckelfilen"),
})

TEXT_COLUMNS = ("text", "char_count", "word_count", "content_hash")
SPAN_TABLES = ("codings", "turns")
UNIQUE_NAMES = {"sources", "coders", "cases"}  # codes and attributes: name per parent/target


@dataclass
class SplitReport:
    key_file: str
    sources: int
    replacements: int
    codings: int
    backups_deleted: int


@dataclass
class JoinReport:
    sources: int
    codings: int
    rows: int


# --- split ---------------------------------------------------------------------------------

def check_split(project, path: str | Path | None = None) -> None:
    """Refuse, before a passphrase is asked for, a split that cannot be made: the key already
    apart (a split killed before its vacuum is vacuumed now), no key, the file taken, open
    suggestions."""
    p = project
    p.check_writable()
    pseudo = p.pseudonymisation
    if key_kept_apart(p):
        p.db.compact()
        raise UserError(msg("keysplit.already", name=p.path.name))
    if not pseudo.active() and not pseudo.known():
        raise UserError(msg("keysplit.nothing", name=p.path.name))
    if path is not None and Path(path).exists():
        raise UserError(msg("keyfile.exists", name=Path(path).name))
    summary = pseudo.summary()
    if summary["open"]:
        raise UserError(msg("keysplit.open", n=summary["open"]))


def check_join(project) -> None:
    """Refuse, before a passphrase is asked for, a join of a project whose key is not apart."""
    project.check_writable()
    if not key_kept_apart(project):
        raise UserError(msg("keyjoin.not_split", name=project.path.name))


def split_key(project, path: str | Path, passphrase: str,
              progress: Progress | None = None) -> SplitReport:
    """Move the key and every original out of the project into a new key file at ``path``."""
    p, path = project, Path(path)
    check_split(p, path)
    pseudo = p.pseudonymisation
    progress = progress or Progress()
    identifiers = pseudo.guard_identifiers()
    scrubber = pseudo.metadata_scrubber()
    sources, done = pseudo._pseudonymise_all(progress)
    logged = scrubber.file_name(path.name)
    project_id = p.meta().get(PROJECT_ID) or str(uuid.uuid4())
    key_file_id = str(uuid.uuid4())

    def do(w: Writer) -> int:
        pseudo_store.zero_deleted_in(w)
        if w.get("project_meta", PROJECT_ID) is None:
            w.insert("project_meta", {"key": PROJECT_ID, "value": project_id})
        first = len(w.ops)
        n = _rewrite_copy(w, done, scrubber, copy=False, mark=False)
        ops = list(w.ops[first:])
        _refuse_leaks(w, identifiers)
        pseudo_store.rebuild_index_in(w)
        guids = {sid: w.get("sources", sid, ("guid",))["guid"] for sid in done}
        offsets = {guids[sid]: {"old_length": ps.offsets.old_length,
                                "replacements": [[r.start, r.end, r.new]
                                                 for r in ps.replacements]}
                   for sid, ps in done.items()}
        progress.step(len(sources), len(sources) + 2, str(msg("keysplit.progress.writing")))
        meta = {PROJECT_ID: project_id, "key_file_id": key_file_id,
                "created_at": utcnow().isoformat(), "rows": str(len(ops))}
        digest = key_file.write(path, passphrase, meta, ops, offsets)
        try:
            back = key_file.read(path, passphrase)
            if back.meta.get("key_file_id") != key_file_id or len(back.ops) != len(ops):
                raise UserError(msg("keysplit.unverified", name=path.name))
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        w.insert("project_meta", {"key": SPLIT_KEY, "value": json.dumps({
            "key_file_id": key_file_id, "sha256": digest, "file_name": logged,
            "at": utcnow().isoformat()})})
        export_log.log_row(w, p, "key_split", logged)
        coder = w.get("coders", p.coder.id) if p.coder.id is not None else None
        if coder is not None:  # logged under the coder's name as the split left it
            w.update("export_log", w.ops[-1].pk, {"coder": coder["name"]})
        return n

    try:
        n_codings = p.mutate(msg("keysplit.undo.split"), do, undoable=False).result
    except Exception as e:
        _record_failure(p, "key_split", logged, e)
        raise
    p.undo_stack.clear()
    if p.coder.id is not None:  # the coder's own name may have been an original too
        p.set_coder(next(c.name for c in p.coders() if c.id == p.coder.id))
    progress.step(len(sources) + 1, len(sources) + 2, str(msg("progress.compacting")))
    p.db.compact()
    backups = set(pseudo_store.backups_of(p.path))
    if p.backup_dir is not None:
        backups |= set(pseudo_store.backups_of(p.path, Path(p.backup_dir)))
    for b in backups:
        b.unlink(missing_ok=True)
    progress.step(len(sources) + 2, len(sources) + 2, "")
    return SplitReport(path.name, len(sources),
                       sum(len(d.replacements) for d in done.values()), n_codings, len(backups))


def _record_failure(project, kind: str, name: str, error: Exception) -> None:
    try:
        export_log.record(project, kind, name, error)
    except UserError:  # busy or read-only: the failure itself is what to show
        pass


def _refuse_leaks(w: Writer, identifiers) -> None:
    """The export guard's check of a shared copy's every text column, inside the
    transaction: an original the rewrite could not replace stops the split."""
    texts = {}
    for table, columns in pseudo_store.text_columns().items():
        for row in w.find(table):
            pk = row.get("id", row.get("key", row.get("source_id", row.get("type"))))
            texts.update({f"{table} {c} {pk}": row[c] for c in columns if row.get(c)})
    leaks = find_leaks(texts, identifiers)
    if leaks:
        raise ExportRefused(leaks, msg("keysplit.what"))


# --- join ----------------------------------------------------------------------------------

def join_key(project, path: str | Path, passphrase: str) -> JoinReport:
    """Bring the key back from the key file at ``path``: originals, key and codings restored."""
    p, path = project, Path(path)
    check_join(p)
    split = p.meta()[SPLIT_KEY]
    try:
        contents = key_file.read(path, passphrase)
    except UserError as e:  # a wrong passphrase is worth a line in the log
        _record_failure(p, "key_join", path.name, e)
        raise
    if contents.meta.get(PROJECT_ID) != p.meta().get(PROJECT_ID):
        raise UserError(msg("keyjoin.wrong_project", file=path.name, name=p.path.name))
    if contents.meta.get("key_file_id") != json.loads(split).get("key_file_id"):
        raise UserError(msg("keyjoin.other_split", file=path.name, name=p.path.name))

    def do(w: Writer) -> JoinReport:
        report = _restore_in(w, contents)
        w.delete("project_meta", SPLIT_KEY)
        pseudo = p.pseudonymisation
        book = pseudo._book_in(w)
        scrubbed = pseudo.scrub(path.name, book, pseudo.policy(),
                                None) if book.entries else path.name
        export_log.log_row(w, p, "key_join", scrubbed.replace("/", "-"))
        return report

    try:
        # not ``mutate``: its coder row would be written first, under the coder's name as it
        # is while split; the restored row (the coder's own) is the one to record
        with p.db.write() as w:
            report = do(w)
    except Exception as e:
        _record_failure(p, "key_join", path.name, e)
        raise
    p.record(msg("keysplit.undo.join"), w.ops, undoable=False)
    names = {c.id: c.name for c in p.coders()}  # the coder's own row, as restored or merged
    p.set_coder(names.get(p.coder.id, p.coder.name))
    p.undo_stack.clear()
    return report


def _restore_in(w: Writer, contents: key_file.KeyFileContents) -> JoinReport:
    ops = contents.ops
    current = {r["guid"]: r for r in w.find("sources")}
    split_texts = {op.pk: op.after["text"] for op in ops
                   if op.table == "sources" and op.op == "update" and "text" in op.after}
    maps: dict[int, OffsetMap] = {}
    for guid, off in contents.offsets.items():
        src = current.get(guid)
        if src is None or src["text"] != split_texts.get(src["id"], src["text"]):
            continue  # deleted while split (or changed behind our back): nothing to move
        maps[src["id"]] = OffsetMap(off["old_length"], [Replacement(a, b, new)
                                                        for a, b, new in off["replacements"]])
    moved = {(op.table, op.pk): op for op in ops if op.table in SPAN_TABLES
             and op.op == "update" and ("start" in op.after or "end" in op.after)}
    n_codings = 0
    for table in SPAN_TABLES:
        for sid, offsets in maps.items():
            for row in w.find(table, source_id=sid):
                start, end = offsets.span_to_old(row["start"], row["end"])
                if table == "codings":
                    end = max(end, start + 1)
                op = moved.get((table, row["id"]))
                if op is not None and all(row[c] == v for c, v in op.after.items()
                                          if c in ("start", "end")):  # as the split left it
                    start = op.before.get("start", start) if "start" in op.after else start
                    end = op.before.get("end", end) if "end" in op.after else end
                w.update(table, row["id"], {"start": start, "end": end})
                n_codings += table == "codings"
    sources_alive = {r["id"] for r in current.values()}
    rows = 0
    for op in reversed(ops):
        if op.op == "delete":
            rows += _reinsert(w, op, sources_alive)
        elif op.op == "update":
            rows += _revert_columns(w, op, maps)
    return JoinReport(len(maps), n_codings, rows)


def _reinsert(w: Writer, op, sources_alive: set) -> int:
    row = op.before
    if w.get(op.table, op.pk) is not None:
        return 0
    if row.get("source_id") is not None and row["source_id"] not in sources_alive:
        return 0  # its source was deleted while the key was apart
    w.insert(op.table, row)
    return 1


def _revert_columns(w: Writer, op, maps: dict) -> int:
    row = w.get(op.table, op.pk)
    if row is None:
        return 0
    values = {}
    for col, after in op.after.items():
        if op.table in SPAN_TABLES and col in ("start", "end"):
            continue
        if op.table == "sources" and col in TEXT_COLUMNS and op.pk not in maps:
            continue
        if row.get(col) != after:
            continue  # changed while split: the new form stays
        before = op.before[col]
        if col == "name" and op.table == "coders":
            _merge_coder(w, op.pk, before)
        elif col == "name" and _name_taken(w, op.table, op.pk, before, row):
            continue
        values[col] = before
    if values:
        w.update(op.table, op.pk, values)
    return 1 if values else 0


def _merge_coder(w: Writer, coder_id: int, name: str) -> None:
    """A coder who worked while the key was apart, under a name the split had replaced, got a
    new row: their work goes back to their own row, and the new one goes."""
    for twin in w.find("coders", name=name):
        if twin["id"] == coder_id:
            continue
        for table, column in pseudo_store.references_to("coders"):
            for ref in w.find(table, **{column: twin["id"]}):
                pk = ref.get("id", ref.get("source_id"))
                w.update(table, pk, {column: coder_id})
        w.delete("coders", twin["id"])


def _name_taken(w: Writer, table: str, pk, name: str, row: dict) -> bool:
    if table in UNIQUE_NAMES:
        return any(r["id"] != pk for r in w.find(table, name=name))
    if table == "codes":
        return any(r["id"] != pk for r in w.find(table, name=name, parent_id=row["parent_id"]))
    if table == "attribute_defs":
        return any(r["id"] != pk for r in w.find(table, name=name,
                                                 applies_to=row["applies_to"]))
    return False
