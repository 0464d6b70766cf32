"""Word boundaries, the way ``str.split`` finds words (runs of non-white-space)."""
from __future__ import annotations

import numpy as np

# Every code point for which str.isspace() is true (a test checks the list stays complete).
SPACE_POINTS = (0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
                *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
_SPACE = np.array(SPACE_POINTS, dtype=np.uint32)


def word_bounds(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the words of ``text`` as code-point offsets, both ascending."""
    if not text:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    word = ~np.isin(points, _SPACE)
    edges = np.diff(np.concatenate(([False], word, [False])).astype(np.int8))
    return (np.flatnonzero(edges == 1).astype(np.int64),
            np.flatnonzero(edges == -1).astype(np.int64))


def count_words(text: str, start: int, end: int) -> int:
    """Words with a character in [start, end): ``len(text[start:end].split())``."""
    starts, ends = word_bounds(text)
    return int(np.searchsorted(starts, end, "left") - np.searchsorted(ends, start, "right"))
