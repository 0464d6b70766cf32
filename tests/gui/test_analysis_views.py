"""Analysis views: the theme matrix shows what ``project.analysis.matrix`` computes (any measure,
columns, rows, filters, co-occurrence), a cell lists its quotes and opens their passages, the
quote extract marks key quotes undoably, and the export dialog writes Word/CSV/Excel files in
a worker, with Cancel and readable refusals."""
import csv
import shutil
import threading
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui import analysis_tabs
from qualcoder_htl.gui.analysis_models import CellRole, MatrixModel, MatrixRequest, QuoteRequest
from qualcoder_htl.gui.export_dialog import ExportDialog
from qualcoder_htl.gui.matrix_view import MatrixView
from qualcoder_htl.gui.quote_list import QuoteListModel, QuoteRole
from qualcoder_htl.gui.quote_view import QuoteView
from qualcoder_htl.services.analysis_scope import Filters

from .conftest import build_project

EXTRA = {  # source file -> (Organisationsnivå, Omgång)
    "skola_a_01.txt": ("HTL-team skola", "1"),
    "ledning_01.txt": ("Ledningsgrupp", "2"),
    "vh_01.txt": ("Familjer/vårdnadshavare", "1"),
}
PASSAGES = [  # (file, text, code, key quote, coder)
    ("skola_a_01.txt", "Sedan hösten", "Tillit", False, "tester"),
    ("skola_a_01.txt", "Vi träffas oftare", "Samverkan", True, "tester"),
    ("skola_a_01.txt", "svårt att hinna", "Svårt i praktiken", False, "bo"),
    ("skola_a_01.txt", "idén om samverkan för barnens hälsa", "Samverkan", False, "bo"),
    ("ledning_01.txt", "Samverkan är nyckeln", "Samverkan", False, "tester"),
    ("ledning_01.txt", "Mandatet är otydligt", "Svårt i praktiken", True, "tester"),
    ("vh_01.txt", "Det var via skolan", "Samverkan", False, "bo"),
    ("vh_01.txt", "Det var tryggt", "Tillit", True, "tester"),
    ("vh_01.txt", "Vi blev inte dömda", "Tillit", False, "bo"),
]


@pytest.fixture(scope="module")
def analysis_template(tmp_path_factory):
    from qualcoder_htl.services import Project
    folder = tmp_path_factory.mktemp("analysis")
    path = folder / "analys.qhtl"
    ids = build_project(path, folder / "incoming")
    p = Project.open(path, coder="tester")
    p.attributes.set_source_values({ids[f]: {"Organisationsnivå": level, "Omgång": rnd}
                                    for f, (level, rnd) in EXTRA.items()})
    for f, text, code, key, coder in PASSAGES:
        p.set_coder(coder)
        body = p.sources.get(ids[f]).text
        start = body.index(text)
        p.codings.add(ids[f], p.codebook.find(code).id, start, start + len(text), key_quote=key)
    p.set_coder("tester")
    p.undo_stack.clear()
    p.close()
    return path, ids


@pytest.fixture
def project(tmp_path, analysis_template):
    from qualcoder_htl.services import Project
    path = tmp_path / "analys.qhtl"
    shutil.copy(analysis_template[0], path)
    p = Project.open(path, coder="tester")
    p.ids = dict(analysis_template[1])
    yield p
    p.close()


@pytest.fixture
def session(make_session, project):
    return make_session(project)


def shown(model: MatrixModel) -> list[list]:
    from qualcoder_htl.gui.analysis_models import ValueRole
    return [[model.index(r, c).data(ValueRole) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def expected(m, measure: str, total: bool = True) -> list[list]:
    return [[cell.value(measure) for cell in row] + ([m.totals[r].value(measure)] if total
                                                       else [])
            for r, row in enumerate(m.cells)]


def computed(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.job is None and view.matrix is not None, timeout=5000)


@pytest.fixture
def matrix_view(qtbot, session):
    view = MatrixView(session)
    qtbot.addWidget(view)
    view.refresh()
    computed(qtbot, view)
    return view


def test_matrix_shows_the_service_numbers(matrix_view, project):
    m = project.analysis.matrix(columns="org_level")
    model = matrix_view.model
    assert shown(model) == expected(m, "segments") and m.max_value() > 0
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(m.columns))]
    assert [x.replace("/\n", "/").replace("\n", " ") for x in labels] == [
        c.label for c in m.columns]
    assert [c.label for c in m.columns][:3] == ["Ledningsgrupp", "HTL-team skola",
                                                "Familjer/vårdnadshavare"]
    assert model.headerData(len(m.columns), Qt.Orientation.Horizontal) == "Total"
    assert [model.headerData(r, Qt.Orientation.Vertical).strip() for r in range(len(m.rows))] \
        == [r.name for r in m.rows]
    # heat: a larger leaf value is a darker shade; parent rows are a neutral band
    leaf = next(r for r, row in enumerate(m.rows) if not row.has_children)
    assert model.index(leaf, 0).data(CellRole) == (leaf, 0)
    assert "Organisationsnivå" in matrix_view.summary.text()


