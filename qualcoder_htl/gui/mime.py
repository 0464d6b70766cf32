"""Codes travel in drags (codebook tree → text, → another place in the tree) as their ids."""
from __future__ import annotations

CODE_MIME = "application/x-qualcoder-htl-code-ids"


def encode_code_ids(mime, code_ids: list[int]) -> None:
    mime.setData(CODE_MIME, ",".join(str(i) for i in code_ids).encode("ascii"))


def decode_code_ids(mime) -> list[int]:
    if not mime.hasFormat(CODE_MIME):
        return []
    raw = bytes(mime.data(CODE_MIME)).decode("ascii", "ignore")
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]
