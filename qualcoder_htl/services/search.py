"""Full-text search with keyword-in-context, and autocoding of hits or of a speaker's turns.

Query language: words are matched as a phrase, case-insensitively, with Swedish å/ä/ö kept
distinct and other accents folded (``ide`` finds ``idé``); end a word with ``*`` for any ending
(``barn*`` finds ``barnen``); separate alternatives with ``OR``. With ``whole_words=False``
words match inside longer words too (``skola`` finds ``Tjärnaskolan``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.changes import Changes
from ..core.errors import ConflictError
from ..core.messages import Message, catalogue, msg
from ..core.models import SearchHit
from ..core.textfold import fold
from ..store import reads
from ..store.writer import Writer

catalogue({
    "search.empty": (
        "Type something to search for.",
        "Skriv något att söka efter."),
    "search.bad_extent": (
        "The extent must be 'hit' or 'paragraph'.",
        "Omfånget måste vara 'hit' eller 'paragraph'."),
    "search.no_speaker": (
        "No turns of a speaker called {name!r}.",
        "Inga repliker av en talare som heter {name!r}."),
    "search.undo.autocode": (
        "Autocode '{text}'",
        "Autokoda '{text}'"),
    "search.undo.autocode_speaker": (
        "Autocode speaker '{name}'",
        "Autokoda talare '{name}'"),
})

CONTEXT = 60
_TURN_LABEL = re.compile(
    r"^\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s*)?[^\s:][^:\n]{0,40}?:\s*")


@dataclass(frozen=True)
class Alternative:
    tokens: tuple[tuple[str, bool], ...]  # (folded token, is_prefix)


def parse_query(query: str) -> list[Alternative]:
    alternatives = []
    for part in re.split(r"\s+OR\s+", query.strip()):
        words = [w for w in re.findall(r'"[^"]*"|\S+', part)]
        tokens: list[tuple[str, bool]] = []
        for w in words:
            for tok in w.strip('"').split():
                prefix = tok.endswith("*") and len(tok) > 1
                tok = fold(tok.rstrip("*") if prefix else tok)
                if tok:
                    tokens.append((tok, prefix))
        if tokens:
            alternatives.append(Alternative(tuple(tokens)))
    if not alternatives:
        raise ConflictError(msg("search.empty"))
    return alternatives


def _regex(alt: Alternative, whole_words: bool) -> re.Pattern:
    parts = []
    for tok, prefix in alt.tokens:
        body = re.escape(tok) + (r"\w*" if prefix else "")
        if whole_words:
            lead = r"(?<!\w)" if re.match(r"\w", tok) else ""
            tail = r"(?!\w)" if (prefix or re.search(r"\w$", tok)) else ""
            body = lead + body + tail
        parts.append(body)
    return re.compile(r"\W+".join(parts))


def _paragraph_of(text: str, hit: SearchHit) -> tuple[int, int, int]:
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    return hit.source_id, start, len(text) if end < 0 else end


class SearchService:
    def __init__(self, project):
        self.p = project

    def search(self, query: str, whole_words: bool = True, source_ids: list[int] | None = None,
               limit: int | None = None) -> list[SearchHit]:
        """Hits sorted by source name and position. With ``limit``, the search stops once it
        has that many hits (in import order), so a common word answers at once."""
        alternatives = parse_query(query)
        names = {s.id: s.name for s in self.p.sources.list()}
        found: dict[tuple[int, int], SearchHit] = {}
        with self.p.db.read() as conn:
            for alt in alternatives:
                pattern = _regex(alt, whole_words)
                paragraphs = self.p.db.index.matches(conn, alt.tokens, whole_words, pattern,
                                                     source_ids)
                for source_id, para_start, body, spans in paragraphs:
                    for s, e in spans:
                        key = (source_id, para_start + s)
                        if key not in found:
                            found[key] = SearchHit(
                                source_id, names.get(source_id, "?"), para_start + s,
                                para_start + e, body[max(0, s - CONTEXT):s], body[s:e],
                                body[e:e + CONTEXT])
                    if limit and len(found) >= limit:
                        break
                if limit and len(found) >= limit:
                    break
        hits = sorted(found.values(), key=lambda h: (h.source_name, h.start))
        return hits[:limit] if limit else hits

    def autocode(self, query: str, code_id: int, extent: str = "hit", whole_words: bool = True,
                 source_ids: list[int] | None = None) -> Changes:
        """Code every hit (``extent="hit"``) or every paragraph with a hit
        (``extent="paragraph"``) with one code, as one undoable action."""
        if extent not in ("hit", "paragraph"):
            raise ConflictError(msg("search.bad_extent"))
        hits = self.search(query, whole_words, source_ids)
        if extent == "hit":
            spans = sorted({(h.source_id, h.start, h.end) for h in hits})
        else:
            texts = self.p.sources.texts(sorted({h.source_id for h in hits}))
            spans = sorted({_paragraph_of(texts[h.source_id], h) for h in hits})
        return self._code_spans(msg("search.undo.autocode", text=query), code_id, spans)

    def autocode_speaker(self, speaker: str, code_id: int,
                         source_ids: list[int] | None = None) -> Changes:
        """Code the words of every turn of ``speaker`` (the label and timestamp left out)."""
        turns = [t for t in self.p.sources.turns(speaker=speaker)
                 if source_ids is None or t.source_id in source_ids]
        if not turns:
            raise ConflictError(msg("search.no_speaker", name=speaker))
        texts = self.p.sources.texts(sorted({t.source_id for t in turns}))
        spans = []
        for t in turns:
            turn_text = texts[t.source_id][t.start:t.end]
            m = _TURN_LABEL.match(turn_text)
            body_start = t.start + (m.end() if m else 0)
            if body_start < t.end:
                spans.append((t.source_id, body_start, t.end))
        return self._code_spans(msg("search.undo.autocode_speaker", name=speaker), code_id,
                               spans)

    def _code_spans(self, label: Message, code_id: int,
                    spans: list[tuple[int, int, int]]) -> Changes:
        lengths = {s.id: s.char_count for s in self.p.sources.list()}

        def do(w: Writer):
            if w.get("codes", code_id) is None:
                raise ConflictError(msg("error.no_code_id", id=code_id))
            for source_id, start, end in spans:
                self.p.codings.add_in(w, source_id, code_id, start, end, lengths[source_id])
            return len(spans)
        return self.p.mutate(label, do)

    def speakers(self) -> list[tuple[str, int]]:
        with self.p.db.read() as conn:
            return reads.speaker_counts(conn)
