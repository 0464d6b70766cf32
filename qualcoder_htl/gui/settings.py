"""User settings (QSettings), the interface language, and the settings dialog.

The language is taken from the system locale the first time (Swedish if the locale is
Swedish, otherwise English) and can be changed in the dialog; the window then rebuilds itself
in the new language, keeping the open project, its undo history and the layout.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core import messages
from ..paths import resources_dir
from ..services.project import DEFAULT_CITATION, default_coder_name

ORGANISATION = "qualcoder-htl"
APPLICATION = "qualcoder-htl"
LANGUAGES = (("en", "English"), ("sv", "Svenska"))
RECENT_LIMIT = 8


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


def system_language() -> str:
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def language() -> str:
    value = settings().value("language", "")
    return value if value in dict(LANGUAGES) else system_language()


def translations_dir():
    return resources_dir() / "i18n"


class Translation:
    """Holds the installed translators (ours and Qt's own for standard buttons)."""

    def __init__(self):
        self._installed: list[QTranslator] = []
        self.current = "en"

    def apply(self, lang: str) -> bool:
        """Install ``lang``; English is the source language: its file has only plurals."""
        app = QCoreApplication.instance()
        for t in self._installed:
            app.removeTranslator(t)
        self._installed.clear()
        self.current = lang
        messages.set_language(lang)  # what services and importers report
        ours = QTranslator(app)  # for English, the plural forms only ("1 file", "2 files")
        ok = ours.load(f"qualcoder_htl_{lang}", str(translations_dir()))
        if ok:
            app.installTranslator(ours)
            self._installed.append(ours)
        if lang == "en":
            return True
        from PySide6.QtCore import QLibraryInfo
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{lang}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return ok


def demo_folder() -> Path:
    """Where fresh copies of the demo project are made (they stay out of recent projects)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or Path.home() / ".qualcoder-htl") / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def is_demo_copy(path: str | Path) -> bool:
    return Path(path).resolve().parent == demo_folder().resolve()


def recent_projects() -> list[str]:
    value = settings().value("recent_projects", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if not is_demo_copy(str(v))]


def add_recent_project(path: str) -> None:
    if is_demo_copy(path):
        return  # a demo copy is made afresh each time: listing them helps no one
    items = [p for p in recent_projects() if p != path]
    items.insert(0, path)
    settings().setValue("recent_projects", items[:RECENT_LIMIT])


def remove_recent_project(path: str) -> None:
    settings().setValue("recent_projects", [p for p in recent_projects() if p != path])


def coder_name() -> str:
    """Who is recorded with changes when ``--coder`` was not given: the name saved in the
    settings, else the login name (a copy made for a coder names its coder first:
    ``Project.open(default_coder=...)``)."""
    return str(settings().value("coder_name", "") or "").strip() or default_coder_name()


def citation_template() -> str:
    """The citation template new projects start with ("" = the built-in default)."""
    return str(settings().value("citation_template", "") or "").strip()


def backup_folder() -> Path | None:
    """Where copies go before a project is upgraded or changed in a risky step (None: beside
    the project file)."""
    value = str(settings().value("backup_folder", "") or "").strip()
    return Path(value) if value else None


def apply_new_project_defaults(project) -> None:
    """What a project made in the window starts with: the default citation template."""
    template = citation_template()
    if template and template != DEFAULT_CITATION:
        project.analysis.set_citation_template(template)
        project.undo_stack.clear()  # a new, empty project: nothing to undo yet


def template_problem(template: str) -> str | None:
    depth = 0
    for ch in template:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth not in (0, 1):
            return QCoreApplication.translate("SettingsDialog",
                                              "Braces in the template do not pair up.")
    if depth:
        return QCoreApplication.translate("SettingsDialog", "A { in the template is not closed.")
    return None


class SettingsDialog(QDialog):
    def __init__(self, coder_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([c for c, _ in LANGUAGES].index(language()))
        form.addRow(self.tr("&Language:"), self.language)
        self.coder = QLineEdit(coder_name)
        self.coder.setToolTip(self.tr("Your name as recorded with the codings you make"))
        form.addRow(self.tr("&Coder name:"), self.coder)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 28)
        self.font_size.setValue(int(settings().value("document_font_size", 11)))
        self.font_size.setSuffix(" pt")
        form.addRow(self.tr("Document &font size:"), self.font_size)
        self.citation = QLineEdit(citation_template())
        self.citation.setPlaceholderText(DEFAULT_CITATION)
        self.citation.setToolTip(self.tr(
            "How quotes are cited in new projects: attribute names in braces, e.g. "
            "{Intervjunummer}, {Respondentgrupp}, {Skola}, or {källa} for the file name. "
            "Empty: the built-in template."))
        self.citation_example = QLabel()
        self.citation_example.setObjectName("citationExample")
        self.citation.textChanged.connect(self._show_example)
        form.addRow(self.tr("Default &citation template:"), self.citation)
        form.addRow("", self.citation_example)
        self._show_example()
        row = QHBoxLayout()
        folder = backup_folder()
        self.backup = QLineEdit(str(folder) if folder else "")
        self.backup.setPlaceholderText(self.tr("Beside the project file"))
        self.backup.setToolTip(self.tr(
            "A copy of a project is kept here before it is upgraded to a newer format or "
            "changed in a risky step."))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse_backup)
        row.addWidget(self.backup, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&Backup folder:"))
        label.setBuddy(self.backup)
        form.addRow(label, row)
        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # room for a citation template and a folder path (the fields were cut off), and
        # never wider than the screen
        chars = self.fontMetrics().horizontalAdvance("x" * 48)
        self.citation.setMinimumWidth(chars)
        self.backup.setMinimumWidth(chars - browse.sizeHint().width())
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.setMaximumWidth(screen.width())

    def chosen_language(self) -> str:
        return self.language.currentData()

    def _show_example(self) -> None:
        from ..services.analysis import CitationStyle
        template = self.citation.text().strip() or DEFAULT_CITATION
        if template_problem(template):
            self.citation_example.setText(template_problem(template))
            return
        values = {"Intervjunummer": "3", "Respondentgrupp": "ledningsgrupp",
                  "Organisationsnivå": "Ledningsgrupp", "Skola": "Tjärnaskolan"}
        roles = {"interview_no": "3", "respondent_group": "ledningsgrupp",
                 "org_level": "Ledningsgrupp", "school": "Tjärnaskolan"}
        self.citation_example.setText(self.tr("e.g. {0}").format(
            CitationStyle(template).label(values, roles, "ledning_03.docx")))

    def _browse_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.backup.text() or str(Path.home()))
        if folder:
            self.backup.setText(folder)

    def problems(self) -> str | None:
        problem = template_problem(self.citation.text().strip())
        folder = self.backup.text().strip()
        if problem is None and folder:
            try:
                Path(folder).expanduser().mkdir(parents=True, exist_ok=True)
            except OSError as e:
                problem = self.tr("The backup folder cannot be made: {0}").format(
                    e.strerror or e)
        return problem

    def accept(self) -> None:
        problem = self.problems()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()

    def save(self) -> None:
        s = settings()
        s.setValue("language", self.chosen_language())
        s.setValue("document_font_size", self.font_size.value())
        if self.coder.text().strip():
            s.setValue("coder_name", self.coder.text().strip())
        s.setValue("citation_template", self.citation.text().strip())
        folder = self.backup.text().strip()
        s.setValue("backup_folder", str(Path(folder).expanduser()) if folder else "")
