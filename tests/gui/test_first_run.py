"""First run: the welcome page's actions, the settings (kept between runs and applied to new
projects, opened projects and backups), and the About box with the licences of bundled data."""
import shutil

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from qualcoder_htl import __version__
from qualcoder_htl.gui import settings as app_settings
from qualcoder_htl.services import Project

from ..conftest import ROOT


# --- welcome page --------------------------------------------------------------------------
def test_welcome_offers_every_way_in(make_window):
    window = make_window()
    buttons = window.welcome.buttons
    assert set(buttons) == {"demo", "new", "open", "import", "import_refi", "settings"}
    assert all(b.isVisible() and b.isEnabled() for b in buttons.values())
    # nothing opened yet: the demo is pointed at, there is no recent list
    assert window.welcome.first_run.isVisible()
    assert not window.welcome.recent.isVisible()


def test_welcome_demo_button_asks_for_the_demo(qtbot, make_window):
    window = make_window()
    with qtbot.waitSignal(window.demo_requested, timeout=2000):
        window.welcome.buttons["demo"].click()


def test_welcome_new_project(make_window, tmp_path, monkeypatch):
    window = make_window()
    target = tmp_path / "ny studie.qhtl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.welcome.buttons["new"].click()
    assert window.session is not None and window.session.project.path == target


def test_welcome_import_makes_a_project_then_opens_the_import_dialog(make_window, tmp_path,
                                                                      monkeypatch):
    window = make_window()
    target = tmp_path / "intervjuer.qhtl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = window.welcome.import_transcripts()
    assert window.session is not None and target.exists()
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_welcome_import_cancelled_does_nothing(make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.welcome.import_transcripts() is None
    assert window.session is None


def test_welcome_recent_project_opens(make_window, project):
    path = str(project.path)
    project.close()
    app_settings.add_recent_project(path)
    window = make_window()
    welcome = window.welcome
    assert welcome.recent.isVisible() and not welcome.first_run.isVisible()
    welcome.recent.itemActivated.emit(welcome.recent.item(0))
    assert window.session is not None and str(window.session.project.path) == path


# --- settings ------------------------------------------------------------------------------
def test_settings_are_kept(qtbot, tmp_path):
    backup = tmp_path / "säkerhetskopior"
    dialog = app_settings.SettingsDialog("anna")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.font_size.setValue(14)
    dialog.citation.setText("Intervju {nr}, {Respondentgrupp}")
    dialog.backup.setText(str(backup))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.save()
    assert backup.is_dir()  # made when the dialog was accepted
    assert app_settings.language() == "sv"
    assert app_settings.coder_name() == "anna"
    assert app_settings.citation_template() == "Intervju {nr}, {Respondentgrupp}"
    assert app_settings.backup_folder() == backup
    again = app_settings.SettingsDialog(app_settings.coder_name())
    qtbot.addWidget(again)
    assert again.chosen_language() == "sv" and again.font_size.value() == 14
    assert again.coder.text() == "anna"
    assert again.citation.text() == "Intervju {nr}, {Respondentgrupp}"
    assert again.backup.text() == str(backup)


def test_settings_show_a_citation_example_and_refuse_a_broken_template(qtbot):
    dialog = app_settings.SettingsDialog("anna")
    qtbot.addWidget(dialog)
    assert dialog.citation_example.text() == "e.g. (Intervju 3, ledningsgrupp)"
    dialog.citation.setText("{Respondentgrupp}, intervju {nr}")
    assert dialog.citation_example.text() == "e.g. (ledningsgrupp, intervju 3)"
    dialog.citation.setText("Intervju {nr")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "not closed" in dialog.problem.text()
    dialog.citation.setText("")  # empty: the built-in template
    dialog.accept()
    assert not dialog.isVisible()


def test_a_new_project_starts_with_the_default_citation_template(make_window, tmp_path,
                                                                 monkeypatch):
    app_settings.settings().setValue("citation_template", "{Respondentgrupp} {nr}")
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "ny.qhtl"), ""))
    assert window.new_project()
    project = window.session.project
    assert project.analysis.citation_style().default == "{Respondentgrupp} {nr}"
    assert not project.undo_stack.can_undo


def test_the_saved_coder_name_is_used_without_coder_option(make_window, project):
    path = project.path
    project.close()
    app_settings.settings().setValue("coder_name", "Kerstin")
    window = make_window()
    assert window.open_project(path)
    assert window.session.project.coder.name == "Kerstin"


def test_backups_go_to_the_backup_folder(make_window, project, tmp_path, monkeypatch):
    """The window opens projects with the chosen backup folder: an upgrade's copy and any
    later backup go there."""
    from qualcoder_htl.gui import main_window
    path = project.path
    project.close()
    folder = tmp_path / "backups"
    app_settings.settings().setValue("backup_folder", str(folder))
    seen = []
    real_open = main_window.Project.open
    monkeypatch.setattr(main_window.Project, "open", lambda *a, **k: (
        seen.append(k.get("backup_dir")), real_open(*a, **k))[1])
    window = make_window()
    assert window.open_project(path)
    assert seen == [folder]
    assert window.session.project.backup(label="manual").parent == folder


def test_an_upgrade_backs_up_into_the_backup_folder(tmp_path):
    old = tmp_path / "projekt" / "gammalt.qhtl"
    old.parent.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "project_v1.qhtl", old)
    folder = tmp_path / "backups"
    with Project.open(old, coder="t", backup_dir=folder):
        pass
    assert list(folder.glob("gammalt.before-upgrade-from-0001.*.qhtl"))
    assert not list(old.parent.glob("*.before-upgrade-*"))


def test_no_backup_folder_means_beside_the_project(tmp_path):
    path = tmp_path / "p.qhtl"
    Project.create(path, coder="t").close()
    with Project.open(path, coder="t", backup_dir=app_settings.backup_folder()) as p:
        assert p.backup().parent == tmp_path


# --- About ---------------------------------------------------------------------------------
def test_about_names_version_and_licences_of_bundled_data(make_window):
    window = make_window()
    dialog = window.show_about()
    try:
        assert dialog.isVisible() and dialog.objectName() == "aboutDialog"
        assert f"qualcoder-htl {__version__}" in dialog.findChild(QLabel, "aboutTitle").text()
        text = dialog.text.toPlainText()
        html = dialog.text.toHtml()
        assert "Python 3." in text and "Qt 6." in text
        for needle in ("Swedish manually annotated NER corpus", "Språkbanken",
                       "CC BY 4.0", "Creative Commons Attribution 4.0",
                       "fiction", "REFI-QDA", "tests only", "Faker", "spacy-lookups-data",
                       "LGPL", "PySide6", "spaCy", "MIT"):
            assert needle in text, needle
        assert "https://github.com/klintan/swedish-ner-corpus" in html
        assert "https://creativecommons.org/licenses/by/4.0/" in html
    finally:
        dialog.close()


def test_about_from_the_help_menu(make_window, qtbot):
    from qualcoder_htl.gui.about import AboutDialog
    window = make_window()
    window.actions_.about.trigger()
    dialogs = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


@pytest.mark.parametrize("lang, title, needle", [
    ("en", "About qualcoder-htl", "Bundled data"),
    ("sv", "Om qualcoder-htl", "Medföljande data"),
])
def test_about_in_both_languages(qtbot, lang, title, needle):
    from qualcoder_htl.gui.about import AboutDialog
    translation = app_settings.Translation()
    translation.apply(lang)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
        assert needle in dialog.text.toPlainText()
        assert "CC BY 4.0" in dialog.text.toPlainText()
    finally:
        translation.apply("en")
