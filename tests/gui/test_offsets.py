"""Qt positions (UTF-16) ↔ stored offsets (code points): emoji, combining characters, ZWJ
sequences and flags, checked against Python's own UTF-16 encoding and a real Qt document."""
import time

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from qualcoder_htl.gui.offsets import OffsetMap

SAMPLES = [
    "Hälsa, trygghet, lärande",  # BMP only: identity
    "Tack 👍🏽 för allt",  # emoji with a skin-tone modifier: two astral code points
    "e\u0301 och a\u0308 kombinerade",  # combining accents: BMP, one unit each
    "familj 👨‍👩‍👧 och flagga 🇸🇪!",  # ZWJ sequence and a regional-indicator flag
    "𝄞 musik i början och slutet 𝄞",
    "😀😀😀",
    "",
]


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", SAMPLES)
def test_matches_utf16_everywhere(text):
    m = OffsetMap(text)
    assert m.qt_length == utf16_len(text)
    for i in range(len(text) + 1):
        q = m.to_qt(i)
        assert q == utf16_len(text[:i])
        assert m.to_stored(q) == i


def test_identity_for_swedish_text():
    m = OffsetMap("Å, ä och ö – inga problem … ”citat”")
    assert m.is_identity and m.to_qt(7) == 7 and m.to_stored(7) == 7


def test_position_inside_a_surrogate_pair_falls_back_and_spans_widen():
    text = "a😀b"
    m = OffsetMap(text)
    assert m.to_stored(2) == 1  # between the halves of 😀 → the start of 😀
    assert m.span_to_stored(0, 2) == (0, 2)  # the end takes the whole emoji
    assert text[slice(*m.span_to_stored(1, 2))] == "😀"


@pytest.mark.parametrize("text", SAMPLES[1:5])
def test_agrees_with_a_qt_document(text, qapp):
    doc = QTextDocument()
    doc.setPlainText(text)
    assert doc.characterCount() - 1 == OffsetMap(text).qt_length
    m = OffsetMap(text)
    words = [w for w in text.split() if w]
    for word in words:
        start = text.index(word)
        a, b = m.span_to_qt(start, start + len(word))
        cursor = QTextCursor(doc)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word
        assert m.span_to_stored(cursor.selectionStart(), cursor.selectionEnd()) == (
            start, start + len(word))


def test_fast_on_a_long_transcript():
    text = ("IP: Det här är en lång mening om samverkan kring barnen i området. " * 5000
            + "🙂" + " slut")
    t = time.perf_counter()
    m = OffsetMap(text)
    for i in range(0, len(text), 97):
        m.to_stored(m.to_qt(i))
    took = time.perf_counter() - t
    assert m.to_qt(len(text)) == len(text) + 1
    print(f"offset map for {len(text):,} chars + {len(text) // 97:,} round trips: "
          f"{took * 1000:.1f} ms")
    assert took < 1.0  # generous: a regression guard, not a benchmark
