"""``Session``: the open project as Qt sees it.

It turns the project's plain listeners into Qt signals (queued onto the GUI thread when a
worker mutates, direct otherwise), keeps small caches every panel needs (the codebook, coders,
attribute definitions) and runs user actions so that a ``UserError`` becomes a readable dialog
instead of a traceback. Panels never re-read the whole project: they look at the ``Changes``
record and refresh what it names.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..core.changes import Changes
from ..core.errors import StaleEditError, UserError
from ..core.models import AttributeDef, Code, Coder
from ..services import Project

POLL_MS = 2000  # how often a server project asks for others' changes


class Session(QObject):
    changed = Signal(object)  # Changes, on the GUI thread
    undo_state_changed = Signal()
    current_code_changed = Signal(object)  # code id or None
    jump_requested = Signal(int, int, int)  # source id, start, end (stored offsets)
    status = Signal(str)
    recent_codes_changed = Signal()
    coder_view_changed = Signal()  # the coder filter or blind coding changed
    grouping_changed = Signal(object)  # the attribute the matrix groups by (the quotes follow)

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self._codes: dict[int, Code] | None = None
        self._paths: dict[int, str] | None = None
        self._coders: dict[int, Coder] | None = None
        self._attributes: list[AttributeDef] | None = None
        self._team: tuple[dict[int, str], set[int] | None] | None = None  # colours, blind
        self.coder_filter: set[int] | None = None  # the coders chosen to be shown; None: all
        self.current_code_id: int | None = None
        self.recent_code_ids: list[int] = []  # most recently applied first (Ctrl+1..9)
        self._later: list[Callable[[], None]] = []
        self.current_source_id: int | None = None
        self.grouping: str | None = None  # the matrix's columns: an attribute, "sources", ...
        # caches are dropped by the first slot connected, so on the GUI thread and before any
        # panel reads them, also when a worker thread made the change (queued connection)
        self.changed.connect(self._invalidate_for)
        self._forward_undo = self.undo_state_changed.emit
        project.subscribe(self._on_project_changed)
        project.undo_stack.subscribe(self._forward_undo)
        if project.is_on_server:  # other coders' changes arrive like one's own, every 2 s
            self._others = QTimer(self, interval=POLL_MS, timeout=self.poll_others)
            self._others.start()
            self.poll_others()  # listening starts now
        # the detector's lists and model load in the background once the window is up, so the
        # pseudonymisation review does not wait for them
        QTimer.singleShot(1500, _preload_detector)

    def close(self) -> None:
        if getattr(self, "_others", None) is not None:
            self._others.stop()  # no polling of a closed project
        self._later.clear()
        self.project.unsubscribe(self._on_project_changed)
        self.project.undo_stack.unsubscribe(self._forward_undo)
        self.project.close()

    # --- change notification ----------------------------------------------------------------
    def poll_others(self) -> None:
        try:
            self.project.poll_changes()  # listeners (this session too) hear them on this thread
        except UserError as e:  # the server is unreachable for a moment: try again later
            self.status.emit(str(e))

    def _on_project_changed(self, changes: Changes) -> None:
        # may run on a worker thread (import): the signal is then queued to the GUI thread
        self.changed.emit(changes)

    def _invalidate_for(self, changes: Changes) -> None:
        if "codes" in changes:
            self._codes = self._paths = None
        if "coders" in changes:
            self._coders = None
        if "coders" in changes or "project_meta" in changes:
            blind_before = self._team[1] if self._team is not None else None
            self._team = None
            if self._team_state()[1] != blind_before:  # blind coding switched, or undone
                self.coder_view_changed.emit()
        if "attribute_defs" in changes:
            self._attributes = None

    def later(self, refresh: Callable[[], None]) -> None:
        """Run ``refresh`` once on the next pass of the event loop. Secondary panels (counts,
        progress, segment lists) refresh this way after a coding, so the document repaints
        first and several changes in a row cost one refresh."""
        if refresh not in self._later:
            self._later.append(refresh)
            if len(self._later) == 1:
                QTimer.singleShot(0, self.run_later)

    def run_later(self) -> None:
        pending, self._later = self._later, []
        for refresh in pending:
            owner = getattr(refresh, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue  # its panel was closed meanwhile (project closed, language changed)
            refresh()

    def refresh_all(self) -> None:
        """Drop every cache and tell every panel to reload (after an unexpected error)."""
        everything = Changes("refresh")
        for table in ("sources", "codes", "codings", "memos", "attribute_defs",
                      "source_attribute_values", "cases", "sources_affected", "codes_affected"):
            everything.touched[table] = {-1}
        everything.result = "all"
        self.changed.emit(everything)

    # --- cached reads -----------------------------------------------------------------------
    def codes(self) -> dict[int, Code]:
        if self._codes is None:
            self._codes = {c.id: c for c in self.project.codebook.codes()}
        return self._codes

    def code_path(self, code_id: int) -> str:
        if self._paths is None:
            codes = self.codes()
            paths: dict[int, str] = {}

            def path(cid: int) -> str:
                if cid not in paths:
                    c = codes[cid]
                    parent = c.parent_id if c.parent_id in codes else None
                    paths[cid] = f"{path(parent)} / {c.name}" if parent else c.name
                return paths[cid]
            for cid in codes:
                path(cid)
            self._paths = paths
        return self._paths.get(code_id, "?")

    def code_color(self, code_id: int) -> str:
        code = self.codes().get(code_id)
        return code.color if code else "#999999"

    def code_name(self, code_id: int) -> str:
        code = self.codes().get(code_id)
        return code.name if code else "?"

    def code_items(self) -> list[tuple[int, str]]:
        """(id, path) of every code in tree order, for pickers."""
        codes = self.codes()
        children: dict[int | None, list] = {}
        for c in codes.values():
            children.setdefault(c.parent_id if c.parent_id in codes else None, []).append(c)
        out: list[tuple[int, str]] = []

        def walk(parent):
            for c in sorted(children.get(parent, []), key=lambda c: (c.sort_order, c.name)):
                out.append((c.id, self.code_path(c.id)))
                walk(c.id)
        walk(None)
        return out

    def coder_name(self, coder_id: int) -> str:
        if self._coders is None or coder_id not in self._coders:
            self._coders = {c.id: c for c in self.project.coders()}
        coder = self._coders.get(coder_id)
        return coder.name if coder else "?"

    def coder_colour(self, coder_id: int) -> str | None:
        """The coder's colour; None while the project has one coder (nothing to tell apart)."""
        colours = self._team_state()[0]
        return colours.get(coder_id) if len(colours) > 1 else None

    def visible_coders(self) -> set[int] | None:
        """The coders whose codings the views show: the coder filter, narrowed to the current
        coder's own while they code blind; None shows everyone's."""
        blind = self._team_state()[1]
        if blind is None:
            return None if self.coder_filter is None else set(self.coder_filter)
        return blind if self.coder_filter is None else blind & self.coder_filter

    def set_coder_filter(self, coder_ids: set[int] | None) -> None:
        self.coder_filter = None if coder_ids is None else set(coder_ids)
        self.coder_view_changed.emit()

    def _team_state(self) -> tuple[dict[int, str], set[int] | None]:
        if self._team is None:
            team = self.project.team
            self._team = (team.colours(), team.visible_coders())
        return self._team

    def attributes(self) -> list[AttributeDef]:
        if self._attributes is None:
            self._attributes = self.project.attributes.definitions("source")
        return self._attributes

    # --- current selections shared between panels ------------------------------------------
    def set_current_code(self, code_id: int | None) -> None:
        if code_id != self.current_code_id:
            self.current_code_id = code_id
            self.current_code_changed.emit(code_id)

    def set_grouping(self, grouping: str | None) -> None:
        if grouping != self.grouping:
            self.grouping = grouping
            self.grouping_changed.emit(grouping)

    def note_code_used(self, code_id: int) -> None:
        self.recent_code_ids = [code_id] + [c for c in self.recent_code_ids if c != code_id]
        del self.recent_code_ids[9:]
        self.recent_codes_changed.emit()

    def jump_to(self, source_id: int, start: int, end: int) -> None:
        self.jump_requested.emit(source_id, start, end)

    # --- running user actions ---------------------------------------------------------------
    def run(self, action: Callable[[], object], parent: QWidget | None = None):
        """Run a service call; a ``UserError`` is shown in a dialog and ``None`` returned.
        An edit refused because someone else changed the row meanwhile (``StaleEditError``)
        then makes every panel show that row as it is now, as when another coder's change
        arrives, so the user can redo the edit knowingly (the message repeats what they
        typed)."""
        try:
            return action()
        except UserError as e:
            from .errors import show_user_error
            show_user_error(parent, e)
            if isinstance(e, StaleEditError) and e.changes is not None:
                self.changed.emit(e.changes)
            return None

    def undo(self, parent: QWidget | None = None) -> None:
        if self.project.undo_stack.can_undo:
            changes = self.run(self.project.undo, parent)
            if changes is not None:
                self.status.emit(self.tr("Undone: {0}").format(str(changes.label)))

    def redo(self, parent: QWidget | None = None) -> None:
        if self.project.undo_stack.can_redo:
            changes = self.run(self.project.redo, parent)
            if changes is not None:
                self.status.emit(self.tr("Redone: {0}").format(str(changes.label)))


def _preload_detector() -> None:
    from ..services.pseudonymisation import PseudonymisationService
    PseudonymisationService.preload_in_background()  # (the detector's import too, in its thread)
