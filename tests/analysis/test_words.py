"""Words are counted as str.split counts them, at any offsets."""
import random
import sys

from qualcoder_htl.analysis.words import SPACE_POINTS, count_words


def test_space_points_are_all_of_python_white_space():
    assert set(SPACE_POINTS) == {c for c in range(sys.maxunicode + 1) if chr(c).isspace()}


def test_count_words_equals_split():
    text = "IP: ett  två\ttre\nfyra\u00a0fem  å\u2003ö 👩‍👧 idé"
    rng = random.Random(3)
    for _ in range(3000):
        a = rng.randrange(len(text))
        b = rng.randrange(a + 1, len(text) + 1)
        assert count_words(text, a, b) == len(text[a:b].split()), (a, b)
