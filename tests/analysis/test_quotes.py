"""Quote extracts: grouping, order, citations, speaker turns, context, and the text seam."""
import pytest

from qualcoder_htl.analysis.citation import CitationStyle, cite
from qualcoder_htl.analysis.ordering import sort_values
from qualcoder_htl.core.results import QuoteText
from qualcoder_htl.services.analysis_scope import Filters

from ..conftest import INTERVIEW


@pytest.fixture(scope="module")
def study(study_on_both):
    """Every test here runs on a project file and on a PostgreSQL server."""
    return study_on_both


STAFF = {"Intervjunummer": "3", "Respondentgrupp": "ledningsgrupp"}
GUARDIAN = {"Intervjunummer": "3", "Respondentgrupp": "vårdnadshavare"}


def test_citation_templates():
    assert cite("Intervju {Intervjunummer}, {Respondentgrupp}", STAFF) == \
        "(Intervju 3, ledningsgrupp)"
    assert cite("Intervju, {Respondentgrupp} {Intervjunummer}", GUARDIAN) == \
        "(Intervju, vårdnadshavare 3)"
    roles = {"interview_no": "9", "respondent_group": "HTL-team skola"}
    assert cite("Intervju {nr}, {grupp}", {}, roles) == "(Intervju 9, HTL-team skola)"
    assert cite("Intervju {intervjunummer}, {respondentgrupp}", STAFF) == \
        "(Intervju 3, ledningsgrupp)"  # names in any case
    assert cite("Intervju {Intervjunummer}, {Respondentgrupp}",
                {"Respondentgrupp": "ledningsgrupp"}) == "(Intervju, ledningsgrupp)"
    assert cite("{källa}", {}, {}, "vh_03.docx") == "(vh_03)"
    assert cite("(Intervju {nr})", {}, {"interview_no": "2"}) == "(Intervju 2)"
    style = CitationStyle("Intervju {Intervjunummer}, {Respondentgrupp}",
                          {"Vårdnadshavare": "Intervju, {Respondentgrupp} {Intervjunummer}"})
    assert style.label(GUARDIAN, {"respondent_group": "vårdnadshavare"}) == \
        "(Intervju, vårdnadshavare 3)"
    assert style.label(STAFF, {"respondent_group": "ledningsgrupp"}) == \
        "(Intervju 3, ledningsgrupp)"


def test_levels_sort_top_down_and_swedish():
    levels = ["Familjer/vårdnadshavare", "HTL-team skola", "Ledningsgrupp", "HTL-team barn",
              "HTL-team utvecklingsgrupp"]
    assert sort_values(levels, role="org_level") == [
        "Ledningsgrupp", "HTL-team utvecklingsgrupp", "HTL-team skola", "HTL-team barn",
        "Familjer/vårdnadshavare"]
    assert sort_values(["öst", "ärm", "åby", "zeta"]) == ["zeta", "åby", "ärm", "öst"]
    assert sort_values(["10", "2", "1"], "number") == ["1", "2", "10"]


def test_extract_groups_orders_and_cites(study):
    code = study.codebook.find("Genomförande")
    extract = study.analysis.quotes(code.id, by="org_level")
    labels = [g.label for g in extract.groups]
    assert labels == [x for x in ["Ledningsgrupp", "HTL-team utvecklingsgrupp", "HTL-team skola",
                                  "Familjer/vårdnadshavare", "(uppgift saknas)"] if x in labels]
    subtree = set(study.codebook.descendants(code.id))
    spans = {(c.source_id, c.start, c.end) for c in study.codings.all() if c.code_id in subtree}
    quoted = {q.coding_id for q in extract.quotes}
    assert len(extract.quotes) <= len(spans)
    cites = study.analysis.citations()
    for group in extract.groups:
        flags = [q.is_key_quote for q in group.quotes]
        assert flags == sorted(flags, reverse=True)  # key quotes first
        for q in group.quotes:
            text = study.analysis.quote_text(q.source_id).text
            assert text[q.start:q.end] == q.text == q.text.strip()
            assert q.citation == cites[q.source_id]
            assert q.group == group.label
    assert quoted <= {c.id for c in study.codings.all() if c.code_id in subtree}
    assert not extract.pseudonymised


