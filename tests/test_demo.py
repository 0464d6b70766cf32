"""The demo corpus imports exactly: every coding and every gold identifier lands on its text,
whatever the file's format and encoding, and the coding tells the story it was written for."""
import csv
from collections import Counter

import pytest

from qualcoder_htl.services.demo import create_demo

from .conftest import ROOT

CORPUS = ROOT / "corpora" / "htl-demo"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    p = create_demo(tmp_path_factory.mktemp("demo") / "demo.qhtl")
    yield p
    p.close()


def read_csv(name):
    with open(CORPUS / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_scale_and_groups(demo):
    info = demo.info()
    assert info["sources"] >= 30 and info["words"] >= 60_000
    levels = info["by_attribute"]["Organisationsnivå"]
    assert set(levels) == {"Ledningsgrupp", "HTL-team utvecklingsgrupp", "HTL-team skola",
                           "HTL-team barn", "Familjer/vårdnadshavare"}
    formats = Counter(s.original_format for s in demo.sources.list())
    assert formats["docx"] >= 15 and formats["txt"] >= 8
    assert demo.undo_stack.can_undo is False


def test_cases_follow_respondents_across_interviews(demo):
    cases = demo.attributes.cases()
    assert len(cases) == 31
    assert sum(len(c.source_ids) == 2 for c in cases) == 4
    assert sorted(c.name for c in cases if c.name.startswith("Familj")) == [
        f"Familj {i}" for i in range(1, 7)]


def test_every_coding_is_on_its_text(demo):
    rows = read_csv("codings.csv")
    codings = demo.codings.all()
    assert len(codings) == len(rows) >= 300
    names = {s.id: s.name for s in demo.sources.list()}
    texts = demo.sources.texts(list(names))
    paths = {c.id: demo.codebook.path(c.id) for c in demo.codebook.codes()}
    got = sorted((names[c.source_id], paths[c.code_id], texts[c.source_id][c.start:c.end])
                 for c in codings)
    assert got == sorted((r["source"], r["code"], r["text"]) for r in rows)
    assert sum(c.is_key_quote for c in codings) == sum(r["key_quote"] == "1" for r in rows) > 30


def test_every_gold_identifier_is_on_its_text(demo):
    by_name = {s.name: s.id for s in demo.sources.list()}
    texts = demo.sources.texts(list(by_name.values()))
    rows = read_csv("gold_identifiers.csv")
    assert len(rows) > 1000
    for r in rows:
        text = texts[by_name[r["source"]]]
        assert text[int(r["start"]):int(r["end"])] == r["text"], r
    types = Counter(r["type"] for r in rows)
    for t in ("PERSON", "SCHOOL", "PLACE", "WORKPLACE", "ADDRESS", "PHONE", "EMAIL",
              "PERSONNUMMER", "DATE", "AGE"):
        assert types[t] > 0, t


def test_turns_parsed_in_every_transcript(demo):
    for s in demo.sources.list():
        speakers = {t.speaker for t in demo.sources.turns(s.id)}
        assert len(speakers) >= 2, s.name
        assert speakers & {"J", "I"}, s.name


def test_the_story(demo):
    """Management speaks most of support for the idea; guardians only of family themes."""
    level_attr = demo.attributes.find("Organisationsnivå").id
    values = demo.attributes.source_values()
    codes = {c.id: c for c in demo.codebook.codes()}
    per_level: dict[str, Counter] = {}
    for c in demo.codings.all():
        level = values[c.source_id][level_attr]
        per_level.setdefault(level, Counter())[codes[c.code_id].name] += 1
    assert per_level["Ledningsgrupp"].most_common(1)[0][0] == "Stark uppslutning bakom idén"
    family = {c.name for c in codes.values()
              if c.parent_id and codes[c.parent_id].name == "Familjernas erfarenheter"}
    guardians = per_level["Familjer/vårdnadshavare"]
    assert family <= set(guardians)
    assert sum(n for name, n in guardians.items() if name in family) > 0.8 * sum(guardians.values())
    school = per_level["HTL-team skola"]
    assert school["Lättare att samverka på individnivå"] >= 10


def test_citations_follow_the_study(demo):
    by_name = {s.name: s.id for s in demo.sources.list()}
    citations = demo.analysis.citations()
    assert citations[by_name["ledning_o1_03.txt"]] == "(Intervju 3, ledningsgrupp)"
    assert citations[by_name["vh_03.docx"]] == "(Intervju, vårdnadshavare 3)"
