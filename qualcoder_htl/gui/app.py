"""Start the application: QApplication, translations, the exception hook, the main window;
``--demo`` makes a fresh copy of the demo project in the user's data folder and opens it."""
from __future__ import annotations

import logging
import os
import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from ..core.errors import UserError
from . import settings as app_settings
from .errors import ExceptionHook, show_user_error
from .main_window import MainWindow
from .workers import Job


class Application(QObject):
    """Owns the window and the language; rebuilds the window when the language changes."""

    def __init__(self, qapp: QApplication, coder: str | None = None):
        super().__init__()
        self.qapp = qapp
        self.coder = coder
        self.translation = app_settings.Translation()
        self.translation.apply(app_settings.language())
        self.window = self._make_window()
        self.hook = ExceptionHook(after=self._refresh_after_error)
        self.demo_job: Job | None = None

    def _make_window(self, session=None) -> MainWindow:
        window = MainWindow(session)
        window.coder = self.coder
        window.language_change_requested.connect(self.switch_language)
        window.demo_requested.connect(self.open_demo)
        return window

    def _refresh_after_error(self) -> None:
        if self.window.session is not None:
            self.window.session.refresh_all()

    def switch_language(self, lang: str) -> MainWindow:
        """Install ``lang`` and rebuild the window around the same open project (its undo
        history, open source and panel layout are kept)."""
        old = self.window
        old.save_layout()
        source_id = old.session.current_source_id if old.session else None
        session = old.detach_session()
        self.translation.apply(lang)
        self.window = self._make_window(session)
        if source_id is not None:
            self.window.open_source(source_id)
        self.window.show()
        old.close()
        old.deleteLater()
        return self.window

    def open_demo(self, corpus: Path | None = None) -> Job:
        """Create the demo project off the GUI thread, with a progress dialog."""
        from ..services.demo import create_demo
        dest = app_settings.demo_folder() / f"htl-demo-{datetime.now():%Y%m%d-%H%M%S}.qhtl"
        n = 1
        while dest.exists():
            dest = dest.with_name(f"{dest.stem}-{n}.qhtl")
            n += 1
        dialog = QProgressDialog(self.tr("Creating the demo project…"), self.tr("Cancel"),
                                 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        job = Job(lambda progress: create_demo(dest, progress, corpus), self)
        job.progressed.connect(lambda done, total, label: (
            dialog.setMaximum(total), dialog.setValue(done), dialog.setLabelText(
                self.tr("Importing {0}…").format(label) if label else dialog.labelText())))
        dialog.canceled.connect(job.cancel)
        job.succeeded.connect(self._demo_ready)
        job.failed.connect(lambda e, details: self._demo_failed(e))
        job.done.connect(dialog.close)
        job.done.connect(dialog.deleteLater)
        self.demo_job = job.start()
        return job

    def _demo_ready(self, project) -> None:
        project.set_coder(self.coder or app_settings.coder_name())
        self.window.set_project(project)
        self.window.statusBar().showMessage(self.tr(
            "The demo project is a fresh copy: code freely, nothing else changes."), 8000)

    def _demo_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_user_error(self.window, error)
        else:
            raise error


PRELOAD_AFTER_MS = 400


def preload() -> None:
    """Import what opening a project needs (every service, every panel, the analysis views)
    after the window appears, so that opening a project later costs only reading it."""
    import importlib
    import pkgutil

    from .. import services
    for module in pkgutil.iter_modules(services.__path__):
        importlib.import_module(f"{services.__name__}.{module.name}")
    for name in ("panels", "import_dialog", "attribute_editor", "matrix_view", "quote_view",
                 "theme_chart"):
        importlib.import_module(f"{__package__}.{name}")


def make_qapplication() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(app_settings.ORGANISATION)
    app.setApplicationName(app_settings.APPLICATION)
    app.setApplicationDisplayName("qualcoder-htl")
    from PySide6.QtGui import QIcon

    from ..paths import resources_dir
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "qualcoder-htl.png")))
    return app


def start(project_path: str | None = None, demo: bool = False,
          coder: str | None = None) -> Application:
    """Everything ``run`` does before the event loop: the window is up, the project (or a
    fresh demo copy) opening, the exception hook installed."""
    qapp = make_qapplication()
    from .binding_check import protect
    protect()  # before any window: some Qt bindings lose references to None/True
    application = Application(qapp, coder)
    application.hook.install()
    window = application.window
    window.show()
    if demo:
        qapp.processEvents()  # the window is up while the demo project is made
        application.open_demo()
    elif project_path:
        window.open_project(project_path, coder=coder)
    # what opening a project (or a view) later needs, once the window has painted
    QTimer.singleShot(PRELOAD_AFTER_MS, preload)
    return application


def run(project_path: str | None = None, demo: bool = False, coder: str | None = None) -> int:
    application = start(project_path, demo, coder)
    if os.environ.get(TIMING_VARIABLE):
        _quit_after_first_paint(application)
    try:
        code = application.qapp.exec()
    finally:
        application.hook.uninstall()
        if os.environ.get(TIMING_VARIABLE):
            print(f"quit-returned {time.time():.3f}", flush=True)
    _exit_now(code)
    return code  # not reached


def _exit_now(code: int) -> None:
    """End the process as soon as the window has closed. By now the project is closed (its
    last transaction committed, the database file checkpointed and released), background
    jobs are cancelled and waited for (``MainWindow.closeEvent``), and the settings are
    written here; what is left is tearing down thousands of Qt and Python objects one by one,
    which took most of a second, so the process ends without it."""
    app_settings.settings().sync()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


TIMING_VARIABLE = "QUALCODER_HTL_QUIT_AFTER_PAINT"


class _FirstPaint(QObject):
    """For ``tests/benchmarks/bench_startup.py``: once the window has painted with a project
    open (or the welcome page, without one), print the time and quit."""

    def __init__(self, application: Application):
        super().__init__(application)
        self.application = application

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        window = self.application.window
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print(f"first-paint {time.time():.3f}", flush=True)
            QTimer.singleShot(0, window.close)
        return False


def _quit_after_first_paint(application: Application) -> None:
    window = application.window
    watcher = _FirstPaint(application)
    target = window.document.view.viewport() if window.document else window.welcome
    target.installEventFilter(watcher)
