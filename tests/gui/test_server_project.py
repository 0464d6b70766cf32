"""File → Open server project… on a real PostgreSQL server (tests/pg.py): the dialog opens the
project, the recent list keeps the URL without the password, and another coder's coding shows
up in the open window within a couple of seconds."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qualcoder_htl.services import Project

from ..conftest import INTERVIEW


def _answer_server_dialog(url: str, password: str = "") -> None:
    def fill():
        from qualcoder_htl.gui.server_dialog import ServerDialog
        [dialog] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, ServerDialog) and w.isVisible()]
        dialog.url.setText(url)
        dialog.password.setText(password)
        dialog._check()
    QTimer.singleShot(0, fill)


def test_open_a_server_project_and_see_another_coders_coding(make_window, qtbot,
                                                             fresh_database_url, tmp_path):
    from qualcoder_htl.gui import settings as app_settings

    setup = Project.create(fresh_database_url, coder="lena")
    (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    sid = setup.importer.import_files([tmp_path / "a.txt"]).results[0].source_id
    code = setup.codebook.create("Samverkan").result
    setup.close()
    window = make_window()
    _answer_server_dialog(fresh_database_url, password="hemligt")
    window.actions_.open_server.trigger()
    assert window.session is not None and window.session.project.is_on_server
    recent = app_settings.recent_projects()[0]
    assert recent.startswith("postgresql://") and "hemligt" not in recent
    heard = []
    window.session.changed.connect(heard.append)
    with Project.open(fresh_database_url, coder="kim") as other:
        his = other.codings.add(sid, code, 5, 20).result
    qtbot.waitUntil(lambda: any(his in c.ids("codings") for c in heard), timeout=4000)
    assert his in {c.id for c in window.session.project.codings.all()}
    window.close_project()
