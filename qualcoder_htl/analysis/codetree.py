"""The code hierarchy: depth-first order, paths and descendants, from a flat list of codes."""
from __future__ import annotations

from dataclasses import dataclass

from ..core.models import Code


@dataclass(frozen=True)
class CodeTree:
    codes: dict[int, Code]
    children: dict[int | None, list[int]]

    @classmethod
    def of(cls, codes: list[Code]) -> CodeTree:
        by_id = {c.id: c for c in codes}
        children: dict[int | None, list[int]] = {}
        for c in sorted(codes, key=lambda c: (c.sort_order, c.name.casefold(), c.id)):
            parent = c.parent_id if c.parent_id in by_id else None
            children.setdefault(parent, []).append(c.id)
        return cls(by_id, children)

    def walk(self, root: int | None = None) -> list[tuple[int, int]]:
        """(code id, depth) in depth-first order: below ``root``, or the whole tree."""
        out: list[tuple[int, int]] = []
        stack = [(cid, 0) for cid in reversed(self.children.get(root, []))]
        while stack:
            cid, depth = stack.pop()
            out.append((cid, depth))
            stack.extend((k, depth + 1) for k in reversed(self.children.get(cid, [])))
        return out

    def descendants(self, code_id: int) -> list[int]:
        """The code and everything below it."""
        return [code_id] + [cid for cid, _ in self.walk(code_id)]

    def depth(self, code_id: int) -> int:
        depth, cur = 0, self.codes[code_id].parent_id
        while cur in self.codes:
            depth, cur = depth + 1, self.codes[cur].parent_id
        return depth

    def path(self, code_id: int) -> str:
        parts, cur = [], code_id
        while cur in self.codes:
            parts.append(self.codes[cur].name)
            cur = self.codes[cur].parent_id
        return " / ".join(reversed(parts))

    def ancestors(self, code_id: int) -> list[int]:
        out, cur = [], self.codes[code_id].parent_id
        while cur in self.codes:
            out.append(cur)
            cur = self.codes[cur].parent_id
        return out
