"""Sharing a pseudonymised project: the key as CSV, and a copy for an assistant or co-author
with pseudonymised text only and no key.

A part of ``PseudonymisationService`` (``project.pseudonymisation``), kept in its own module.
"""
from __future__ import annotations

import csv
import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..pseudonymise.replace import form_key
from ..store import pseudo_store
from ..store.database import Database, utcnow
from ..store.writer import Writer
from . import export_log
from .export_guard import MetadataScrubber, write_guarded
from .key_state import needs_key

SALT_KEY = "pseudonym_salt"  # project_meta: the seed of this project's pseudonyms


catalogue({
    "sharing.retire_open": (
        ("{n} suggestion is still open; review it before the originals are deleted.",
         "{n} suggestions are still open; review them before the originals are deleted."),
        ("{n} förslag är fortfarande öppet; granska det innan originalen raderas.",
         "{n} förslag är fortfarande öppna; granska dem innan originalen raderas.")),
    "sharing.retire_no_key": (
        "The project has no pseudonymisation key: there are no originals to delete.",
        "Projektet har ingen pseudonymiseringsnyckel: det finns inga original att radera."),
    "sharing.open_suggestions": (
        ("{n} suggestion is still open; review it (or export with open suggestions allowed) "
         "before sharing a copy.",
         "{n} suggestions are still open; review them (or export with open suggestions "
         "allowed) before sharing a copy."),
        ("{n} förslag är fortfarande öppet; granska det (eller exportera med öppna förslag "
         "tillåtna) innan du delar en kopia.",
         "{n} förslag är fortfarande öppna; granska dem (eller exportera med öppna förslag "
         "tillåtna) innan du delar en kopia.")),
})

# Text columns of a shared copy that may carry an original (source text is pseudonymised
# separately, with the offset map; the rest is scrubbed like a quote).
_METADATA_COLUMNS = (
    ("coders", ("name",)), ("memos", ("text",)), ("cases", ("name", "description")),
    ("attribute_defs", ("name", "choices")), ("source_attribute_values", ("value",)),
    ("case_attribute_values", ("value",)),
    ("codes", ("name", "definition", "inclusion", "exclusion")),
    ("export_log", ("coder", "file_name")))
_UNIQUE_NAMES = {"coders", "cases", "codes", "attribute_defs"}


@dataclass
class RetireReport:
    sources: int
    replacements: int
    codings: int


@dataclass
class CopyReport:
    path: str
    sources: int
    replacements: int
    codings: int
    open_suggestions: int
    metadata_replaced: int = 0  # titles, names, values, memos written in pseudonymised form


