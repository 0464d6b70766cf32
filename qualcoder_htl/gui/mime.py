"""Codes travel in drags (codebook tree → text, → another place in the tree) as their ids; a
selected passage travels (text → a code in the codebook) as its source and stored span."""
from __future__ import annotations

CODE_MIME = "application/x-qualcoder-htl-code-ids"
SPAN_MIME = "application/x-qualcoder-htl-span"


def encode_code_ids(mime, code_ids: list[int]) -> None:
    mime.setData(CODE_MIME, ",".join(str(i) for i in code_ids).encode("ascii"))


def decode_code_ids(mime) -> list[int]:
    if not mime.hasFormat(CODE_MIME):
        return []
    raw = bytes(mime.data(CODE_MIME)).decode("ascii", "ignore")
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


def encode_span(mime, source_id: int, start: int, end: int) -> None:
    mime.setData(SPAN_MIME, f"{source_id},{start},{end}".encode("ascii"))


def decode_span(mime) -> tuple[int, int, int] | None:
    """(source id, start, end) of a dragged passage, or None."""
    if not mime.hasFormat(SPAN_MIME):
        return None
    parts = bytes(mime.data(SPAN_MIME)).decode("ascii", "ignore").split(",")
    if len(parts) != 3 or not all(p.strip().isdigit() for p in parts):
        return None
    source_id, start, end = (int(p) for p in parts)
    return (source_id, start, end) if start < end else None
