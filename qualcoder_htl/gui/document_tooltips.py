"""Tooltips over the transcript: the codings under the mouse, described by the view."""
from __future__ import annotations

from PySide6.QtWidgets import QToolTip


class CodingTooltips:
    """Mixin for ``DocumentView`` (before ``QPlainTextEdit`` in its bases): a tooltip lists the
    codings at the character under the mouse."""

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == event.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            codings = self.codings_at(self.offsets.to_stored(cursor.position()))
            if codings:
                QToolTip.showText(event.globalPos(),
                                  "<hr>".join(self.describe(c) for c in codings), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
