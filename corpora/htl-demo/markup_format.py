"""Parse the demo corpus markup (see WORLD.md) into plain text, identifier spans and codings.

Offsets are Unicode code points into the plain text, which is the lines of the markup file,
stripped of markup, joined by "\n" (exactly what the importer makes of the .docx/.txt built
from it).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ID_TYPES = {"PERSON", "SCHOOL", "PLACE", "WORKPLACE", "ADDRESS", "PHONE", "EMAIL",
            "PERSONNUMMER", "DATE", "AGE"}
CODE_KEYS = {"stod", "mandat", "praktik", "individ", "omfattning", "omsattning", "pandemi",
             "justering", "vagen_in", "tecken", "insats", "upplevelse", "tack_rad", "gron",
             "gul", "rod"}

_TOKEN = re.compile(r"\[\[([A-Z]+):([^\]]+?)\]\]|\{\{([a-z_*,]+)\||\}\}")


@dataclass(frozen=True)
class IdSpan:
    start: int
    end: int
    type: str
    text: str


@dataclass(frozen=True)
class CodeSpan:
    start: int
    end: int
    key: str
    key_quote: bool


class MarkupError(ValueError):
    pass


def parse(markup: str, where: str = "") -> tuple[str, list[IdSpan], list[CodeSpan]]:
    out: list[str] = []
    pos = 0  # code points written so far
    ids: list[IdSpan] = []
    codes: list[CodeSpan] = []
    open_coding: tuple[int, list[str]] | None = None
    lines = markup.replace("\r\n", "\n").split("\n")
    for lineno, line in enumerate(lines, 1):
        here = f"{where}:{lineno}"
        last = 0
        for m in _TOKEN.finditer(line):
            plain = line[last:m.start()]
            out.append(plain)
            pos += len(plain)
            last = m.end()
            if m.group(1):
                typ, surface = m.group(1), m.group(2)
                if typ not in ID_TYPES:
                    raise MarkupError(f"{here}: unknown identifier type {typ}")
                ids.append(IdSpan(pos, pos + len(surface), typ, surface))
                out.append(surface)
                pos += len(surface)
            elif m.group(3):
                if open_coding:
                    raise MarkupError(f"{here}: codings must not nest")
                keys = m.group(3).split(",")
                for k in keys:
                    if k.rstrip("*") not in CODE_KEYS:
                        raise MarkupError(f"{here}: unknown code key {k!r}")
                open_coding = (pos, keys)
            else:
                if not open_coding:
                    raise MarkupError(f"{here}: '}}}}' without '{{{{'")
                start, keys = open_coding
                for k in keys:
                    codes.append(CodeSpan(start, pos, k.rstrip("*"), k.endswith("*")))
                open_coding = None
        rest = line[last:]
        if "[[" in rest or "{{" in rest:
            raise MarkupError(f"{here}: malformed markup near {rest[:40]!r}")
        out.append(rest)
        pos += len(rest)
        if open_coding:
            raise MarkupError(f"{here}: coding not closed on its line")
        if lineno < len(lines):
            out.append("\n")
            pos += 1
    text = "".join(out)
    while text.endswith("\n"):
        text = text[:-1]
    return text, ids, codes


def main(paths: list[str]) -> int:
    total_words = 0
    bad = 0
    for p in paths:
        try:
            text, ids, codes = parse(Path(p).read_text(encoding="utf-8"), p)
        except MarkupError as e:
            print("ERROR", e)
            bad += 1
            continue
        for s in ids:
            assert text[s.start:s.end] == s.text
        words = len(text.split())
        total_words += words
        by_type: dict[str, int] = {}
        for s in ids:
            by_type[s.type] = by_type.get(s.type, 0) + 1
        keys = sorted({c.key for c in codes})
        print(f"{Path(p).stem}: {words} words, {len(ids)} identifiers {by_type}, "
              f"{len(codes)} codings {keys}")
    print(f"TOTAL {total_words} words in {len(paths)} files; {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
