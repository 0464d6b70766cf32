"""Screenshots of team work in Swedish on a real X server: three coders compared side by side,
a copy for a coder, the dry run of merging it back, the key kept apart (the bar above the
document) and opening a project on a server.

    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/team_shots.py /tmp/shots

Writes team-*.png named with the screen size in the folder given (default: here).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from laptop_shots import settle, wait_for  # noqa: E402


def code_as(project, coder: str, source_id: int, shift: int) -> None:
    """The codings of the demo's first coder on one source, again as ``coder`` with the ends
    moved a little (and every third left out), as a second coder would differ."""
    project.set_coder(coder)
    for n, c in enumerate(project.codings.for_source(source_id)):
        if c.coder_id != 1 or n % 3 == 2:
            continue
        end = max(c.start + 5, c.end - shift * (n % 2) * 15)
        project.codings.add(source_id, c.code_id, c.start + shift * 3, end)


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication  # noqa: F401

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    from qualcoder_htl.gui.app import make_qapplication
    app = make_qapplication()
    from qualcoder_htl.gui import settings
    settings.Translation().apply("sv")
    from qualcoder_htl.gui.analysis_tabs import show_view
    from qualcoder_htl.gui.encryption_dialogs import PassphraseDialog
    from qualcoder_htl.gui.main_window import MainWindow
    from qualcoder_htl.gui.server_dialog import ServerDialog
    from qualcoder_htl.gui.team_dialogs import CopyForCoderDialog, MergeDialog
    from qualcoder_htl.services.coder_copy import copy_for_coder
    from qualcoder_htl.services.demo import create_demo
    from qualcoder_htl.services.pseudonymisation_keyfile import split_key

    project = create_demo(tmp / "demo.qhtl")
    source = project.sources.list()[0]
    code_as(project, "bo", source.id, 1)
    code_as(project, "sara", source.id, 2)
    project.set_coder("anna")
    project.undo_stack.clear()
    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"

    window = MainWindow()
    window.show()
    window.set_project(project)
    window.reset_layout()
    settle(app)
    view = show_view(window, "compare")
    view.source.setCurrentIndex(view.source.findData(source.id))
    settle(app, 0.5)
    view.step(1)
    settle(app)
    window.grab().save(str(out / f"team-compare-sv-{size}.png"))

    dialog = CopyForCoderDialog(window.session, window)
    dialog.coder.setCurrentText("bo")
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / f"team-copy-for-coder-sv-{size}.png"))
    dialog.close()

    copy = tmp / "bo.qhtl"
    copy_for_coder(project, copy, "bo", allow_open=True)
    from qualcoder_htl.services import Project
    with Project.open(copy) as theirs:  # bo codes at home
        s = theirs.sources.list()[1]
        code = theirs.codebook.codes()[0]
        theirs.codings.add(s.id, code.id, 0, 40)
        theirs.memos.add("Bo: tillit återkommer i skolteamens svar")
    merge = MergeDialog(window.session, copy, window)
    merge.show()
    wait_for(app, lambda: merge.dry is not None)
    settle(app)
    merge.grab().save(str(out / f"team-merge-dry-run-sv-{size}.png"))
    merge.close()

    server = ServerDialog(window)
    server.show()
    settle(app)
    server.grab().save(str(out / f"team-server-dialog-sv-{size}.png"))
    server.close()

    ask = PassphraseDialog(window, "", new=True, title="Flytta nyckeln till en nyckelfil",
                           text="Lösenfras för nyckelfilen:")
    ask.show()
    settle(app)
    ask.grab().save(str(out / f"team-key-passphrase-sv-{size}.png"))
    ask.close()

    p = window.session.project
    ps = p.pseudonymisation
    ps.detect()
    for group in ps.groups(status="open"):  # a reviewer accepts what detection found
        ps.decide_all(group.occurrences[0].id, True)
    window.close_project()
    with Project.open(tmp / "demo.qhtl", coder="anna") as lead:
        split_key(lead, tmp / "nyckel.qhtlkey", "en lång lösenfras")
    window.open_project(tmp / "demo.qhtl", coder="anna")
    window.open_source(window.session.project.sources.list()[0].id)
    settle(app, 0.5)
    window.grab().save(str(out / f"team-key-apart-sv-{size}.png"))
    window.close()
    print("wrote", ", ".join(p.name for p in sorted(out.glob(f"team-*{size}.png"))))


if __name__ == "__main__":
    main()