def test_measures_columns_rows_and_filters(qtbot, matrix_view, project):
    view, model = matrix_view, matrix_view.model
    m = project.analysis.matrix(columns="org_level")
    for measure in ("sources", "cases", "share"):
        view.choose(measure=measure)
        assert view.job is None  # the cells carry every measure but words: no recomputation
        assert shown(model) == expected(m, measure)
    assert model.index(0, 0).data() in ("100%", "0%", "50%", "33%", "67%")
    view.choose(measure="words")
    computed(qtbot, view)
    words = project.analysis.matrix(columns="org_level", measure="words")
    assert shown(model) == expected(words, "words")
    view.choose(columns="Omgång", measure="segments")
    computed(qtbot, view)
    assert shown(model) == expected(project.analysis.matrix(columns="Omgång"), "segments")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Omgång 1"
    view.choose(columns="sources")
    computed(qtbot, view)
    assert model.columnCount() == 4
    genomforande = project.codebook.find("Genomförande").id
    view.choose(columns="org_level" if view.columns.findData("org_level") >= 0
                else "Organisationsnivå", branch=genomforande, rollup=False)
    computed(qtbot, view)
    rows = project.codebook.descendants(genomforande)
    flat = project.analysis.matrix(rows, "org_level", rollup=False)
    assert shown(model) == expected(flat, "segments") and model.rowCount() == 3
    view.choose(branch=None, rollup=True)
    view.filter.set_checked("Organisationsnivå", ["HTL-team skola"])
    view.filter.set_checked("\x00coders", ["bo"])
    computed(qtbot, view)
    filtered = project.analysis.matrix(columns="org_level", filters=Filters(
        coders=("bo",), values={"Organisationsnivå": ("HTL-team skola",)}))
    assert shown(model) == expected(filtered, "segments")
    assert "bo" in view.summary.text()
    view.filter.clear()
    view.choose(cooccurrence="turn")
    computed(qtbot, view)
    co = project.analysis.cooccurrence(mode="turn", rollup=True)
    assert shown(model) == expected(co, "cooccurrences", total=False)
    assert not view.measure.isEnabled()


def test_matrix_model_passes_qtmodeltester(qtmodeltester, project):
    model = MatrixModel()
    model.set_matrix(project.analysis.matrix(columns="org_level"))
    qtmodeltester.check(model)
    model.set_measure("share")
    qtmodeltester.check(model)
    model.set_matrix(project.analysis.cooccurrence())
    qtmodeltester.check(model)
    quotes = QuoteListModel()
    quotes.set_extract(project.analysis.quotes("Genomförande", by="org_level"))
    qtmodeltester.check(quotes)


