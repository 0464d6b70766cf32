"""The prepared word and name lists in ``resources/lexicon`` (made by the scripts there)."""
from __future__ import annotations

import gzip
from pathlib import Path

from ..core.errors import UserError
from ..core.messages import catalogue, msg
from ..paths import resources_dir

catalogue({
    "pseudo.list_missing": (
        "Detection cannot run: the list {path} is missing. Reinstall qualcoder-htl.",
        "Identifieringen kan inte köras: listan {path} saknas. Installera om qualcoder-htl."),
})


def lists_dir() -> Path:
    return resources_dir() / "lexicon"


def read_list(name: str) -> list[str]:
    """The lines of a prepared list (comments and blank lines dropped); a missing file stops
    detection with a clear error instead of letting it run weaker."""
    path = lists_dir() / name
    try:
        if name.endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                text = f.read()
        else:
            text = path.read_text(encoding="utf-8")
    except OSError:
        raise UserError(msg("pseudo.list_missing", path=str(path))) from None
    if "#" not in text and "\n\n" not in text:  # the large lists: no comment, no blank line
        text = text.strip("\n")
        return text.split("\n") if text else []
    return [line for line in text.split("\n") if line and not line.startswith("#")]
