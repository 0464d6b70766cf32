"""Pseudonymisation ▸ Move the key to a separate file… and ▸ Bring the key back… (real widgets
offscreen, a real key, a real key file): the file dialog and the passphrase asked, the bar
above the document while the key is apart, a wrong passphrase shown and nothing changed."""
from qualcoder_htl.core.errors import UserError
from qualcoder_htl.gui import key_file_actions
from qualcoder_htl.gui.encryption_dialogs import PassphraseDialog
from qualcoder_htl.gui.key_file_actions import BANNER_NAME
from qualcoder_htl.pseudonymise.suggestions import PERSON
from qualcoder_htl.services.key_state import key_kept_apart


def test_move_the_key_out_and_back_from_the_menu(qtbot, make_window, project, answers,
                                                  tmp_path, monkeypatch):
    sid = project.ids["skola_a_01.txt"]
    text = project.sources.get(sid).text
    at = text.index("rektorn")
    project.pseudonymisation.add_span(sid, at, at + len("rektorn"), PERSON)
    window = make_window(project)
    banner = window.document.findChild(type(window.document.info), BANNER_NAME)
    assert banner is not None and banner.isHidden()
    phrases = ["en lösenfras"]
    monkeypatch.setattr(key_file_actions, "ask_passphrase",
                        lambda parent, title, text, twice: phrases.pop(0))
    keyfile = tmp_path / "nyckel.qhtlkey"
    answers.queue["save_file"].append(str(keyfile))
    window.actions_.pseudo_key_split.trigger()
    assert keyfile.exists() and key_kept_apart(project)
    assert "rektorn" not in project.sources.get(sid).text
    assert not banner.isHidden()
    assert answers.asked[-1][0] == "inform"

    shown = []
    monkeypatch.setattr(key_file_actions, "show_user_error", lambda w, e: shown.append(e))
    phrases.append("fel")
    answers.queue["open_file"].append(str(keyfile))
    window.actions_.pseudo_key_join.trigger()
    assert isinstance(shown[-1], UserError) and "passphrase" in str(shown[-1])
    assert key_kept_apart(project)

    phrases.append("en lösenfras")
    answers.queue["open_file"].append(str(keyfile))
    window.actions_.pseudo_key_join.trigger()
    assert not key_kept_apart(project) and project.sources.get(sid).text == text
    assert banner.isHidden()


def test_passphrase_dialog_asks_twice_when_making_a_key_file(qtbot):
    dialog = PassphraseDialog(None, "", new=True, title="t", text="x")
    qtbot.addWidget(dialog)
    dialog.field.setText("abc")
    dialog.again.setText("abd")
    dialog.accept()
    assert dialog.result() == 0 and not dialog.error.isHidden()
    dialog.again.setText("abc")
    dialog.accept()
    assert dialog.result() == 1 and dialog.field.text() == "abc"
    # a key file's passphrase: no recovery key, no keyring
    assert dialog.use_recovery.isHidden() and dialog.remember.isHidden()


def test_nothing_is_asked_when_there_is_no_key_to_move(qtbot, make_window, project, answers,
                                                       monkeypatch):
    window = make_window(project)
    shown = []
    monkeypatch.setattr(key_file_actions, "show_user_error", lambda w, e: shown.append(e))
    assert not key_file_actions.split_key(window)
    assert not key_file_actions.join_key(window)
    assert "no pseudonymisation key" in str(shown[0]) and "not kept apart" in str(shown[1])
    assert answers.asked == []  # no file dialog, no passphrase
