"""The report's overview of collected material: kind × respondent group × round, with the
period of the sources' dates and their number, read back from a real .docx of the demo
project with field notes and documents imported as sources of their kind."""
import csv
from collections import Counter
from pathlib import Path

import pytest

from qualcoder_htl.cli import main
from qualcoder_htl.core.errors import UserError
from qualcoder_htl.exporters.labels import period
from qualcoder_htl.services.importing import ImportOptions

from ..conftest import ROOT
from .docx_check import open_docx, table_rows

DEMO = ROOT / "corpora" / "htl-demo"


@pytest.mark.parametrize("first, last, language, shown", [
    ("2019-10-03", "2019-10-28", "sv", "oktober 2019"),
    ("2019-10-03", "2019-11-12", "sv", "oktober–november 2019"),
    ("2019-12-09", "2020-01-20", "sv", "december 2019–januari 2020"),
    ("2019-10-03", "2019-11-12", "en", "October–November 2019"),
    ("", "", "sv", "–"),
])
def test_period_in_month_names(first, last, language, shown):
    assert period(first, last, language) == shown


def write_notes(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir()
    paths = []
    for n, name in enumerate(names, start=1):
        path = folder / name
        path.write_text(f"{path.stem}: anteckningar {n}. Mötet handlade om samverkan och om "
                        f"skolans arbete med familjerna, punkt {n}.\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def demo_with_notes(tmp_path_factory):
    if not (DEMO / "transcripts").is_dir():
        pytest.skip("the demo corpus (corpora/htl-demo/transcripts) is not built")
    from qualcoder_htl.services.demo import create_demo

    base = tmp_path_factory.mktemp("material")
    project = create_demo(base / "demo.qhtl")
    # three observation notes of the development group (one across the new year), by the API
    notes = write_notes(base / "notes", ["obs_01.txt", "obs_02.txt", "obs_03.txt"])
    sheet = base / "notes.csv"
    sheet.write_text("fil,respondentgrupp,omgång,datum\n"
                     "obs_01.txt,utvecklingsgrupp,1,2019-12-09\n"
                     "obs_02.txt,utvecklingsgrupp,1,2020-01-20\n"
                     "obs_03.txt,utvecklingsgrupp,2,2021-03-02\n", encoding="utf-8")
    report = project.importer.import_files(
        notes, ImportOptions(attribute_sheet=sheet, kind="deltagande observation"))
    assert [r.status for r in report.results] == ["imported"] * 3
    project.close()
    # two internal documents, by the command line
    docs = write_notes(base / "docs", ["lagesrapport_ht19.txt", "slutrapport.txt"])
    docs_sheet = base / "docs.csv"
    docs_sheet.write_text("fil,respondentgrupp,omgång,datum\n"
                          "lagesrapport_ht19.txt,ledningsgrupp,1,2019-12-16\n"
                          "slutrapport.txt,ledningsgrupp,2,2021-06-14\n", encoding="utf-8")
    assert main(["-q", "import", str(base / "demo.qhtl"), *map(str, docs), "--sheet",
                 str(docs_sheet), "--kind", "dokument"]) == 0
    return base / "demo.qhtl"


def expected_interview_rows() -> list[tuple[str, str, str, str]]:
    """(group, round, period, count) of the demo's interviews, read from its attribute sheet,
    by group and round."""
    with open(DEMO / "attributes.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    counts = Counter((r["respondentgrupp"], r["omgång"]) for r in rows)
    dates: dict = {}
    for r in rows:
        dates.setdefault((r["respondentgrupp"], r["omgång"]), []).append(r["datum"])
    keys = sorted(counts, key=lambda k: (k[0].casefold(), int(k[1])))
    return [(g[:1].upper() + g[1:], rnd, period(min(dates[(g, rnd)]), max(dates[(g, rnd)])),
             str(counts[(g, rnd)])) for g, rnd in keys]


def test_report_shows_the_material_by_kind_group_round_and_period(demo_with_notes, tmp_path):
    from qualcoder_htl.services import Project

    with Project.open(demo_with_notes) as project:
        out = project.analysis.export_report(tmp_path / "r.docx")
        n_sources = len(project.sources.list())
        groups = list(project.analysis.material_table().row_labels)  # the project's order
    rows = table_rows(open_docx(out).tables[0])
    assert rows[0] == ["Material", "Respondentgrupp", "Omgång", "Period", "Antal"]
    interviews = expected_interview_rows()
    body = rows[1:-1]
    assert body[0][0] == "Intervju" and all(r[0] == "" for r in body[1:len(interviews)])
    shown = [tuple(r[1:]) for r in body[:len(interviews)]]
    assert sorted(shown, key=lambda r: (r[0].casefold(), int(r[1]))) == interviews
    assert list(dict.fromkeys(r[0] for r in shown)) == [g[:1].upper() + g[1:] for g in groups]
    assert body[len(interviews):] == [
        ["Deltagande observation", "Utvecklingsgrupp", "1", "december 2019–januari 2020", "2"],
        ["", "Utvecklingsgrupp", "2", "mars 2021", "1"],
        ["Dokument", "Ledningsgrupp", "1", "december 2019", "1"],
        ["", "Ledningsgrupp", "2", "juni 2021", "1"],
    ]
    assert rows[-1] == ["Totalt", "", "", "september 2019–juni 2021", str(n_sources)]
    assert n_sources == sum(int(r[-1]) for r in body)


def test_report_material_options(demo_with_notes, tmp_path):
    from qualcoder_htl.services import Project

    with Project.open(demo_with_notes) as project:
        plain = project.analysis.export_report(tmp_path / "plain.docx", material="plain")
        english = project.analysis.export_report(tmp_path / "en.docx", language="en")
        with pytest.raises(UserError):
            project.analysis.report_data(material="table")
    assert table_rows(open_docx(plain).tables[0])[0][0] == "Respondentgrupp"
    rows = table_rows(open_docx(english).tables[0])
    assert rows[0] == ["Material", "Respondentgrupp", "Omgång", "Period", "Number"]
    assert rows[1][0] == "Interview" and rows[-1][3] == "September 2019–June 2021"
    assert main(["-q", "report", str(demo_with_notes), "--out", str(tmp_path / "c.docx"),
                 "--material", "plain"]) == 0
    assert table_rows(open_docx(tmp_path / "c.docx").tables[0])[0][0] == "Respondentgrupp"


def test_a_project_without_dates_keeps_the_plain_table(study, tmp_path):
    out = study.analysis.export_report(tmp_path / "r.docx")
    assert table_rows(open_docx(out).tables[0])[0][0] == "Respondentgrupp"
    forced = study.analysis.export_report(tmp_path / "o.docx", material="overview")
    rows = table_rows(open_docx(forced).tables[0])
    assert rows[0][0] == "Material" and rows[-1][3] == "–"
    assert sum(int(r[-1]) for r in rows[1:-1]) == int(rows[-1][-1]) == 8


def test_the_overview_is_written_in_pseudonymised_form(project, add_text, tmp_path):
    """A name from the key in a kind or group value is replaced in the overview too."""
    text = "IP: Det var Anna Söderlund på skolan som ringde. Anna kom hem till oss."
    sid = add_text("vh_01.txt", text)
    project.attributes.set_source_values({sid: {"Respondentgrupp": "Annas familj",
                                                "Omgång": "1", "Datum": "2020-03-04"}})
    project.pseudonymisation.detect()
    for s in project.pseudonymisation.suggestions():
        if s.text.startswith("Anna"):
            project.pseudonymisation.decide_all(s.id, True)
    assert project.pseudonymisation.active()
    out = project.analysis.export_report(tmp_path / "r.docx")
    rows = table_rows(open_docx(out).tables[0])
    assert rows[0][0] == "Material" and rows[1][0] == "Intervju" and rows[1][2:] == [
        "1", "mars 2020", "1"]
    assert "Anna" not in rows[1][1] and rows[1][1]