def test_children_filters_and_key_only(study):
    code = study.codebook.find("Genomförande")
    own = study.analysis.quotes(code.id, include_children=False)
    assert all(q.code_id == code.id for q in own.quotes)
    keys = study.analysis.quotes(code.id, key_only=True)
    assert keys.quotes and all(q.is_key_quote for q in keys.quotes)
    round2 = study.analysis.quotes(code.id, by="Omgång", filters=Filters(values={"Omgång": ("2",)}))
    assert [g.label for g in round2.groups] == ["Omgång 2"]
    bo = study.analysis.quotes(code.id, filters=Filters(coders=("bo",)))
    bo_id = next(c.id for c in study.coders() if c.name == "bo")
    assert all(study.codings.get(q.coding_id).coder_id == bo_id for q in bo.quotes)


@pytest.fixture
def one(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    cid = project.codebook.create("Samverkan").result
    project.attributes.set_source_values({sid: {"Organisationsnivå": "HTL-team skola",
                                                "Respondentgrupp": "HTL-team skola",
                                                "Intervjunummer": "9"}})
    return project, sid, cid, project.sources.get(sid).text


def test_speaker_label_and_context(one):
    p, sid, cid, text = one
    start = text.index("Vi träffas oftare")
    p.codings.add(sid, cid, start, text.index(" Men det är svårt"))
    turn_start = text.index("IP: Sedan hösten")
    p.codings.add(sid, cid, turn_start, text.index(" Det var rektorn"), key_quote=True)
    extract = p.analysis.quotes("Samverkan", context="turn")
    first, second = extract.quotes  # the key quote first
    # a coding that takes in the speaker label is quoted from after it; the speaker is kept
    assert first.is_key_quote and not first.label_in_text and first.text.startswith("Sedan")
    assert first.speaker == "IP"
    assert first.citation == "(Intervju 9, HTL-team skola)"
    assert second.speaker == "IP" and not second.label_in_text
    assert second.context_before == ""
    assert second.context_after == "Men det är svårt att hinna."
    short = p.analysis.quotes("Samverkan", context=12).quotes[1]
    assert short.context_before.startswith("… ") and short.context_after.endswith(" …")
    assert short.context_after.split()[0] == "Men"


def test_passage_in_two_codes_is_quoted_once(one):
    p, sid, cid, text = one
    child = p.codebook.create("Barn", parent_id=cid).result
    start = text.index("samverkan kring")
    p.codings.add(sid, cid, start, start + 30)
    p.codings.add(sid, child, start, start + 30)
    [q] = p.analysis.quotes("Samverkan").quotes
    assert q.code_path == "Samverkan ; Samverkan / Barn"
    assert q.cut_before and q.cut_after


def test_group_templates_from_the_project(one):
    p, sid, cid, text = one
    p.analysis.set_citation_template("Intervju, {Respondentgrupp} {Intervjunummer}",
                                     group="HTL-team skola")
    assert p.analysis.citations() == {sid: "(Intervju, HTL-team skola 9)"}
    p.analysis.set_citation_template("", group="HTL-team skola")
    assert p.analysis.citations() == {sid: "(Intervju 9, HTL-team skola)"}
    p.analysis.set_citation_template("{källa}")
    assert p.analysis.citations() == {sid: "(a)"}


def test_quotes_come_through_the_seam(one, monkeypatch):
    """Quotes are cut from what quote_text returns, with its offset mapping: here a
    'pseudonymised' text five characters longer at the start."""
    p, sid, cid, text = one
    start = text.index("rektorn")
    p.codings.add(sid, cid, start, start + 7)
    fake = "XXXXX" + text.replace("rektorn", "REKTORN")
    monkeypatch.setattr(p.analysis, "quote_text", lambda source_id: QuoteText(
        source_id, fake, pseudonymised=True, offset=lambda o, side: o + 5))
    extract = p.analysis.quotes("Samverkan")
    [q] = extract.quotes
    assert q.text == "REKTORN" and fake[q.start:q.end] == "REKTORN"
    assert extract.pseudonymised
    m = p.analysis.matrix(columns="sources")
    assert [x.text for x in p.analysis.cell_quotes(m, 0, 0)] == ["REKTORN"]
