"""Encrypted projects in the window: the passphrase dialog (asked once per session, a wrong
passphrase said in the dialog and asked again, cancelling opens nothing), the keyring
checkbox, and encrypting the open project from the menu (with the recovery key shown)."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QProgressDialog

from qualcoder_htl.gui.encryption_dialogs import PassphraseDialog
from qualcoder_htl.services import Project, encryption
from qualcoder_htl.store import cipher

PASSPHRASE = "korrekt häst"


pytestmark = pytest.mark.usefixtures("fresh_key_session")


def answer_dialogs(answers: list):
    """Answer the modal dialogs as they come: text for a passphrase dialog (typed twice in a
    new-passphrase one), None to cancel, "ok" to close another dialog. Returns what each
    passphrase dialog said as it came up (its error line)."""
    said = []

    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QProgressDialog):
            QTimer.singleShot(10, step)  # the progress note of the rewrite closes by itself
            return
        answer = answers.pop(0)
        if isinstance(dialog, PassphraseDialog):
            said.append(dialog.error.text() if not dialog.error.isHidden() else "")
            if answer is None:
                dialog.reject()
            else:
                dialog.field.setText(answer)
                dialog.again.setText(answer)
                dialog.findChild(QDialogButtonBox).button(
                    QDialogButtonBox.StandardButton.Ok).click()
        else:
            said.append(dialog.objectName())
            dialog.accept()
        if answers:
            QTimer.singleShot(10, step)
    QTimer.singleShot(0, step)
    return said


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "hemligt.qhtl"
    Project.create(path, coder="tester", passphrase=PASSPHRASE).close()
    cipher.forget_all()
    return path


def test_a_wrong_passphrase_is_said_and_asked_again_then_not_again(make_window, encrypted):
    window = make_window()
    said = answer_dialogs(["fel", PASSPHRASE])
    assert window.open_project(encrypted)
    assert said[0] == "" and "does not open" in said[1]
    assert window.session.project.db.key is not None
    window.close_project()
    assert window.open_project(encrypted)  # this session knows it: no dialog (it would block)


def test_cancelling_the_passphrase_opens_nothing(make_window, encrypted):
    window = make_window()
    said = answer_dialogs([None])
    assert not window.open_project(encrypted)
    assert window.session is None and said == [""]


def test_the_recovery_key_in_the_dialog(make_window, tmp_path, qtbot):
    path = tmp_path / "r.qhtl"
    with Project.create(path, passphrase=PASSPHRASE) as p:
        key = encryption.recovery_key(p)
    cipher.forget_all()
    window = make_window()

    def with_recovery():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, with_recovery)
            return
        dialog.use_recovery.setChecked(True)
        dialog.field.setText(key.lower())
        dialog.accept()
    QTimer.singleShot(0, with_recovery)
    assert window.open_project(path)


def test_the_keyring_checkbox_only_when_a_keyring_is_there(qtbot, monkeypatch, encrypted):
    dialog = PassphraseDialog(None, "p.qhtl")
    qtbot.addWidget(dialog)
    assert dialog.remember.isVisibleTo(dialog) == encryption.keyring_available()

    class MemoryKeyring:  # the system's keyring stands outside the test: one in memory
        store: dict = {}

        def get_password(self, service, name):
            return self.store.get((service, name))

        def set_password(self, service, name, value):
            self.store[(service, name)] = value

        def delete_password(self, service, name):
            self.store.pop((service, name), None)
    monkeypatch.setattr(encryption, "_keyring", lambda: MemoryKeyring())
    shown = PassphraseDialog(None, "p.qhtl")
    qtbot.addWidget(shown)
    assert shown.remember.isVisibleTo(shown)
    from qualcoder_htl.gui.encryption_dialogs import ask_passphrase

    def remember():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, remember)
            return
        dialog.field.setText(PASSPHRASE)
        dialog.remember.setChecked(True)
        dialog.accept()
    QTimer.singleShot(0, remember)
    assert ask_passphrase(None, encrypted, 0).passphrase == PASSPHRASE
    assert encryption.stored_passphrase(encrypted) == PASSPHRASE
    assert ask_passphrase(None, encrypted, 0).passphrase == PASSPHRASE  # no dialog now


def test_encrypt_the_open_project_from_the_menu(make_window, project, answers):
    path = project.path
    window = make_window(project)
    answers.queue["confirm"].append(True)
    said = answer_dialogs([PASSPHRASE, "ok"])
    window.actions_.encrypt.trigger()
    assert said == ["", "recoveryKeyDialog"]
    assert encryption.is_encrypted(path)
    assert window.session is not None and window.session.project.db.key is not None
    assert window.session.project.info()["sources"] == 3


def test_change_the_passphrase_then_decrypt_from_the_menu(make_window, encrypted, answers):
    from qualcoder_htl.services.encryption import Secret
    window = make_window()
    answer_dialogs([PASSPHRASE])
    assert window.open_project(encrypted)
    said = answer_dialogs(["ny fras", "ok"])
    window.actions_.rekey.trigger()
    assert said == ["", "recoveryKeyDialog"]
    assert window.session is not None  # open again, without asking
    cipher.forget_all()
    assert not encryption.opens(encrypted, Secret(PASSPHRASE))
    assert encryption.opens(encrypted, Secret("ny fras"))
    said = answer_dialogs(["ok"])
    window.actions_.recovery_key.trigger()
    assert said == ["recoveryKeyDialog"]
    answers.queue["confirm"].append(True)
    window.actions_.decrypt.trigger()
    assert not encryption.is_encrypted(encrypted)
    assert window.session is not None and window.session.project.db.key is None
