import pytest

from qualcoder_htl.core.errors import ConflictError
from qualcoder_htl.core.textfold import fold

from .conftest import INTERVIEW

SWEDISH = """J: Vad tänker du om idén?
IP: Här har vi en idé. Men har ni tänkt på Tjärnaskolan? Skolan har barnen i fokus.
J: Och hemma?
IP: Hembesöken var bra. Barnets mamma, Müller, sa HÄR är det tryggt. Barnen mår bättre."""


@pytest.fixture
def sid(project, add_text):
    return add_text("a.txt", SWEDISH)


def matches(project, query, **kw):
    return [h.match for h in project.search.search(query, **kw)]


def test_fold_keeps_swedish_letters_and_length():
    assert fold("HÄR Åsa Öberg idé Müller") == "här åsa öberg ide muller"
    s = "İstanbul ß Ω 👩‍👧"
    assert len(fold(s)) == len(s)


def test_swedish_letters_are_distinct(project, sid):
    assert matches(project, "har") == ["har", "har", "har"]
    assert matches(project, "här") == ["Här", "HÄR"]


def test_other_accents_fold_and_case(project, sid):
    assert matches(project, "ide") == ["idé"]
    assert matches(project, "IDÉ") == ["idé"]
    assert matches(project, "muller") == ["Müller"]


def test_prefix_phrase_or_substring(project, sid):
    assert matches(project, "barn*") == ["barnen", "Barnets", "Barnen"]
    assert matches(project, "skolan har") == ["Skolan har"]
    assert matches(project, "hembesöken OR tryggt") == ["Hembesöken", "tryggt"]
    assert matches(project, "skolan") == ["Skolan"]
    assert matches(project, "skolan", whole_words=False) == ["skolan", "Skolan"]


def test_kwic_and_offsets(project, sid):
    [hit] = project.search.search("Müller")
    text = project.sources.get(sid).text
    assert text[hit.start:hit.end] == "Müller"
    assert hit.left.endswith("Barnets mamma, ")
    assert hit.right.startswith(", sa HÄR")
    assert hit.source_name == "a.txt"


def test_empty_query_is_a_user_error(project, sid):
    with pytest.raises(ConflictError):
        project.search.search("   ")


def test_autocode_hits_and_paragraph_and_undo(project, sid):
    code = project.codebook.create("Barn").result
    changes = project.search.autocode("barn*", code)
    assert changes.result == 3
    text = project.sources.get(sid).text
    spans = [text[c.start:c.end] for c in project.codings.for_source(sid)]
    assert spans == ["barnen", "Barnets", "Barnen"]
    project.undo()
    assert project.codings.for_source(sid) == []
    project.search.autocode("hembesöken", code, extent="paragraph")
    [c] = project.codings.for_source(sid)
    assert text[c.start:c.end].startswith("IP: Hembesöken") and text[c.end - 1] == "."


def test_autocode_speaker_codes_turn_bodies(project, add_text):
    sid = add_text("b.txt", INTERVIEW)
    code = project.codebook.create("Intervjuarens frågor").result
    project.search.autocode_speaker("J", code)
    text = project.sources.get(sid).text
    coded = [text[c.start:c.end] for c in project.codings.for_source(sid)]
    assert coded == ["Hur länge har du varit med i teamet?", "Vad har förändrats i ert arbete?",
                     "Har det blivit någon idé kvar?"]
    with pytest.raises(ConflictError):
        project.search.autocode_speaker("Nobody", code)


def test_search_scales_to_many_sources(project, add_text):
    for i in range(30):
        add_text(f"s{i}.txt", f"IP: Källa {i} handlar om trygghet och lärande.\nJ: Tack.")
    hits = project.search.search("trygghet")
    assert len(hits) == 30
    assert len(project.search.search("trygghet", limit=5)) == 5
