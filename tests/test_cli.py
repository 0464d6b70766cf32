"""The command line, run in-process (fast) and once as a real subprocess."""
import json
import subprocess
import sys

import pytest

from qualcoder_htl.cli import main

from .conftest import INTERVIEW, ROOT


@pytest.fixture
def proj(tmp_path):
    path = tmp_path / "p.qhtl"
    assert main(["--coder", "cli", "new", str(path)]) == 0
    return path


def run(capsys, *argv):
    code = main(["-q", "--coder", "cli", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_new_import_info(capsys, proj, tmp_path):
    (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / "bad.rtf").write_text("not rtf at all", encoding="utf-8")
    sheet = tmp_path / "s.csv"
    sheet.write_text("fil,Organisationsnivå\na,HTL-team skola\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", proj, tmp_path / "a.txt", tmp_path / "bad.rtf",
                       "--sheet", sheet)
    assert code == 0
    assert "1 imported, 0 duplicates, 1 errors" in out
    assert "error" in out and "bad.rtf" in out
    code, out, _ = run(capsys, "info", proj, "--json")
    info = json.loads(out)
    assert (info["sources"], info["words"]) == (1, len(INTERVIEW.split()))
    assert info["by_attribute"]["Organisationsnivå"] == {"HTL-team skola": {
        "sources": 1, "words": len(INTERVIEW.split()), "codings": 0}}
    code, out, _ = run(capsys, "info", proj)
    assert "sources" in out and "HTL-team skola" in out


def test_speaker_label_options(capsys, proj, tmp_path):
    (tmp_path / "a.txt").write_text("F: Hur var det?\nSvar: Bra.\nF: Och sen?\nSvar: Också bra.",
                                    encoding="utf-8")
    code, out, _ = run(capsys, "import", proj, tmp_path / "a.txt", "--interviewer-labels", "F",
                       "--respondent-labels", "Svar")
    assert code == 0
    from qualcoder_htl.services import Project
    with Project.open(proj) as p:
        turns = p.sources.turns()
    assert [(t.speaker, t.is_interviewer) for t in turns] == [
        ("F", True), ("Svar", False), ("F", True), ("Svar", False)]


def test_codebook_search_autocode(capsys, proj, tmp_path):
    (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    run(capsys, "import", proj, tmp_path / "a.txt")
    book = tmp_path / "book.csv"
    book.write_text("path,color,definition\nGenomförande,#911eb4,\n"
                    "Genomförande / Individnivå,#46f0f0,Samverkan kring ett barn\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, "codebook", proj, "import", book)
    assert code == 0 and "2 new codes" in out
    code, out, err = run(capsys, "search", proj, "samverkan")
    assert code == 0 and out.count("[samverkan]") == 2 and "2 hits" in err
    code, out, _ = run(capsys, "autocode", proj, "--code", "Individnivå", "--query", "samverkan")
    assert code == 0 and "Coded 2 passages" in out
    code, out, _ = run(capsys, "autocode", proj, "--code", "Frågor", "--speaker", "J", "--create")
    assert code == 0 and "Coded 3 passages" in out
    out_csv = tmp_path / "out.csv"
    run(capsys, "codebook", proj, "export", out_csv)
    assert "Genomförande / Individnivå" in out_csv.read_text(encoding="utf-8-sig")
    code, out, _ = run(capsys, "info", proj, "--json")
    assert json.loads(out)["codings"] == 5


def test_user_errors_are_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "info", tmp_path / "missing.qhtl")
    assert code == 1 and err.startswith("error: No project file") and err.count("\n") == 1
    code, _, err = run(capsys, "new", tmp_path / "nowhere" / "x.qhtl")
    assert code == 1 and "does not exist" in err
    p = tmp_path / "p.qhtl"
    run(capsys, "new", p)
    code, _, err = run(capsys, "autocode", p, "--code", "Finns inte", "--query", "x")
    assert code == 1 and "No code called" in err


def test_subprocess_has_no_traceback(tmp_path):
    bad = tmp_path / "x.qhtl"
    bad.write_bytes(b"garbage" * 100)
    out = subprocess.run([sys.executable, "-m", "qualcoder_htl", "info", str(bad)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "not an SQLite file" in out.stderr
    out = subprocess.run([sys.executable, "-m", "qualcoder_htl", "--version"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and out.stdout.startswith("qualcoder-htl ")
