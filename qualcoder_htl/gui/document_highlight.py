"""Speaker turns set off in the transcript: labels bold, the interviewer's words muted,
timestamps grey. A ``QSyntaxHighlighter`` formats block by block, so a long transcript costs
one cheap Python call per paragraph and nothing is written into the document itself."""
from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..core.models import Turn
from .offsets import OffsetMap

_TS = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?"
_LABEL = re.compile(rf"^\s*(?P<ts>{_TS})?\s*(?P<label>\[?[^\s:\[\]][^:\n]{{0,40}}?\]?[ \t]?:)")
_TS_ONLY = re.compile(rf"\s*{_TS}\s*")
_TIMESTAMP = re.compile(r"[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]")

LABEL_COLOR = "#1f2a44"
INTERVIEWER_LABEL_COLOR = "#56627a"
INTERVIEWER_TEXT_COLOR = "#4b5563"
TIMESTAMP_COLOR = "#8a8f98"


class TurnHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._starts: list[int] = []  # Qt positions of turn starts, sorted
        self._turns: list[tuple[int, int, bool]] = []  # (qt start, qt end, is interviewer)
        self._label = QTextCharFormat()
        self._label.setFontWeight(QFont.Weight.Bold)
        self._label.setForeground(QColor(LABEL_COLOR))
        self._interviewer_label = QTextCharFormat(self._label)
        self._interviewer_label.setForeground(QColor(INTERVIEWER_LABEL_COLOR))
        self._interviewer_text = QTextCharFormat()
        self._interviewer_text.setForeground(QColor(INTERVIEWER_TEXT_COLOR))
        self._timestamp = QTextCharFormat()
        self._timestamp.setForeground(QColor(TIMESTAMP_COLOR))

    def set_turns(self, turns: list[Turn], offsets: OffsetMap) -> None:
        """Call before the text is set: the document highlights as it fills."""
        spans = sorted((offsets.to_qt(t.start), offsets.to_qt(t.end), t.is_interviewer)
                       for t in turns)
        self._turns = spans
        self._starts = [s for s, _, _ in spans]

    def turn_at(self, position: int) -> tuple[int, int, bool] | None:
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and position < self._turns[i][1]:
            return self._turns[i]
        return None

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not self._turns and "[" not in text and "(" not in text:
            return
        block_pos = self.currentBlock().position()
        turn = self.turn_at(block_pos)
        u16 = OffsetMap(text) if not text.isascii() else None
        to_qt = u16.to_qt if u16 is not None else (lambda i: i)
        if turn is not None and turn[2]:
            self.setFormat(0, to_qt(len(text)), self._interviewer_text)
        for m in _TIMESTAMP.finditer(text):
            self.setFormat(to_qt(m.start()), to_qt(m.end()) - to_qt(m.start()), self._timestamp)
        if turn is not None and self._starts_turn(block_pos, turn[0]):
            m = _LABEL.match(text)
            if m:
                if m.group("ts"):
                    start, end = to_qt(m.start("ts")), to_qt(m.end("ts"))
                    self.setFormat(start, end - start, self._timestamp)
                start, end = to_qt(m.start("label")), to_qt(m.end("label"))
                fmt = self._interviewer_label if turn[2] else self._label
                self.setFormat(start, end - start, fmt)

    def _starts_turn(self, block_pos: int, turn_start: int) -> bool:
        """The label line of a turn: its first line, or the second after a timestamp line."""
        if block_pos == turn_start:
            return True
        previous = self.currentBlock().previous()
        return (previous.isValid() and previous.position() == turn_start
                and _TS_ONLY.fullmatch(previous.text()) is not None)
