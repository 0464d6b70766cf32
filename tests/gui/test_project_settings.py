"""Project settings (title, description, citation templates per group) as one undo step; the
matrix's columns follow the attribute's value order and keep a dragged order; the quote
extract groups as the matrix does."""
from PySide6.QtCore import Qt

from qualcoder_htl.gui.matrix_view import MatrixView
from qualcoder_htl.gui.project_settings import ProjectSettingsDialog, open_project_settings
from qualcoder_htl.gui.quote_view import QuoteView


def test_title_description_and_citations(qtbot, make_window, project):
    window = make_window(project)
    dialog = open_project_settings(window)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == project.name
    groups = [dialog.groups.item(r, 0).text() for r in range(dialog.groups.rowCount())]
    assert groups == ["HTL-team skola", "ledningsgrupp", "vårdnadshavare"]
    dialog.title.setText("HTL-uppföljningen")
    dialog.description.setPlainText("Följeforskning 2019–2021.")
    dialog.template.setText("Intervju, {Respondentgrupp}")
    dialog.groups.item(groups.index("ledningsgrupp"), 1).setText("Intervju 3, ledningsgrupp")
    dialog.accept()
    assert project.name == "HTL-uppföljningen"
    assert window.windowTitle().startswith("HTL-uppföljningen")
    assert project.meta()["description"] == "Följeforskning 2019–2021."
    cites = project.analysis.citations()
    assert cites[project.ids["ledning_01.txt"]] == "(Intervju 3, ledningsgrupp)"
    assert cites[project.ids["vh_01.txt"]] == "(Intervju, vårdnadshavare)"
    # one undo step takes it all back; the title follows
    assert window.actions_.undo.text() == "&Undo Project settings"
    window.actions_.undo.trigger()
    assert project.name != "HTL-uppföljningen" and "description" not in project.meta()
    assert not window.windowTitle().startswith("HTL-uppföljningen")
    assert project.analysis.citations()[project.ids["ledning_01.txt"]] != \
        "(Intervju 3, ledningsgrupp)"
    # opened again: an empty group template means "as the default"
    again = ProjectSettingsDialog(window.session)
    qtbot.addWidget(again)
    assert all(again.groups.item(r, 1).text() == "" for r in range(again.groups.rowCount()))


def computed(qtbot, view):
    qtbot.waitUntil(lambda: view.job is None and view.matrix is not None, timeout=5000)


def test_matrix_columns_follow_a_dragged_order_and_the_quotes_group_alike(
        qtbot, make_session, project):
    session = make_session(project)
    view = MatrixView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    quotes = QuoteView(session)
    qtbot.addWidget(quotes)
    view.choose(columns="Respondentgrupp")
    computed(qtbot, view)
    labels = [c.label for c in view.matrix.columns]
    assert labels[:3] == ["ledningsgrupp", "HTL-team skola", "vårdnadshavare"]
    # the quote extract follows the matrix's grouping
    assert quotes.by.currentData() == "Respondentgrupp"
    # drag the last value column to the front
    header = view.table.horizontalHeader()
    header.moveSection(2, 0)
    qtbot.waitUntil(lambda: view.job is None and [c.label for c in view.matrix.columns][:3]
                    == ["vårdnadshavare", "ledningsgrupp", "HTL-team skola"], timeout=5000)
    assert [header.logicalIndex(v) for v in range(header.count())] == list(
        range(header.count()))  # the header is straight again: the model has the order
    # kept in the project: a new view and the quote groups use it
    again = project.analysis.matrix(columns="Respondentgrupp")
    assert [c.label for c in again.columns][:3] == ["vårdnadshavare", "ledningsgrupp",
                                                    "HTL-team skola"]
    project.codings.add(project.ids["vh_01.txt"], project.codebook.find("Tillit").id, 0, 8)
    project.codings.add(project.ids["ledning_01.txt"], project.codebook.find("Tillit").id, 0, 8)
    extract = project.analysis.quotes(project.codebook.find("Tillit").id, by="Respondentgrupp")
    assert [g.key for g in extract.groups] == ["vårdnadshavare", "ledningsgrupp"]
    project.undo()
    project.undo()
    assert project.undo_stack.undo_label == "Reorder columns"
    project.undo()
    assert [c.label for c in project.analysis.matrix(columns="Respondentgrupp").columns][:3] \
        == labels[:3]
    view.choose(columns="sources")
    computed(qtbot, view)
    assert quotes.by.currentData() == "sources"
    assert view.table.horizontalHeader().sectionsMovable()
    assert Qt  # noqa: B018
