"""File → Open server project…: a project on the team's PostgreSQL server, by URL.

The URL is remembered among the recent projects without its password. The password is never
stored in plain text: with the ``keyring`` package (the system's keychain: macOS Keychain,
Windows Credential Locker, the Secret Service on Linux) it is kept there when the user asks;
without it, it is asked once per session and held in memory only. A password the server does
not need (``~/.pgpass``, ``PGPASSWORD``, trusted local connections) may be left empty.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.server import is_server_url, safe_url, with_password

KEYRING_SERVICE = "qualcoder-htl"
_session_passwords: dict[str, str] = {}  # URL without password → password, this run only


def _keyring():
    try:
        import keyring
    except Exception:  # not installed, or no usable backend
        return None
    return keyring


def stored_password(url: str) -> str | None:
    if url in _session_passwords:
        return _session_passwords[url]
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, url)
    except Exception:  # a keychain that is locked or missing: ask instead
        return None


def remember_password(url: str, password: str, in_keyring: bool) -> None:
    _session_passwords[url] = password
    keyring = _keyring()
    if in_keyring and keyring is not None and password:
        try:
            keyring.set_password(KEYRING_SERVICE, url, password)
        except Exception:  # no keychain after all: this session only
            pass


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, url: str = ""):
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Open server project"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A project on your team's PostgreSQL server. Everyone who has "
                               "it open sees the others' changes within a few seconds."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit(url)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("postgresql://user@host/database")
        form.addRow(self.tr("Server &URL:"), self.url)
        self.password = QLineEdit(stored_password(url) or "" if url else "")
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.keep = QCheckBox(self.tr("&Remember the password in the system keychain"))
        self.keep.setObjectName("serverKeepPassword")
        if _keyring() is None:
            self.keep.setEnabled(False)
            self.keep.setToolTip(self.tr("No system keychain is available: the password is "
                                         "asked once per session."))
        layout.addWidget(self.keep)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not is_server_url(self.url.text().strip()):
            self.problem.setText(self.tr("The URL starts with postgresql:// and names the "
                                         "server and the database."))
            return
        self.accept()

    def full_url(self) -> str:
        """The URL to connect with (holding the password, if one was typed)."""
        url = safe_url(self.url.text().strip())
        remember_password(url, self.password.text(), self.keep.isChecked())
        return with_password(url, self.password.text())


def open_server_project(window, url: str = "") -> bool:
    """Ask for the URL (and password) and open the project in ``window``."""
    dialog = ServerDialog(window, url)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return window.open_project(dialog.full_url())


def open_location(window, location: str) -> bool:
    """A recent project: a file opens at once; a server URL opens with the password from
    this session or the keychain, else the dialog asks for it."""
    if not is_server_url(location):
        return window.open_project(location)
    password = stored_password(location)
    if password is None:
        return open_server_project(window, location)
    return window.open_project(with_password(location, password))
