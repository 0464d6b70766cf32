"""The export log: a row per export (theme report, REFI-QDA, codebook, shared copy, key,
agreement report), refused and failed ones too, with the reason as a message key; never an
original (real key, real files, the real guard). Retiring the originals at the end of a study:
no original in any byte of the project file or its WAL, the pseudonymised texts and codings
remain, and the project opens."""
import json
import sqlite3

import pytest
from docx import Document

from qualcoder_htl.cli import main
from qualcoder_htl.core.errors import UserError
from qualcoder_htl.pseudonymise.guard import ExportRefused
from qualcoder_htl.pseudonymise.suggestions import PERSON
from qualcoder_htl.services import Project, export_log
from qualcoder_htl.services.codebook_csv import export_codebook
from qualcoder_htl.services.refi_export import export_qdpx

from .planted import ORIGINALS, SCHOOL_A, TOWN, planted_project


@pytest.fixture
def planted(tmp_path):
    p = planted_project(tmp_path / "project")
    yield p
    p.close()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _no_original(text: str) -> None:
    for o in ORIGINALS:
        assert o.casefold() not in text.casefold(), o


def test_a_row_per_export_kind_with_its_fields(planted, out):
    undo_before = len(planted.undo_stack)
    report = planted.analysis.export_report(out / f"rapport {TOWN}.docx", by="Pilotskola")
    export_qdpx(planted, out / f"{TOWN}.qdpx")
    export_codebook(planted, out / "kodbok.csv")
    copy = planted.pseudonymisation.export_copy(out / f"{TOWN}-kopia.qhtl")
    planted.pseudonymisation.export_key(out / f"nyckel {SCHOOL_A}.csv")
    sid = planted.sources.list()[0].id
    code = planted.codebook.codes()[0].id
    planted.set_coder("andra")
    planted.codings.add(sid, code, 0, 10)
    table = planted.agreement.table(["forskare", "andra"])
    agreement = planted.agreement.export(table, out / "overens.docx")
    rows = export_log.entries(planted)
    assert [r.kind for r in rows] == ["report", "qdpx", "codebook", "copy", "key",
                                      "agreement"]
    assert all(r.result == "ok" and r.reason == "" for r in rows)
    assert [r.coder for r in rows] == ["forskare"] * 5 + ["andra"]
    assert rows[0].file_name == report.name and rows[3].file_name == copy.path.split("/")[-1]
    assert rows[5].file_name == agreement.name
    assert rows[4].file_name.startswith("nyckel ") and rows[4].file_name.endswith(".csv")
    assert all("/" not in r.file_name for r in rows) and rows[0].at <= rows[-1].at
    for r in rows:
        _no_original(r.file_name)
    # bookkeeping, not undo steps: only the coding added above is undoable
    assert len(planted.undo_stack) == undo_before + 1


def test_refused_and_failed_exports_are_logged_with_a_message_key(planted, out):
    planted.pseudonymisation.add_known("Lisa Berg", PERSON)
    planted.memos.add("Ring Lisa Berg om nästa intervju.")
    with pytest.raises(ExportRefused):
        export_qdpx(planted, out / "delning.qdpx")
    with pytest.raises(UserError):
        export_codebook(planted, out / "saknas" / "kodbok.csv")
    rows = export_log.entries(planted)
    assert [(r.kind, r.file_name, r.result, r.reason) for r in rows] == [
        ("qdpx", "delning.qdpx", "refused", "guard.refused"),
        ("codebook", "kodbok.csv", "failed", "export.no_folder")]
    for r in rows:
        assert "Lisa" not in r.reason_text() and "saknas" not in r.reason_text()


def _run(capsys, *argv):
    code = main(["-q", "--coder", "cli", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_log_command_json_text_and_printouts(planted, out, capsys):
    planted.analysis.export_report(out / "rapport.docx")
    path = planted.path
    planted.close()
    code, printed, _ = _run(capsys, "log", path, "--json")
    assert code == 0
    rows = json.loads(printed)
    assert [(r["kind"], r["file_name"], r["result"], r["coder"]) for r in rows] == [
        ("report", "rapport.docx", "ok", "forskare")]
    code, printed, _ = _run(capsys, "log", path)
    assert code == 0 and "rapport.docx" in printed and "The theme report" in printed
    code, _, _ = _run(capsys, "log", path, "--out", out / "logg.docx")
    assert code == 0
    cells = [c.text for t in Document(out / "logg.docx").tables for row in t.rows
             for c in row.cells]
    assert "rapport.docx" in cells
    code, _, _ = _run(capsys, "log", path, "--out", out / "logg.txt")
    text = (out / "logg.txt").read_text(encoding="utf-8")
    assert code == 0 and "rapport.docx" in text and "logg.docx" in text  # printing is logged
    _no_original(text)


def _raw_leaks(project_path) -> list[str]:
    found = []
    for suffix in ("", "-wal", "-shm"):
        f = project_path.with_name(project_path.name + suffix)
        if not f.exists():
            continue
        data = f.read_bytes().lower()
        for o in ORIGINALS:
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                if o.lower().encode(enc) in data:
                    found.append(f"{o} {enc} {f.name}")
    return found


def test_retire_originals_leaves_no_byte_of_them(planted, capsys):
    path = planted.path
    sid = planted.sources.list()[0].id
    pseudonymised = planted.pseudonymisation.pseudonymised_text(sid)
    n_codings = len(planted.codings.for_source(sid))
    planted.analysis.export_report(path.parent / "rapport.docx")
    assert _raw_leaks(path)  # the originals are there to begin with
    planted.close()
    code, _, err = _run(capsys, "retire-originals", path)  # not a terminal: asks for --yes
    assert code != 0 and "--yes" in err
    assert _raw_leaks(path)
    code, _, err = _run(capsys, "retire-originals", path, "--yes")
    assert code == 0, err
    assert _raw_leaks(path) == []
    with Project.open(path) as p:
        assert p.sources.get(sid).text == pseudonymised
        codings = p.codings.for_source(sid)
        assert len(codings) == n_codings
        text = p.sources.get(sid).text
        assert text[codings[0].start:codings[0].end].startswith("Det var")
        assert not p.pseudonymisation.active()
        assert [r.kind for r in export_log.entries(p)] == ["report", "retire"]
        p.codings.add(sid, p.codebook.codes()[0].id, 0, 5)  # it works as a project
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM pseudo_key").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM source_files").fetchone()[0] == 0
    con.close()
    assert _raw_leaks(path) == []


def test_retire_in_the_open_project_clears_undo_and_refuses_open_suggestions(planted):
    sid = planted.sources.list()[0].id
    planted.memos.add("Ett memo")
    assert planted.undo_stack.can_undo
    report = planted.pseudonymisation.retire_originals()
    assert report.sources == 1 and report.replacements >= 4 and report.codings == 2
    assert not planted.undo_stack.can_undo  # earlier steps held originals
    assert _raw_leaks(planted.path) == []
    assert SCHOOL_A not in planted.sources.get(sid).text
    with pytest.raises(UserError):  # no key left: nothing to retire
        planted.pseudonymisation.retire_originals()
    planted.memos.add("Skrivs efter avvecklingen")  # the open project still writes
