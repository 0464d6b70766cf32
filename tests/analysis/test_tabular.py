"""Matrices to CSV, XLSX and JSON and back: the same numbers."""
import csv
import json

import openpyxl
import pytest

from qualcoder_htl.core.errors import UserError


@pytest.mark.parametrize("measure", ["segments", "share", "words"])
def test_csv_round_trip(study, tmp_path, measure):
    m = study.analysis.matrix(columns="org_level", measure=measure)
    out = study.analysis.export_matrix(m, tmp_path / "m.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Tema", "Sökväg"] + [c.label for c in m.columns] + ["Totalt"]
    for r, line in enumerate(rows[1:]):
        assert line[:2] == [m.rows[r].name, m.rows[r].path]
        values = [float(v) for v in line[2:]]
        want = [m.value(r, c) for c in range(len(m.columns))] + [m.total(r)]
        assert values == pytest.approx(want, abs=1e-4)


def test_xlsx_round_trip(study, tmp_path):
    m = study.analysis.matrix(columns="Omgång", measure="share")
    out = study.analysis.export_matrix(m, tmp_path / "m.xlsx", language="en")
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == ["Theme", "Path", "Omgång 1", "Omgång 2", "Total"]
    for r, line in enumerate(rows[1:]):
        assert line[0] == m.rows[r].name
        assert list(line[2:]) == pytest.approx(
            [m.value(r, c) for c in range(len(m.columns))] + [m.total(r)], abs=1e-4)
    assert ws.cell(2, 3).number_format == "0%"
    assert any(ws.cell(r, c).fill.fgColor.rgb not in (None, "00000000")
               for r in range(2, ws.max_row + 1) for c in range(3, 5))
    assert wb["Info"]["B1"].value == "Share of sources"


def test_json_keeps_the_drill_down(study, tmp_path):
    m = study.analysis.matrix(columns="org_level")
    out = study.analysis.export_matrix(m, tmp_path / "m.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [c["label"] for c in data["columns"]] == [c.label for c in m.columns]
    for r, row in enumerate(data["rows"]):
        assert row["values"] == [m.value(r, c) for c in range(len(m.columns))]
        assert row["coding_ids"] == [list(c.coding_ids) for c in m.cells[r]]


def test_unknown_format_and_folder(study, tmp_path):
    m = study.analysis.matrix()
    with pytest.raises(UserError):
        study.analysis.export_matrix(m, tmp_path / "m.pdf")
    with pytest.raises(UserError):
        study.analysis.export_matrix(m, tmp_path / "missing" / "m.csv")
