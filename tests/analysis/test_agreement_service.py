"""Agreement through the service and the CLI on real project files with two coders, and the
Word and XLSX exports read back with python-docx and openpyxl."""
import json

import krippendorff
import numpy as np
import openpyxl
import pytest

from qualcoder_htl.cli import main
from qualcoder_htl.core.errors import UserError
from qualcoder_htl.services import Project

from .docx_check import open_docx


@pytest.fixture(scope="module")
def study(study_on_both):
    """Every test here runs on a project file and on a PostgreSQL server."""
    return study_on_both


TEXT = ("J: Hur började samarbetet?\n"
        "IP: Det var skolan som hörde av sig först, kuratorn ringde hem. "
        "Vi träffas oftare nu, och samverkan kring ett barn fungerar bättre än förut.\n"
        "J: Och tiden?\n"
        "IP: Det är svårt att hinna, alltså, man har ju sitt ordinarie uppdrag också.")


@pytest.fixture
def team(tmp_path):
    """Two interviews coded by anna and bertil; a third coder, cecilia, coded one passage of
    the second interview only."""
    p = Project.create(tmp_path / "team.qhtl", coder="anna")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, extra in (("int_01.txt", ""), ("int_02.txt", "\nJ: Tack.")):
        (folder / name).write_text(TEXT + extra, encoding="utf-8")
    report = p.importer.import_files(sorted(folder.iterdir()))
    ids = [r.source_id for r in report.results]
    vag = p.codebook.create("Vägen in").result
    tid = p.codebook.create("Tid").result
    p.codebook.create("Oanvänd")
    p.codings.add(ids[0], vag, 30, 95)
    p.codings.add(ids[0], tid, 190, 250)
    p.codings.add(ids[1], vag, 30, 95)
    p.set_coder("bertil")
    p.codings.add(ids[0], vag, 30, 100)
    p.codings.add(ids[0], tid, 170, 250)
    p.codings.add(ids[1], tid, 40, 80)  # bertil gives the same passage another code
    p.set_coder("cecilia")
    p.codings.add(ids[1], vag, 30, 60)
    p.set_coder("anna")
    yield p, ids, {"Vägen in": vag, "Tid": tid}
    p.close()


def expanded(project, coders, source_ids, code_ids, include_uncoded):
    """coders × characters, from the codings read one by one (independent of the service)."""
    lengths = {s.id: s.char_count for s in project.sources.list()}
    coder_ids = {c.name: c.id for c in project.coders()}
    cols = []
    for sid in source_ids:
        for cid in code_ids:
            block = np.zeros((len(coders), lengths[sid]))
            for c in project.codings.for_source(sid):
                for k, name in enumerate(coders):
                    if c.code_id == cid and c.coder_id == coder_ids[name]:
                        block[k, c.start:c.end] = 1
            cols.append(block)
    data = np.concatenate(cols, axis=1)
    return data if include_uncoded else data[:, data.sum(axis=0) > 0]


@pytest.mark.parametrize("include_uncoded", [False, True])
def test_service_figures_match_the_characters(team, include_uncoded):
    p, ids, codes = team
    table = p.agreement.table(["anna", "bertil"], include_uncoded=include_uncoded)
    assert [r.label for r in table.by_code] == ["Oanvänd", "Tid", "Vägen in"]
    assert [r.key for r in table.by_source] == ids
    for row in table.by_code[1:]:
        data = expanded(p, ["anna", "bertil"], ids, [row.key], include_uncoded)
        f = row.figures
        assert f["percent"].units == data.shape[1]
        assert f["percent"].value == pytest.approx((data[0] == data[1]).mean())
        assert f["alpha"].value == pytest.approx(krippendorff.alpha(
            reliability_data=data, level_of_measurement="nominal"))
    data = expanded(p, ["anna", "bertil"], ids, list(codes.values()), include_uncoded)
    if include_uncoded:  # the unused code adds its whole text as agreement
        length = sum(s.char_count for s in p.sources.list())
        data = np.concatenate([data, np.zeros((2, length))], axis=1)
    assert table.total.figures["alpha"].value == pytest.approx(krippendorff.alpha(
        reliability_data=data, level_of_measurement="nominal"))
    # cu-alpha: in int_02 anna's "Vägen in" meets bertil's "Tid" on 40–80
    assert table.by_source[1].figures["cu_alpha"].units == 40
    # o_XY = o_YX = 40, n_X = n_Y = 40, n = 80: systematic disagreement
    assert table.by_source[1].figures["cu_alpha"].value == pytest.approx(
        1 - 79 * 80 / (2 * 40 * 40))


