"""GUI benchmark: the real widgets, offscreen, at the sizes researchers meet.

    python tests/benchmarks/bench_gui.py          # 50,000-word transcript; 1,000 sources, 5 M words
    python tests/benchmarks/bench_gui.py --small  # a quick run (used by the test suite)

Targets (printed, not asserted: timings on a shared 2-core machine are noisy):
  - a 50,000-word transcript with 500 codings shows text and highlights in < 0.15 s
  - applying or removing a code updates the view in < 15 ms
  - a 1,000-transcript, 5-million-word project opens in < 1 s and stays under 600 MB
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def memory_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    values = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


_keep: list = []  # the QApplication and windows live until exit, deleted by Qt in order


def application():
    from PySide6.QtWidgets import QApplication

    from qualcoder_htl.gui.binding_check import protect
    app = QApplication.instance() or QApplication([])
    protect()  # as run() does: some bindings lose references to None/True
    _keep.append(app)
    return app


def isolate_settings(folder: Path) -> None:
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def open_window(app, project):
    """The main window with every panel, as a researcher has it, on ``project``."""
    from qualcoder_htl.gui.main_window import MainWindow
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    window.set_project(project)
    app.processEvents()
    return window


def bench_coding(app, window, project, source_id, marks: list, label: str) -> None:
    """Apply a code to a selection and remove it again (undo), 20 times: the whole window
    refreshes from the Changes record and Qt repaints what changed."""
    from PySide6.QtCore import QCoreApplication, QEvent
    view = window.document.view
    window.open_source(source_id)
    app.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    codes = [c.id for c in project.codebook.codes() if c.parent_id is not None]
    window.session.set_current_code(codes[0])  # its segments are listed, as while coding
    app.processEvents()
    start = view.offsets.to_stored(view.cursorForPosition(view.viewport().rect().center())
                                   .position())
    results: dict[str, list[float]] = {f"{kind} {what}": [] for kind in ("apply", "undo")
                                       for what in ("doc", "doc+tx", "all", "total")}

    def timed(action, kind: str) -> None:
        marks.clear()
        t = time.perf_counter()
        action()  # the service call; the document refreshes from the Changes record
        # and Qt paints what the refresh marked as changed (the new highlight, a band of the
        # margin), as it would on the next pass of the event loop, before the other panels
        QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
        doc = time.perf_counter()
        app.processEvents()  # the other panels' deferred refreshes and repaints
        end = time.perf_counter()
        results[f"{kind} doc"].append(doc - marks[0])
        results[f"{kind} doc+tx"].append(doc - t)
        results[f"{kind} all"].append(end - marks[0])
        results[f"{kind} total"].append(end - t)

    for i in range(20):
        s = start + 7 * i
        view.select_span(s, s + 60)
        app.processEvents()  # the selection is painted as the researcher makes it
        timed(window.document.actions.apply_current, "apply")
        timed(project.undo, "undo")
    med = {k: ms(statistics.median(v)) for k, v in results.items()}
    for kind, name in (("apply", "apply a code to a selection"),
                       ("undo", "remove it again (undo)")):
        print(f"{label}: {name}: the change stored and the document repainted (what "
              f"changed) in {med[kind + ' doc+tx']}  [target < 15 ms]; the repaint alone "
              f"{med[kind + ' doc']}; every panel {med[kind + ' all']} after the change is "
              f"stored, {med[kind + ' total']} with the transaction")


def bench_transcript(tmp: Path, words: int, codings: int) -> None:
    from synthetic import generate

    from qualcoder_htl.gui.app import preload
    from qualcoder_htl.services import Project

    app = application()
    preload()
    path = generate(tmp / "long.qhtl", sources=1, words=words, codings=codings)
    project = Project.open(path, coder="bench")
    marks: list[float] = []
    project.subscribe(lambda changes: marks.append(time.perf_counter()))  # before the window's
    window = open_window(app, project)
    panel = window.document
    source_id = project.sources.list()[0].id
    text_length = len(project.sources.get(source_id).text)

    opens = []
    for _ in range(5):
        panel.open_source(None)
        app.processEvents()
        t = time.perf_counter()
        panel.open_source(source_id)  # read text, turns and codings; set text; highlight
        panel.view.viewport().repaint()  # and paint the first screen
        opens.append(time.perf_counter() - t)
    view = panel.view
    print(f"open a {words:,}-word transcript ({text_length:,} chars, {len(view.codings)} "
          f"codings, {view.blockCount()} paragraphs) to text + highlights painted: "
          f"median {ms(statistics.median(opens))}, first {ms(opens[0])}  [target < 150 ms]")

    bar = view.verticalScrollBar()
    steps, t = 0, time.perf_counter()
    for value in range(0, bar.maximum(), max(1, bar.pageStep())):
        bar.setValue(value)
        view.viewport().repaint()
        view.margin.repaint()
        steps += 1
    per_page = (time.perf_counter() - t) / max(1, steps)
    print(f"scroll page by page through it: {steps} pages, {ms(per_page)} per page "
          f"(highlights, bars and paint)")
    bench_coding(app, window, project, source_id, marks, "long transcript")
    window.close()
    _keep.append(window)


def bench_open(path: Path) -> None:
    """Run in a fresh process: open the big project in the main window."""
    from qualcoder_htl.gui.app import preload
    from qualcoder_htl.gui.main_window import MainWindow
    from qualcoder_htl.services import Project

    before, _ = memory_mb()
    app = application()
    t = time.perf_counter()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    preload()  # as run() does at start-up, before any project is chosen
    startup = time.perf_counter() - t
    base, _ = memory_mb()
    t = time.perf_counter()
    project = Project.open(path, coder="bench")
    marks: list[float] = []
    project.subscribe(lambda changes: marks.append(time.perf_counter()))
    window.set_project(project)
    app.processEvents()  # first paint of every panel
    took = time.perf_counter() - t
    rss, peak = memory_mb()
    info = window.session.project.info()
    print(f"start-up (window shown, modules loaded): {startup:.2f} s")
    print(f"open a project of {info['sources']:,} sources, {info['words']:,} words, "
          f"{info['codings']:,} codings in the main window: {took:.2f} s  [target < 1 s]")
    print(f"memory: {rss:.0f} MB resident after opening, peak {peak:.0f} MB "
          f"(Python + Qt before the project: {base:.0f} MB; interpreter alone {before:.0f} MB)"
          f"  [target < 600 MB]")
    t = time.perf_counter()
    sources = window.panels["sources"]
    sources.group_combo.setCurrentIndex(sources.group_combo.findText("Organisationsnivå"))
    app.processEvents()
    print(f"group the {info['sources']:,} sources by organisational level: "
          f"{ms(time.perf_counter() - t)}")
    t = time.perf_counter()
    sources.filter_edit.setText("syntetisk_0099")
    app.processEvents()
    print(f"filter them by name: {ms(time.perf_counter() - t)}")
    sources.filter_edit.clear()
    bench_coding(app, window, project, project.sources.list()[len(project.sources.list()) // 2].id,
                 marks, "large project")
    window.close()
    _keep.append(window)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--open-only", help=argparse.SUPPRESS)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        isolate_settings(tmp / "settings")
        if args.open_only:
            bench_open(Path(args.open_only))
            return
        words, codings = (5_000, 50) if args.small else (50_000, 500)
        bench_transcript(tmp, words, codings)
        from synthetic import generate
        n_src, n_words, n_codings = (50, 100_000, 2_000) if args.small else (
            1000, 5_000_000, 100_000)
        t = time.perf_counter()
        big = generate(tmp / "big.qhtl", n_src, n_words, n_codings)
        print(f"(generated the project in {time.perf_counter() - t:.0f} s, "
              f"{big.stat().st_size / 1e6:.0f} MB on disk)")
        out = subprocess.run([sys.executable, __file__, "--open-only", str(big)],
                             capture_output=True, text=True, timeout=900)
        print(out.stdout.strip())
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            sys.exit(out.returncode)


if __name__ == "__main__":
    main()
