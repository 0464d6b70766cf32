"""Screenshots of the first run: the welcome page, the settings and the About box.

Called by take_screenshots.py (which sets up the application); on its own:

    xvfb-run -s "-screen 0 1600x1000x24" python docs/screenshots/first_run_shots.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))


def settle(app, n: int = 8) -> None:
    for _ in range(n):
        app.processEvents()


def take(app, here: Path, recent: Path | None = None) -> None:
    from qualcoder_htl.gui import settings as app_settings
    from qualcoder_htl.gui.about import AboutDialog
    from qualcoder_htl.gui.main_window import MainWindow

    if recent is not None:
        app_settings.add_recent_project(str(recent))
    window = MainWindow()
    window.resize(1100, 760)
    window.show()
    settle(app)
    window.grab().save(str(here / "welcome.png"))

    dialog = app_settings.SettingsDialog("Anna Lind", window)
    dialog.citation.setText("Intervju {Intervjunummer}, {Respondentgrupp}")
    dialog.backup.setText(str(Path.home() / "Dokument" / "Säkerhetskopior"))
    dialog.resize(620, dialog.sizeHint().height())
    dialog.show()
    settle(app)
    dialog.grab().save(str(here / "settings.png"))
    dialog.close()

    about = AboutDialog(window)
    about.resize(640, 720)
    about.show()
    settle(app)
    about.grab().save(str(here / "about.png"))
    about.close()
    window.close()
    if recent is not None:
        app_settings.remove_recent_project(str(recent))


if __name__ == "__main__":
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp())
    application = QApplication(sys.argv[:1])
    from qualcoder_htl.gui.binding_check import protect
    protect()
    take(application, HERE, Path.home() / "Dokument" / "HTL följeforskning.qhtl")
    print("wrote welcome.png, settings.png, about.png")