def test_choices_and_notes(team):
    p, ids, codes = team
    table = p.agreement.table(["anna", "cecilia"], sources=["int_01"], codes=["Tid"])
    assert [r.label for r in table.by_code] == ["Tid"]
    assert [r.label for r in table.by_source] == ["int_01.txt"]
    assert [n.text("en") for n in table.notes] == [
        "cecilia has no codings in the chosen sources and codes."]
    assert table.total.figures["percent"].value == 0.0
    three = p.agreement.table(["anna", "bertil", "cecilia"], include_uncoded=True)
    assert three.total.figures["kappa"].reason == "two_coders"
    assert three.total.figures["alpha"].value is not None


def test_wrong_choices_are_user_errors(team):
    p, ids, codes = team
    with pytest.raises(UserError, match="at least two coders"):
        p.agreement.table(["anna"])
    with pytest.raises(UserError, match="No coder called dora"):
        p.agreement.table(["anna", "dora"])
    with pytest.raises(UserError, match="chosen twice"):
        p.agreement.table(["anna", "Anna"])
    with pytest.raises(UserError, match="No source called"):
        p.agreement.table(["anna", "bertil"], sources=["int_99"])
    with pytest.raises(UserError, match="No code called"):
        p.agreement.table(["anna", "bertil"], codes=["Saknas"])
    with pytest.raises(UserError, match="as pdf"):
        p.agreement.export(p.agreement.table(["anna", "bertil"]), p.path.parent / "a.pdf")


def test_word_export_reads_back(team, tmp_path):
    p, ids, codes = team
    table = p.agreement.table(["anna", "bertil"])
    path = p.agreement.export(table, tmp_path / "överensstämmelse.docx", language="sv")
    d = open_docx(path)
    assert d.paragraphs[0].text == "Överensstämmelse mellan kodare"
    assert "Kodare: anna, bertil." in d.paragraphs[1].text
    assert len(d.tables) == 3
    total = [[c.text for c in row.cells] for row in d.tables[0].rows]
    assert total[0] == ["Kod", "Mått", "Värde", "Tecken", "Tolkning"]
    f = table.total.figures["percent"]
    assert total[1][:3] == ["Totalt", "Överensstämmelse", f"{100 * f.value:.1f}".replace(
        ".", ",") + "\u00a0%"]
    assert total[1][4] == f.reading().text("sv")
    assert total[2][2] == f"{table.total.figures['kappa'].value:.3f}".replace(
        ".", ",").replace("-", "\u2212")
    by_code = [[c.text for c in row.cells] for row in d.tables[1].rows]
    assert [r[0] for r in by_code[1::4]] == ["Oanvänd", "Tid", "Vägen in"]
    assert by_code[1][4] == "Kan inte beräknas: ingen kodare har använt koden här."
    assert len(d.tables[2].rows) == 1 + 4 * len(ids)


def test_xlsx_export_reads_back(team, tmp_path):
    p, ids, codes = team
    table = p.agreement.table(["anna", "bertil"], include_uncoded=True)
    path = p.agreement.export(table, tmp_path / "agreement.xlsx", language="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Readings", "Info"]
    rows = list(wb["Summary"].iter_rows(values_only=True))
    assert rows[0] == ("Level", "Code", "Agreement", "Cohen's kappa", "Krippendorff's alpha",
                       "cu-alpha", "Characters")
    total = rows[1]
    assert total[:2] == ("All codes in all sources", "Total")
    assert total[2] == pytest.approx(table.total.figures["percent"].value)
    assert total[4] == pytest.approx(table.total.figures["alpha"].value)
    assert total[6] == table.total.figures["percent"].units
    assert [r[1] for r in rows[2:5]] == ["Oanvänd", "Tid", "Vägen in"]
    assert rows[2][3] is None  # kappa of the unused code: undefined, left empty
    readings = list(wb["Readings"].iter_rows(values_only=True))
    assert len(readings) == 1 + 4 * (1 + 3 + 2)
    assert readings[1][5] == table.total.figures["percent"].reading().text("en")
    info = [r[0] for r in wb["Info"].iter_rows(values_only=True)]
    assert "Text that no coder coded is counted (it adds agreement)." in info


