"""What the reviewer does in the pseudonymisation panel: accept or reject one occurrence (A, R)
or every occurrence of a form (Shift+A, Shift+R), change a form's type (T) or replacement (E),
give it a role label, mark a span detection missed, mark a source reviewed. Each is one
service call, so it is undoable and the Edit menu names it."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from . import prompts
from .pseudo_model import REPLACEMENT, TYPE
from .pseudo_names import TYPES, type_name


class ReviewActions(QObject):
    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        tree = panel.tree
        panel.model.setter = self.set_column

        def action(text: str, keys: str, slot, tip: str = "") -> QAction:
            a = QAction(text, tree)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.setToolTip(f"{text.replace('&', '')} ({keys})" + (f"\n{tip}" if tip else ""))
            a.triggered.connect(lambda checked=False: slot())
            tree.addAction(a)
            return a
        self.accept = action(self.tr("&Accept"), "A", lambda: self.decide(True),
                             self.tr("Replace this occurrence"))
        self.reject = action(self.tr("&Reject"), "R", lambda: self.decide(False),
                             self.tr("Leave this occurrence as it is"))
        self.accept_all = action(self.tr("Accept a&ll"), "Shift+A",
                                 lambda: self.decide(True, every=True),
                                 self.tr("Replace every occurrence of the form, also in "
                                         "sources detected later"))
        self.reject_all = action(self.tr("Reject all"), "Shift+R",
                                 lambda: self.decide(False, every=True),
                                 self.tr("Keep every occurrence of the form"))
        self.change_type = action(self.tr("Change &type…"), "T", self.choose_type)
        self.change_replacement = action(self.tr("Change re&placement…"), "E",
                                         panel.edit_replacement)
        self.role_label = action(self.tr("Role &label…"), "L", self.set_label)
        self.reopen = action(self.tr("Re&open"), "O", self.reopen_current)
        self.decisions = (self.accept, self.reject, self.accept_all, self.reject_all,
                          self.change_type, self.change_replacement, self.role_label,
                          self.reopen)

    def set_enabled(self, enabled: bool) -> None:
        for a in self.decisions:
            a.setEnabled(enabled)

    @property
    def service(self):
        return self.session.project.pseudonymisation

    def _status(self, text: str) -> None:
        self.session.status.emit(text)

    # --- deciding -----------------------------------------------------------------------------
    def decide(self, accept: bool, every: bool = False) -> bool:
        if not self.accept.isEnabled():
            return False
        panel, model = self.panel, self.panel.model
        target = panel.current_target()
        if target is None:
            self._status(self.tr("Choose a suggestion first."))
            return False
        current = panel.tree.currentIndex()
        group = model.group_of(current)
        on_occurrence = model.occurrence_of(current) is not None
        group_row = model._row_of.get(model.gid(group))
        service = self.service
        if every:
            changes = self.session.run(lambda: service.decide_all(target.id, accept), panel)
            ids = {o.id for o in group.occurrences}
        else:
            changes = self.session.run(lambda: service.decide(target.id, accept), panel)
            ids = {target.id}
        if changes is None:
            return False
        model.mark(ids, "accepted" if accept else "rejected")
        self._advance(group, target.id if on_occurrence else None, group_row, every)
        return True

    def _advance(self, group, occurrence_id: int | None, group_row: int, every: bool) -> None:
        """After a decision: the next open occurrence of the form, else the next open form."""
        panel, model, tree = self.panel, self.panel.model, self.panel.tree
        row = model._row_of.get(model.gid(group))
        if row is not None and not every and group.open:
            parent = model.index(row, 0)
            if occurrence_id is None:  # deciding on the form's row: stay, show the next one
                tree.setCurrentIndex(parent)
                panel.show_current()
                return
            after = [i for i, o in enumerate(group.occurrences) if o.status == "open"]
            mine = next(i for i, o in enumerate(group.occurrences) if o.id == occurrence_id)
            following = [i for i in after if i > mine] or after
            tree.setCurrentIndex(model.index(following[0], 0, parent))
            return
        start = group_row + 1 if row is not None else group_row
        rows = list(range(start, len(model.rows))) + list(range(0, min(start, len(model.rows))))
        nxt = next((r for r in rows if model.rows[r].open), rows[0] if rows else None)
        if nxt is None:
            self._status(self.tr("Nothing left to review here."))
            return
        index = model.index(nxt, 0)
        tree.setCurrentIndex(index)
        tree.scrollTo(index)
        panel.show_current()

    def reopen_current(self) -> bool:
        occurrence = self.panel.model.occurrence_of(self.panel.tree.currentIndex())
        if occurrence is None or occurrence.status == "open":
            self._status(self.tr("Choose a decided occurrence to reopen."))
            return False
        service = self.service
        return self.session.run(lambda: service.reopen(occurrence.id), self.panel) is not None

    # --- type, replacement, label -------------------------------------------------------------
    def set_column(self, group, column: int, value) -> bool:
        first = group.occurrences[0].id if group.occurrences else None
        if first is None:
            return False
        service = self.service
        if column == TYPE:
            if value == group.type or value not in TYPES:
                return False
            self.panel.select_after_load = first
            return self.session.run(lambda: service.set_type(first, value,
                                                             all_occurrences=True),
                                    self.panel) is not None
        if column == REPLACEMENT:
            text = str(value or "").strip()
            if text == group.replacement:
                return False
            return self.session.run(lambda: service.set_replacement(text, suggestion_id=first),
                                    self.panel) is not None
        return False

    def choose_type(self) -> bool:
        group = self.panel.model.group_of(self.panel.tree.currentIndex())
        if group is None:
            return False
        i = prompts.choose(self.panel, self.tr("Change type"),
                           self.tr("Every occurrence of “{0}” is a:").format(group.text),
                           [type_name(t) for t in TYPES], max(TYPES.index(group.type), 0)
                           if group.type in TYPES else 0)
        return i is not None and self.set_column(group, TYPE, TYPES[i])

    def set_label(self) -> bool:
        group = self.panel.model.group_of(self.panel.tree.currentIndex())
        if group is None or not group.occurrences:
            return False
        label = prompts.ask_text(self.panel, self.tr("Role label"), self.tr(
            "A role to show instead of “{0}” under the Label policy, e.g. rektorn or "
            "barnets namn:").format(group.text))
        if label is None:
            return False
        first, service = group.occurrences[0].id, self.service
        return self.session.run(lambda: service.set_label(label, suggestion_id=first),
                                self.panel) is not None

    # --- marking and reviewing ----------------------------------------------------------------
    def mark_span(self, view, typ: str | None = None) -> bool:
        """Mark the text selected in the document as an identifier detection missed."""
        if view is None or view.source is None:
            self._status(self.tr("Open a source first."))
            return False
        span = view.selected_span()
        if span is None:
            self._status(self.tr("Select the identifier in the document first."))
            return False
        text = view.text[span[0]:span[1]]
        if typ is None:
            i = prompts.choose(self.panel, self.tr("Mark as identifier"),
                               self.tr("“{0}” is a:").format(text[:60]),
                               [type_name(t) for t in TYPES])
            if i is None:
                return False
            typ = TYPES[i]
        source_id, service = view.source.id, self.service
        changes = self.session.run(lambda: service.add_span(source_id, *span, typ), self.panel)
        if changes is None:
            return False
        self.panel.select_after_load = changes.result
        self._status(self.tr("“{0}” marked as {1}; it and its other occurrences are replaced "
                             "in the pseudonymised text.").format(text[:60], type_name(typ)))
        return True

    def set_reviewed(self) -> bool:
        sid = self.session.current_source_id
        reviewed = self.panel.reviewed.isChecked()
        state = next((p for p in self.service.progress() if p.source_id == sid), None)
        if state is None:
            return False
        if reviewed and state.open and not prompts.confirm(
                self.panel, self.tr("Mark as reviewed"),
                self.tr("%n suggestion(s) in {0} still open. Mark it reviewed anyway?", "",
                        state.open).format(state.name), self.tr("Mark reviewed")):
            self.panel.reviewed.setChecked(False)
            return False
        service = self.service
        done = self.session.run(lambda: service.mark_reviewed(sid, reviewed), self.panel)
        self.panel.show_source_state()
        return done is not None

    # --- the context menu ---------------------------------------------------------------------
    def show_menu(self, pos: QPoint) -> None:
        index = self.panel.tree.indexAt(pos)
        if not index.isValid():
            return
        self.panel.tree.setCurrentIndex(index)
        menu = QMenu(self.panel)
        for a in (self.accept, self.reject, None, self.accept_all, self.reject_all, None,
                  self.change_type, self.change_replacement, self.role_label, None, self.reopen):
            menu.addSeparator() if a is None else menu.addAction(a)
        self.reopen.setEnabled(bool(self.panel.model.occurrence_of(index)))
        menu.aboutToHide.connect(lambda: self.reopen.setEnabled(self.accept.isEnabled()))
        menu.popup(self.panel.tree.viewport().mapToGlobal(pos))
