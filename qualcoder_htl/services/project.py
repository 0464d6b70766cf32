"""``Project``: the open project, its current coder, undo stack and sub-services."""
from __future__ import annotations

import getpass
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .. import __version__
from ..core.changes import Changes
from ..core.errors import ProjectError, ReadOnlyProjectError
from ..core.messages import Message, catalogue, msg
from ..core.models import Coder
from ..core.undo import UndoEntry, UndoStack
from ..store import reads
from ..store.database import PROJECT_SUFFIX, Database, utcnow
from ..store.postgres import is_server_url, safe_url
from ..store.readonly import can_write
from ..store.writer import RowOp, Writer, changes_of

catalogue({
    "project.undo.settings": (
        "Project settings",
        "Projektinställningar"),
})

# Attributes every project starts with: (name, value type, role). Roles let analysis find
# "the organisational level" whatever a project calls it.
BUILTIN_ATTRIBUTES = (
    ("Respondentgrupp", "text", "respondent_group"),
    ("Organisationsnivå", "text", "org_level"),
    ("Omgång", "number", "round"),
    ("Datum", "date", "date"),
    ("Skola", "text", "school"),
    ("Profession", "text", "profession"),
    ("Enhet", "text", "unit"),
    ("Intervjuare", "text", "interviewer"),
    ("Intervjunummer", "number", "interview_no"),
)
DEFAULT_CITATION = "Intervju {Intervjunummer}, {Respondentgrupp}"

catalogue({
    "project.read_only": (
        "{name} is open read-only (the file, its folder or the disk cannot be written): you "
        "can read, search, analyse and export, but not change it.",
        "{name} är öppnat skrivskyddat (filen, mappen eller disken går inte att skriva till): "
        "du kan läsa, söka, analysera och exportera, men inte ändra."),
    "project.coder_empty": ("A coder name must not be empty.",
                            "Ett kodarnamn får inte vara tomt."),
    "project.others_changes": ("Changes by other coders", "Ändringar av andra kodare"),
})


@dataclass
class Batch:
    """One user action made of several steps (an import, a multi-delete, applying decisions):
    one transaction, one undo entry, one notification. ``label`` may change until the end;
    ``changes`` is set when the batch has committed."""

    label: Message
    changes: Changes | None = None
    parts: list[Changes] = field(default_factory=list)


def default_coder_name() -> str:
    try:
        return getpass.getuser() or "coder"
    except Exception:  # no login name (some containers)
        return "coder"


