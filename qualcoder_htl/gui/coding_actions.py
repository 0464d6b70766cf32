"""What the researcher does to the selected text: apply a code (by the codebook, a shortcut,
the quick-code box or a drop), create a code from the selection (in vivo), remove a code,
resize a coding, mark a key quote, write a coding memo. Each is one service call."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QWidget

from ..core.models import Coding
from ..services.memos import BOTH_KEPT
from . import memos, prompts
from .quick_code import QuickCodeBox
from .session import Session


class CodingActions(QObject):
    def __init__(self, session: Session, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.view = view
        self.widget = parent
        self.quick_box: QuickCodeBox | None = None

    # --- helpers ----------------------------------------------------------------------------
    def _span(self) -> tuple[int, int] | None:
        if self.view.source is None:
            self.session.status.emit(self.tr("Open a source first."))
            return None
        if self.view.editing:
            self.session.status.emit(self.tr("Save or cancel the text edit first."))
            return None
        span = self.view.selected_span()
        if span is None:
            self.session.status.emit(self.tr("Select some text first."))
        return span

    def target_coding(self) -> Coding | None:
        """The coding clicked in the margin, else the one under the cursor or selection (the
        researcher chooses when several codings lie there)."""
        chosen = next((c for c in self.view.codings if c.id == self.view.selected_coding_id),
                      None)
        if chosen is not None:
            return chosen
        span = self.view.selected_span()
        if span:
            here = self.view.codings_between(*span)
        else:
            here = self.view.codings_at(self.view.cursor_offset())
        if not here:
            self.session.status.emit(self.tr("There is no coding here."))
            return None
        if len(here) == 1:
            return here[0]
        i = prompts.choose(self.widget, self.tr("Which coding?"),
                           self.tr("Several codings lie here:"),
                           [self.session.code_path(c.code_id) for c in here])
        return None if i is None else here[i]

    # --- applying codes ---------------------------------------------------------------------
    def apply_code(self, code_id: int) -> bool:
        span = self._span()
        if span is None or code_id not in self.session.codes():
            return False
        source_id = self.view.source.id
        changes = self.session.run(lambda: self.session.project.codings.add(
            source_id, code_id, *span), self.widget)
        if changes is None:
            return False
        self.session.note_code_used(code_id)
        self.session.status.emit(self.tr("Coded with “{0}”.").format(
            self.session.code_path(code_id)))
        return True

    def apply_current(self) -> bool:
        if self.session.current_code_id is None:
            self.session.status.emit(self.tr("Choose a code in the codebook first."))
            return False
        return self.apply_code(self.session.current_code_id)

    def apply_recent(self, n: int) -> bool:
        recent = [c for c in self.session.recent_code_ids if c in self.session.codes()]
        if n >= len(recent):
            self.session.status.emit(self.tr("No recent code number {0} yet.").format(n + 1))
            return False
        return self.apply_code(recent[n])

    def quick_code(self) -> QuickCodeBox | None:
        if self._span() is None:
            return None
        codes = self.session.codes()
        items = [(cid, path, codes[cid].color) for cid, path in self.session.code_items()]
        box = QuickCodeBox(items, self.widget)
        box.code_chosen.connect(self.apply_code)
        box.create_requested.connect(self.new_code_from_selection)
        rect = self.view.cursorRect()
        box.popup(self.view.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 4)))
        self.quick_box = box
        return box

    def in_vivo(self) -> bool:
        span = self._span()
        if span is None:
            return False
        return self.new_code_from_selection(self.view.text[span[0]:span[1]])

    def new_code_from_selection(self, name: str) -> bool:
        span = self._span()
        if span is None:
            return False
        source_id = self.view.source.id
        changes = self.session.run(lambda: self.session.project.codings.add_new_code(
            source_id, name, *span), self.widget)
        if changes is None:
            return False
        self.session.note_code_used(changes.result)
        self.session.set_current_code(changes.result)
        self.session.status.emit(self.tr("New code “{0}” applied.").format(
            self.session.code_path(changes.result)))
        return True

    # --- changing codings -------------------------------------------------------------------
    def remove_code(self) -> bool:
        """Uncode the selection for one code (the current one if it lies there)."""
        span = self._span()
        if span is None:
            return False
        here = self.view.codings_between(*span)
        code_ids = sorted({c.code_id for c in here}, key=self.session.code_path)
        if not code_ids:
            self.session.status.emit(self.tr("The selection is not coded."))
            return False
        if self.session.current_code_id in code_ids:
            code_id = self.session.current_code_id
        elif len(code_ids) == 1:
            code_id = code_ids[0]
        else:
            i = prompts.choose(self.widget, self.tr("Remove which code?"),
                               self.tr("The selection is coded with:"),
                               [self.session.code_path(c) for c in code_ids])
            if i is None:
                return False
            code_id = code_ids[i]
        source_id = self.view.source.id
        return self.session.run(lambda: self.session.project.codings.remove_code_at(
            source_id, code_id, *span), self.widget) is not None

    def remove_coding(self, coding_id: int | None = None) -> bool:
        coding = self._coding(coding_id)
        return coding is not None and self.session.run(
            lambda: self.session.project.codings.remove(coding.id), self.widget) is not None

    def resize_coding(self, coding_id: int | None = None) -> bool:
        """Give the chosen coding (clicked bar, or the one the selection overlaps) the span
        of the current selection."""
        span = self.view.selected_span()
        coding = self._coding(coding_id) if span is not None else None
        if coding is None or span is None:
            self.session.status.emit(self.tr(
                "Click a coding bar, select the new extent in the text, then resize."))
            return False
        self.view.selected_coding_id = None  # keep the new selection visible
        return self.session.run(lambda: self.session.project.codings.resize(
            coding.id, *span, based_on=(coding.start, coding.end)), self.widget) is not None

    def resize_to(self, coding_id: int, start: int, end: int) -> bool:
        """Give a coding a new stored span (an end of its bar dragged in the margin)."""
        coding = self._coding(coding_id)
        seen = (coding.start, coding.end) if coding is not None else None
        return self.session.run(lambda: self.session.project.codings.resize(
            coding_id, start, end, based_on=seen), self.widget) is not None

    def toggle_key_quote(self, coding_id: int | None = None) -> bool:
        coding = self._coding(coding_id)
        return coding is not None and self.session.run(
            lambda: self.session.project.codings.set_key_quote(
                coding.id, not coding.is_key_quote), self.widget) is not None

    def edit_memo(self, coding_id: int | None = None) -> bool:
        coding = self._coding(coding_id)
        if coding is None:
            return False
        text = memos.edit_memo_dialog(
            self.widget, self.tr("Memo on a coding of “{0}”").format(
                self.session.code_path(coding.code_id)), coding.memo)
        if text is None or text == coding.memo:
            return False
        changes = self.session.run(lambda: self.session.project.codings.set_memo(
            coding.id, text, based_on=coding.memo), self.widget)
        if changes is not None and changes.result == BOTH_KEPT:
            self.session.status.emit(self.tr(
                "Another coder saved this memo at the same time: both texts are kept."))
        return changes is not None

    def _coding(self, coding_id: int | None) -> Coding | None:
        if coding_id is not None:
            return next((c for c in self.view.codings if c.id == coding_id), None)
        return self.target_coding()
