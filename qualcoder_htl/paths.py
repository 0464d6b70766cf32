"""Where bundled files live, in a source checkout and in a frozen (PyInstaller) app."""
from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def demo_corpus_dir() -> Path:
    return app_root() / "corpora" / "htl-demo"
