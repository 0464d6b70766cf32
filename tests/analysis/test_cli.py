"""The analysis commands: matrix, quotes, report, citation."""
import csv
import json

import pytest

from qualcoder_htl.cli import main

from .docx_check import open_docx, quote_paragraphs


@pytest.fixture(scope="module")
def path(study):
    return str(study.path)


def test_matrix_text_and_json(path, capsys):
    assert main(["matrix", path, "--by", "Organisationsnivå"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Kodade segment × Organisationsnivå"
    assert "Genomförande" in out and "Ledningsgrupp" in out
    assert main(["matrix", path, "--by", "Omgång", "--measure", "share", "--json",
                 "--where", "Omgång=1", "--coded-by", "bo", "--language", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["measure"] == "share" and [c["label"] for c in data["columns"]] == ["Omgång 1"]
    assert "bo" in data["description"]


def test_matrix_files(path, tmp_path, capsys):
    for flag, name in (("--csv", "m.csv"), ("--xlsx", "m.xlsx"), ("--docx", "m.docx")):
        assert main(["-q", "matrix", path, "--by", "org_level", flag, str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    with open(tmp_path / "m.csv", encoding="utf-8-sig") as f:
        assert next(csv.reader(f))[0] == "Tema"
    assert main(["matrix", path, "--cooccurrence", "turn", "--codes", "Praktik",
                 "Omfattning"]) == 0
    assert "Samförekomster" in capsys.readouterr().out


def test_quotes_and_report(path, tmp_path, capsys):
    assert main(["quotes", path, "--code", "Genomförande", "--by", "org_level"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Genomförande (") and "== Ledningsgrupp" in out
    assert "(Intervju 1, ledningsgrupp)" in out
    assert main(["-q", "quotes", path, "--code", "Praktik", "--by", "Omgång", "--docx",
                 str(tmp_path / "q.docx")]) == 0
    assert quote_paragraphs(open_docx(tmp_path / "q.docx"))
    assert main(["-q", "report", path, "--out", str(tmp_path / "r.docx"),
                 "--language", "en", "--max-quotes", "2"]) == 0
    assert "Overview of themes" in [p.text for p in open_docx(tmp_path / "r.docx").paragraphs]


def test_errors_are_one_line(path, capsys):
    assert main(["matrix", path, "--by", "Nope"]) == 1
    assert capsys.readouterr().err.startswith("error: No attribute called 'Nope'")
    assert main(["quotes", path, "--code", "Finns inte", "--by", "org_level"]) == 1
    assert main(["matrix", path, "--where", "Omgång"]) == 1


def test_citation_command(tmp_path, capsys):
    from .conftest import build_study

    p = build_study(tmp_path / "c.qhtl")
    p.close()
    assert main(["citation", str(tmp_path / "c.qhtl"), "--set",
                 "Intervju, {Respondentgrupp} {Intervjunummer}", "--group",
                 "vårdnadshavare"]) == 0
    out = capsys.readouterr().out
    assert "vårdnadshavare: Intervju, {Respondentgrupp} {Intervjunummer}" in out
