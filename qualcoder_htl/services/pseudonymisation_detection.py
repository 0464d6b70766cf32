"""Detection for the pseudonymisation service: the detector a project's known identifiers
and key make, run over the sources off any transaction, then stored in one undoable step
(forms already decided are decided at once in new sources too)."""
from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.errors import Cancelled
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..pseudonymise.known import KnownIdentifier
from ..pseudonymise.replace import form_key
from ..store import pseudo_store, reads
from ..store.database import utcnow
from ..store.writer import Writer
from .key_state import needs_key

if TYPE_CHECKING:  # importing the detector compiles its patterns (about a second): the
    # project opens without it, and a background thread or the first detection imports it
    from ..pseudonymise.detector import Detector

catalogue({
    "pseudo.undo.detect": (
        ("Detect identifiers in {n} source",
         "Detect identifiers in {n} sources"),
        ("Sök identifierande uppgifter i {n} källa",
         "Sök identifierande uppgifter i {n} källor")),
})


@dataclass(frozen=True)
class DetectionResult:
    sources: int  # sources detected
    suggestions: int  # new suggestions stored
    decided: int  # of those, decided at once by a standing decision
    cancelled: bool = False


class Detection:
    """The detection half of ``PseudonymisationService`` (which gives ``p``, ``known()``,
    ``key_entries()``, ``_book_in`` and ``_key_id_in``)."""

    @staticmethod
    def preload_in_background() -> threading.Thread:
        """Import the detector and load its lists and model in a daemon thread (when a project
        opens), so that neither the window nor the review panel waits for them."""
        thread = threading.Thread(target=_preload_quietly, name="detector-preload",
                                  daemon=True)
        thread.start()
        return thread

    def detector(self) -> Detector:
        """A detector that knows the project's known identifiers and its key."""
        known = []
        for r in self.known():
            variants = tuple(v for v in r["variants"].split("\n") if v.strip())
            known.append(KnownIdentifier(r["text"], r["type"], None, variants))
        for e in self.key_entries():
            known.append(KnownIdentifier(e.original, e.type, e.id))
        from ..pseudonymise.detector import Detector, DetectorOptions
        return Detector(known, DetectorOptions())

    @needs_key
    def detect(self, progress: Progress | None = None, source_ids: Iterable[int] | None = None,
               redo: bool = False) -> DetectionResult:
        """Detect identifiers in the sources never detected (all of them with ``redo``, or the
        ones named). Cancelling keeps the sources already done."""
        found, cancelled = self._find(progress, source_ids, redo)
        if not found:
            return DetectionResult(0, 0, 0, cancelled)
        counts = {"new": 0, "decided": 0}
        self.p.mutate(msg("pseudo.undo.detect", n=len(found)),
                      lambda w: self._store_found_in(w, found, counts))
        return DetectionResult(len(found), counts["new"], counts["decided"], cancelled)

    def _find(self, progress: Progress | None, source_ids: Iterable[int] | None = None,
              redo: bool = False) -> tuple[dict[int, list], bool]:
        """Run detection outside any transaction: (suggestions per source, cancelled)."""
        progress = progress or Progress()
        with self.p.db.read() as conn:
            done = {r["source_id"] for r in pseudo_store.source_state_rows(conn)
                    if r["detected_at"] is not None}
            summaries = reads.source_list(conn)
        wanted = set(source_ids) if source_ids is not None else None
        todo = [s for s in summaries if (wanted is None or s.id in wanted)
                and (redo or wanted is not None or s.id not in done)]
        detector = self.detector()
        found: dict[int, list] = {}
        texts: dict[int, str] = {}
        cancelled = False
        try:
            for i, s in enumerate(todo):
                progress.step(i, len(todo), s.name)
                texts[s.id] = self.p.sources.texts([s.id])[s.id]
                found[s.id] = detector.detect(texts[s.id])
            progress.step(len(todo), len(todo), "")
        except Cancelled:
            cancelled = True
        # names found in one transcript are found in the others too, in any case ("Emina"
        # in one, "emina" in the next): a cheap second pass over what was detected
        from ..pseudonymise.detector import names_in_project
        project_names = names_in_project(found.values())
        if project_names:
            for sid in found:
                found[sid] = detector.with_project_names(texts[sid], found[sid], project_names)
        return found, cancelled

    def _store_found_in(self, w: Writer, found: dict[int, list], counts: dict) -> None:
        """Store detected suggestions; forms already decided get their decision at once."""
        decisions = {d["form"]: d for d in w.find("pseudo_decisions")}
        book = self._book_in(w)
        now = utcnow()
        for sid, suggestions in found.items():
            existing = [(r["start"], r["end"]) for r in w.find("pseudo_suggestions",
                                                               source_id=sid)]
            rows = []
            for s in suggestions:
                if any(a < s.end and s.start < b for a, b in existing):
                    continue
                row = {"source_id": sid, "start": s.start, "end": s.end, "text": s.text,
                       "type": s.type, "detector": s.source[:60], "score": s.score,
                       "status": "open", "created_at": now}
                d = decisions.get(form_key(s.text, s.type))
                if d is not None:
                    row.update(status="accepted" if d["decision"] == "accept"
                               else "rejected", decided_by=d["coder_id"], decided_at=now)
                    if d["decision"] == "accept":
                        row["type"] = d["type"]
                        row["key_id"] = self._key_id_in(w, book, s.text, d["type"])
                    counts["decided"] += 1
                rows.append(row)
            w.insert_many("pseudo_suggestions", rows)
            counts["new"] += len(rows)
            self._mark_detected_in(w, sid, now)

    @staticmethod
    def _mark_detected_in(w: Writer, source_id: int, when) -> None:
        if w.get("pseudo_sources", source_id):
            w.update("pseudo_sources", source_id, {"detected_at": when})
        else:
            w.insert("pseudo_sources", {"source_id": source_id, "detected_at": when})


def _preload_quietly() -> None:
    """Load the detector, its lists and its model; an error shows only when detection runs."""
    try:
        from ..pseudonymise.detector import preload
        preload()
    except Exception:  # noqa: BLE001 - detection itself reports a missing list or model
        pass