class Sharing:
    """Mixin of ``PseudonymisationService``; uses its reads, ``pseudonymised``, ``scrub``,
    ``guard_file`` and log."""

    # --- the key ---------------------------------------------------------------------------
    @needs_key
    def export_key(self, path: str | Path) -> int:
        """Write the key as CSV (UTF-8 with BOM for Excel): original, type, replacement under
        the current policy, pseudonym, code, label, own replacement, occurrences accepted and
        rejected, who created it and when. Returns the number of rows. Logged."""
        rows = self._read(pseudo_store.key_rows)
        occ = self._read(pseudo_store.suggestion_rows)
        coders = {c.id: c.name for c in self.p.coders()}
        book, policy = self._book(rows), self.policy()
        accepted = Counter(o["key_id"] for o in occ if o["status"] == "accepted")
        rejected = Counter(form_key(o["text"], o["type"]) for o in occ
                           if o["status"] == "rejected")
        path = Path(path)

        def write(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                out = csv.writer(f)
                out.writerow(("original", "type", "replacement", "pseudonym", "code", "label",
                              "own_replacement", "gender", "accepted", "rejected",
                              "created_by", "created_at"))
                for r in rows:
                    out.writerow((r["original"], r["type"],
                                  book.replacement(r["original"], r["type"], policy),
                                  r["pseudonym"], r["code"], r["label"], r["replacement"],
                                  r["gender"] or "", accepted.get(r["id"], 0),
                                  rejected.get(form_key(r["original"], r["type"]), 0),
                                  coders.get(r["created_by"], ""), r["created_at"]))
        # the key IS the originals: no guard; its file name is logged in pseudonymised form
        logged = self.metadata_scrubber().file_name(path.name)
        try:
            write_guarded(path, write, None, "")
        except Exception as e:
            export_log.record(self.p, "key", logged, e)
            raise
        export_log.record(self.p, "key", logged,
                          also=lambda w: self._log_in(w, "key exported", logged))
        return len(rows)

    # --- metadata ----------------------------------------------------------------------
    def metadata_scrubber(self) -> MetadataScrubber:
        """Replaces the key's originals in titles, names, values and memos (as in quotes),
        counting the strings it changed; the key is read once."""
        book, policy, matcher = self._key_tools()
        return MetadataScrubber(lambda text: self.scrub(text, book, policy, matcher))

    # --- the shared copy -------------------------------------------------------------------
    def _pseudonymise_all(self, progress: Progress,
                          source_ids: set[int] | None = None) -> tuple[list, dict]:
        """Every source's text (or those of ``source_ids``) as the key makes it (for a shared
        copy or the retirement of the originals): (the sources, {source id: pseudonymised
        text and offset map})."""
        book, policy, matcher = self._key_tools()
        sources = [s for s in self.p.sources.list()
                   if source_ids is None or s.id in source_ids]
        done: dict = {}
        for i, s in enumerate(sources):
            progress.step(i, len(sources) + 2, s.name)
            done[s.id] = self.pseudonymised(s.id, book, policy, matcher)
        return sources, done

    def export_copy(self, dest: str | Path, progress: Progress | None = None,
                    allow_open: bool = False, source_ids: set[int] | None = None,
                    prepare=None, kind: str = "copy") -> CopyReport:
        """A copy of the project for an assistant or co-author: pseudonymised text only (codings
        and turns moved with the offset map), original files dropped, names, values, memos and
        the title in their pseudonymised form, the key, the known list and every suggestion
        removed, the file vacuumed.

        The copy is made in a private working folder, read back by the export guard (every
        text column, the raw bytes) and only then moved to ``dest``: a kill at any moment
        leaves nothing or the finished copy at the destination.

        A copy for a coder (``services.coder_copy``) keeps only ``source_ids`` and runs
        ``prepare(w)`` in the copy's transaction (the others deleted, the coder set)."""
        dest = Path(dest)
        scrubber = self.metadata_scrubber()
        dest = dest.with_name(scrubber.file_name(dest.name))
        if dest.exists():
            raise UserError(msg("export.exists", path=dest))
        progress = progress or Progress()
        summary = self.summary()
        if summary["open"] and not allow_open:
            raise UserError(msg("sharing.open_suggestions", n=summary["open"]))
        sources, done = self._pseudonymise_all(progress, source_ids)
        n_codings = 0

        def write(tmp: Path) -> None:
            nonlocal n_codings
            self.p.db.copy_to(tmp)
            copy = Database.open(tmp)
            try:
                with copy.write() as w:
                    if prepare is not None:  # first: the sources left out are not rewritten
                        prepare(w)
                    n_codings = _rewrite_copy(w, done, scrubber)
            finally:
                copy.close()
            progress.step(len(sources) + 1, len(sources) + 2, str(msg("progress.compacting")))
            pseudo_store.compact(tmp)

        write_guarded(dest, write, self, msg(f"export.what.{kind}"), overwrite=False,
                      project=self.p, kind=kind,
                      also=lambda w: self._log_in(w, "shared copy", dest.name))
        progress.step(len(sources) + 2, len(sources) + 2, "")
        return CopyReport(str(dest), len(sources), sum(len(d.replacements)
                                                       for d in done.values()),
                          n_codings, summary["open"], scrubber.replaced)


    # --- the end of a study ------------------------------------------------------------
    @needs_key
    def retire_originals(self, progress: Progress | None = None) -> RetireReport:
        """At the end of a study: the project's own texts replaced by their pseudonymised form
        (codings and turns moved as in a shared copy), names, values and memos pseudonymised,
        original files, the key, the known list and every suggestion deleted, in one
        transaction that is not undoable (the undo history, which holds originals, is
        cleared) and is logged; then the file is vacuumed so no deleted byte remains in it or
        its WAL. No backup is made: the point is that the originals are gone."""
        self.p.check_writable()
        if not self.active():
            raise UserError(msg("sharing.retire_no_key"))
        progress = progress or Progress()
        summary = self.summary()
        if summary["open"]:
            raise UserError(msg("sharing.retire_open", n=summary["open"]))
        scrubber = self.metadata_scrubber()
        sources, done = self._pseudonymise_all(progress)
        logged = scrubber.file_name(self.p.path.name)

        def do(w: Writer) -> int:
            n = _rewrite_copy(w, done, scrubber, copy=False)
            export_log.log_row(w, self.p, "retire", logged)
            return n
        n_codings = self.p.mutate(msg("exportlog.undo.retire"), do, undoable=False).result
        self.p.undo_stack.clear()
        progress.step(len(sources) + 1, len(sources) + 2, "compacting")
        self.p.db.compact()
        progress.step(len(sources) + 2, len(sources) + 2, "")
        return RetireReport(len(sources), sum(len(d.replacements) for d in done.values()),
                            n_codings)


def _rewrite_copy(w: Writer, done: dict, scrub, copy: bool = True, mark: bool = True) -> int:
    """In the shared copy: pseudonymised text, moved codings and turns, no original files, no
    key. Returns the number of codings moved. ``mark=False`` (a key split) leaves the marker
    of a copy or a retirement out."""
    n = 0
    for sid, ps in done.items():
        src = w.get("sources", sid)
        name = scrub(src["name"])
        if name != src["name"] and w.find("sources", name=name):
            name = f"{name} ({sid})"
        w.update("sources", sid, {
            "text": ps.text, "name": name, "original_file_name": scrub(src["original_file_name"]),
            "char_count": len(ps.text), "word_count": len(ps.text.split()),
            "content_hash": hashlib.sha256(ps.text.encode("utf-8")).hexdigest()})
        w.delete_where("source_files", source_id=sid)
        for c in w.find("codings", source_id=sid):
            start, end = ps.offsets.span_to_new(c["start"], c["end"])
            w.update("codings", c["id"], {"start": start, "end": max(end, start + 1),
                                          "memo": scrub(c["memo"])})
            n += 1
        for t in w.find("turns", source_id=sid):
            start, end = ps.offsets.span_to_new(t["start"], t["end"])
            w.update("turns", t["id"], {"start": start, "end": end,
                                        "speaker": scrub(t["speaker"])})
    for table, columns in _METADATA_COLUMNS:
        taken: set = set()
        for row in w.find(table):
            values = {c: scrub(row[c]) for c in columns if row[c]}
            values = {c: v for c, v in values.items() if v != row[c]}
            if "choices" in values:  # two schools may now read the same: list each once
                values["choices"] = "\n".join(dict.fromkeys(values["choices"].split("\n")))
            if table in _UNIQUE_NAMES and "name" in values:
                unique = (row.get("parent_id"), values["name"].casefold())
                if unique in taken or any(
                        r["name"] == values["name"] for r in w.find(table, name=values["name"])
                        if r.get("parent_id") == row.get("parent_id")):
                    values["name"] = f"{values['name']} ({row['id']})"
                taken.add((row.get("parent_id"), values["name"].casefold()))
            if values:
                w.update(table, row["id"], values)
    for row in w.find("project_meta"):
        if row["key"] != SALT_KEY:
            new = scrub(row["value"])
            if new != row["value"]:
                w.update("project_meta", row["key"], {"value": new})
    for row in w.find("pseudo_policy"):
        if row["label"] and scrub(row["label"]) != row["label"]:
            w.update("pseudo_policy", row["type"], {"label": scrub(row["label"])})
    for table in ("pseudo_suggestions", "pseudo_decisions", "pseudo_sources", "pseudo_log",
                  "pseudo_known", "pseudo_key"):
        for row in w.find(table):
            pk = row.get("id", row.get("source_id"))
            w.delete(table, pk)
    if w.get("project_meta", SALT_KEY):
        w.delete("project_meta", SALT_KEY)
    if copy and w.get("project_meta", "key_split"):  # a copy of a split project: a plain copy
        w.delete("project_meta", "key_split")
    if not mark:
        return n
    name = w.get("project_meta", "name")
    if name and copy:
        w.update("project_meta", "name", {"value": f"{name['value']} (pseudonymiserad kopia)"})
    marker = "pseudonymised_copy" if copy else "originals_retired"
    value = "1" if copy else utcnow().isoformat()
    if w.get("project_meta", marker):
        w.update("project_meta", marker, {"value": value})
    else:
        w.insert("project_meta", {"key": marker, "value": value})
    return n
