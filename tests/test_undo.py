import pytest

from qualcoder_htl.core.errors import NothingToUndo


@pytest.fixture
def project(any_project):
    """Every test here runs on a project file and on a PostgreSQL server (tests/pg.py)."""
    return any_project


def snapshot(p):
    codes = sorted((c.name, c.parent_id, c.color, c.definition) for c in p.codebook.codes())
    codings = sorted((c.source_id, c.code_id, c.start, c.end, c.is_key_quote, c.memo)
                     for c in p.codings.all())
    memos = sorted((m.text, m.source_id, m.code_id) for m in p.memos.list())
    attrs = {s.id: p.attributes.values_of(s.id) for s in p.sources.list()}
    return codes, codings, memos, attrs, [s.name for s in p.sources.list()]


def test_every_kind_of_mutation_undoes_and_redoes(project, add_text):
    from .conftest import INTERVIEW
    sid = add_text("skola_a_01.txt", INTERVIEW)
    states = [snapshot(project)]
    parent = project.codebook.create("Genomförande").result
    states.append(snapshot(project))
    a = project.codebook.create("Individnivå", parent_id=parent).result
    states.append(snapshot(project))
    b = project.codebook.create("Praktik").result
    states.append(snapshot(project))
    actions = [
        lambda: project.codings.add(sid, a, 10, 40),
        lambda: project.codings.add(sid, b, 30, 60, memo="viktigt"),
        lambda: project.codings.set_key_quote(project.codings.all()[0].id),
        lambda: project.codebook.rename(b, "Svårt i praktiken"),
        lambda: project.codebook.recolour(b, "#112233"),
        lambda: project.codebook.describe(b, definition="Glappet mellan idé och vardag"),
        lambda: project.codebook.move(b, parent),
        lambda: project.memos.add("Projektmemo"),
        lambda: project.memos.add("Om källan", source_id=sid),
        lambda: project.attributes.set_source_value(
            sid, project.attributes.find("Skola").id, "Skola A"),
        lambda: project.codebook.merge(b, a),
        lambda: project.codebook.delete(parent, delete_codings=True),
        lambda: project.sources.rename(sid, "Intervju 1"),
        lambda: project.sources.delete(sid),
    ]
    for act in actions:
        act()
        states.append(snapshot(project))
    # undo all the way back, checking every state on the way
    for expected in reversed(states[:-1]):
        project.undo()
        assert snapshot(project) == expected
    for expected in states[1:]:
        project.redo()
        assert snapshot(project) == expected


def test_undo_labels_and_empty_stack(project):
    with pytest.raises(NothingToUndo):
        project.undo()
    project.codebook.create("Tillit")
    assert project.undo_stack.undo_label == "New code 'Tillit'"
    project.undo()
    assert project.undo_stack.redo_label == "New code 'Tillit'"
    assert project.codebook.codes() == []
    with pytest.raises(NothingToUndo):
        project.undo()


def test_new_action_clears_redo(project):
    project.codebook.create("A")
    project.undo()
    project.codebook.create("B")
    assert not project.undo_stack.can_redo


def test_undo_of_source_delete_restores_search_index(project, add_text):
    from .conftest import INTERVIEW
    sid = add_text("x.txt", INTERVIEW)
    assert project.search.search("rektorn")
    project.sources.delete(sid)
    assert project.search.search("rektorn") == []
    project.undo()
    assert [h.match for h in project.search.search("rektorn")] == ["rektorn"]


def test_listeners_hear_changes(project):
    heard = []
    project.subscribe(heard.append)
    cid = project.codebook.create("A").result
    project.undo()
    assert [str(c.label) for c in heard] == ["New code 'A'", "New code 'A'"]
    assert heard[0].ids("codes") == {cid}


def test_undo_stack_listener_can_unsubscribe():
    from qualcoder_htl.core.changes import Changes
    from qualcoder_htl.core.undo import UndoEntry, UndoStack
    stack, calls = UndoStack(), []
    listener = lambda: calls.append(1)  # noqa: E731
    stack.subscribe(listener)
    stack.push(UndoEntry("a", Changes, Changes))
    stack.unsubscribe(listener)
    stack.unsubscribe(listener)  # a second time is harmless
    stack.push(UndoEntry("b", Changes, Changes))
    assert calls == [1]


def test_changing_a_source_text_keeps_the_search_index_in_step(project, add_text):
    """The shared copy rewrites texts through the Writer; search (and undo) must follow."""
    from .conftest import INTERVIEW
    sid = add_text("x.txt", INTERVIEW)
    new = INTERVIEW.replace("rektorn", "[skolledaren]")
    project.mutate("Rewrite text", lambda w: w.update("sources", sid, {"text": new}))
    assert project.search.search("rektorn") == []
    assert [h.match for h in project.search.search("skolledaren")] == ["skolledaren"]
    project.undo()
    assert [h.match for h in project.search.search("rektorn")] == ["rektorn"]
