"""The letter classes of every script, and the remembered compilation that makes ~400 patterns
with them import in half a second instead of a second: the same classes, matching the same."""
import re
import subprocess
import sys
import unicodedata

from qualcoder_htl.pseudonymise import letters
from qualcoder_htl.pseudonymise.letters import LOW, UP, L, is_letter

_PLANE = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF)


def _matched(pattern: str) -> str:
    return "".join(re.findall(pattern, _PLANE))


def test_the_classes_hold_every_script_and_only_letters():
    assert _matched(f"[{L}]") == "".join(ch for ch in _PLANE if is_letter(ch))
    assert _matched(f"[{UP}]") == "".join(ch for ch in _PLANE
                                           if unicodedata.category(ch) in ("Lu", "Lt"))
    for name in ("Đurić", "Wójcik", "Ağaoğlu", "Øberg", "Ëndrit", "Мирослава", "Ἀλέξανδρος"):
        assert re.fullmatch(f"[{UP}][{LOW}]+", name), name
    assert re.fullmatch(f"[{L}]+", "Mujic\u0301")


def test_a_class_remembered_matches_as_one_worked_out_afresh():
    # the same classes again, inside other patterns, after the ones above were remembered
    letter_or_mark = "".join(ch for ch in _PLANE if is_letter(ch) or ch in "'’-")
    for _ in range(2):
        assert _matched(f"[{L}'’-]") == letter_or_mark
        assert _matched(f"(?:\U0001F600|[{UP}])") == _matched(f"[{UP}]")
        assert len(_matched(f"[^{L}]")) == len(_PLANE) - len(_matched(f"[{L}]"))


def test_case_insensitive_classes_are_left_to_re():
    assert re.fullmatch(f"(?i)[{UP}]+", "ćđšžłńıʼ".replace("ʼ", "")) is not None
    assert re.fullmatch(f"[{UP}]+", "ćđšžłń") is None


def test_the_patterns_compile_remembered_in_a_fresh_process():
    code = ("import re._compiler as c\n"
            "import qualcoder_htl.pseudonymise.letters\n"
            "print(getattr(c._optimize_charset, 'remembered', False))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "True"
    assert letters.UP and letters.LOW and letters.L
