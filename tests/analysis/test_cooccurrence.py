"""Co-occurrence equals a direct count: overlapping coding pairs, or turns shared."""
import itertools

import pytest

from qualcoder_htl.core.errors import UserError


@pytest.fixture(scope="module")
def study(study_on_both):
    """Every test here runs on a project file and on a PostgreSQL server."""
    return study_on_both


def overlap(a, b):
    return a.source_id == b.source_id and a.start < b.end and b.start < a.end


@pytest.mark.parametrize("rollup", [False, True])
def test_overlap_pairs(study, rollup):
    m = study.analysis.cooccurrence(mode="overlap", rollup=rollup)
    codings = study.codings.all()
    for (i, ri), (j, rj) in itertools.product(enumerate(m.rows), repeat=2):
        cell = m.cells[i][j]
        if i == j:
            assert cell.cooccurrences is None
            continue
        pairs = {frozenset((a.id, b.id)) for a in codings if a.code_id in ri.code_ids
                 for b in codings if b.code_id in rj.code_ids and a.id != b.id and overlap(a, b)}
        assert cell.cooccurrences == len(pairs), (ri.path, rj.path)
        assert set(cell.coding_ids) == {x for p in pairs for x in p}
        assert m.cells[j][i].cooccurrences == cell.cooccurrences
    assert m.max_value() > 0


@pytest.mark.parametrize("rollup", [False, True])
def test_same_turn(study, rollup):
    m = study.analysis.cooccurrence(mode="turn", rollup=rollup)
    codings = study.codings.all()
    turns = study.sources.turns()

    def in_turn(c, t):
        return c.source_id == t.source_id and c.start < t.end and t.start < c.end

    for (i, ri), (j, rj) in itertools.product(enumerate(m.rows), repeat=2):
        if i == j:
            continue
        n = 0
        for t in turns:
            xs = {c.id for c in codings if c.code_id in ri.code_ids and in_turn(c, t)}
            ys = {c.id for c in codings if c.code_id in rj.code_ids and in_turn(c, t)}
            if any(x != y for x in xs for y in ys):
                n += 1
        assert m.cells[i][j].cooccurrences == n, (ri.path, rj.path)
    assert m.max_value() > 0


def test_modes_checked(study):
    with pytest.raises(UserError):
        study.analysis.cooccurrence(mode="sentence")
