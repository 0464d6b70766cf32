"""A view that recomputes only while it is on screen (analysis views are costly to refresh)."""
from __future__ import annotations

from ..core.changes import Changes


class RefreshWhenShown:
    """Mixin for a QWidget with ``session``, ``_dirty``, ``fill_choices()``, ``filter`` and
    ``refresh()``: a change marks it out of date; it catches up when it is (or becomes)
    visible, so a closed or background view costs nothing."""

    def _on_changed(self, changes: Changes) -> None:
        if set(changes.touched) <= {"memos"} and changes.result != "all":
            return
        self._dirty = True
        self.session.later(self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self.on_screen():  # otherwise when it is shown again
            self._catch_up()

    def _catch_up(self) -> None:
        self.fill_choices()
        self.filter.reload()
        self.refresh()

    def on_screen(self) -> bool:
        """Shown and not behind another tab (Qt moves a docked tab's page off screen)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def visibility_changed(self, visible: bool) -> None:
        """From the dock: a change that came while it was hidden is computed now."""
        if visible and self._dirty:
            self._catch_up()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self._catch_up()
