"""Refresh the interface translations: collect the strings of ``qualcoder_htl/gui`` into the
Qt Linguist files (keeping existing translations) and compile them to ``.qm``.

    python resources/i18n/update_translations.py          # lupdate + lrelease
    python resources/i18n/update_translations.py --check  # exit 1 if a string lacks a translation

Translate new strings with Qt Linguist (``pyside6-linguist qualcoder_htl_sv.ts``) or by editing
the .ts file, then run this again. English is the source language; its file holds only the
plural forms (``self.tr("%n file(s)", "", n)`` → "1 file" / "2 files"), which Qt takes from a
translation in every language.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
GUI = HERE.parents[1] / "qualcoder_htl" / "gui"
LANGUAGES = ("sv", "en")  # "en": the plural forms only


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (it ships pyside6-lupdate/-lrelease)")
    return found


def unfinished(ts: Path) -> list[str]:
    """Messages without a translation (for a plural, without every form)."""
    out = []
    for m in ElementTree.parse(ts).iter("message"):
        t = m.find("translation")
        forms = t.findall("numerusform") if m.get("numerus") == "yes" else [t]
        if t.get("type") == "unfinished" or not all((f.text or "").strip() for f in forms):
            out.append(m.findtext("source"))
    return out


def main() -> int:
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    missing = {}
    for lang in LANGUAGES:
        ts = HERE / f"qualcoder_htl_{lang}.ts"
        if "--check" not in sys.argv:
            plural_only = ["-pluralonly"] if lang == "en" else []
            subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", *plural_only,
                            "-locations", "none",
                            "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                           check=True)
            subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], check=True)
        missing[lang] = unfinished(ts)
        for text in missing[lang]:
            print(f"{lang}: not translated: {text!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
