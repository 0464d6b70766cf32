"""The pseudonymisation review panel on the demo project after detection: pseudonymisation.png.

Called by take_screenshots.py with its window; on its own it makes a fresh demo project:

    xvfb-run -s "-screen 0 1600x1000x24" python docs/screenshots/pseudo_shots.py
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def _settle(app, panel) -> None:
    while panel.detection.job is not None or panel.load_job is not None or panel._stale:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()


def take(app, window, here: Path = HERE) -> None:
    from PySide6.QtCore import Qt
    panel = window.panels["pseudonymisation"]
    dock = window.docks["pseudonymisation"]
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [600], Qt.Orientation.Horizontal)
    _settle(app, panel)
    panel.detect()
    _settle(app, panel)
    # a reviewer's first decisions: the two most frequent names are accepted everywhere, one
    # school name rejected in one place
    service = window.session.project.pseudonymisation
    for group in [g for g in panel.model.rows if g.type == "PERSON"][:2]:
        service.decide_all(group.occurrences[0].id, True)
    _settle(app, panel)
    school = next(g for g in panel.model.rows if g.type == "SCHOOL")
    service.decide(school.occurrences[0].id, False)
    _settle(app, panel)
    row = next(r for r, g in enumerate(panel.model.rows) if g.text == school.text)
    group = panel.model.index(row, 0)
    panel.tree.expand(group)
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(panel.model.index(2, 0, group))
    panel.tree.scrollTo(group, panel.tree.ScrollHint.PositionAtTop)
    _settle(app, panel)
    window.grab().save(str(here / "pseudonymisation.png"))
    window.docks["codebook"].raise_()  # as the other screenshots expect
    window.resizeDocks([window.docks["codebook"]], [420], Qt.Orientation.Horizontal)
    for _ in range(5):
        app.processEvents()


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("qualcoder-htl")
    from qualcoder_htl.gui import settings
    from qualcoder_htl.gui.binding_check import protect
    protect()
    settings.Translation().apply("en")
    from qualcoder_htl.gui.main_window import MainWindow
    from qualcoder_htl.services.demo import create_demo

    project = create_demo(tmp / "demo.qhtl")
    project.set_coder("anna")
    project.undo_stack.clear()
    window = MainWindow()
    window.resize(1480, 900)
    window.set_project(project)
    window.show()
    for _ in range(5):
        app.processEvents()
    take(app, window)
    window.close()
    print("wrote", HERE / "pseudonymisation.png")


if __name__ == "__main__":
    main()
