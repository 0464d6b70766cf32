"""The ``copy-for-coder`` and ``merge`` commands: a round trip, a dry run, one-line errors."""
import json

from qualcoder_htl.cli import main
from qualcoder_htl.services import Project

from .conftest import span


def test_copy_code_merge_from_the_command_line(master, tmp_path, capsys):
    path = master.path
    master.close()
    copy = tmp_path / "bo.qhtl"
    assert main(["--coder", "lead", "-q", "copy-for-coder", str(path), str(copy),
                 "--coder", "bo", "--sources", "b.txt"]) == 0
    out = capsys.readouterr().out
    assert "bo" in out and "bo.qhtl" in out
    with Project.open(copy) as p:
        assert p.coder.name == "bo"
        b = p.sources.find("b.txt")
        p.codings.add(b.id, p.codebook.find("Tillit").id,
                      *span(p.sources.get(b.id).text, "kuratorn"))
    assert main(["--coder", "lead", "-q", "merge", str(path), str(copy), "--dry-run",
                 "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["added"]["codings"] == 1 and dry["conflicts"] == []
    assert main(["--coder", "lead", "-q", "merge", str(path), str(copy), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["added"] == dry["added"] and not done["dry_run"]
    assert main(["--coder", "lead", "-q", "merge", str(path), str(copy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"]["codings"] == 0
    with Project.open(path) as p:
        assert {c.name for c in p.coders()} >= {"lead", "bo"}


def test_bad_inputs_are_one_error_line(master, tmp_path, capsys):
    path = str(master.path)
    master.close()
    (tmp_path / "x.txt").write_text("hej", encoding="utf-8")
    cases = [["merge", path, str(tmp_path / "saknas.qhtl")],
             ["merge", path, str(tmp_path / "x.txt")],
             ["merge", path, path],
             ["merge", str(tmp_path / "saknas.qhtl"), path],
             ["copy-for-coder", path, str(tmp_path / "c.qhtl"), "--coder", "bo",
              "--sources", "nej.txt"],
             ["copy-for-coder", path, str(tmp_path / "nomapp" / "c.qhtl"), "--coder", "bo"]]
    for args in cases:
        assert main(["-q", *args]) == 1, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(("error:", "fel:")), (args, err)