class Project:
    def __init__(self, db: Database, coder_name: str | None = None,
                 default_coder: str | None = None):
        from .attributes import AttributeService
        from .codebook import CodebookService
        from .codings import CodingService
        from .importing import ImportService
        from .memos import MemoService
        from .search import SearchService
        from .sources import SourceService

        self.db = db
        self.backup_dir: Path | None = None  # where backup() puts copies (None: beside the file)
        self.undo_stack = UndoStack()
        self._batches = threading.local()  # the batch open on each thread, if any
        self._listeners: list[Callable[[Changes], None]] = []
        # the coder's row is written with the first change, not on open: reading (info,
        # search, a report, a read-only project) writes nothing. A copy for a coder
        # (services.coder_copy) names its coder: the default there, before ``default_coder``
        # (the window's saved name) and the login name.
        self._coder = self._find_coder(coder_name or self.meta().get("coder_copy_for")
                                       or default_coder or default_coder_name())
        self.sources = SourceService(self)
        self.codebook = CodebookService(self)
        self.codings = CodingService(self)
        self.attributes = AttributeService(self)
        self.memos = MemoService(self)
        self.search = SearchService(self)
        self.importer = ImportService(self)

    # analysis (numpy) and pseudonymisation (spaCy, name lists) load on first use, so opening a
    # project stays fast
    @cached_property
    def analysis(self):
        from .analysis import AnalysisService
        return AnalysisService(self)

    @cached_property
    def agreement(self):
        from .agreement import AgreementService
        return AgreementService(self)

    @cached_property
    def comparison(self):
        from .comparison import ComparisonService
        return ComparisonService(self)

    @cached_property
    def team(self):
        from .team import TeamService
        return TeamService(self)

    @cached_property
    def pseudonymisation(self):
        from .pseudonymisation import PseudonymisationService
        return PseudonymisationService(self)

    # --- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, name: str | None = None,
               coder: str | None = None, passphrase: str | None = None) -> Project:
        """A new project file; with ``passphrase``, encrypted (``services.encryption``)."""
        if is_server_url(path):  # a project on a PostgreSQL server
            db = Database.create(str(path))
            path = Path(db.path)
        else:
            path = Path(path)
            if path.suffix != PROJECT_SUFFIX:
                path = path.with_name(path.name + PROJECT_SUFFIX)
            db = Database.create(path, passphrase=passphrase)
        with db.write() as w:
            now = utcnow().isoformat()
            for key, value in (("name", name or path.stem), ("created_at", now),
                               ("created_by_version", __version__),
                               ("citation_template", DEFAULT_CITATION)):
                w.insert("project_meta", {"key": key, "value": value})
            for order, (attr, vtype, role) in enumerate(BUILTIN_ATTRIBUTES):
                w.insert("attribute_defs", {"name": attr, "value_type": vtype, "role": role,
                                            "applies_to": "source", "choices": "",
                                            "sort_order": order})
            # the creator is its first coder: recorded now, in the creating transaction
            creator = (coder or default_coder_name()).strip()
            if creator:
                w.insert("coders", {"name": creator, "created_at": utcnow()})
        try:
            return cls(db, coder)
        except BaseException:
            db.close()
            raise

    @classmethod
    def open(cls, path: str | Path, coder: str | None = None,
             backup_dir: Path | None = None, read_only: bool | None = None,
             default_coder: str | None = None, secret=None) -> Project:
        """Open for writing (holding the project's lock; ``ProjectLockedError`` names who has
        it elsewhere) or ``read_only`` (no lock, works while another has it open; nothing is
        written, changes are refused). ``read_only=None`` opens read-only exactly when the
        file, its folder or the disk cannot be written. An encrypted project opens with
        ``secret`` (``encryption.Secret``), a key given earlier in this session, or the
        passphrase provider's answer."""
        if read_only is None:
            read_only = (not is_server_url(path) and Path(path).is_file()
                         and not can_write(path))
        db = Database.open(path, backup_dir=backup_dir, read_only=read_only, secret=secret)
        try:
            project = cls(db, coder, default_coder)
        except BaseException:
            db.close()
            raise
        project.backup_dir = Path(backup_dir) if backup_dir else None
        return project

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def location(self) -> str:
        """What opens the project again: the file's path, or the server URL (without a
        password: safe to show and to list among recent projects)."""
        return safe_url(self.db.url) if self.db.url is not None else str(self.db.path)

    @property
    def is_on_server(self) -> bool:
        return self.db.url is not None

    @property
    def name(self) -> str:
        return self.meta().get("name", self.path.stem)

    def meta(self) -> dict[str, str]:
        with self.db.read() as conn:
            return reads.meta(conn)

    def set_meta(self, key: str, value: str) -> Changes:
        return self.set_meta_many({key: value})

    def set_meta_many(self, values: dict[str, str], label: Message | None = None,
                      drop_empty: bool = False) -> Changes:
        """Several settings (title, description, citation templates) as one undo step; with
        ``drop_empty`` an empty value removes its setting."""
        def do(w: Writer) -> None:
            for key, value in values.items():
                if w.get("project_meta", key):
                    if drop_empty and value == "":
                        w.delete("project_meta", key)
                    else:
                        w.update("project_meta", key, {"value": value})
                elif value != "" or not drop_empty:
                    w.insert("project_meta", {"key": key, "value": value})
        return self.mutate(label or msg("project.undo.settings"), do)

    def backup(self, label: str = "backup", folder: Path | None = None) -> Path:
        return self.db.backup(label=label, folder=folder or self.backup_dir)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def check_writable(self) -> None:
        """Raise ``ReadOnlyProjectError`` (translated) when the project is open read-only."""
        if self.db.read_only:
            raise ReadOnlyProjectError(msg("project.read_only", name=self.path.name))

    # --- coders ----------------------------------------------------------------------------
    @property
    def coder(self) -> Coder:
        """The current coder; its ``id`` is None until the first change writes its row."""
        return self._coder

    def _find_coder(self, name: str) -> Coder:
        name = name.strip()
        if not name:
            raise ProjectError(msg("project.coder_empty"))
        with self.db.read() as conn:
            existing = reads.coder_by_name(conn, name)
        return existing or Coder(None, name)

    def _ensure_coder_row(self) -> None:
        """Write the current coder's row before the first change that records it."""
        if self._coder.id is not None:
            return
        with self.db.read() as conn:  # another window may have added it meanwhile
            existing = reads.coder_by_name(conn, self._coder.name)
        if existing is None:
            with self.db.write() as w:
                existing = Coder(w.insert("coders", {"name": self._coder.name,
                                                     "created_at": utcnow()}), self._coder.name)
        self._coder = existing

    def set_coder(self, name: str) -> Coder:
        self._coder = self._find_coder(name)
        return self._coder

    def coders(self) -> list[Coder]:
        with self.db.read() as conn:
            return reads.coder_list(conn)

    # --- mutations and undo ----------------------------------------------------------------
    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        """``listener(changes)`` after every mutation, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def mutate(self, label: Message, action: Callable[[Writer], object],
               undoable: bool = True) -> Changes:
        """Run ``action`` in one transaction; record it for undo; tell listeners. Inside a
        ``batch`` it is a step of the batch's transaction (a savepoint: if it fails, only its
        own rows go) and the batch records it."""
        ops, result = self.transaction(action)
        if self.current_batch() is not None:
            changes = changes_of(ops, label)
            self.current_batch().parts.append(changes)
        else:
            changes = self.record(label, ops, undoable)
        changes.result = result
        return changes

    def transaction(self, action: Callable[[Writer], object]) -> tuple[list[RowOp], object]:
        """Run ``action`` in one transaction (a savepoint inside a batch) and return its row
        log, without recording it."""
        self.check_writable()
        self._ensure_coder_row()
        with self.db.write() as w:
            result = action(w)
        return w.ops, result

    def current_batch(self) -> Batch | None:
        return getattr(self._batches, "batch", None)

    @contextmanager
    def batch(self, label: Message) -> Iterator[Batch]:
        """One user action made of several service calls::

            with project.batch(msg("sources.undo.delete_many", n=3)):
                for sid in ids:
                    project.sources.delete(sid)

        is one transaction (all or nothing), one undo entry and one notification. A batch
        inside a batch on the same thread joins the outer one."""
        outer = self.current_batch()
        if outer is not None:
            yield outer
            return
        self.check_writable()
        self._ensure_coder_row()  # before the batch: the coder's row is not part of its undo
        batch = Batch(label)
        self._batches.batch = batch
        try:
            with self.db.write() as w:
                yield batch
        finally:
            self._batches.batch = None
        batch.changes = self.record(batch.label, w.ops)

    def record(self, label: Message, ops: list[RowOp], undoable: bool = True) -> Changes:
        """Push the row log of one committed transaction as one undo entry."""
        changes = changes_of(ops, label)
        if ops and undoable:
            self.undo_stack.push(UndoEntry(
                label,
                undo=lambda: changes_of(self.db.revert(ops), label),
                redo=lambda: changes_of(self.db.replay(ops), label)))
        if ops:
            self._notify(changes)
        return changes

    def poll_changes(self) -> Changes | None:
        """What other programs committed to a server project since the last call, told to
        the listeners as one notification (as one's own changes are); None when nothing
        changed, and always for a project file. The first call starts listening. Undo is
        untouched: it holds this program's own actions only."""
        if self.db.server is None:
            return None
        changes = Changes(msg("project.others_changes"))
        for touched in self.db.server.poll(self.db):
            for table, ids in touched.items():
                for row_id in ids:
                    changes.add(table, row_id)
        if not changes:
            return None
        self._notify(changes)
        return changes

    def undo(self) -> Changes:
        changes = self.undo_stack.undo()
        self._notify(changes)
        return changes

    def redo(self) -> Changes:
        changes = self.undo_stack.redo()
        self._notify(changes)
        return changes

    # --- overview --------------------------------------------------------------------------
    def info(self) -> dict:
        """Counts of sources, words, codes, codings; sources, words and codings per attribute
        value."""
        with self.db.read() as conn:
            counts = reads.counts(conn)
            attrs = reads.attribute_list(conn, "source")
            values = reads.source_values(conn)
            summaries = {s.id: s for s in reads.source_list(conn)}
            codings_per_source = reads.coding_count_by_source(conn)
        per_attribute: dict[str, dict[str, dict[str, int]]] = {}
        for attr in attrs:
            table: dict[str, dict[str, int]] = {}
            for sid, summary in summaries.items():
                value = values.get(sid, {}).get(attr.id)
                if value is None:
                    continue
                cell = table.setdefault(value, {"sources": 0, "words": 0, "codings": 0})
                cell["sources"] += 1
                cell["words"] += summary.word_count
                cell["codings"] += codings_per_source.get(sid, 0)
            if table:
                per_attribute[attr.name] = dict(sorted(table.items()))
        return {"name": self.name, "path": str(self.path), **counts,
                "by_attribute": per_attribute}
