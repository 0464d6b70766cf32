"""Encrypted projects in the window: the passphrase asked once per session in a small dialog
(optionally remembered in the system keyring, when the ``keyring`` package is installed), a new
encrypted project, and the Project › Encryption menu: encrypt, change the passphrase, show the
recovery key, decrypt. Each of those closes the project, rewrites the file crash-safely
(``services.encryption``) and opens it again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..services import Project, encryption
from ..services.encryption import Secret
from . import prompts
from . import settings as app_settings

translate = QCoreApplication.translate


class PassphraseDialog(QDialog):
    """The passphrase of the project ``name`` (``new``: a new one, typed twice). With
    ``title`` and ``text`` it asks for another passphrase (a key file's): then without the
    recovery key and the keyring."""

    def __init__(self, parent: QWidget | None, name: str, new: bool = False,
                 title: str | None = None, text: str | None = None):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.new = new
        for_project = text is None
        self.setWindowTitle(title or (self.tr("New passphrase") if new
                                      else self.tr("Encrypted project")))
        layout = QVBoxLayout(self)
        if for_project:
            text = (self.tr("Choose a passphrase for {name}. Without it (or the recovery key) "
                            "nobody can open the project, not even you.") if new
                    else self.tr("{name} is encrypted. Its passphrase:")).format(name=name)
        info = QLabel(text)
        info.setWordWrap(True)
        layout.addWidget(info)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("passphrase")
        layout.addWidget(self.field)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setPlaceholderText(self.tr("The same passphrase again"))
        self.again.setVisible(new)
        layout.addWidget(self.again)
        self.use_recovery = QCheckBox(self.tr("I have the recovery key instead"))
        self.use_recovery.setVisible(for_project and not new)
        self.use_recovery.toggled.connect(self._recovery_toggled)
        layout.addWidget(self.use_recovery)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setVisible(for_project and encryption.keyring_available())
        layout.addWidget(self.remember)
        self.error = QLabel()
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _recovery_toggled(self, on: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if on
                               else QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText("XXXX XXXX XXXX …" if on else "")
        self.remember.setEnabled(not on)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()

    def show_wrong(self) -> None:
        self.show_error(self.tr("That does not open the project. Check it (and the keyboard "
                                "layout) and try again.") if not self.use_recovery.isChecked()
                        else self.tr("That recovery key does not open the project."))

    def accept(self) -> None:
        if not self.field.text():
            self.show_error(self.tr("The passphrase must not be empty."))
            return
        if self.new and self.field.text() != self.again.text():
            self.show_error(self.tr("The two passphrases differ."))
            return
        super().accept()

    def secret(self) -> Secret:
        if self.use_recovery.isChecked():
            return Secret(recovery_key=self.field.text())
        return Secret(self.field.text())


def ask_passphrase(parent: QWidget | None, path: Path, attempt: int) -> Secret | None:
    """The passphrase provider of the window: the keyring's, else the dialog until it opens
    the project or is cancelled (None)."""
    if attempt == 0:
        stored = encryption.stored_passphrase(path)
        if stored:
            return Secret(stored)
    dialog = PassphraseDialog(parent, path.name)
    if attempt:
        dialog.show_wrong()  # the keyring's passphrase no longer opens it
    while dialog.exec() == QDialog.DialogCode.Accepted:
        secret = dialog.secret()
        try:
            if encryption.opens(path, secret):
                if dialog.remember.isChecked() and secret.passphrase:
                    encryption.store_passphrase(path, secret.passphrase)
                return secret
            dialog.show_wrong()
        except UserError as e:  # not a recovery key at all
            dialog.show_error(str(e))
    return None


def install(window: QWidget) -> None:
    """This window asks for the passphrases of the encrypted projects it opens."""
    encryption.set_passphrase_provider(lambda path, attempt: ask_passphrase(window, path,
                                                                           attempt))


def new_passphrase(parent: QWidget | None, name: str) -> str | None:
    dialog = PassphraseDialog(parent, name, new=True)
    return dialog.field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def show_recovery_key(parent: QWidget | None, key: str) -> None:
    dialog = QDialog(parent)
    dialog.setObjectName("recoveryKeyDialog")
    dialog.setWindowTitle(translate("Encryption", "Recovery key"))
    layout = QVBoxLayout(dialog)
    warning = QLabel(translate(
        "Encryption", "This key opens the project without the passphrase. Print it or write it "
        "down now and keep it apart from the computer and the passphrase (in a locked "
        "cabinet, with the project's ethics papers). Anyone who has it can read the project."))
    warning.setWordWrap(True)
    layout.addWidget(warning)
    shown = QLineEdit(key)
    shown.setObjectName("recoveryKey")
    shown.setReadOnly(True)
    shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    shown.setMinimumWidth(shown.fontMetrics().horizontalAdvance(key) + 24)
    layout.addWidget(shown)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)
    dialog.exec()


# --- the menu's actions ----------------------------------------------------------------------

def _rewrite(w, work, label: str) -> str | None:
    """Close the open project, run ``work(path)`` off the GUI thread (a large project takes
    seconds) behind a modal progress note, open it again; what ``work`` returned."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from .workers import Job
    path = w.session.project.path
    w.close_project()
    note = QProgressDialog(label.format(name=path.name), None, 0, 0, w)
    note.setWindowModality(Qt.WindowModality.WindowModal)
    note.setMinimumDuration(0)
    job, loop = Job(lambda progress: work(path)), QEventLoop()
    job.done.connect(loop.quit)
    job.start()
    note.show()
    if not job.finished:
        loop.exec()
    note.close()
    if isinstance(job.error, UserError):
        from .errors import show_user_error
        show_user_error(w, job.error)
    elif job.error is not None:
        w.open_project(path)
        raise job.error
    w.open_project(path)
    return job.result if job.error is None else None


def encrypt_project(w) -> bool:
    project = w.session.project
    if encryption.is_encrypted(project.path):
        prompts.inform(w, translate("Encryption", "Encrypt the project"),
                       translate("Encryption", "The project is already encrypted."))
        return False
    if not prompts.confirm(w, translate("Encryption", "Encrypt the project"), translate(
            "Encryption", "The project is closed, encrypted and opened again; the undo "
            "history is cleared. Backups made before stay unencrypted: delete them "
            "afterwards."), translate("Encryption", "Encrypt")):
        return False
    passphrase = new_passphrase(w, project.path.name)
    if passphrase is None:
        return False
    key = _rewrite(w, lambda path: encryption.encrypt(path, passphrase),
                   translate("Encryption", "Encrypting {name}…"))
    if key:
        show_recovery_key(w, key)
    return key is not None


def change_passphrase(w) -> bool:
    project = w.session.project
    if project.db.key is None:
        prompts.inform(w, translate("Encryption", "Change the passphrase"),
                       translate("Encryption", "The project is not encrypted."))
        return False
    passphrase = new_passphrase(w, project.path.name)
    if passphrase is None:
        return False

    def work(path):
        key = encryption.rekey(path, passphrase)
        if encryption.stored_passphrase(path):
            encryption.store_passphrase(path, passphrase)
        return key
    key = _rewrite(w, work, translate("Encryption", "Changing the passphrase of {name}…"))
    if key:
        show_recovery_key(w, key)
    return key is not None


def show_project_recovery_key(w) -> None:
    key = encryption.recovery_key(w.session.project)
    if key is None:
        prompts.inform(w, translate("Encryption", "Recovery key"),
                       translate("Encryption", "The project is not encrypted."))
        return
    show_recovery_key(w, key)


def decrypt_project(w) -> bool:
    project = w.session.project
    if project.db.key is None:
        prompts.inform(w, translate("Encryption", "Decrypt the project"),
                       translate("Encryption", "The project is not encrypted."))
        return False
    if not prompts.confirm(w, translate("Encryption", "Decrypt the project"), translate(
            "Encryption", "The project will be stored unencrypted: anyone who gets the file "
            "can read every transcript. The project is closed and opened again; the undo "
            "history is cleared."), translate("Encryption", "Decrypt")):
        return False

    def work(path):
        encryption.decrypt(path)
        encryption.store_passphrase(path, None)
        return "done"
    return _rewrite(w, work, translate("Encryption", "Decrypting {name}…")) is not None


def new_encrypted_project(w) -> bool:
    path = prompts.save_file(w, translate("Encryption", "New encrypted project"),
                             translate("Encryption", "qualcoder-htl projects (*.qhtl)"),
                             suffix=".qhtl")
    if not path:
        return False
    passphrase = new_passphrase(w, Path(path).name)
    if passphrase is None:
        return False
    try:
        project = Project.create(path, coder=w.coder or app_settings.coder_name(),
                                 passphrase=passphrase)
        app_settings.apply_new_project_defaults(project)
    except UserError as e:
        from .errors import show_user_error
        show_user_error(w, e)
        return False
    w.set_project(project)
    show_recovery_key(w, encryption.recovery_key(project))
    return True


def add_new_action(w, file_menu, act) -> None:
    """File › New encrypted project; and this window asks for passphrases from now on."""
    install(w)
    act(file_menu, translate("Menus", "New &encrypted project…"),
        lambda: new_encrypted_project(w), None, "new_encrypted", needs_project=False)


def add_menu(w, project_menu, act) -> None:
    """Project › Encryption."""
    m = project_menu.addMenu(translate("Menus", "En&cryption"))
    act(m, translate("Menus", "&Encrypt the project…"), lambda: encrypt_project(w), None,
        "encrypt", tip=translate("Menus", "Store the project encrypted with a passphrase"))
    act(m, translate("Menus", "&Change the passphrase…"), lambda: change_passphrase(w), None,
        "rekey")
    act(m, translate("Menus", "Show the &recovery key…"),
        lambda: show_project_recovery_key(w), None, "recovery_key")
    act(m, translate("Menus", "&Decrypt the project…"), lambda: decrypt_project(w), None,
        "decrypt")
