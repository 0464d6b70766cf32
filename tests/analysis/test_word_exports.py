"""Every Word export is read back: real styles, fields, tables, and quotes that are found in
their source text at their offsets."""
import pytest

from qualcoder_htl.core.jobs import Progress
from qualcoder_htl.exporters.labels import number
from qualcoder_htl.exporters.word_matrix import cell_text

from .docx_check import (
    field_codes,
    headings,
    open_docx,
    quote_paragraphs,
    quote_text,
    run_text,
    styles_used,
    table_rows,
    update_fields_set,
)


def check_quotes_at_offsets(project, paragraphs, quotes, speaker="always"):
    assert len(paragraphs) == len(quotes)
    for p, q in zip(paragraphs, quotes, strict=True):
        source = project.analysis.quote_text(q.source_id).text
        assert source[q.start:q.end] == q.text
        assert quote_text(p) == q.text
        citation = run_text(p, "Quote Citation").replace("\u00a0", " ").strip()
        assert citation.startswith(q.citation)
        label = run_text(p, "Quote Speaker")
        if label:
            assert label == f"{q.speaker}: " and not q.label_in_text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_report_structure(study, tmp_path, language):
    steps = []
    out = study.analysis.export_report(tmp_path / "r.docx", language=language,
                                       progress=Progress(lambda d, t, s: steps.append((d, t))))
    assert steps and steps[-1][0] == steps[-1][1]
    d = open_docx(out)
    used = styles_used(d)
    assert {"Title", "Subtitle", "TOC Heading", "Heading 1", "Heading 2", "Heading 3",
            "Quote", "Caption", "Normal"} <= used
    body = d.element.body
    assert any(c.startswith("TOC ") for c in field_codes(body))
    assert sum(c.startswith("SEQ ") for c in field_codes(body)) == len(
        [p for p in d.paragraphs if p.style.name == "Caption"]) >= 3
    footer = d.sections[0].footer
    assert "PAGE" in field_codes(footer._element)
    assert d.sections[0].different_first_page_header_footer  # no number on the title page
    assert update_fields_set(d)
    assert {t.style.name for t in d.tables} == {"HTL Table"}
    words = {"sv": ("Material", "Översikt av teman", "Innehåll"),
             "en": ("Material", "Overview of themes", "Contents")}[language]
    h1 = headings(d, 1)
    assert h1[:2] == list(words[:2])
    assert {"Genomförande", "Familjer"} <= set(h1) and "Oanvänd" not in h1
    assert "Praktik" in headings(d, 2)
    data = study.analysis.report_data(language=language)
    quotes = [q for t in data.themes if t.quotes for g in t.quotes.groups for q in g.quotes]
    check_quotes_at_offsets(study, quote_paragraphs(d), quotes)
    # the TOC's shown entries link to the headings' bookmarks
    toc = [p for p in d.paragraphs if p.style.name == "toc 1"]
    assert [p.text for p in toc] == h1


def test_report_tables_carry_the_matrix(study, tmp_path):
    out = study.analysis.export_report(tmp_path / "r.docx")
    d = open_docx(out)
    material, overview = d.tables[0], d.tables[1]
    table = study.analysis.material_table()
    rows = table_rows(material)
    assert rows[0][0] == "Respondentgrupp" and rows[-1][0] == "Totalt"
    assert rows[-1][1 + len(table.column_labels)] == number(table.total)
    m = study.analysis.matrix()
    shown = [i for i in range(len(m.rows)) if not m.totals[i].empty]
    rows = table_rows(overview)
    assert rows[0][1:-1] == [c.label.replace("/", "/\u200b") for c in m.columns]
    for line, r in zip(rows[1:], shown, strict=True):
        assert line[0] == m.rows[r].name
        assert line[1:-1] == [cell_text(m, r, c, "segments", "sv", True)
                              for c in range(len(m.columns))]



def test_report_by_many_groups_turns_or_splits_wide_tables(study, tmp_path, monkeypatch):
    """Grouped by more sources than a page holds side by side (200 in a real study; the
    limit is lowered to 5 here for the 8 test sources), a theme table is turned — one row per
    source, one column per theme — and the overview, with more themes than that too, is split
    into tables of at most 5 sources, a "continued" line between them."""
    from qualcoder_htl.exporters import word_report
    monkeypatch.setattr(word_report, "MAX_COLUMNS", 5)
    data = study.analysis.report_data(by="sources")
    m = data.matrix
    assert len(m.columns) == 8
    assert len(open_docx(word_report.write_report(tmp_path / "chart.docx", data))
               .inline_shapes) == 1  # the heat map, while it has room
    monkeypatch.setattr(word_report, "MAX_CHART_COLUMNS", 5)
    d = open_docx(word_report.write_report(tmp_path / "wide.docx", data))
    assert len(d.inline_shapes) == 0  # too many groups for a legible heat map
    assert max(len(t.columns) for t in d.tables) <= 1 + 5 + 1
    shown = [t.matrix_row for t in data.themes if t.matrix_row is not None]
    first, second = table_rows(d.tables[1]), table_rows(d.tables[2])  # the overview, split
    assert [len(first[0]), len(second[0])] == [1 + 5, 1 + 3 + 1]  # the total in the last
    assert first[0][1:] + second[0][1:-1] == [c.label for c in m.columns]
    for a, b, r in zip(first[1:], second[1:], shown, strict=True):
        assert a[0] == b[0] == m.rows[r].name
        assert a[1:] + b[1:-1] == [cell_text(m, r, c, "segments", "sv", True) for c in range(8)]
        assert b[-1] == cell_text(m, r, None, "segments", "sv", True)
    between = d.tables[1]._tbl.getnext()
    assert between.tag.endswith("}p") and "fortsätter (del 2 av 2)" in "".join(
        between.itertext())
    theme = next(t for t in data.themes if t.child_rows)  # a theme with subthemes
    rows = [theme.matrix_row, *theme.child_rows]
    turned = next(table_rows(t) for t in d.tables[3:]
                  if table_rows(t)[0][1:] == [m.rows[r].name for r in rows])
    assert len(turned) == 1 + 8 + 1  # the header, one row per source, the total
    for c, line in enumerate(turned[1:-1]):
        assert line[0] == m.columns[c].label
        assert line[1:] == [cell_text(m, r, c, "segments", "sv", True) for r in rows]
    assert turned[-1] == ["Totalt", *[cell_text(m, r, None, "segments", "sv", True)
                                      for r in rows]]

