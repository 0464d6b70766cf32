"""First steps in an empty project: the document area says what to do (import, drop, demo)
instead of pointing at an empty Sources panel; files or folders dropped on the window open the
import dialog with them; one word for transcripts in Swedish."""
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from .conftest import write_interviews


def empty_window(make_window, tmp_path):
    from qualcoder_htl.services import Project
    project = Project.create(tmp_path / "tom.qhtl", coder="tester")
    return make_window(project), project


def test_an_empty_project_shows_what_to_do(qtbot, make_window, tmp_path):
    window, project = empty_window(make_window, tmp_path)
    panel = window.document
    assert panel.empty.isVisible() and not panel.view.isVisible()
    assert "Sources panel" not in panel.header.text()
    with qtbot.waitSignal(window.demo_requested, timeout=2000):
        panel.empty.demo_button.click()
    panel.empty.import_button.click()
    from qualcoder_htl.gui.import_dialog import ImportDialog
    [dialog] = window.findChildren(ImportDialog)
    qtbot.addWidget(dialog)
    # once transcripts are there, the text area comes back
    dialog.add_paths(write_interviews(tmp_path / "in"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert not panel.empty.isVisible() and panel.view.isVisible()
    dialog.close()
    project.close()


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event


def test_a_folder_dropped_on_the_window_opens_the_import_dialog(qtbot, make_window, tmp_path):
    window, project = empty_window(make_window, tmp_path)
    folder = tmp_path / "transkript"
    write_interviews(folder)
    (folder / "bild.png").write_bytes(b"x")
    assert drop(window, [folder]).isAccepted()
    dialog = window.file_drop.last_dialog
    qtbot.addWidget(dialog)
    assert sorted(Path(p).name for p in dialog.paths()) == ["ledning_01.txt", "skola_a_01.txt",
                                                           "vh_01.txt"]
    dialog.close()
    project.close()


def test_dropping_on_the_welcome_page_makes_a_project_first(qtbot, make_window, tmp_path,
                                                             monkeypatch):
    window = make_window()
    target = tmp_path / "ny.qhtl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    files = write_interviews(tmp_path / "in")
    drop(window, files[:1])
    assert window.session is not None and window.session.project.path == target
    dialog = window.file_drop.last_dialog
    qtbot.addWidget(dialog)
    assert [Path(p).name for p in dialog.paths()] == [files[0].name]
    dialog.close()


def test_one_swedish_word_for_transcripts():
    """Welcome page, menus and dialogs agree: "transkript", never "utskrift"."""
    from xml.etree import ElementTree

    from ..conftest import ROOT
    ts = ROOT / "resources" / "i18n" / "qualcoder_htl_sv.ts"
    texts = [m.findtext("translation") or "" for m in ElementTree.parse(ts).iter("message")]
    assert not [t for t in texts if "utskrift" in t.lower()]
    assert any("Importera transkript" in t for t in texts)
