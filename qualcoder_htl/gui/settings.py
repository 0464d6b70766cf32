"""User settings (QSettings), the interface language, and the settings dialog.

The language is taken from the system locale the first time (Swedish if the locale is
Swedish, otherwise English) and can be changed in the dialog; the window then rebuilds itself
in the new language, keeping the open project, its undo history and the layout.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..paths import resources_dir

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
        """Install ``lang``; English is the source language and needs no file."""
        app = QCoreApplication.instance()
        for t in self._installed:
            app.removeTranslator(t)
        self._installed.clear()
        self.current = lang
        if lang == "en":
            return True
        ok = True
        ours = QTranslator(app)
        if ours.load(f"qualcoder_htl_{lang}", str(translations_dir())):
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = False
        from PySide6.QtCore import QLibraryInfo
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{lang}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return ok


def recent_projects() -> list[str]:
    value = settings().value("recent_projects", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent_project(path: str) -> None:
    items = [p for p in recent_projects() if p != path]
    items.insert(0, path)
    settings().setValue("recent_projects", items[:RECENT_LIMIT])


def remove_recent_project(path: str) -> None:
    settings().setValue("recent_projects", [p for p in recent_projects() if p != path])


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def save(self) -> None:
        s = settings()
        s.setValue("language", self.chosen_language())
        s.setValue("document_font_size", self.font_size.value())