def test_report_options(study, tmp_path):
    out = study.analysis.export_report(tmp_path / "r.docx", max_quotes=1, key_only=True,
                                       context="turn", speaker="always")
    d = open_docx(out)
    data = study.analysis.report_data(max_quotes=1, key_only=True, context="turn")
    quotes = [q for t in data.themes if t.quotes for g in t.quotes.groups for q in g.quotes]
    assert quotes and all(q.is_key_quote for q in quotes)
    assert all(len(g.quotes) == 1 for t in data.themes if t.quotes for g in t.quotes.groups)
    check_quotes_at_offsets(study, quote_paragraphs(d), quotes)
    assert any(run_text(p, "Quote Context") for p in quote_paragraphs(d))


def test_matrix_docx(study, tmp_path):
    m = study.analysis.matrix(columns="org_level", measure="share")
    out = study.analysis.export_matrix(m, tmp_path / "m.docx", language="en")
    d = open_docx(out)
    assert "Title" in styles_used(d) and "Caption" in styles_used(d)
    [table] = d.tables
    assert table.style.name == "HTL Table"
    rows = table_rows(table)
    assert len(rows) == len(m.rows) + 1
    for r, line in enumerate(rows[1:]):
        assert line[1:-1] == [cell_text(m, r, c, "share", "en") for c in range(len(m.columns))]
    shaded = table._tbl.xpath(".//w:shd/@w:fill")
    assert shaded  # heat shading
    plain = study.analysis.export_matrix(m, tmp_path / "p.docx", heat=False)
    leaf_fills = set(open_docx(plain).tables[0]._tbl.xpath(".//w:shd/@w:fill"))
    assert leaf_fills <= {"F2F2F2"} or not leaf_fills


def test_wide_matrix_goes_landscape(study, tmp_path):
    m = study.analysis.matrix(columns="sources")
    d = open_docx(study.analysis.export_matrix(m, tmp_path / "wide.docx"))
    s = d.sections[0]
    assert s.page_width > s.page_height


def test_quote_extract_docx(study, tmp_path):
    extract = study.analysis.quotes("Genomförande", by="org_level", context=40)
    out = study.analysis.export_quotes(extract, tmp_path / "q.docx")
    d = open_docx(out)
    assert [h.split(" (")[0] for h in headings(d, 2)] == [g.label for g in extract.groups]
    check_quotes_at_offsets(study, quote_paragraphs(d), extract.quotes)
    keys = [p for p in quote_paragraphs(d) if "nyckelcitat" in run_text(p, "Quote Citation")]
    assert len(keys) == sum(q.is_key_quote for q in extract.quotes)


def test_cooccurrence_docx(study, tmp_path):
    m = study.analysis.cooccurrence(mode="overlap")
    d = open_docx(study.analysis.export_matrix(m, tmp_path / "co.docx"))
    rows = table_rows(d.tables[0])
    assert len(rows[0]) == len(m.columns) + 1  # no total column
    assert rows[1][1] == ".."  # the diagonal


def test_report_progress_and_cancel(study, tmp_path):
    from qualcoder_htl.core.errors import Cancelled

    seen = []
    study.analysis.export_report(tmp_path / "r.docx",
                                 progress=Progress(lambda d, t, s: seen.append((d, t))))
    assert {t for _, t in seen} == {100}
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] == 100

    def stop(done, total, label):
        if done >= 50:
            progress.cancel()
    progress = Progress(stop)
    with pytest.raises(Cancelled):
        study.analysis.export_report(tmp_path / "cancelled.docx", progress=progress)
    assert not (tmp_path / "cancelled.docx").exists()


def test_exports_of_an_empty_project(project, add_text, tmp_path):
    out = project.analysis.export_report(tmp_path / "empty.docx")
    assert headings(open_docx(out), 1)[:2] == ["Material", "Översikt av teman"]
    add_text("a.txt", "J: Hej.\nIP: Svar.")
    project.codebook.create("A")
    table = project.analysis.material_table()
    assert table.row_labels == ("Alla källor",) and table.total == 1
    m = project.analysis.matrix()
    for name in ("m.docx", "m.csv", "m.xlsx", "m.json"):
        assert project.analysis.export_matrix(m, tmp_path / name).exists()
    extract = project.analysis.quotes("A")
    d = open_docx(project.analysis.export_quotes(extract, tmp_path / "q.docx"))
    assert "Inga citat." in [p.text for p in d.paragraphs]
