"""Two coders edit the same row (two Project objects on one project file or server project):
an edit that started from a value the other has changed since is refused with a message that
names the current value, nothing is written and nothing is lost; an edit from the current
value, or without ``based_on`` (the CLI), goes through (services/edit_conflicts.py)."""
import pytest

from qualcoder_htl.core.errors import StaleEditError
from qualcoder_htl.services import Project
from qualcoder_htl.store.database import Database

from .conftest import INTERVIEW


@pytest.fixture
def project(any_project):
    """Every test here runs on a project file and on a PostgreSQL server (tests/pg.py)."""
    return any_project


@pytest.fixture
def bo(project):
    """A second coder on the same project, as another program (or computer) would open it."""
    other = Project(Database.open(project.db.location, lock=False), coder_name="bo")
    yield other
    other.close()


def refused(action) -> str:
    """The English and Swedish messages of the StaleEditError the action raises."""
    with pytest.raises(StaleEditError) as e:
        action()
    return str(e.value.message.text("en")) + " | " + e.value.message.text("sv")


def test_a_code_renamed_meanwhile_is_not_renamed_again(project, bo):
    code = project.codebook.create("Skola").result
    bo.codebook.rename(code, "Skolan", based_on="Skola")
    text = refused(lambda: project.codebook.rename(code, "Skolgång", based_on="Skola"))
    assert "renamed to “Skolan”" in text and "“Skolgång”" in text
    assert "Koden har bytt namn till ”Skolan”" in text and "inget ändrades" in text
    assert project.codebook.get(code).name == "Skolan"
    # knowing the current name, the rename goes through; the CLI passes no based_on
    project.codebook.rename(code, "Skolgång", based_on="Skolan")
    bo.codebook.rename(code, "Skolväsende")
    assert project.codebook.get(code).name == "Skolväsende"


def test_the_same_edit_by_both_is_no_conflict(project, bo):
    code = project.codebook.create("Skola").result
    bo.codebook.rename(code, "Skolan", based_on="Skola")
    project.codebook.rename(code, "Skolan", based_on="Skola")
    assert project.codebook.get(code).name == "Skolan"


def test_colour_definition_and_parent_of_a_code(project, bo):
    code = project.codebook.create("Skola", color="#112233", definition="Om skolan").result
    other = project.codebook.create("Hem").result
    bo.codebook.recolour(code, "#445566", based_on="#112233")
    assert "#445566" in refused(lambda: project.codebook.recolour(code, "#778899",
                                                                  based_on="#112233"))
    bo.codebook.describe(code, definition="Skolans roll", based_on={"definition": "Om skolan"})
    text = refused(lambda: project.codebook.describe(
        code, definition="Om skolor", inclusion="x",
        based_on={"definition": "Om skolan", "inclusion": ""}))
    assert "definition" in text and "“Skolans roll”" in text and "“Om skolor”" in text
    bo.codebook.move(code, other, based_on=None)
    assert "under “Hem”" in refused(lambda: project.codebook.move(code, None, based_on=None))
    bo.codebook.move(code, None, based_on=other)
    assert "top level" in refused(lambda: project.codebook.move(code, other, based_on=other))
    c = project.codebook.get(code)
    assert (c.color, c.definition, c.inclusion, c.parent_id) == ("#445566", "Skolans roll", "",
                                                                  None)


def test_a_coding_resized_meanwhile(project, bo, add_text):
    sid = add_text("a.txt", INTERVIEW)
    code = project.codebook.create("Samverkan").result
    coding = project.codings.add(sid, code, 5, 25).result
    bo.codings.resize(coding, 5, 30, based_on=(5, 25))
    text = refused(lambda: project.codings.resize(coding, 10, 25, based_on=(5, 25)))
    assert "extent" in text and "omfång" in text
    assert INTERVIEW[5:30] not in text  # no transcript text in messages
    c = project.codings.get(coding)
    assert (c.start, c.end) == (5, 30)
    project.codings.resize(coding, 10, 30, based_on=(5, 30))
    assert (project.codings.get(coding).start, project.codings.get(coding).end) == (10, 30)


def test_attribute_values_of_sources_and_cases(project, bo, add_text):
    sid = add_text("a.txt", INTERVIEW)
    school = project.attributes.find("Skola").id
    project.attributes.set_source_value(sid, school, "Björkskolan")
    bo.attributes.set_source_value(sid, school, "Ekskolan", based_on="Björkskolan")
    text = refused(lambda: project.attributes.set_source_value(sid, school, "Lindskolan",
                                                               based_on="Björkskolan"))
    assert "“Skola” of “a.txt” has been changed to “Ekskolan”" in text and "Lindskolan" in text
    bo.attributes.set_source_value(sid, school, "", based_on="Ekskolan")
    assert "cleared" in refused(lambda: project.attributes.set_source_value(
        sid, school, "Lindskolan", based_on="Ekskolan"))
    assert project.attributes.values_of(sid).get("Skola") is None
    project.attributes.set_source_value(sid, school, "Lindskolan", based_on="")  # seen empty
    assert project.attributes.values_of(sid)["Skola"] == "Lindskolan"

    case = project.attributes.create_case("Familj 1", [sid]).result
    children = project.attributes.define("Barn", "number", "case").result
    bo.attributes.set_case_value(case, children, "2", based_on="")
    assert "“2”" in refused(lambda: project.attributes.set_case_value(case, children, "3",
                                                                      based_on=""))
    assert project.attributes.case_values()[case][children] == "2"


def test_case_and_source_names(project, bo, add_text):
    sid = add_text("a.txt", INTERVIEW)
    case = project.attributes.create_case("Familj 1", [sid]).result
    bo.attributes.rename_case(case, "Familjen Ek", based_on="Familj 1")
    assert "Fallet har bytt namn till ”Familjen Ek”" in refused(
        lambda: project.attributes.rename_case(case, "Familj A", based_on="Familj 1"))
    bo.sources.rename(sid, "intervju1.txt", based_on="a.txt")
    assert "“intervju1.txt”" in refused(
        lambda: project.sources.rename(sid, "b.txt", based_on="a.txt"))
    assert [c.name for c in project.attributes.cases()] == ["Familjen Ek"]
    assert project.sources.get(sid).name == "intervju1.txt"
    project.attributes.rename_case(case, "Familj A", based_on="Familjen Ek")
    assert [c.name for c in bo.attributes.cases()] == ["Familj A"]


def test_a_refused_edit_leaves_no_undo_step(project, bo):
    code = project.codebook.create("Skola").result
    bo.codebook.rename(code, "Skolan")
    before = len(project.undo_stack), project.undo_stack.undo_label
    refused(lambda: project.codebook.rename(code, "Skolgång", based_on="Skola"))
    assert (len(project.undo_stack), project.undo_stack.undo_label) == before


def test_the_refusal_carries_the_rows_to_show_again(project, bo, add_text):
    sid = add_text("a.txt", INTERVIEW)
    code = project.codebook.create("Samverkan").result
    coding = project.codings.add(sid, code, 5, 25).result
    bo.codings.resize(coding, 5, 30)
    with pytest.raises(StaleEditError) as e:
        project.codings.resize(coding, 10, 25, based_on=(5, 25))
    changes = e.value.changes
    assert changes.ids("codings") == {coding} and changes.ids("sources_affected") == {sid}
