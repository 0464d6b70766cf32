"""The main window: the document in the middle with the analysis views as tabs beside it,
panels in docks around it (layout remembered, always within the screen), recent projects,
new/open/close, and the Edit menu's Undo/Redo named after the action."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QStackedWidget

from ..core.errors import PassphraseNeededError, ProjectLockedError, UserError
from ..services import Project
from . import errors as error_dialogs  # looked up at each call (tests answer the dialogs)
from . import settings as app_settings
from .central_tabs import CentralTabs  # noqa: F401 - the type of ``tabs``
from .dialogs import about_dialog, shortcuts_dialog
from .document_panel import DocumentPanel
from .first_steps import FileDrop
from .menus import build_menus
from .read_only_banner import remove_read_only_banner, show_read_only_banner
from .screen_fit import SidePanels, clamp_to_screen, fit_to_screen, restore_open_views
from .server_dialog import open_location
from .session import Session
from .welcome import WelcomePage
from .window_layout import WindowLayout


class MainWindow(WindowLayout, QMainWindow):
    language_change_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session: Session | None = None
        self.coder: str | None = None  # --coder: recorded with changes in every project
        self.panels: dict[str, object] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.document: DocumentPanel | None = None
        self.tabs: CentralTabs | None = None
        self.side_panels = SidePanels(self)
        self._clamp_queued = False
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.stack.setMinimumWidth(240)  # not the welcome page's width beside a project
        self.setCentralWidget(self.stack)
        self.actions_ = build_menus(self)
        self.file_drop = FileDrop(self)  # transcripts dropped on the window are imported
        self.statusBar().showMessage(self.tr("Ready"), 2000)
        geometry = app_settings.settings().value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            fit_to_screen(self)
        clamp_to_screen(self)
        if session is not None:
            self._attach(session)
        self._update_title()
        self._update_actions()
        self._fill_recent()

    # --- project lifecycle ------------------------------------------------------------------
    def open_project(self, path: str | Path, coder: str | None = None) -> bool:
        if self.session is not None and Path(path).resolve() == self.session.project.path.resolve():
            return True  # already open here (its lock is ours)
        try:
            project = Project.open(path, coder=coder or self.coder, default_coder=app_settings
                                   .coder_name(), backup_dir=app_settings.backup_folder())
        except ProjectLockedError as e:
            project = self._open_read_only_instead(path, coder, e)
            if project is None:
                return False
        except PassphraseNeededError:
            return False  # the passphrase dialog was cancelled
        except UserError as e:
            error_dialogs.show_user_error(self, e)
            app_settings.remove_recent_project(str(path))
            self._fill_recent()
            return False
        self.set_project(project)
        return True

    def _open_read_only_instead(self, path, coder: str | None,
                                error: ProjectLockedError) -> Project | None:
        """The project is open elsewhere: say who has it and offer to open it read-only."""
        from . import prompts
        if not prompts.confirm(self, self.tr("Project in use"), str(error) + "\n\n" + self.tr(
                "Open it read-only?"), self.tr("Open read-only")):
            return None
        try:
            return Project.open(path, coder=coder or self.coder,
                                default_coder=app_settings.coder_name(), read_only=True)
        except UserError as e:
            error_dialogs.show_user_error(self, e)
            return None

    def set_project(self, project: Project) -> None:
        self.close_project()
        self._attach(Session(project))

    def _attach(self, session: Session) -> None:
        from .panels import make_docks
        self.session = session
        session.setParent(self)
        self.document = DocumentPanel(session)
        self.document.import_requested.connect(self.import_transcripts)
        self.document.demo_requested.connect(self.open_demo)
        self.document.view.set_font_size(int(app_settings.settings().value(
            "document_font_size", 11)))
        self._make_tabs(self.document)
        make_docks(self, session)
        show_read_only_banner(self, session.project.read_only)
        session.undo_state_changed.connect(self._update_undo)
        session.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        session.jump_requested.connect(lambda *_: self.show_document())
        session.recent_codes_changed.connect(self._fill_recent_codes)
        session.changed.connect(lambda c: self._update_title() if "project_meta" in c else None)
        state = app_settings.settings().value("window/state")
        if not isinstance(state, QByteArray) or not self.restoreState(state):
            self.reset_layout()
        restore_open_views(self)
        clamp_to_screen(self)
        app_settings.add_recent_project(session.project.location)  # a URL: no password
        self._fill_recent()
        self._fill_recent_codes()
        self._update_title()
        self._update_actions()
        self._update_undo()
        first = self.panels["sources"].model.flat[:1] or [
            s for _, members in self.panels["sources"].model.groups[:1] for s in members[:1]]
        if first and self.session.current_source_id is None:
            self.open_source(first[0])

    def close_project(self) -> None:
        if self.session is None:
            return
        self.save_layout()
        remove_read_only_banner(self)
        for dock in self.docks.values():  # out of the window at once (setParent hides it):
            self.removeDockWidget(dock)  # the next layout is restored onto the next docks
            dock.setParent(None)
            dock.deleteLater()
        self.docks.clear()
        self.panels.clear()
        for action in self.actions_.focus_actions:
            action.deleteLater()
        self.actions_.focus_actions = []
        self.actions_.view_menu.clear()
        self._drop_tabs()
        self.document = None
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.refresh()
        self._update_title()
        self._update_actions()
        self._update_undo()

    def detach_session(self) -> Session | None:
        """Hand the open project to a new window (language change) without closing it."""
        session, self.session = self.session, None
        if session is not None:
            session.setParent(None)
        return session

    def new_project(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "",
                                              self.tr("qualcoder-htl projects (*.qhtl)"))
        if not path:
            return False
        try:
            project = Project.create(path, coder=self.coder or app_settings.coder_name())
            app_settings.apply_new_project_defaults(project)
        except UserError as e:
            error_dialogs.show_user_error(self, e)
            return False
        self.set_project(project)
        return True

    def open_project_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("qualcoder-htl projects (*.qhtl)"))
        return self.open_project(path) if path else False

    def open_demo(self) -> None:
        self.demo_requested.emit()

    def open_source(self, source_id: int) -> None:
        self.show_document()
        if self.document is not None and self.document.open_source(source_id):
            self.panels["sources"].select_source(source_id)
            self.panels["memos"].source_changed()

    # --- menus ------------------------------------------------------------------------------
    def coding(self, name: str):
        """A slot that runs ``CodingActions.<name>`` on the open document."""
        def run():
            if self.document is not None:
                getattr(self.document.actions, name)()
        return run

    def apply_recent(self, n: int) -> None:
        if self.document is not None:
            self.document.actions.apply_recent(n)

    def apply_code(self, code_id: int) -> None:
        if self.document is None or not self.document.view.textCursor().hasSelection():
            return
        self.document.actions.apply_code(code_id)  # the selection stays for another code

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo(self)

    def redo(self) -> None:
        if self.session is not None:
            self.session.redo(self)

    def _update_undo(self) -> None:
        stack = self.session.project.undo_stack if self.session else None
        undo, redo = self.actions_.undo, self.actions_.redo
        undo.setEnabled(bool(stack and stack.can_undo))
        redo.setEnabled(bool(stack and stack.can_redo))
        undo.setText(self.tr("&Undo {0}").format(stack.undo_label)
                     if stack and stack.can_undo else self.tr("&Undo"))
        redo.setText(self.tr("&Redo {0}").format(stack.redo_label)
                     if stack and stack.can_redo else self.tr("&Redo"))

    def _update_actions(self) -> None:
        has = self.session is not None
        for action in self.findChildren(QAction):
            if action.property("needs_project"):
                action.setEnabled(has)
        self.actions_.reset_layout.setEnabled(has)
        self._update_tab_actions()

    def _update_title(self) -> None:
        name = self.session.project.name if self.session else None
        self.setWindowTitle(f"{name} — qualcoder-htl" if name else "qualcoder-htl")

    def _fill_recent(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for path in app_settings.recent_projects():
            menu.addAction(path, lambda p=path: open_location(self, p))
        menu.setEnabled(bool(menu.actions()))
        self.welcome.refresh()

    def _fill_recent_codes(self) -> None:
        recent = []
        if self.session is not None:
            recent = [c for c in self.session.recent_code_ids if c in self.session.codes()]
        for n, action in enumerate(self.actions_.recent_code_actions):
            action.setVisible(n < len(recent))
            if n < len(recent):
                action.setText(self.session.code_path(recent[n]))

    def import_transcripts(self):
        from .import_dialog import ImportDialog
        if self.session is None:
            return None
        dialog = ImportDialog(self.session, self)
        dialog.open()
        return dialog

    def export_refi_project(self):
        from .refi_dialogs import export_project
        return export_project(self)

    def export_refi_codebook(self):
        from .refi_dialogs import export_codebook
        return export_codebook(self)

    def import_refi(self):
        from .refi_import import import_file
        return import_file(self)

    def show_attributes(self):
        from .attribute_editor import AttributeEditor
        if self.session is None:
            return None
        editor = AttributeEditor(self.session, self.panels["sources"].selected_source_ids(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def show_project_memos(self) -> None:
        if "memos" in self.docks:
            self.panels["memos"].scope.setCurrentIndex(0)
            self.docks["memos"].show()
            self.docks["memos"].raise_()
            self.panels["memos"].list.setFocus()

    def show_settings(self):
        dialog = app_settings.SettingsDialog(
            self.session.project.coder.name if self.session
            else self.coder or app_settings.coder_name(), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog)

    def apply_settings(self, dialog) -> None:
        before = app_settings.language()
        dialog.save()
        if self.session is not None:
            name = dialog.coder.text().strip()
            if name and name != self.session.project.coder.name:
                self.session.run(lambda: self.session.project.set_coder(name), self)
            if self.document is not None:
                self.document.view.set_font_size(dialog.font_size.value())
        if dialog.chosen_language() != before:
            lang = dialog.chosen_language()
            QTimer.singleShot(0, lambda: self.language_change_requested.emit(lang))

    def show_shortcuts(self) -> None:
        shortcuts_dialog(self).exec()

    def show_about(self):
        return about_dialog(self)
