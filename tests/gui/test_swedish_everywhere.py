"""The interface in Swedish shows no English: the main flows are driven on the demo project
(open a source, code a passage, undo, the theme matrix and the quote extract, detection in the
pseudonymisation review, the import dialog, settings, About, a refused export, an error from a
service), and after each step every visible widget's text, tooltip, status tip, placeholder,
window title, the items of visible views and combo boxes, the tabs, the menus' actions and the
status bar are searched for common English words that are not also Swedish."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from qualcoder_htl.gui import errors as gui_errors
from qualcoder_htl.gui.errors import show_user_error as real_show_user_error

# Common English function and interface words that are not Swedish words too ("in", "for",
# "by", "all", "fall", "text", "memo", "version", "total" are left out: they are Swedish).
ENGLISH = """
the and of with to from into onto this that these those there here what which when where who
is are was were be been being has have had do does did not no yes you your it its an or but if
then than only each every any some more most other also can cannot could would should will
file files folder open opened close save saved cancel cancelled undo undone redo redone error
errors warning code codes coding codings coded source sources project projects export exported
import imported settings help view edit delete remove rename new add apply applied choose select
selected search find show hide quote quotes theme themes matrix case cases attribute attributes
value values name names coder coders language detect detection detected identifier identifiers
suggestion suggestions accept accepted reject rejected replace replacement review reviewed
preview key keyboard shortcut shortcuts about licence license components bundled none
nothing empty loading ready done failed please try again previous next first last back move
merge split colour color font size window interface tab tabs sentence paragraph speaker
speakers hit hits count counts row rows column columns refused written write read
""".split()
WORDS = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b", re.IGNORECASE)

# Proper names, file and format names that are the same in Swedish.
ALLOWED = ('"a OR b"',  # the search syntax
           "REFI-QDA", "qualcoder-htl", "QualCoder", "PySide6", "spaCy", "HTL", "CSV", "XLSX",
           "Word", "Excel", "Qt", "NVivo", "ATLAS.ti", "MAXQDA", "Faker", "GeoNames",
           "Creative Commons", "Stockholm Internet Corpus", "Python Software Foundation",
           "GNU Lesser General Public License", "Lesser General Public License")
# A path, a file name, a URL or an e-mail address is a name, not a sentence.
NAMES = re.compile(r"\S*[/\\@]\S*|\S+\.(?:docx|xlsx|csv|json|qdpx|qdc|qhtl|txt|odt|rtf|html)\b",
                   re.IGNORECASE)


def english(text: str) -> list[str]:
    from qualcoder_htl.gui.about import COMPONENTS
    text = NAMES.sub(" ", text or "")
    for name in ALLOWED + tuple(s for pair in COMPONENTS for s in pair):
        text = text.replace(name, " ")
    text = re.sub(r"<[^>]+>", " ", text)  # rich text markup
    text = re.sub(r"&(?=\w)", "", text)  # mnemonics: "&Öppna"
    return WORDS.findall(text)


def columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model hides columnCount
        return 1


def model_texts(view: QAbstractItemView, limit: int = 400) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    for orientation, count in ((Qt.Orientation.Horizontal, columns(model, QModelIndex())),
                               (Qt.Orientation.Vertical, 0)):
        for section in range(min(count, 50)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    out.append(value)
    stack = [QModelIndex()]
    while stack and len(out) < limit:
        parent = stack.pop()
        for r in range(min(model.rowCount(parent), 60)):
            for c in range(min(columns(model, parent), 20)):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(value)
                if c == 0 and model.rowCount(index) > 0:
                    stack.append(index)
    return out


def menu_texts(menu: QMenu | QMenuBar, seen: set) -> list[str]:
    if id(menu) in seen:
        return []
    seen.add(id(menu))
    out = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        out += [action.text(), action.toolTip() if action.toolTip() != action.text().replace(
            "&", "") else "", action.statusTip()]
        if action.menu() is not None:
            out += menu_texts(action.menu(), seen)
    return out


def widget_texts(w: QWidget) -> list[str]:
    out = [w.toolTip(), w.statusTip(), w.whatsThis()]
    if w.isWindow() or isinstance(w, QDockWidget):
        out.append(w.windowTitle())
    if isinstance(w, (QLabel, QAbstractButton)):
        out.append(w.text())
    if isinstance(w, QLineEdit):
        out += [w.placeholderText(), w.text()]
    if isinstance(w, QGroupBox):
        out.append(w.title())
    if isinstance(w, QTextBrowser):
        out.append(w.toPlainText())
    if isinstance(w, QComboBox):
        out += [w.itemText(i) for i in range(w.count())] + [w.placeholderText()]
    if isinstance(w, QTabBar):
        out += [w.tabText(i) for i in range(w.count())]
        out += [w.tabToolTip(i) for i in range(w.count())]
    if isinstance(w, QAbstractItemView):
        out += model_texts(w)
    if isinstance(w, QMainWindow):
        out.append(w.statusBar().currentMessage())
    return out


def visible_english(step: str) -> list[str]:
    found = []
    seen_menus: set = set()
    seen: set = set()
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible() or id(w) in seen:
                continue
            seen.add(id(w))
            texts = widget_texts(w)
            if isinstance(w, (QMenuBar, QMenu)):
                texts += menu_texts(w, seen_menus)
            for text in texts:
                if words := english(text):
                    found.append(f"{step}: {type(w).__name__} {w.objectName()!r}: "
                                 f"{text[:120]!r} {sorted(set(words))}")
    return found


@pytest.fixture
def swedish_app():
    from qualcoder_htl.gui import settings as app_settings
    translation = app_settings.Translation()
    assert translation.apply("sv")
    yield
    translation.apply("en")


@pytest.fixture
def demo(tmp_path, small_corpus):
    from qualcoder_htl.services.demo import create_demo
    project = create_demo(tmp_path / "demo.qhtl", corpus=small_corpus)
    yield project
    project.close()


@pytest.fixture
def error_dialogs(monkeypatch):
    """The real error dialog, looked at while it is open, then closed."""
    found: list[str] = []

    def show(parent, error):
        def look():
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                found.extend(visible_english("error dialog"))
                found.append("shown: " + box.text())
                box.done(0)
        QTimer.singleShot(0, look)
        real_show_user_error(parent, error)
    monkeypatch.setattr(gui_errors, "show_user_error", show)
    return found


def test_the_main_flows_show_no_english_in_swedish(qtbot, swedish_app, demo, make_window,
                                                  error_dialogs, tmp_path, answers):
    from qualcoder_htl.gui import analysis_tabs, pseudo_menu
    found: list[str] = []
    window = make_window(demo)
    found += visible_english("start")

    # open a source, select a passage and code it; the status bar and the Edit menu
    sid = next(s.id for s in demo.sources.list() if s.name.startswith("vh_01"))
    window.open_source(sid)
    view = window.document.view
    start = view.text.index("Det var tryggt")
    view.select_span(start, start + len("Det var tryggt"))
    window.session.current_code_id = demo.codebook.find("Samverkan").id
    assert window.document.actions.apply_current()
    assert any(c.start == start for c in demo.codings.for_source(sid))
    found += visible_english("coded")
    undo_text = window.actions_.undo.text()
    window.actions_.undo.trigger()
    status = window.statusBar().currentMessage()
    found += visible_english("undone")

    # the theme matrix and the quote extract
    matrix = analysis_tabs.show_view(window, "matrix")
    qtbot.waitUntil(lambda: matrix.job is None and matrix.matrix is not None, timeout=10000)
    found += visible_english("matrix")
    quotes = analysis_tabs.show_view(window, "quotes")
    qtbot.waitUntil(lambda: getattr(quotes, "job", None) is None, timeout=10000)
    found += visible_english("quote extract")

    # intercoder agreement: a second coder codes the same passage
    demo.set_coder("bertil")
    demo.codings.add(sid, demo.codebook.find("Samverkan").id, start, start + 20)
    demo.set_coder("forskare")
    agreement = analysis_tabs.show_view(window, "agreement")
    qtbot.waitUntil(lambda: agreement.job is None, timeout=10000)
    for i in range(agreement.coders.count()):
        agreement.coders.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: agreement.job is None and agreement.result is not None,
                    timeout=10000)
    found += visible_english("agreement")

    # detection in the pseudonymisation review
    panel = pseudo_menu.show_panel(window)
    qtbot.waitUntil(lambda: panel.load_job is None and not panel._stale, timeout=10000)
    panel.detect()
    qtbot.waitUntil(lambda: panel.detection.job is None, timeout=60000)
    qtbot.waitUntil(lambda: panel.load_job is None and not panel._stale, timeout=10000)
    found += visible_english("pseudonymisation review")

    # the import dialog, settings, About
    dialog = window.import_transcripts()
    qtbot.waitExposed(dialog)
    found += visible_english("import dialog")
    dialog.close()
    from qualcoder_htl.gui import settings as app_settings
    settings = app_settings.SettingsDialog("forskare", window)
    qtbot.addWidget(settings)
    settings.show()
    found += visible_english("settings")
    settings.close()
    about = window.show_about()
    qtbot.waitExposed(about)
    found += visible_english("about")
    about.close()

    # an error from a service: a code renamed to the name a code beside it has
    other = demo.codebook.create("Tillit").result
    window.session.run(lambda: demo.codebook.rename(other, "Genomförande"), window)
    assert any("Det finns redan en kod" in f for f in error_dialogs), error_dialogs

    # a refused export: a known participant's name in a code name
    from qualcoder_htl.gui.analysis_models import MatrixRequest, QuoteRequest
    from qualcoder_htl.gui.export_dialog import ExportDialog
    text = demo.sources.get(sid).text
    at = text.index("Kuratorn")
    demo.pseudonymisation.add_span(sid, at, at + len("Kuratorn"), "OTHER")
    demo.pseudonymisation.add_known("Lisa Berg", "PERSON")
    demo.codebook.rename(demo.codebook.find("Samverkan").id, "Samverkan enligt Lisa Berg")
    export = ExportDialog(window.session, MatrixRequest(columns="respondentgrupp"),
                          QuoteRequest(demo.codebook.find("Genomförande").id), "matrix",
                          parent=window)
    qtbot.addWidget(export)
    export.show()
    export.set_format("csv")
    export.path.setText(str(tmp_path / "m.csv"))
    export.start()
    qtbot.waitUntil(lambda: export.job is None, timeout=20000)
    assert "Lisa Berg" in export.status.text() and not (tmp_path / "m.csv").exists()
    found += visible_english("refused export")
    export.close()
    pseudo_menu.show_panel(window)  # the marked span is listed
    panel.status_filter.setCurrentIndex(panel.status_filter.count() - 1)  # "Alla": decided too
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.load_job is None,
                    timeout=10000)
    found += visible_english("review with suggestions")
    assert sum(f.startswith("shown: ") for f in error_dialogs) == 2, error_dialogs

    found += [f for f in error_dialogs if not f.startswith("shown: ")]
    assert found == [], "\n".join(found)
    assert (undo_text, status) == ("&Ångra Använd kod", "Ångrat: Använd kod")
