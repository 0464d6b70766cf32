"""Take the screenshots in this folder from the real widgets on the demo project.

    xvfb-run -s "-screen 0 1600x1000x24" python docs/screenshots/take_screenshots.py
    QT_QPA_PLATFORM=offscreen python docs/screenshots/take_screenshots.py   (no X server)

Writes main-window.png, main-window-sv.png, codebook.png, import-dialog.png,
import-results.png, refi-import.png, matrix.png and export-dialog.png (these two by
analysis_shots.py), pseudonymisation.png (by pseudo_shots.py) and welcome.png,
settings.png, about.png (by first_run_shots.py) here.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))


def pick_source(project):
    """The source with the most overlapping codings (to show lanes and blended highlights)."""
    best, best_score = None, -1
    for source in project.sources.list():
        codings = project.codings.for_source(source.id)
        overlaps = sum(1 for a in codings for b in codings
                       if a.id < b.id and a.start < b.end and b.start < a.end)
        if overlaps > best_score:
            best, best_score = source, overlaps
    return best


def first_overlap(codings):
    for a in codings:
        for b in codings:
            if a.id < b.id and a.start < b.end and b.start < a.end:
                return a, b
    return codings[0], codings[0]


def refi_import(window, app) -> None:
    """The REFI-QDA import options with the preview of the NVivo 12 sample."""
    from qualcoder_htl.gui.refi_import import RefiImportDialog
    dialog = RefiImportDialog(window, ROOT / "tests" / "refi" / "data" /
                              "nvivo12-windows-sample.qdpx")
    dialog.show()
    job = dialog.preview()
    while not job.finished:
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(HERE / "refi-import.png"))
    dialog.close()


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv[:1])
    from qualcoder_htl.gui.binding_check import protect
    protect()  # as the application does: PySide6 6.12 on Python 3.11 loses None/True refs
    app.setApplicationDisplayName("qualcoder-htl")
    from qualcoder_htl.gui import settings
    settings.Translation().apply("en")
    from qualcoder_htl.gui.import_dialog import ImportDialog
    from qualcoder_htl.gui.main_window import MainWindow
    from qualcoder_htl.services.demo import create_demo

    project = create_demo(tmp / "demo.qhtl")
    project.set_coder("anna")
    source = pick_source(project)
    codings = project.codings.for_source(source.id)
    a, b = first_overlap(codings)
    project.codings.set_memo(a.id, "Stark formulering – använd i kapitel 4 om mandat.")
    project.memos.add("Första genomläsningen: samverkan på individnivå återkommer hos "
                      "alla grupper; jämför med ledningsgruppens bild.")
    project.undo_stack.clear()

    from first_run_shots import take as first_run_shots  # welcome, settings, about .png
    first_run_shots(app, HERE, project.path)

    window = MainWindow()
    window.resize(1480, 900)
    window.set_project(project)
    window.show()
    app.processEvents()
    window.open_source(source.id)
    view = window.document.view
    code_id = a.code_id
    window.session.set_current_code(code_id)
    view.select_span(a.start, a.end)
    view.centerCursor()
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    window.document.choose_coding(a.id)
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    window.panels["sources"].select_source(source.id)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(HERE / "main-window.png"))

    dock = window.docks["codebook"]
    dock.setFloating(True)
    dock.resize(760, 560)
    dock.show()
    for _ in range(5):
        app.processEvents()
    dock.grab().save(str(HERE / "codebook.png"))
    dock.setFloating(False)

    incoming = tmp / "nya intervjuer"
    incoming.mkdir()
    corpus = ROOT / "corpora" / "htl-demo" / "transcripts"
    for name in ("vh_01.docx", "vh_02.txt", "skola_a_01.docx"):
        (incoming / name).write_bytes((corpus / name).read_bytes())
    (incoming / "vh_07.docx").write_bytes(b"not a real Word file")
    (incoming / "anteckningar.txt").write_text("J: Hur började det?\nIP: Via skolan.\n"
                                                "J: Och sedan?\nIP: Hembesök varje vecka.",
                                                encoding="utf-8")
    dialog = ImportDialog(window.session, window)
    dialog.add_paths([incoming])
    dialog.sheet.setText(str(ROOT / "corpora" / "htl-demo" / "attributes.csv"))
    dialog.show()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(HERE / "import-dialog.png"))
    job = dialog.start()
    while not job.finished:
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(HERE / "import-results.png"))
    dialog.close()

    refi_import(window, app)

    from analysis_shots import take as analysis_shots  # matrix.png, export-dialog.png
    analysis_shots(app, window, HERE)

    from pseudo_shots import take as pseudo_shots  # pseudonymisation.png
    pseudo_shots(app, window, HERE)

    # the same window in Swedish, as a researcher with a Swedish system sees it
    session = window.detach_session()
    window.close()
    settings.Translation().apply("sv")
    window = MainWindow(session)
    window.resize(1480, 900)
    window.show()
    window.open_source(source.id)
    view = window.document.view
    view.select_span(b.start, b.end)
    view.centerCursor()
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(HERE / "main-window-sv.png"))
    window.close()
    print("wrote", ", ".join(p.name for p in sorted(HERE.glob("*.png"))))


if __name__ == "__main__":
    main()