def test_a_cell_lists_its_quotes_and_opens_the_passage(qtbot, make_window, project):
    window = make_window(project)
    view = analysis_tabs.show_view(window, "matrix")
    assert window.tabs.is_open("matrix") and view.isVisible()
    computed(qtbot, view)
    m = view.matrix
    r = m.row_index(project.codebook.find("Samverkan").id)
    c = next(i for i, col in enumerate(m.columns) if col.label == "HTL-team skola")
    rect = view.table.visualRect(view.model.index(r, c))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    want = project.analysis.cell_quotes(m, r, c)
    assert len(want) == 3
    qtbot.waitUntil(lambda: view.cell.job is None and view.quotes.quote_model.rowCount() == 3)
    got = view.quotes.quote_model.quotes()
    assert [q.coding_id for q in got] == [q.coding_id for q in want]
    assert got[0].is_key_quote and got[0].citation == want[0].citation
    assert "HTL-team skola" in view.cell.title.text() and "3 quotes" in view.cell.title.text()
    at = view.quotes.visualRect(view.quotes.quote_model.index(1)).center()
    qtbot.mouseClick(view.quotes.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(view.quotes.viewport(), Qt.MouseButton.LeftButton, pos=at)
    coding = project.codings.get(got[1].coding_id)
    doc = window.document.view
    assert doc.source.id == coding.source_id
    assert doc.textCursor().selectedText() == got[1].text
    assert window.tabs.currentWidget() is window.document  # the passage's tab in front
    assert window.tabs.is_open("matrix")  # the matrix waits beside it
    # a coding added elsewhere is counted once the matrix is in front again
    sid = project.ids["skola_a_01.txt"]
    text = project.sources.get(sid).text
    start = text.index("Här har vi")
    project.codings.add(sid, project.codebook.find("Samverkan").id, start, start + 10)
    window.actions_.next_tab.trigger()
    assert window.tabs.current_name() == "matrix"
    qtbot.waitUntil(lambda: view.job is None and view.matrix is not m, timeout=5000)
    assert view.matrix.cells[r][c].segments == m.cells[r][c].segments + 1
    qtbot.waitUntil(lambda: view.quotes.quote_model.rowCount() == 4)


def test_key_quote_toggles_in_the_extract_and_undoes(qtbot, session, project):
    view = QuoteView(session)
    qtbot.addWidget(view)
    view.show()
    view.choose(code_id=project.codebook.find("Tillit").id, by="Organisationsnivå")
    qtbot.waitUntil(lambda: view.job is None and view.extract is not None
                    and view.extract.code_name == "Tillit")
    model = view.quotes.quote_model
    kinds = [kind for kind, _ in model.entries]
    assert kinds[0] == "group" and kinds.count("quote") == 3
    assert "Tillit" in view.summary.text()
    family = [q for q in view.extract.quotes if q.group == "Familjer/vårdnadshavare"]
    assert [q.is_key_quote for q in family] == [True, False]  # key quotes first
    plain = family[1]
    assert view.quotes.select_coding(plain.coding_id)
    qtbot.keyClick(view.quotes, Qt.Key.Key_K)
    assert project.codings.get(plain.coding_id).is_key_quote
    qtbot.waitUntil(lambda: view.job is None and any(
        q.coding_id == plain.coding_id and q.is_key_quote for q in view.extract.quotes))
    assert view.quotes.current_quote().coding_id == plain.coding_id  # still chosen
    assert "★" in view.quotes.currentIndex().data(Qt.ItemDataRole.DisplayRole)
    session.undo()
    assert not project.codings.get(plain.coding_id).is_key_quote
    qtbot.waitUntil(lambda: view.job is None and not any(
        q.coding_id == plain.coding_id and q.is_key_quote for q in view.extract.quotes))
    view.key_only.setChecked(True)
    qtbot.waitUntil(lambda: view.job is None and len(view.extract.quotes) == 1)
    assert view.quotes.quote_model.index(1).data(QuoteRole).is_key_quote


def run_export(qtbot, dialog, path: Path, kind: str, fmt: str = "docx") -> Path:
    dialog.set_kind(kind)
    dialog.set_format(fmt)
    dialog.path.setText(str(path))
    job = dialog.start()
    assert job is not None and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    return path


@pytest.fixture
def dialog(qtbot, session, project):
    code = project.codebook.find("Genomförande").id
    d = ExportDialog(session, MatrixRequest(columns="Organisationsnivå"),
                     QuoteRequest(code, by="Organisationsnivå"), "matrix",
                     descriptions={"matrix": "All themes × Organisationsnivå"})
    qtbot.addWidget(d)
    return d


def test_export_each_kind(qtbot, dialog, project, tmp_path, user_errors):
    assert dialog.language.currentData() == "en"  # the interface language
    assert dialog.path.text().endswith("theme matrix.docx")
    m = project.analysis.matrix(columns="org_level")
    out = run_export(qtbot, dialog, tmp_path / "m.xlsx", "matrix", "xlsx")
    assert dialog.result_path == out and "Saved" in dialog.status.text()
    sheet = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    numbers = [row for row in values if row and any(isinstance(v, int) for v in row)]
    assert [row[-len(m.columns) - 1:-1] for row in numbers] == \
        [[cell.segments for cell in r] for r in m.cells]
    out = run_export(qtbot, dialog, tmp_path / "m.csv", "matrix", "csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";" if ";" in f.readline() else ","))
    assert len(rows) >= len(m.rows)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    out = run_export(qtbot, dialog, tmp_path / "m.docx", "matrix")
    table = docx.Document(str(out)).tables[0]
    assert table.rows[0].cells[0].text == "Tema" and len(table.rows) == len(m.rows) + 1
    out = run_export(qtbot, dialog, tmp_path / "q.docx", "quotes")
    assert not dialog.format.isEnabled()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    for q in project.analysis.quotes("Genomförande", by="org_level").quotes:
        assert q.text in text and q.citation in text
    dialog.by.setCurrentIndex(dialog.by.findData("Omgång"))
    out = run_export(qtbot, dialog, tmp_path / "r.docx", "report")
    headings = [p.text for p in docx.Document(str(out)).paragraphs
                if p.style.name == "Heading 1"]
    assert {"Genomförande", "Tillit"} <= set(headings)
    assert user_errors == []


def test_an_existing_document_is_replaced_only_when_confirmed(qtbot, dialog, tmp_path,
                                                              answers):
    target = tmp_path / "m.csv"
    target.write_text("kept", encoding="utf-8")
    dialog.set_format("csv")
    dialog.path.setText(str(target))
    answers.queue["confirm"].append(False)
    assert dialog.start() is None and target.read_text(encoding="utf-8") == "kept"
    answers.queue["confirm"].append(True)
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert target.read_text(encoding="utf-8-sig") != "kept"


def test_export_can_be_cancelled(qtbot, dialog, project, tmp_path, monkeypatch):
    gate = threading.Event()
    original = project.analysis.export_report

    def held(*args, **kwargs):
        gate.wait(5)
        return original(*args, **kwargs)
    monkeypatch.setattr(project.analysis, "export_report", held)
    dialog.set_kind("report")
    dialog.path.setText(str(tmp_path / "r.docx"))
    dialog.start()
    assert dialog.close_button.text() == "Cancel"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # cancels, stays open
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert "Cancelled" in dialog.status.text() and not (tmp_path / "r.docx").exists()
    assert dialog.export_button.isEnabled() and dialog.close_button.text() == "Close"


def test_a_refused_export_is_a_readable_message(qtbot, dialog, project, tmp_path, user_errors):
    sid = project.ids["vh_01.txt"]
    text = project.sources.get(sid).text
    start = text.index("Kuratorn")
    project.pseudonymisation.add_span(sid, start, start + len("Kuratorn"), "OTHER")
    # an original of the key in a code name is written pseudonymised; a known participant
    # who is not in the key has no replacement, so the export is refused
    project.pseudonymisation.add_known("Lisa Berg", "PERSON")
    project.codebook.rename(project.codebook.find("Tillit").id, "Tillit enligt Lisa Berg")
    run_export(qtbot, dialog, tmp_path / "m.csv", "matrix", "csv")
    assert len(user_errors) == 1 and "refused" in user_errors[0]
    assert "Lisa Berg" in dialog.status.text() and not (tmp_path / "m.csv").exists()
    assert not list(tmp_path.glob(".m.part*"))


def test_menu_reaches_the_views_by_keyboard(qtbot, make_window, project):
    window = make_window(project)
    actions = window.actions_
    assert actions.matrix.shortcut().toString() == "Ctrl+Shift+T"
    assert actions.quote_extract.shortcut().toString() == "Ctrl+Shift+Q"
    from qualcoder_htl.gui.menus import shortcut_table
    keys = [k for _, _, ks in shortcut_table(window) for k in ks.split(", ")]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert ("Analysis", "Theme matrix", "Ctrl+Shift+T") in shortcut_table(window)
    assert not window.tabs.is_open("matrix")
    actions.quote_extract.trigger()
    qtbot.waitUntil(lambda: window.panels["quotes"].on_screen())
    actions.export_analysis.trigger()
    dialogs = window.findChildren(ExportDialog)
    assert dialogs and dialogs[-1].kind() == "quotes"
    dialogs[-1].close()
    actions.matrix.trigger()  # the two are tabs beside the document
    qtbot.waitUntil(lambda: window.panels["matrix"].on_screen())
    assert not window.panels["quotes"].on_screen()
    assert window.panels["matrix"].table.hasFocus() or not window.isActiveWindow()
    window.close_project()
    assert window.tabs is None and "matrix" not in window.panels
    assert not actions.matrix.isEnabled()


def test_export_language_follows_the_interface(qtbot, session):
    from qualcoder_htl.gui import settings
    translation = settings.Translation()
    translation.apply("sv")
    try:
        d = ExportDialog(session)
        qtbot.addWidget(d)
        assert d.language.currentData() == "sv"
        assert d.path.text().endswith("temamatris.docx")
    finally:
        translation.apply("en")


def test_matrix_of_a_project_without_organisational_levels(qtbot, make_session, tmp_path):
    """A project saved by schema 0001 has only Respondentgrupp: the view falls back to it."""
    from qualcoder_htl.services import Project
    path = tmp_path / "old.qhtl"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "project_v1.qhtl", path)
    old = Project.open(path, coder="tester", backup_dir=tmp_path / "bk")
    try:
        view = MatrixView(make_session(old))
        qtbot.addWidget(view)
        view.refresh()
        computed(qtbot, view)
        assert [c.label for c in view.matrix.columns] == ["vårdnadshavare"]
        assert old.analysis.matrix().column_title == "Respondentgrupp"
    finally:
        old.close()
