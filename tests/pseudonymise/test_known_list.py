"""The project's own list of known identifiers: add, edit, remove and import from CSV (each one
undoable step), the CLI's known-* actions, and detection using what was imported."""
import json

import pytest

from qualcoder_htl.cli import main
from qualcoder_htl.core.errors import ConflictError, ImportFileError, NotFoundError, UserError


@pytest.fixture
def ps(project):
    return project.pseudonymisation


def known(ps):
    return [(r["text"], r["type"], r["variants"]) for r in ps.known()]


def test_add_edit_remove_each_undoable(project, ps):
    kid = ps.add_known("Anna  Söderlund", "PERSON", ["Annie"]).result
    assert known(ps) == [("Anna Söderlund", "PERSON", "Annie")]
    ps.edit_known(kid, text="Anna Berg")
    ps.edit_known(kid, typ="SCHOOL", variants=["Bergs", " ", "Annas"])
    assert known(ps) == [("Anna Berg", "SCHOOL", "Bergs\nAnnas")]
    project.undo()
    assert known(ps) == [("Anna Berg", "PERSON", "Annie")]
    project.undo()
    assert known(ps) == [("Anna Söderlund", "PERSON", "Annie")]
    project.redo()
    assert known(ps) == [("Anna Berg", "PERSON", "Annie")]
    ps.remove_known(kid)
    assert ps.known() == []
    project.undo()
    assert known(ps) == [("Anna Berg", "PERSON", "Annie")]


def test_edit_rejects_bad_input(ps):
    a = ps.add_known("Tjärnaskolan", "SCHOOL").result
    ps.add_known("Tjärna", "PLACE")
    with pytest.raises(ConflictError):
        ps.edit_known(a, typ="NOPE")
    with pytest.raises(ConflictError):
        ps.edit_known(a, text="  ")
    with pytest.raises(ConflictError, match="already a known"):
        ps.edit_known(a, text="Tjärna", typ="PLACE")
    with pytest.raises(NotFoundError):
        ps.edit_known(9999, text="x")
    with pytest.raises(NotFoundError):
        ps.remove_known(9999)
    ps.edit_known(a, text="Tjärnaskolan")  # unchanged: fine, nothing recorded
    assert known(ps)[0] == ("Tjärnaskolan", "SCHOOL", "")


@pytest.mark.parametrize("encoding,delimiter", [("utf-8", ","), ("utf-8-sig", ";"),
                                                ("cp1252", ";"), ("cp1252", ",")])
def test_import_csv_encodings_and_delimiters(project, ps, tmp_path, encoding, delimiter):
    d = delimiter
    path = tmp_path / "known.csv"
    path.write_text(f"text{d}type{d}variants\n"
                    f"Åsa Öberg{d}PERSON{d}Åsas|Åsa Ö\n"
                    f"Tjärnaskolan{d}school\n"
                    f"\n"
                    f"Granbacken{d}plats{d}\n"
                    f"Tjärnaskolan{d}SCHOOL\n", encoding=encoding)
    changes = ps.import_known(path)
    assert changes.result == {"added": 3, "skipped": 1}
    assert known(ps) == [("Åsa Öberg", "PERSON", "Åsas\nÅsa Ö"),
                         ("Tjärnaskolan", "SCHOOL", ""), ("Granbacken", "PLACE", "")]
    project.undo()  # one action
    assert ps.known() == []


def test_import_without_header_skips_known(ps, tmp_path):
    ps.add_known("Lina Ek", "PERSON")
    path = tmp_path / "k.csv"
    path.write_text("Lina Ek,PERSON\nSolgårdens förskola,WORKPLACE\n", encoding="utf-8")
    assert ps.import_known(path).result == {"added": 1, "skipped": 1}


def test_import_names_the_bad_line(ps, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("text;type\nLina Ek;PERSON\nGranbacken;STADSDEL\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 3: 'STADSDEL' is not an identifier type"):
        ps.import_known(path)
    path.write_text("text,type\nLina Ek\n", encoding="utf-8")
    with pytest.raises(UserError, match="line 2"):
        ps.import_known(path)
    with pytest.raises(UserError):
        ps.import_known(tmp_path / "missing.csv")
    assert ps.known() == []  # nothing half done


def test_imported_names_are_detected(ps, add_text, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("text,type\nGranbacken,PLACE\n", encoding="utf-8")
    ps.import_known(path)
    add_text("a.txt", "IP: Vi flyttade till Granbacken. Granbackens skola är bra.")
    ps.detect()
    assert {"Granbacken", "Granbackens"} <= {o.text for o in ps.suggestions()
                                             if o.type == "PLACE"}


# --- the command line -----------------------------------------------------------------------

def run(capsys, *argv):
    code = main(["-q", "--coder", "cli", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_known_actions(capsys, tmp_path):
    proj = tmp_path / "p.qhtl"
    assert run(capsys, "new", proj)[0] == 0
    code, out, _ = run(capsys, "pseudonymise", proj, "known-add", "Anna Söderlund",
                       "--type", "person", "--variants", "Annie|Anna S")
    assert code == 0 and "Anna Söderlund" in out
    code, _, err = run(capsys, "pseudonymise", proj, "known-add", "Anna Söderlund",
                       "--type", "PERSON")
    assert code == 1 and "already a known" in err
    code, _, err = run(capsys, "pseudonymise", proj, "known-add", "X", "--type", "NOPE")
    assert code == 1 and "not an identifier type" in err
    code, _, err = run(capsys, "pseudonymise", proj, "known-add", "X")
    assert code == 1 and "--type" in err
    csv_path = tmp_path / "k.csv"
    csv_path.write_bytes("text;type\nTjärnaskolan;SCHOOL\nGranbacken;PLACE\n".encode("cp1252"))
    code, out, _ = run(capsys, "pseudonymise", proj, "known-import", csv_path)
    assert code == 0 and "Imported 2 known identifiers" in out
    code, out, _ = run(capsys, "pseudonymise", proj, "known-import", csv_path)
    assert code == 0 and "Imported 0" in out and "2 already known" in out
    code, out, err = run(capsys, "pseudonymise", proj, "known-list")
    assert code == 0 and "3 known identifiers" in err
    assert "PERSON" in out and "Anna Söderlund  (Annie, Anna S)" in out and "Tjärnaskolan" in out
    code, out, _ = run(capsys, "pseudonymise", proj, "known-list", "--json")
    rows = json.loads(out)
    assert [(r["text"], r["type"]) for r in rows] == [
        ("Anna Söderlund", "PERSON"), ("Tjärnaskolan", "SCHOOL"), ("Granbacken", "PLACE")]
    assert rows[0]["variants"] == ["Annie", "Anna S"]
    bad = tmp_path / "bad.csv"
    bad.write_text("Lisa,PERSON\nHagen,KVARTER\n", encoding="utf-8")
    code, _, err = run(capsys, "pseudonymise", proj, "known-import", bad)
    assert code == 1 and "line 2" in err and "KVARTER" in err
    code, _, err = run(capsys, "pseudonymise", proj, "known-import")
    assert code == 1 and "CSV" in err
