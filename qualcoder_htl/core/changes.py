"""What a mutation changed, so windows refresh only what they must (Anki's OpChanges idea)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Changes:
    """Ids touched per table ("sources", "codes", "codings", "memos", ...)."""

    label: Any = ""  # a core.messages.Message (str() renders it in the interface language)
    touched: dict[str, set[int]] = field(default_factory=dict)
    result: Any = None  # what the action returned (e.g. the new code's id)

    def add(self, table: str, row_id: int) -> None:
        self.touched.setdefault(table, set()).add(row_id)

    def ids(self, table: str) -> set[int]:
        return self.touched.get(table, set())

    def __contains__(self, table: str) -> bool:
        return bool(self.touched.get(table))

    def __bool__(self) -> bool:
        return any(self.touched.values())

    def merge(self, other: Changes) -> Changes:
        for table, ids in other.touched.items():
            self.touched.setdefault(table, set()).update(ids)
        return self

    def summary(self) -> str:
        parts = [f"{len(ids)} {table}" for table, ids in sorted(self.touched.items()) if ids]
        return ", ".join(parts) or "nothing"
