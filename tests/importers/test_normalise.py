"""normalise_text: one normal form so that offsets agree between readers."""
import unicodedata

from qualcoder_htl.importers.normalise import normalise_text


def test_line_ends_become_newlines():
    assert normalise_text("a\r\nb\rc\nd") == "a\nb\nc\nd"


def test_unicode_line_and_paragraph_separators_become_newlines():
    assert normalise_text("a\u2028b\u2029c") == "a\nb\nc"


def test_decomposed_swedish_letters_are_composed():
    nfd = unicodedata.normalize("NFD", "Åsa och Örjan läste på café")
    assert len(nfd) > len("Åsa och Örjan läste på café")
    assert normalise_text(nfd) == "Åsa och Örjan läste på café"


def test_leading_bom_and_nul_are_dropped():
    assert normalise_text("\ufeffHej\x00 då") == "Hej då"


def test_trailing_whitespace_trimmed_but_layout_kept():
    assert normalise_text("  J: hej\n\n\nIP: ja  \n\n \t") == "  J: hej\n\n\nIP: ja"


def test_crlf_is_one_newline_not_two():
    assert normalise_text("a\r\n\r\nb") == "a\n\nb"
