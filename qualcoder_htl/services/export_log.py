"""The export log: every export, shared copy, key export, agreement report, retirement of
the originals and move of the key to a key file and back, with the time, the coder, what, the
final file name (never a folder) and the result, kept inside the project and printable for a
data management plan.

A row is bookkeeping, not an undo step: it is written with ``undoable=False``. A refused or
failed export is logged with its reason as a message key (``guard.refused``), never as text,
which could quote an original. The file name logged is the final, pseudonymised one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..core.errors import UserError
from ..core.messages import catalogue, msg
from ..store.database import utcnow
from ..store.writer import Writer

catalogue({
    "export.what.key": ("The key export", "Nyckelexporten"),
    "export.what.log": ("The export log", "Exportloggen"),
    "export.what.retire": ("Retiring the originals", "Avveckling av originalen"),
    "export.what.key_split": ("The key moved to a key file", "Nyckeln flyttad till en nyckelfil"),
    "export.what.key_join": ("The key brought back", "Nyckeln hämtad tillbaka"),
    "export.failed": ("The export failed.", "Exporten misslyckades."),
    "exportlog.undo.log": ("Log export", "Logga export"),
    "exportlog.undo.retire": ("Retire the originals", "Avveckla originalen"),
    "exportlog.ok": ("written", "skriven"),
    "exportlog.refused": ("refused", "stoppad"),
    "exportlog.failed": ("failed", "misslyckades"),
    "exportlog.title": ("Export log of {name}", "Exportlogg för {name}"),
    "exportlog.header": ("Time (UTC)\tCoder\tWhat\tFile\tResult\tReason",
                         "Tid (UTC)\tKodare\tVad\tFil\tResultat\tOrsak"),
    "exportlog.empty": ("Nothing has been exported from this project.",
                        "Inget har exporterats från det här projektet."),
    "exportlog.format": ("The export log is written as .txt or .docx, not {fmt}.",
                         "Exportloggen skrivs som .txt eller .docx, inte {fmt}."),
})

OK, REFUSED, FAILED = "ok", "refused", "failed"


@dataclass(frozen=True)
class ExportLogEntry:
    id: int
    at: datetime
    coder: str
    kind: str  # the tail of an ``export.what.*`` key: report, copy, key, agreement, ...
    file_name: str
    result: str  # ok, refused, failed
    reason: str  # a message key, or ""

    def what(self, lang: str | None = None) -> str:
        return msg(f"export.what.{self.kind}").text(lang)

    def result_text(self, lang: str | None = None) -> str:
        return msg(f"exportlog.{self.result}").text(lang)

    def reason_text(self, lang: str | None = None) -> str:
        """The reason's message key rendered without its arguments (they could hold a path)."""
        return self.reason and _reason_heading(self.reason, lang)

    def as_dict(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(), "coder": self.coder,
                "kind": self.kind, "file_name": self.file_name, "result": self.result,
                "reason": self.reason}


def _reason_heading(key: str, lang: str | None) -> str:
    headings = {"guard.refused": "exportlog.refused"}
    return msg(headings.get(key, "export.failed")).text(lang) + f" ({key})"


def log_row(w: Writer, project, kind: str, file_name: str, result: str = OK,
            reason: str = "") -> None:
    """Insert one log row in the transaction of ``w``."""
    w.insert("export_log", {"at": utcnow(), "coder": project.coder.name, "kind": kind,
                            "file_name": Path(file_name).name, "result": result,
                            "reason": reason})


def record(project, kind: str, file_name: str, error: BaseException | None = None,
           also: Callable[[Writer], object] | None = None) -> None:
    """Log one export (``error``: why it was refused or failed) in a transaction of its own
    that is not an undo step; ``also(w)`` adds other bookkeeping rows to it. A project open
    read-only cannot record (it is not written at all)."""
    if project is None or project.read_only:
        return
    result, reason = OK, ""
    if error is not None:
        message = error.message if isinstance(error, UserError) else None
        reason = message.key if message is not None else "export.failed"
        result = REFUSED if reason == "guard.refused" else FAILED

    if also is not None and error is None:  # rows that name the coder by id: the coder's row
        def do(w: Writer) -> None:
            log_row(w, project, kind, file_name, result, reason)
            also(w)
        project.mutate(msg("exportlog.undo.log"), do, undoable=False)
        return
    # the log names the coder as text: an export by a reader writes no coder row
    with project.db.write() as w:
        log_row(w, project, kind, file_name, result, reason)


def entries(project) -> list[ExportLogEntry]:
    from ..store import reads
    with project.db.read() as conn:
        return [ExportLogEntry(**row) for row in reads.export_log_rows(conn)]


def as_text(project, rows: list[ExportLogEntry], lang: str | None = None) -> str:
    lines = [msg("exportlog.title", name=project.name).text(lang), "",
             msg("exportlog.header").text(lang)]
    for r in rows:
        lines.append("\t".join((r.at.strftime("%Y-%m-%d %H:%M:%S"), r.coder, r.what(lang),
                                r.file_name, r.result_text(lang), r.reason_text(lang))))
    if not rows:
        lines.append(msg("exportlog.empty").text(lang))
    return "\n".join(lines) + "\n"


def write_log(project, path: str | Path, lang: str | None = None) -> Path:
    """Print the log to .txt or .docx, through the export guard (and logged itself)."""
    from .export_guard import export_record

    path = Path(path)
    fmt = path.suffix.lower()
    if fmt not in (".txt", ".docx"):
        raise UserError(msg("exportlog.format", fmt=fmt or path.name))
    text = as_text(project, entries(project), lang)

    def write(tmp: Path, text: str) -> None:
        if fmt == ".txt":
            tmp.write_text(text, encoding="utf-8")
            return
        from docx import Document
        doc = Document()
        lines = text.rstrip("\n").split("\n")
        doc.add_heading(lines[0], level=1)
        cells = [line.split("\t") for line in lines[2:]]
        table = doc.add_table(rows=0, cols=max(len(c) for c in cells))
        for row in cells:
            out = table.add_row().cells
            for i, value in enumerate(row):
                out[i].text = value
        doc.save(tmp)
    return export_record(project, path, text, write, "export.what.log")
