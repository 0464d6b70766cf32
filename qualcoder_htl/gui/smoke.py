"""``qualcoder-htl smoke-test``: start the real application offscreen, time it to a usable
window, make the demo project headlessly, open it in the window and quit through the event
loop. Run from a checkout or the frozen app; prints one line per check and exits 1 if any
failed (a missing import, resource, plugin or translation), 0 otherwise.

With ``--project P`` it only times start-up with that project opened from the command line.
"""
from __future__ import annotations

import faulthandler
import sys
import tempfile
import time
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QSettings,
    QThreadPool,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor

from ..services.selfcheck import (
    Report,
    check_imports,
    elapsed_since_start,
    run_headless,
    where,
)

TIMEOUT = 300  # seconds: a hung run (a modal dialog nobody answers) dumps its stacks and exits
# Qt messages that mean a part of Qt is missing from the build
FATAL_QT_MESSAGES = ("Cannot load library", "Could not load the Qt platform plugin",
                     "could not be loaded", "Could not find the Qt platform plugin",
                     "Cannot find font directory", "QFont::", "No such file")
HARMLESS_QT_MESSAGES = ("does not support propagateSizeHints",)  # the offscreen platform


def qt_messages(report: Report):
    """Print Qt's warnings once each; those that mean a missing plugin or font fail the test."""
    seen: set[str] = set()

    def handler(kind, context, message: str) -> None:
        if any(h in message for h in HARMLESS_QT_MESSAGES) or message in seen:
            return
        seen.add(message)
        if kind != QtMsgType.QtDebugMsg and any(f in message for f in FATAL_QT_MESSAGES):
            report.failures.append(f"Qt: {message}")
            report.say(f"FAIL Qt: {message}")
        elif kind != QtMsgType.QtDebugMsg:
            report.say(f"qt:  {message}")
    return handler


def wait_until_idle(timeout: float = 30.0) -> float:
    """Run the event loop until it is about to sleep (every posted event, paint and zero-timer
    handled); returns the seconds it took."""
    t = time.perf_counter()
    loop = QEventLoop()
    dispatcher = QAbstractEventDispatcher.instance()
    dispatcher.aboutToBlock.connect(loop.quit)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    dispatcher.aboutToBlock.disconnect(loop.quit)
    return time.perf_counter() - t


def wait_for_background_work(timeout: float = 60.0) -> int:
    """Let jobs the window started on its own (a matrix, a list) finish; returns how many
    threads were busy at the start."""
    pool = QThreadPool.globalInstance()
    busy = pool.activeThreadCount()
    deadline = time.perf_counter() + timeout
    while pool.activeThreadCount() and time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    wait_until_idle()
    return busy


def painted(widget) -> str:
    """Render ``widget`` and check it is not one flat colour (fonts and styles loaded)."""
    image = widget.grab().toImage()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("the window renders to an empty image")
    colours = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    if len(colours) < 3:
        raise RuntimeError(f"the window renders flat ({QColor(colours.pop()).name()})")
    return f"{image.width()}×{image.height()}, {len(colours)} colours sampled"


def check_translations(application) -> str:
    from . import settings as app_settings
    if not application.translation.apply("sv"):
        raise FileNotFoundError(f"qualcoder_htl_sv.qm not in {app_settings.translations_dir()}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_sv", qt_dir):
        raise FileNotFoundError(f"Qt's own Swedish translation (qtbase_sv.qm) not in {qt_dir}")
    window = application.switch_language("sv")
    wait_until_idle()
    titles = [a.text() for a in window.menuBar().actions()]
    if "&File" in titles:
        raise RuntimeError(f"the menus stayed English: {titles}")
    application.switch_language("en")
    wait_until_idle()
    return "our .qm and qtbase_sv load; menus: " + ", ".join(t.replace("&", "") for t in titles)


def check_window(window, with_project: bool) -> str:
    if not window.isVisible() or window.windowHandle() is None:
        raise RuntimeError("the main window is not shown")
    if with_project:
        if window.session is None or window.document is None:
            raise RuntimeError("no project is open in the window")
        if window.document.view.source is None:
            raise RuntimeError("no source is shown in the document view")
        sources = window.session.project.sources.list()
        return f"{len(sources)} sources, document view on {window.document.view.source.name}; " \
               + painted(window)
    if window.stack.currentWidget() is not window.welcome:
        raise RuntimeError("the welcome page is not shown")
    return "welcome page; " + painted(window)


def run_smoke_test(workdir: Path | None = None, project: str | None = None,
                   screenshots: Path | None = None) -> int:
    report = Report(echo=lambda line: print(line, flush=True))
    try:
        faulthandler.dump_traceback_later(TIMEOUT, exit=True)
    except (RuntimeError, ValueError, AttributeError):  # no usable stderr (windowed app)
        pass
    workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="qualcoder-htl-smoke-"))
    workdir.mkdir(parents=True, exist_ok=True)
    # this run's settings (recent projects, language, layout) stay in the work folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(workdir / "settings"))
    report.say(where())
    previous_handler = qInstallMessageHandler(qt_messages(report))

    from . import app as gui_app
    from . import errors
    application = gui_app.start(project_path=project, coder="smoke-test")
    qapp = application.qapp

    def record(exc_type, exc, tb):
        report.failures.append(f"exception in the event loop: {exc_type.__name__}: {exc}")
        report.say("FAIL " + "".join(traceback.format_exception(exc_type, exc, tb)).strip())
    application.hook.uninstall()
    sys.excepthook = record
    errors.show_user_error = lambda parent, e: record(type(e), e, e.__traceback__)

    wait_until_idle()
    seconds, basis = elapsed_since_start()
    report.timings["startup"] = seconds
    report.say(f"startup: {seconds:.2f} s from {basis} to the main window shown and idle"
               + (f" with {Path(project).name} open" if project else " (welcome page)"))
    report.step("main window", lambda: check_window(application.window, bool(project)))
    if wait_for_background_work():
        seconds, basis = elapsed_since_start()
        report.say(f"background work the window started was done at {seconds:.2f} s")
    if screenshots:
        screenshots.mkdir(parents=True, exist_ok=True)
        application.window.grab().save(str(screenshots / "smoke-start.png"))

    if project is None:
        report.step("every module imports", check_imports)
        dest = run_headless(workdir, report)
        if dest is not None:
            def open_demo() -> str:
                if not application.window.open_project(dest, coder="smoke-test"):
                    raise RuntimeError(f"the window could not open {dest}")
                idle = wait_until_idle()
                return f"idle after {idle:.2f} s; " + check_window(application.window, True)
            report.step("open the demo project in the window", open_demo)
            if screenshots:
                application.window.grab().save(str(screenshots / "smoke-demo.png"))
        report.step("Swedish interface", lambda: check_translations(application))

    def quit_cleanly() -> str:
        QTimer.singleShot(0, application.window.close)
        code = qapp.exec()
        if code != 0:
            raise RuntimeError(f"the event loop ended with {code}")
        if application.window.isVisible():
            raise RuntimeError("the window is still shown")
        return "window closed, event loop ended with 0"
    report.step("quit", quit_cleanly)
    sys.excepthook = sys.__excepthook__
    qInstallMessageHandler(previous_handler)
    try:
        faulthandler.cancel_dump_traceback_later()
    except (RuntimeError, AttributeError):
        pass
    if report.ok:
        report.say(f"smoke test passed ({len(report.timings)} steps; work folder {workdir})")
        return 0
    report.say(f"smoke test FAILED: {len(report.failures)} problems")
    for failure in report.failures:
        report.say(f"  {failure}")
    return 1
