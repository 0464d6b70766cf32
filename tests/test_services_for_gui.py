"""Service reads and actions the GUI needs: counts for some codes, progress for some sources,
coded segments with context cut out by SQLite, and in-vivo coding as one undoable action."""
from .conftest import INTERVIEW


def test_counts_and_progress_for_a_subset(project, add_text):
    a = add_text("a.txt", INTERVIEW)
    b = add_text("b.txt", INTERVIEW + "\nJ: Tack.")
    x = project.codebook.create("X").result
    y = project.codebook.create("Y").result
    project.codings.add(a, x, 0, 10)
    project.codings.add(b, x, 0, 10)
    project.codings.add(b, y, 20, 30)
    assert project.codebook.counts([x]) == {x: (2, 2)}
    assert project.codebook.counts() == {x: (2, 2), y: (1, 1)}
    progress = project.sources.coding_progress([b])
    assert set(progress) == {b} and progress[b] > 0


def test_segments_have_context_in_code_points(project, add_text):
    text = "Förr 👍🏽 var det svårt. Nu går det bättre för barnen i området."
    sid = add_text("emoji.txt", text)
    code = project.codebook.create("Bättre").result
    start = text.index("Nu går")
    end = text.index(" för barnen")
    project.codings.add(sid, code, start, end)
    [(coding, name, before, coded, after)] = project.codings.segments([code], context=12)
    assert name == "emoji.txt"
    assert coded == "Nu går det bättre"
    assert before == text[start - 12:start]
    assert after == text[end:end + 12]
    assert (coding.start, coding.end) == (start, end)


def test_new_code_from_selection_is_one_undo_step(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    changes = project.codings.add_new_code(sid, "  samverkan kring\n ett barn ", 10, 40)
    code = project.codebook.get(changes.result)
    assert code.name == "samverkan kring ett barn"
    assert [(c.code_id, c.start, c.end) for c in project.codings.for_source(sid)] == [
        (code.id, 10, 40)]
    project.undo()
    assert project.codebook.codes() == [] and project.codings.for_source(sid) == []
    project.redo()
    assert project.codebook.get(code.id).name == "samverkan kring ett barn"


def test_get_many_returns_the_codings_that_exist(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    code = project.codebook.create("X").result
    a = project.codings.add(sid, code, 0, 10).result
    b = project.codings.add(sid, code, 20, 30).result
    project.codings.remove(a)
    assert [c.id for c in project.codings.get_many([a, b, 999])] == [b]
