import pytest

from qualcoder_htl.core.errors import ConflictError, NotFoundError
from qualcoder_htl.services import Project

from .conftest import INTERVIEW


@pytest.fixture
def project(any_project):
    """Every test here runs on a project file and on a PostgreSQL server (tests/pg.py)."""
    return any_project


def test_cases_with_sources_and_values(project, add_text):
    a = add_text("vh_01_del1.txt", INTERVIEW)
    b = add_text("vh_01_del2.txt", INTERVIEW + "\nIP: Del två.")
    fam = project.attributes.define("Familjetyp", applies_to="case").result
    case = project.attributes.create_case("Familj 1", [a]).result
    project.attributes.add_to_case(case, [b])
    project.attributes.set_case_value(case, fam, "ensamstående")
    [c] = project.attributes.cases()
    assert (c.name, c.source_ids) == ("Familj 1", (a, b))
    assert project.attributes.case_values() == {case: {fam: "ensamstående"}}
    with pytest.raises(ConflictError):
        project.attributes.create_case("Familj 1")
    project.attributes.remove_from_case(case, [a])
    assert project.attributes.cases()[0].source_ids == (b,)
    project.sources.delete(b)  # deleting a source takes it out of its cases
    assert project.attributes.cases()[0].source_ids == ()
    project.attributes.delete_case(case)
    assert project.attributes.cases() == []
    for _ in range(3):
        project.undo()
    assert project.attributes.cases()[0].source_ids == (a, b)


def test_attribute_types_are_checked(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    rnd = project.attributes.find("Omgång").id
    date = project.attributes.find("Datum").id
    project.attributes.set_source_value(sid, rnd, "2,0")
    project.attributes.set_source_value(sid, date, "2020-2-3")
    assert project.attributes.values_of(sid) == {"Omgång": "2", "Datum": "2020-02-03"}
    with pytest.raises(ConflictError, match="not a number"):
        project.attributes.set_source_value(sid, rnd, "andra")
    with pytest.raises(ConflictError, match="not a date"):
        project.attributes.set_source_value(sid, date, "3 feb")
    choice = project.attributes.define("Skolform", "choice", choices=("F–6", "7–9")).result
    with pytest.raises(ConflictError, match="not one of"):
        project.attributes.set_source_value(sid, choice, "gymnasium")
    project.attributes.set_source_value(sid, rnd, None)
    assert "Omgång" not in project.attributes.values_of(sid)
    project.attributes.rename(choice, "Stadium")
    project.attributes.delete(date)
    assert "Datum" not in project.attributes.values_of(sid)
    with pytest.raises(NotFoundError):
        project.attributes.find("Datum")


def test_memos_on_project_source_code(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    code = project.codebook.create("Tillit").result
    p = project.memos.add("Analysplan").result
    project.memos.add("Intervjun kändes stressad", source_id=sid)
    project.memos.add("Gränsdragning mot öppenhet", code_id=code)
    assert [m.text for m in project.memos.list(project_only=True)] == ["Analysplan"]
    assert [m.text for m in project.memos.list(source_id=sid)] == ["Intervjun kändes stressad"]
    project.memos.edit(p, "Analysplan v2")
    assert project.memos.list(project_only=True)[0].text == "Analysplan v2"
    assert project.memos.list(project_only=True)[0].coder_id == project.coder.id
    with pytest.raises(ConflictError):
        project.memos.add("x", source_id=sid, code_id=code)
    project.memos.delete(p)
    project.codebook.delete(code)  # the code's memo goes with it, and comes back on undo
    assert project.memos.list(code_id=code) == []
    project.undo()
    assert [m.text for m in project.memos.list(code_id=code)] == ["Gränsdragning mot öppenhet"]


def test_two_coders_saving_one_memo_at_once_keep_both_texts(project, add_text):
    """Anna's editor started from the memo as it was; Bertil (another program) saved it in
    between: Anna's save keeps his text and hers, says so, and her undo brings his back."""
    from qualcoder_htl.services.memos import BOTH_KEPT
    from qualcoder_htl.store.database import Database

    sid = add_text("a.txt", INTERVIEW)
    memo = project.memos.add("Första tanken", source_id=sid).result
    code = project.codebook.create("Samverkan").result
    coding = project.codings.add(sid, code, 5, 20, memo="Kort").result
    bertil = Project(Database.open(project.db.location, lock=False), coder_name="bertil")
    bertil.memos.edit(memo, "Bertils version", based_on="Första tanken")
    bertil.codings.set_memo(coding, "Bertils kodningsmemo", based_on="Kort")
    bertil.close()
    saved = project.memos.edit(memo, "Annas version", based_on="Första tanken")
    assert saved.result == BOTH_KEPT
    [text] = [m.text for m in project.memos.list(source_id=sid)]
    assert text.startswith("Bertils version\n\n") and text.endswith("tester:\nAnnas version")
    assert project.codings.set_memo(coding, "Annas", based_on="Kort").result == BOTH_KEPT
    assert "Bertils kodningsmemo" in project.codings.get(coding).memo
    assert project.memos.edit(memo, "Igen", based_on=text).result is None  # no one between
    project.undo()
    project.undo()
    project.undo()
    assert [m.text for m in project.memos.list(source_id=sid)] == ["Bertils version"]
