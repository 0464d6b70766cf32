"""The demo project (fictional HTL study): the matrices tell its story, counts agree with the
codings, and the report reads back with every quote in place."""
from qualcoder_htl.core.results import MEASURES

from .docx_check import headings, open_docx, quote_paragraphs
from .test_matrix import assert_matches, level_sources, reference
from .test_word_exports import check_quotes_at_offsets

LEVELS = ["Ledningsgrupp", "HTL-team utvecklingsgrupp", "HTL-team skola", "HTL-team barn",
          "Familjer/vårdnadshavare"]


def test_theme_by_level_matrix(demo):
    m = demo.analysis.matrix(columns="org_level", measure="words")
    assert [c.label for c in m.columns] == LEVELS
    groups = level_sources(demo)
    assert_matches(m, reference(demo, m, [groups[c.key] for c in m.columns]))
    for measure in MEASURES:
        demo.analysis.matrix(columns="Respondentgrupp", measure=measure)


def test_the_matrix_tells_the_story(demo):
    m = demo.analysis.matrix(columns="org_level", rollup=False)
    row = {r.path: i for i, r in enumerate(m.rows)}
    col = {c.label: i for i, c in enumerate(m.columns)}
    support = m.cells[row["Förutsättningar / Stark uppslutning bakom idén"]]
    assert max(range(len(LEVELS)), key=lambda c: support[c].segments) == col["Ledningsgrupp"]
    families = [i for p, i in row.items() if p.startswith("Familjernas erfarenheter /")]
    for i in families:
        assert m.totals[i].segments == m.cells[i][col["Familjer/vårdnadshavare"]].segments > 0
    by_round = demo.analysis.matrix(rows=["Pandemin"], columns="Omgång", rollup=False,
                                    filters=None)
    assert by_round.cells[0][1].segments > by_round.cells[0][0].segments


def test_demo_report(demo, tmp_path):
    demo.analysis.set_citation_template("Intervju, {Respondentgrupp} {Intervjunummer}",
                                        group="vårdnadshavare")
    out = demo.analysis.export_report(tmp_path / "demo.docx")
    d = open_docx(out)
    assert "Familjernas erfarenheter" in headings(d, 1)
    assert set(headings(d, 3)) <= set(LEVELS)
    data = demo.analysis.report_data()
    quotes = [q for t in data.themes if t.quotes for g in t.quotes.groups for q in g.quotes]
    assert len(quotes) >= 300
    check_quotes_at_offsets(demo, quote_paragraphs(d), quotes)
    cites = {q.citation for q in quotes}
    assert "(Intervju 3, ledningsgrupp)" in cites and "(Intervju, vårdnadshavare 3)" in cites
    assert "(Intervju, vårdnadshavare 1)" in data.citation_note


def test_demo_cases_count_respondents(demo):
    m = demo.analysis.matrix(columns="org_level", measure="cases")
    s = demo.analysis.matrix(columns="org_level", measure="sources")
    assert any(m.totals[i].cases < s.totals[i].sources for i in range(len(m.rows)))
