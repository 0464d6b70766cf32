"""Screenshots of the analysis views (called by take_screenshots.py on the demo project):

matrix.png         the theme matrix (themes × organisational level) with one cell's quotes
export-dialog.png  the export dialog while it writes the theme report (paused at 40 %)
"""
from __future__ import annotations

import threading
import time
from pathlib import Path


def settle(app, seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app, done, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the analysis view did not finish in time")
        app.processEvents()
        time.sleep(0.01)


def take(app, window, here: Path) -> None:
    from qualcoder_htl.core.jobs import Progress
    from qualcoder_htl.gui import analysis_tabs

    project = window.session.project
    view = analysis_tabs.show_view(window, "matrix")  # a tab beside the document
    wait_for(app, lambda: view.job is None and view.matrix is not None)
    m = view.matrix
    row = m.row_index(project.codebook.find("Lättare att samverka på individnivå").id)
    col = next(i for i, c in enumerate(m.columns) if c.label == "HTL-team skola")
    view.table.setCurrentIndex(view.model.index(row, col))
    wait_for(app, lambda: view.cell.job is None and view.quotes.quote_model.rowCount() > 0)
    view.quotes.setCurrentIndex(view.quotes.quote_model.index(0))
    table = view.table  # the whole table, the rest for the quotes
    need = (table.verticalHeader().width() + table.verticalScrollBar().sizeHint().width() + 6
            + sum(table.horizontalHeader().sectionSize(c) for c in range(view.model.columnCount())))
    view.splitter.setSizes([need, max(420, view.splitter.width() - need)])
    settle(app)
    view.grab().save(str(here / "matrix.png"))
    window.close_tab()

    # the export dialog while the report is being written: the real export, held at 40 %
    gate, reached = threading.Event(), threading.Event()
    analysis = project.analysis
    original = analysis.export_report

    def held(*args, progress=None, **kwargs):
        def step(done, total, label):
            progress.step(done, total, label)
            if total and done * 100 // total >= 40 and not reached.is_set():
                reached.set()
                gate.wait(30)
        return original(*args, progress=Progress(step), **kwargs)

    analysis.export_report = held
    try:
        dialog = analysis_tabs.export(window, "report")
        dialog.path.setText(str(Path(project.path).parent / "HTL – temarapport.docx"))
        dialog.show()
        settle(app)
        dialog.start()
        wait_for(app, reached.is_set)
        settle(app, 0.3)
        dialog.grab().save(str(here / "export-dialog.png"))
        gate.set()
        wait_for(app, lambda: dialog.job is None)
        dialog.close()
    finally:
        gate.set()
        del analysis.export_report