def test_cli_table_json_and_files(team, tmp_path, capsys):
    p, ids, codes = team
    path = str(p.path)
    assert main(["agreement", path, "--coders", "anna,bertil", "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Intercoder agreement"
    assert "Text that no coder coded is left out." in out
    assert "The coders agree on" in out
    assert main(["agreement", path, "--coders", "anna,bertil", "--codes", "Tid",
                 "--sources", "int_01", "--include-uncoded", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = p.agreement.table(["anna", "bertil"], sources=["int_01"], codes=["Tid"],
                                 include_uncoded=True)
    assert data["include_uncoded"] is True
    assert [c["name"] for c in data["codes"]] == ["Tid"]
    assert data["total"]["figures"]["kappa"]["value"] == pytest.approx(
        expected.total.figures["kappa"].value)
    assert data["total"]["figures"]["kappa"]["units"] == p.sources.find("int_01").char_count
    assert main(["-q", "agreement", path, "--coders", "anna,bertil",
                 "--docx", str(tmp_path / "a.docx"), "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    assert (tmp_path / "a.docx").stat().st_size and (tmp_path / "a.xlsx").stat().st_size
    assert main(["agreement", path, "--coders", "anna"]) == 1
    assert "Choose at least two coders" in capsys.readouterr().err


def test_study_project_two_coders(study):
    """The shared analysis project: overlapping codings, raw overlaps of one coder."""
    table = study.agreement.table(["anna", "bo"], include_uncoded=True)
    ids = [r.key for r in table.by_source]
    code_ids = [r.key for r in table.by_code]
    data = expanded(study, ["anna", "bo"], ids, code_ids, True)
    assert table.total.figures["percent"].units == data.shape[1]
    assert table.total.figures["alpha"].value == pytest.approx(krippendorff.alpha(
        reliability_data=data, level_of_measurement="nominal"))
    assert table.total.figures["kappa"].value == pytest.approx(
        _kappa(data[0], data[1]))


def _kappa(a, b):
    p_o = (a == b).mean()
    p_e = a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean())
    return (p_o - p_e) / (1 - p_e)


KEYED_TEXT = """J: Hur kom ni i kontakt med teamet?
IP: Det var Anna Söderlund på skolan som ringde. Anna var så snäll, hon kom hem till oss.
J: Vad hjälpte?
IP: Att någon lyssnade på riktigt."""


def test_exports_go_through_the_export_guard(project, add_text, tmp_path):
    """Once the project has a key, names in the table are written pseudonymised, and what
    cannot be replaced stops the export with no file left behind."""
    from qualcoder_htl.pseudonymise.guard import ExportRefused

    sid = add_text("vh_01.txt", KEYED_TEXT)
    code = project.codebook.create("Vägen in").result
    project.codings.add(sid, code, 40, 120)
    project.set_coder("bertil")
    project.codings.add(sid, code, 45, 120)
    project.pseudonymisation.detect()
    for s in project.pseudonymisation.suggestions():
        if s.text.startswith("Anna"):
            project.pseudonymisation.decide_all(s.id, True)
    assert project.pseudonymisation.active()
    project.codebook.rename(code, "Annas samtal")
    table = project.agreement.table(["tester", "bertil"])
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.docx", "a.xlsx"):
        path = project.agreement.export(table, out / name, language="en")
        assert path.metadata_replaced >= 1
        if name.endswith(".docx"):
            d = open_docx(path)
            text = " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
        else:
            wb = openpyxl.load_workbook(path)
            text = " ".join(str(v) for ws in wb for r in ws.iter_rows(values_only=True)
                            for v in r if v is not None)
        assert "Anna" not in text and "samtal" in text
    project.pseudonymisation.add_known("Lisa Berg", "PERSON")
    project.codebook.rename(code, "Lisas samtal")
    table = project.agreement.table(["tester", "bertil"])
    with pytest.raises(ExportRefused):
        project.agreement.export(table, out / "refused.docx")
    assert not (out / "refused.docx").exists()
