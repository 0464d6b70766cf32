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
from ..pseudonymise.replace import form_key
from ..store import pseudo_store
from ..store.database import Database
from ..store.writer import Writer

SALT_KEY = "pseudonym_salt"  # project_meta: the seed of this project's pseudonyms


@dataclass
class CopyReport:
    path: str
    sources: int
    replacements: int
    codings: int
    open_suggestions: int


class Sharing:
    """Mixin of ``PseudonymisationService``; uses its reads, ``pseudonymised``, ``scrub``,
    ``guard_export`` and log."""

    # --- the key ---------------------------------------------------------------------------
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
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(("original", "type", "replacement", "pseudonym", "code", "label",
                          "own_replacement", "gender", "accepted", "rejected", "created_by",
                          "created_at"))
            for r in rows:
                out.writerow((r["original"], r["type"],
                              book.replacement(r["original"], r["type"], policy),
                              r["pseudonym"], r["code"], r["label"], r["replacement"],
                              r["gender"] or "", accepted.get(r["id"], 0),
                              rejected.get(form_key(r["original"], r["type"]), 0),
                              coders.get(r["created_by"], ""), r["created_at"]))
        self.p.mutate("Log key export", lambda w: self._log_in(w, "key exported", path.name),
                      undoable=False)
        return len(rows)

    # --- the shared copy -------------------------------------------------------------------
    def export_copy(self, dest: str | Path, progress: Progress | None = None,
                    allow_open: bool = False) -> CopyReport:
        """A copy of the project for an assistant or co-author: pseudonymised text only (codings
        and turns moved with the offset map), original files dropped, free texts scrubbed,
        the key, the known list and every suggestion removed, the file vacuumed. The copy is
        checked with the export guard and deleted again if any original remains."""
        dest = Path(dest)
        if dest.exists():
            raise UserError(f"A file already exists at {dest}.")
        progress = progress or Progress()
        summary = self.summary()
        if summary["open"] and not allow_open:
            raise UserError(f"{summary['open']} suggestions are still open; review them (or "
                            f"export with open suggestions allowed) before sharing a copy.")
        book, policy, matcher = self._key_tools()
        sources = self.p.sources.list()
        done: dict = {}
        for i, s in enumerate(sources):
            progress.step(i, len(sources) + 2, s.name)
            done[s.id] = self.pseudonymised(s.id, book, policy, matcher)
        self.p.db.copy_to(dest)
        n_codings = 0
        try:
            copy = Database.open(dest)
            try:
                with copy.write() as w:
                    n_codings = _rewrite_copy(w, done, lambda t: self.scrub(t, book, policy,
                                                                            matcher))
            finally:
                copy.close()
            progress.step(len(sources) + 1, len(sources) + 2, "compacting")
            pseudo_store.compact(dest)
            self._verify_copy(dest)
        except BaseException:
            for suffix in ("", "-wal", "-shm"):
                Path(str(dest) + suffix).unlink(missing_ok=True)
            raise
        progress.step(len(sources) + 2, len(sources) + 2, "")
        self.p.mutate("Log shared copy", lambda w: self._log_in(w, "shared copy", dest.name),
                      undoable=False)
        return CopyReport(str(dest), len(sources), sum(len(d.replacements)
                                                       for d in done.values()),
                          n_codings, summary["open"])

    def _verify_copy(self, dest: Path) -> None:
        from .project import Project

        with Project.open(dest, coder=self.p.coder.name) as shared:
            texts: dict[str, str] = {}
            for s in shared.sources.list():
                texts[f"source {s.name}"] = shared.sources.get(s.id).text
                texts[f"name of source {s.id}"] = s.name
            for m in shared.memos.list():
                texts[f"memo {m.id}"] = m.text
            for c in shared.codings.all():
                if c.memo:
                    texts[f"memo of coding {c.id}"] = c.memo
            for t in shared.sources.turns():
                texts[f"speaker of turn {t.id}"] = t.speaker
        self.guard_export(texts, "The shared copy")


def _rewrite_copy(w: Writer, done: dict, scrub) -> int:
    """In the shared copy: pseudonymised text, moved codings and turns, no original files, no
    key. Returns the number of codings moved."""
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
    for table, columns in (("memos", ("text",)), ("cases", ("name", "description")),
                           ("source_attribute_values", ("value",)),
                           ("case_attribute_values", ("value",)),
                           ("codes", ("name", "definition", "inclusion", "exclusion"))):
        for row in w.find(table):
            values = {c: scrub(row[c]) for c in columns if row[c]}
            values = {c: v for c, v in values.items() if v != row[c]}
            if values:
                w.update(table, row["id"], values)
    for row in w.find("project_meta"):
        if row["key"] != SALT_KEY:
            new = scrub(row["value"])
            if new != row["value"]:
                w.update("project_meta", row["key"], {"value": new})
    for table in ("pseudo_suggestions", "pseudo_decisions", "pseudo_sources", "pseudo_log",
                  "pseudo_known", "pseudo_key"):
        for row in w.find(table):
            pk = row.get("id", row.get("source_id"))
            w.delete(table, pk)
    if w.get("project_meta", SALT_KEY):
        w.delete("project_meta", SALT_KEY)
    name = w.get("project_meta", "name")
    if name:
        w.update("project_meta", "name", {"value": f"{name['value']} (pseudonymiserad kopia)"})
    if w.get("project_meta", "pseudonymised_copy"):
        w.update("project_meta", "pseudonymised_copy", {"value": "1"})
    else:
        w.insert("project_meta", {"key": "pseudonymised_copy", "value": "1"})
    return n
