"""Comparing two coders on one source and settling their disagreements: each settlement is
one transaction and one undo step, and afterwards the two agree on that stretch."""
import pytest

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.services import Project

TEXT = ("J: Hur började samarbetet?\nIP: Rektorn frågade om samverkan kring barnen, "
        "och vi tackade ja. Det var svårt att hinna i början.")


@pytest.fixture
def pair(tmp_path):
    p = Project.create(tmp_path / "jämför.qhtl", coder="anna")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sid = p.importer.import_files([tmp_path / "a.txt"]).results[0].source_id
    sam = p.codebook.create("Samverkan").result
    svart = p.codebook.create("Svårt").result
    s = TEXT.index("samverkan kring")
    h = TEXT.index("svårt att hinna")
    p.codings.add(sid, sam, s, s + 24)             # anna: "samverkan kring barnen"
    p.codings.add(sid, svart, h, h + 15)           # anna only
    anna = p.coder.id
    p.set_coder("bo")
    p.codings.add(sid, sam, s, s + 9)              # bo: only "samverkan"
    bo = p.coder.id
    yield p, sid, anna, bo, sam, svart, s, h
    p.close()


def _cover(p, sid, coder, code):
    return sorted((c.start, c.end) for c in p.codings.for_source(sid)
                  if c.coder_id == coder and c.code_id == code)


def test_disagreements_are_the_stretches_one_coder_coded(pair):
    p, sid, anna, bo, sam, svart, s, h = pair
    found = p.comparison.disagreements(sid, anna, bo)
    assert [(d.code_id, d.start, d.end) for d in found] == [(sam, s + 9, s + 24),
                                                            (svart, h, h + 15)]
    assert found[0].a_spans == ((s + 9, s + 24),) and found[0].b_spans == ()


@pytest.mark.parametrize("choice", ["a", "b", "both", "neither"])
def test_settling_makes_the_two_agree_in_one_undo_step(pair, choice):
    p, sid, anna, bo, sam, svart, s, h = pair
    d = p.comparison.disagreements(sid, anna, bo)[0]
    before = p.codings.for_source(sid)
    steps, writes = len(p.undo_stack), p.db.write_count
    p.comparison.settle(d, choice)
    assert len(p.undo_stack) == steps + 1 and p.db.write_count == writes + 1
    left = p.comparison.disagreements(sid, anna, bo)
    assert [(x.code_id, x.start) for x in left] == [(svart, h)]  # the other one stays
    expected = {"a": (s, s + 24), "both": (s, s + 24), "b": (s, s + 9),
                "neither": (s, s + 9)}[choice]
    assert _cover(p, sid, anna, sam) == [expected] == _cover(p, sid, bo, sam)
    p.undo()
    assert sorted(p.codings.for_source(sid), key=lambda c: c.id) == \
        sorted(before, key=lambda c: c.id)


def test_a_stale_or_unknown_settlement_is_refused(pair):
    p, sid, anna, bo, sam, svart, s, h = pair
    d = p.comparison.disagreements(sid, anna, bo)[0]
    with pytest.raises(UserError):
        p.comparison.settle(d, "kanske")
    p.codings.add(sid, sam, s, s + 20)  # bo codes more meanwhile
    steps = len(p.undo_stack)
    with pytest.raises(UserError):
        p.comparison.settle(d, "a")
    assert len(p.undo_stack) == steps


@pytest.fixture
def trio(pair):
    p, sid, anna, bo, sam, svart, s, h = pair
    p.set_coder("cilla")
    p.codings.add(sid, sam, s, s + 15)             # cilla: "samverkan kring"
    p.codings.add(sid, svart, h, h + 15)           # agrees with anna on Svårt
    return p, sid, anna, bo, p.coder.id, sam, svart, s, h


def test_three_coders_disagree_where_they_are_not_unanimous(trio):
    p, sid, anna, bo, cilla, sam, svart, s, h = trio
    found = p.comparison.disagreements(sid, anna, bo, cilla)
    assert [(d.code_id, d.start, d.end) for d in found] == [(sam, s + 9, s + 24),
                                                            (svart, h, h + 15)]
    d = found[0]
    assert d.coders == (anna, bo, cilla)
    assert d.spans == (((s + 9, s + 24),), (), ((s + 9, s + 15),))
    assert d.coded_by() == [anna, cilla] and found[1].coded_by() == [anna, cilla]
    assert p.comparison.disagreements(sid, [anna, bo, cilla]) == found


@pytest.mark.parametrize("choice", ["cilla", "all", "none"])
def test_settling_among_three_makes_all_agree(trio, choice):
    p, sid, anna, bo, cilla, sam, svart, s, h = trio
    d = p.comparison.disagreements(sid, anna, bo, cilla)[0]
    steps = len(p.undo_stack)
    p.comparison.settle(d, cilla if choice == "cilla" else choice)
    assert len(p.undo_stack) == steps + 1
    expected = {"cilla": [(s, s + 15)], "all": [(s, s + 24)], "none": [(s, s + 9)]}[choice]
    assert all(_cover(p, sid, c, sam) == expected for c in (anna, bo, cilla))
    assert [x.code_id for x in p.comparison.disagreements(sid, anna, bo, cilla)] == [svart]
    with pytest.raises(UserError):
        p.comparison.settle(d, 999)  # not one of the coders compared
