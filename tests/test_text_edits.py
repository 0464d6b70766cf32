"""Editing a transcript's text: codings, turns, pseudonymisation suggestions and the search
index follow the change in one undo step (real SQLite project, real importer)."""
import random

import pytest

from qualcoder_htl.core.errors import ConflictError
from qualcoder_htl.core.text_diff import OffsetShift

from .conftest import INTERVIEW


@pytest.fixture
def coded(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    cid = project.codebook.create("Samverkan").result
    return project, sid, cid


def code(p, sid, cid, phrase):
    text = p.sources.get(sid).text
    start = text.index(phrase)
    return p.codings.add(sid, cid, start, start + len(phrase)).result


def texts(p, sid):
    text = p.sources.get(sid).text
    return sorted(text[c.start:c.end] for c in p.codings.for_source(sid))


def test_a_typo_fix_before_codings_keeps_them_on_their_words(coded):
    p, sid, cid = coded
    code(p, sid, cid, "samverkan kring ett barn")
    code(p, sid, cid, "idén om samverkan")
    old = p.sources.get(sid).text
    new = old.replace("rektorn som frågade", "rektor Lundin som frågade")
    new = new.replace("Vad har förändrats", "Vad har förändrats egentligen")
    changes = p.sources.edit_text(sid, new)
    assert changes.result.codings_moved == 2 and changes.result.codings_removed == 0
    assert p.sources.get(sid).text == new
    assert texts(p, sid) == ["idén om samverkan", "samverkan kring ett barn"]
    assert p.sources.get(sid).char_count == len(new)
    # turns still start at their labels
    for turn in p.sources.turns(sid):
        assert new[turn.start:].startswith(turn.speaker)
    # the search index follows: the new word is found, at its new place
    [hit] = p.search.search("Lundin")
    assert new[hit.start:hit.end] == "Lundin"
    # one undo step restores text, codings, turns and index
    assert p.undo_stack.undo_label == "Edit text"
    p.undo()
    assert p.sources.get(sid).text == old
    assert texts(p, sid) == ["idén om samverkan", "samverkan kring ett barn"]
    assert p.search.search("Lundin") == []
    assert [old[t.start:].split(":")[0] for t in p.sources.turns(sid)][:2] == ["J", "IP"]
    p.redo()
    assert texts(p, sid) == ["idén om samverkan", "samverkan kring ett barn"]


def test_edits_inside_and_at_the_edges_of_a_coding(coded):
    p, sid, cid = coded
    code(p, sid, cid, "samverkan kring ett barn")
    old = p.sources.get(sid).text
    new = old.replace("kring ett barn", "kring ett enskilt barn")
    p.sources.edit_text(sid, new)
    assert texts(p, sid) == ["samverkan kring ett enskilt barn"]  # inside: taken in
    new2 = new.replace("och samverkan kring", "och samverkan, kring")
    p.sources.edit_text(sid, new2)
    assert texts(p, sid) == ["samverkan, kring ett enskilt barn"]
    # text added just before the start stays outside
    new3 = new2.replace("och samverkan,", "och god samverkan,")
    p.sources.edit_text(sid, new3)
    assert texts(p, sid) == ["samverkan, kring ett enskilt barn"]


def test_deleting_a_coded_line_removes_its_coding(coded):
    p, sid, cid = coded
    code(p, sid, cid, "Sedan hösten")
    code(p, sid, cid, "idén om samverkan")
    old = p.sources.get(sid).text
    line = next(x for x in old.split("\n") if "Sedan hösten" in x)
    changes = p.sources.edit_text(sid, old.replace(line + "\n", ""))
    assert changes.result.codings_removed == 1 and changes.result.turns_removed == 1
    assert texts(p, sid) == ["idén om samverkan"]
    p.undo()
    assert texts(p, sid) == ["Sedan hösten", "idén om samverkan"]
    assert len(p.sources.turns(sid)) == 6


def test_pseudonymisation_suggestions_follow(coded):
    p, sid, cid = coded
    old = p.sources.get(sid).text
    start = old.index("rektorn")
    sug = p.pseudonymisation.add_span(sid, start, start + len("rektorn"), "PERSON").result
    new = "Rad först.\n" + old
    p.sources.edit_text(sid, new)
    [s] = p.pseudonymisation.suggestions(sid)
    assert s.id == sug and new[s.start:s.end] == "rektorn" and s.status == "accepted"
    p.sources.edit_text(sid, new.replace("rektorn", "rektor"))
    [s] = p.pseudonymisation.suggestions(sid)
    assert s.text == "rektor" and s.status == "open"  # its words changed: reviewed again


def test_unchanged_empty_and_bounded(coded):
    p, sid, _ = coded
    old = p.sources.get(sid).text
    assert p.sources.edit_text(sid, old).result is None
    assert not p.undo_stack.can_undo or p.undo_stack.undo_label != "Edit text"
    with pytest.raises(ConflictError):
        p.sources.edit_text(sid, "  \n ")
    assert p.sources.get(sid).text == old


@pytest.mark.parametrize("seed", range(30))
def test_offset_shift_keeps_unchanged_words_in_place(seed):
    """Random edits: every word the edit did not touch maps onto the same word."""
    rng = random.Random(seed)
    words = [rng.choice(["och", "samverkan", "barn", "👍🏽", "idé", "é", "skolan", "\n"])
             for _ in range(200)]
    old = " ".join(words)
    new_words = list(words)
    touched = set()
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(new_words))
        touched |= {i - 1, i, i + 1}
        if rng.random() < 0.5:
            new_words[i] = new_words[i] + "x"
        else:
            new_words[i] = "nytt ord"
    new = " ".join(new_words)
    shift = OffsetShift(old, new)
    pos_old = pos_new = 0
    for i, (a, b) in enumerate(zip(words, new_words, strict=True)):
        if i not in touched and a == b:
            s, e = shift.span(pos_old, pos_old + len(a))
            assert new[s:e] == a
        pos_old += len(a) + 1
        pos_new += len(b) + 1


def test_offset_shift_edges():
    shift = OffsetShift("abc def ghi", "abc XX def ghi")
    assert shift.span(4, 7) == (7, 10)  # insertion just before: outside
    assert shift.span(0, 3) == (0, 3)  # insertion just after: outside
    shift = OffsetShift("abc def ghi", "abc ghi")
    assert shift.span(4, 7) == (4, 4)  # all deleted: collapses
    assert shift.span(0, 11) == (0, 7)
    shift = OffsetShift("abc def ghi", "abc dEEf ghi")
    assert shift.span(4, 7) == (4, 8)
