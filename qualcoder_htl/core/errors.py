"""Errors a user can meet. Each carries a message a researcher understands.

The GUI shows them in a dialog, the CLI prints them as one line and exits non-zero.
"""
from .messages import catalogue

catalogue({"import.file_error": ("{path}: {reason}", "{path}: {reason}")})


class UserError(Exception):
    """Base class: something the user can fix (bad input, missing file, conflict).

    Raise it with a ``core.messages.Message`` (``UserError(msg("key", ...))``) so that the GUI
    and the CLI show it in the user's language; ``str(error)`` renders it."""

    @property
    def message(self):
        """The ``Message`` it was raised with, or None for a plain string."""
        from .messages import Message
        first = self.args[0] if self.args else None
        return first if isinstance(first, Message) else None


class ProjectError(UserError):
    """The project file cannot be created, opened or migrated."""


class WrongPassphraseError(ProjectError):
    """The passphrase or recovery key does not open an encrypted project."""


class PassphraseNeededError(ProjectError):
    """The project is encrypted and no passphrase was given (none set, or a dialog cancelled)."""


class ReadOnlyProjectError(ProjectError):
    """A change was asked of a project that is open read-only."""


class ImportFileError(UserError):
    """One file cannot be imported (unsupported, broken, unreadable, too large).

    ``message`` is a ``Message`` (rendered in the interface language when shown) or, from
    older code, a plain string. ``reason`` is the rendered reason without the file name."""

    def __init__(self, path: str, message):
        from .messages import Message, msg

        if isinstance(message, Message):
            super().__init__(msg("import.file_error", path=path, reason=message))
        else:
            super().__init__(f"{path}: {message}")
        self.path = path
        self.reason_message = message

    @property
    def reason(self) -> str:
        return str(self.reason_message)


class NotFoundError(UserError):
    """A named source, code, coder or attribute does not exist."""


class ConflictError(UserError):
    """The change would break a rule (duplicate name, cycle in the code tree, ...)."""


class StaleEditError(ConflictError):
    """An edit started from a value someone else has changed since (another coder on a shared
    project, another program): refused, nothing written; the message names what changed and
    its current value, so the user can redo the edit knowingly. ``changes``: the rows whose
    current values a window should show again (a ``core.changes.Changes``), or None."""

    def __init__(self, message, changes=None):
        super().__init__(message)
        self.changes = changes


class InvalidSpanError(UserError):
    """A span lies outside its text or is empty."""


class NothingToUndo(UserError):
    """Undo or redo was asked for with an empty stack."""


class Cancelled(Exception):
    """Long work was cancelled by the user. Not an error; callers report it."""


class ProjectLockedError(ProjectError):
    """The project is open elsewhere (another program, computer or user). Carries who has it
    so the GUI can offer to open it read-only."""

    def __init__(self, message, user: str = "", host: str = "", since: str = ""):
        super().__init__(message)
        self.user = user
        self.host = host
        self.since = since


class ProjectBusyError(UserError):
    """Another program or task kept the project's write lock for longer than we wait."""


class UndoConflictError(UserError):
    """Undo or redo would overwrite rows that changed since the action: refused, nothing done."""


from .messages import catalogue  # noqa: E402  (texts shared by several services)

catalogue({
    "error.no_source_id": ("No source with id {id}.", "Ingen källa med id {id}."),
    "error.no_code_id": ("No code with id {id}.", "Ingen kod med id {id}."),
    "error.no_coding_id": ("No coding with id {id}.", "Ingen kodning med id {id}."),
    "error.no_attribute_id": ("No attribute with id {id}.", "Inget attribut med id {id}."),
    "error.no_case_id": ("No case with id {id}.", "Inget fall med id {id}."),
    "error.no_memo_id": ("No memo with id {id}.", "Inget memo med id {id}."),
    "error.span_outside": ("The span {start}–{end} lies outside the text (0–{length}) or is "
                           "empty.",
                           "Spannet {start}–{end} ligger utanför texten (0–{length}) eller är "
                           "tomt."),
    "error.no_file": ("No file at {path}.", "Ingen fil finns på {path}."),
    "error.no_folder": ("No folder at {path}.", "Ingen mapp finns på {path}."),
    "error.nothing_to_undo": ("Nothing to undo.", "Det finns inget att ångra."),
    "error.nothing_to_redo": ("Nothing to redo.", "Det finns inget att göra om."),
})
