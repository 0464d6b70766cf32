"""Team coding settings kept in the project (no schema change): coder colours, blind coding,
sources assigned to coders; each setting is one undo step and survives reopening."""
import pytest

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.services import Project
from qualcoder_htl.services.team import PALETTE, default_colour

TEXT = "J: Hur började det?\nIP: Rektorn frågade om samverkan kring barnen."


@pytest.fixture
def team_project(tmp_path, new_project_location):
    """On a project file and on a PostgreSQL server."""
    p = Project.create(new_project_location, coder="anna")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT + "\nJ: Och sen?", encoding="utf-8")
    report = p.importer.import_files([tmp_path / "a.txt", tmp_path / "b.txt"])
    p.sids = [r.source_id for r in report.results]
    yield p
    p.close()


def test_default_colours_differ_by_coder_and_never_change(team_project):
    p = team_project
    anna = p.coder.id
    bo = p.set_coder("bo")
    p.codings.add(p.sids[0], p.codebook.create("Tillit").result, 0, 5)  # writes bo's row
    colours = p.team.colours()
    assert colours[anna] == default_colour(anna) == PALETTE[(anna - 1) % len(PALETTE)]
    assert colours[p.coder.id] != colours[anna]
    assert bo.name == "bo" and p.team.colour(anna) == colours[anna]


def test_a_colour_is_set_undone_and_kept(team_project, tmp_path):
    p = team_project
    anna = p.coder.id
    p.team.set_colour(anna, "#AA3300")
    assert p.team.colour(anna) == "#aa3300"
    p.undo()
    assert p.team.colour(anna) == default_colour(anna)
    p.redo()
    with pytest.raises(UserError):
        p.team.set_colour(anna, "röd")
    location = p.db.url or p.location
    p.close()
    with Project.open(location, coder="anna") as again:
        assert again.team.colour(anna) == "#aa3300"


def test_blind_coding_is_per_coder_and_one_undo_step(team_project):
    p = team_project
    anna = p.coder.id
    assert not p.team.is_blind() and p.team.visible_coders() is None
    steps = len(p.undo_stack)
    p.team.set_blind(True)
    assert len(p.undo_stack) == steps + 1
    assert p.team.is_blind() and p.team.visible_coders() == {anna}
    p.set_coder("bo")
    assert not p.team.is_blind()  # bo has not switched it on
    p.set_coder("anna")
    p.team.set_blind(False)
    assert not p.team.is_blind() and f"coder_blind.{anna}" not in p.meta()
    p.undo()
    assert p.team.is_blind()


def test_assigning_sources_to_coders(team_project):
    p = team_project
    anna = p.coder.id
    p.set_coder("bo")
    p.codings.add(p.sids[0], p.codebook.create("Tillit").result, 0, 5)
    bo = p.coder.id
    p.team.assign(anna, p.sids)
    p.team.assign(bo, [p.sids[1]])
    assert p.team.assigned_sources(anna) == set(p.sids)
    assert p.team.assigned_sources() == {p.sids[1]}  # the current coder: bo
    assert p.team.assignments() == {p.sids[0]: {anna}, p.sids[1]: {anna, bo}}
    p.team.assign(anna, [p.sids[0]])  # exactly these now
    assert p.team.assignments() == {p.sids[0]: {anna}, p.sids[1]: {bo}}
    p.undo()
    assert p.team.assigned_sources(anna) == set(p.sids)


def test_several_coders_assigned_in_one_undo_step(team_project):
    p = team_project
    anna = p.coder.id
    p.set_coder("bo")
    p.codings.add(p.sids[0], p.codebook.create("Tillit").result, 0, 5)
    bo = p.coder.id
    p.team.assign(anna, [p.sids[0]])
    steps, writes = len(p.undo_stack), p.db.write_count
    p.team.set_assignments({anna: [p.sids[1]], bo: p.sids})
    assert len(p.undo_stack) == steps + 1 and p.db.write_count == writes + 1
    assert p.team.assignments() == {p.sids[0]: {bo}, p.sids[1]: {anna, bo}}
    p.undo()
    assert p.team.assignments() == {p.sids[0]: {anna}}
