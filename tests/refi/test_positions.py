"""Counting positions: the ways programs count, and the map into our normalised text."""

import pytest

from qualcoder_htl.importers.normalise import normalise_text
from qualcoder_htl.importers.refi_positions import (
    CANDIDATES,
    STANDARD,
    Counting,
    SourceText,
    detect_counting,
)
from qualcoder_htl.services.refi_export import offset_map

RAW = "\ufeffJ: Hej 👩‍👧!\r\nIP: Å nej, e\u0301n idé.\r\n\u2028Slut \x00här.  \r\n"


@pytest.mark.parametrize("raw", [RAW, "abc", "", "\r\n\r\n", "a\rb", "e\u0301\u0316x y\u0301",
                                 "\ufeff\U0001f600\r\n"])
def test_stored_text_equals_normalise_text(raw):
    # trailing blanks and the final line end are kept: the text is as long as in the other
    # program (QualCoder's export comes back with its final newline)
    assert SourceText(raw).text == normalise_text(raw, keep_end=True)
    assert SourceText(raw).text.rstrip() == normalise_text(raw)


def _count(text: str, i: int, c: Counting) -> int:
    prefix = text[:i]
    if c.crlf_as_one:
        prefix = prefix.replace("\r\n", "\n")
    n = len(prefix.encode("utf-16-le")) // 2 if c.utf16 else len(prefix)
    return n + (1 if c.bom_counted else 0)


@pytest.mark.parametrize("counting", CANDIDATES)
@pytest.mark.parametrize("word", ["Hej", "IP", "nej", "idé", "här", "Slut", "n idé"])
def test_every_counting_maps_to_the_same_word(counting, word):
    src = SourceText(RAW)
    body = RAW[1:]
    i = body.index(word)
    start, end = _count(body, i, counting), _count(body, i + len(word), counting)
    a, b = src.to_stored(start, counting), src.to_stored(end, counting)
    assert src.text[a:b] == word


def test_decomposed_letters_map_onto_composed_ones():
    src = SourceText("e\u0301n Åsa")  # é decomposed: 2 code points in the file, 1 stored
    assert src.text == "én Åsa"
    assert src.to_stored(3, STANDARD) == 2 and src.to_stored(4, STANDARD) == 3


def test_detection_prefers_the_standard_when_nothing_tells_countings_apart():
    src = SourceText("Hej och välkommen hit.")
    choice = detect_counting([(src, [(0, 3), (4, 7)])])
    assert choice.counting == STANDARD and not choice.decided_by_data
    assert "every counting gives the same result" in choice.describe()


def test_detection_needs_selections():
    assert detect_counting([(SourceText("x"), [])]).selections == 0


def test_selection_outside_all_countings_is_counted_outside():
    choice = detect_counting([(SourceText("kort"), [(0, 50)])])
    assert choice.outside == 1


def test_offset_map_follows_replaced_names():
    original = "J: Hej Anna.\nIP: Anna Svensson bor i Rinkeby med mitt barn.\nJ: Tack."
    shared = "J: Hej [Person 1].\nIP: [Person 1] bor i [Område] med mitt barn.\nJ: Tack."
    to_shared = offset_map(original, shared)
    for word in ("mitt barn", "Tack", "bor i", "IP"):
        a = original.index(word)
        assert shared[to_shared(a):to_shared(a + len(word))] == word
    a = original.index("Anna Svensson")
    assert shared[to_shared(a):to_shared(a + len("Anna Svensson"))] == "[Person 1]"
    assert offset_map("same", "same")(3) == 3
