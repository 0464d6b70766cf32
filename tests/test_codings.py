import pytest

from qualcoder_htl.core.errors import InvalidSpanError, NotFoundError

from .conftest import INTERVIEW


@pytest.fixture
def project(any_project):
    """Every test here runs on a project file and on a PostgreSQL server (tests/pg.py)."""
    return any_project


@pytest.fixture
def coded(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    cid = project.codebook.create("Samverkan").result
    return project, sid, cid


def test_add_records_coder_and_span(coded):
    p, sid, cid = coded
    coding_id = p.codings.add(sid, cid, 5, 25).result
    c = p.codings.get(coding_id)
    assert (c.start, c.end, c.coder_id) == (5, 25, p.coder.id)


def test_overlapping_same_code_merges(coded):
    p, sid, cid = coded
    p.codings.add(sid, cid, 5, 25, memo="a")
    p.codings.add(sid, cid, 20, 40, memo="b")
    [c] = p.codings.for_source(sid)
    assert (c.start, c.end, c.memo) == (5, 40, "a\n\nb")
    # a span inside an existing coding changes nothing
    before = p.codings.for_source(sid)
    assert not p.codings.add(sid, cid, 10, 20)
    assert p.codings.for_source(sid) == before


def test_other_coder_keeps_own_coding(coded):
    p, sid, cid = coded
    p.codings.add(sid, cid, 5, 25)
    p.set_coder("annan")
    p.codings.add(sid, cid, 5, 25)
    assert len(p.codings.for_source(sid)) == 2


def test_invalid_spans(coded):
    p, sid, cid = coded
    with pytest.raises(InvalidSpanError):
        p.codings.add(sid, cid, 10, 10)
    with pytest.raises(InvalidSpanError):
        p.codings.add(sid, cid, 0, len(INTERVIEW) + 1)
    with pytest.raises(NotFoundError):
        p.codings.add(sid, 999, 0, 5)
    assert p.codings.for_source(sid) == []


def test_remove_code_at_trims_and_splits(coded):
    p, sid, cid = coded
    p.codings.add(sid, cid, 10, 50)
    p.codings.remove_code_at(sid, cid, 20, 30)
    assert sorted((c.start, c.end) for c in p.codings.for_source(sid)) == [(10, 20), (30, 50)]
    p.codings.remove_code_at(sid, cid, 0, 25)
    assert sorted((c.start, c.end) for c in p.codings.for_source(sid)) == [(30, 50)]
    p.undo()
    p.undo()
    assert [(c.start, c.end) for c in p.codings.for_source(sid)] == [(10, 50)]


def test_resize_key_quote_memo_remove(coded):
    p, sid, cid = coded
    coding_id = p.codings.add(sid, cid, 10, 50).result
    p.codings.resize(coding_id, 12, 60)
    p.codings.set_key_quote(coding_id)
    p.codings.set_memo(coding_id, "bra citat")
    c = p.codings.get(coding_id)
    assert (c.start, c.end, c.is_key_quote, c.memo) == (12, 60, True, "bra citat")
    with pytest.raises(InvalidSpanError):
        p.codings.resize(coding_id, 60, 12)
    p.codings.remove(coding_id)
    assert p.codings.for_source(sid) == []
    p.undo()
    assert p.codings.get(coding_id).memo == "bra citat"


def test_offsets_are_code_points(project, add_text):
    text = "IP: Å nej 👩‍👧 sa Åsa, e\u0301n idé.\nJ: Mm."
    sid = add_text("emoji.txt", text)
    stored = project.sources.get(sid).text
    start = stored.index("sa Åsa")
    cid = project.codebook.create("X").result
    coding = project.codings.get(project.codings.add(sid, cid, start, start + 6).result)
    assert stored[coding.start:coding.end] == "sa Åsa"
