"""Screenshots of the workbench in Swedish at the size of the screen it runs on, taken from
a real X server: the main window with the theme matrix open, with the document beside it,
with the theme chart, the pseudonymisation review, and the import results.

    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/laptop_shots.py
    xvfb-run -s "-screen 0 1920x1080x24" python docs/screenshots/laptop_shots.py /tmp/shots

Writes laptop-*.png named with the screen size (here, or in the folder given).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app, done, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    from qualcoder_htl.gui.app import make_qapplication
    app = make_qapplication()
    from qualcoder_htl.gui.binding_check import protect
    protect()
    from qualcoder_htl.gui import settings
    settings.Translation().apply("sv")
    from qualcoder_htl.gui.analysis_tabs import show_view
    from qualcoder_htl.gui.import_dialog import ImportDialog
    from qualcoder_htl.gui.main_window import MainWindow
    from qualcoder_htl.services.demo import create_demo
    from take_screenshots import first_overlap, pick_source

    project = create_demo(tmp / "demo.qhtl")
    project.set_coder("anna")
    source = pick_source(project)
    a, _ = first_overlap(project.codings.for_source(source.id))
    project.undo_stack.clear()
    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"

    window = MainWindow()
    window.show()
    window.set_project(project)
    window.reset_layout()
    settle(app)
    window.open_source(source.id)
    window.session.set_current_code(a.code_id)
    view = window.document.view
    view.select_span(a.start, a.end)
    view.centerCursor()
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    window.document.choose_coding(a.id)
    window.panels["sources"].select_source(source.id)

    matrix = show_view(window, "matrix")
    wait_for(app, lambda: matrix.matrix is not None and matrix.job is None)
    m = matrix.matrix
    row = next(r for r, x in enumerate(m.rows) if not x.has_children)
    matrix.table.setCurrentIndex(matrix.model.index(row, 0))
    wait_for(app, lambda: matrix.cell.job is None)
    settle(app)
    window.grab().save(str(out / f"laptop-matrix-sv-{size}.png"))

    chart = show_view(window, "chart")
    settle(app)
    window.grab().save(str(out / f"laptop-chart-sv-{size}.png"))

    window.show_document()
    settle(app)
    window.grab().save(str(out / f"laptop-document-sv-{size}.png"))

    from pseudo_shots import take as pseudo_take
    pseudo_take(app, window, tmp)  # detects and decides as a reviewer would
    dock = window.docks["pseudonymisation"]
    dock.show()
    dock.raise_()
    settle(app)
    window.grab().save(str(out / f"laptop-pseudonymisation-sv-{size}.png"))
    window.docks["codebook"].raise_()

    incoming = tmp / "nya intervjuer"
    incoming.mkdir()
    corpus = ROOT / "corpora" / "htl-demo" / "transcripts"
    for name in ("vh_01.docx", "vh_02.txt", "skola_a_01.docx"):
        (incoming / name).write_bytes((corpus / name).read_bytes())
    (incoming / "vh_07.docx").write_bytes(b"not a real Word file")
    dialog = ImportDialog(window.session, window)
    dialog.add_paths([incoming])
    dialog.sheet.setText(str(ROOT / "corpora" / "htl-demo" / "attributes.csv"))
    dialog.show()
    settle(app)
    job = dialog.start()
    wait_for(app, lambda: job.finished)
    settle(app)
    frame = dialog.frameGeometry()
    print("import dialog", frame.width(), "x", frame.height(), "on", size,
          "fits" if screen.contains(frame) else "DOES NOT FIT")
    dialog.grab().save(str(out / f"laptop-import-results-sv-{size}.png"))
    dialog.close()
    del chart
    window.close()
    print("wrote", ", ".join(p.name for p in sorted(out.glob(f"laptop-*{size}.png"))))


if __name__ == "__main__":
    main()
