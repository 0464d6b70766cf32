"""Pseudonymisation → Move the key to a separate file… / Bring the key back… (asking with the
passphrase dialog of encrypted projects), and the bar above the document that says the key is
kept apart."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from . import prompts
from .encryption_dialogs import PassphraseDialog
from .errors import show_user_error

translate = QCoreApplication.translate
BANNER_NAME = "keyApartBanner"


def ask_passphrase(parent: QWidget | None, title: str, text: str, twice: bool) -> str | None:
    """The passphrase typed, or None (tests answer through this function)."""
    dialog = PassphraseDialog(parent, "", new=twice, title=title, text=text)
    return dialog.field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def split_key(window) -> bool:
    """Ask where and with which passphrase, then move the key out of the project."""
    from ..services.pseudonymisation_keyfile import check_split
    from ..services.pseudonymisation_keyfile import split_key as split
    if window.session is None:
        return False
    project = window.session.project
    if _busy(window, lambda: check_split(project) or True) is None:
        return False
    title = translate("KeyFile", "Move the key to a separate file")
    suggested = str(project.path.with_name(f"{project.path.stem}-nyckel.qhtlkey"))
    path = prompts.save_file(window, title, _filter(), suggested, "qhtlkey")
    if not path:
        return False
    passphrase = ask_passphrase(window, title, translate(
        "KeyFile", "The key file is encrypted with a passphrase of its own. Without it, the "
        "originals cannot be brought back: keep it, and the file, apart from the project."),
        twice=True)
    if passphrase is None:
        return False
    report = _busy(window, lambda: split(project, path, passphrase))
    if report is None:
        return False
    text = translate(
        "KeyFile", "The key is kept apart in {0}: {1} sources now hold pseudonymised text "
        "only, and the project file holds no original. Keep the key file and its passphrase "
        "apart from the project.").format(report.key_file, report.sources)
    if report.backups_deleted:
        text += "\n\n" + translate(
            "KeyFile", "Backups beside the project held the key and were deleted: {0}.").format(
            report.backups_deleted)
    prompts.inform(window, title, text)
    return True


def join_key(window) -> bool:
    """Ask for the key file and its passphrase, then bring the key back."""
    from ..services.pseudonymisation_keyfile import check_join
    from ..services.pseudonymisation_keyfile import join_key as join
    if window.session is None:
        return False
    project = window.session.project
    if _busy(window, lambda: check_join(project) or True) is None:
        return False
    title = translate("KeyFile", "Bring the key back")
    path = prompts.open_file(window, title, _filter(), str(project.path.parent))
    if not path:
        return False
    passphrase = ask_passphrase(window, title, translate(
        "KeyFile", "The passphrase of {0}:").format(Path(path).name), twice=False)
    if passphrase is None:
        return False
    report = _busy(window, lambda: join(project, path, passphrase))
    if report is None:
        return False
    prompts.inform(window, title, translate(
        "KeyFile", "The key is back in the project: {0} sources hold their original text "
        "again.").format(report.sources))
    return True


def _filter() -> str:
    return translate("KeyFile", "qualcoder-htl key files (*.qhtlkey)")


def _busy(window, action):
    """Run the service call under a wait cursor; a ``UserError`` is shown, None returned."""
    from ..core.errors import UserError
    error = result = None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = action()
    except UserError as e:
        error = e
    finally:
        QApplication.restoreOverrideCursor()
    if error is not None:
        show_user_error(window, error)
    return result


# --- the bar that says so ----------------------------------------------------------------------

def add_banner(document, session) -> QLabel:
    """A bar at the top of the document panel, shown while the key is kept apart."""
    from ..services.key_state import key_kept_apart
    banner = QLabel(translate(
        "KeyFile", "The pseudonymisation key is kept apart in a separate key file: the text is "
        "pseudonymised; coding, analysis and exports work as usual. Detection, review and "
        "re-identification need the key back (Pseudonymisation → Bring the key back…)."))
    banner.setObjectName(BANNER_NAME)
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel { background: #e3efff; color: #123a6b; padding: 4px 8px; }")
    document.layout().insertWidget(0, banner)

    def update(changes=None) -> None:
        if changes is None or "project_meta" in changes:
            banner.setVisible(key_kept_apart(session.project))
    session.changed.connect(update)
    update()
    return banner
