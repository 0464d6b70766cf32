"""The pseudonymise command, the layering of pseudonymise/, and the shipped model."""
import csv
import json

from qualcoder_htl.cli import main

from ..conftest import ROOT
from ..test_architecture import PACKAGE
from .conftest import TRANSCRIPT


def run(capsys, *argv):
    code = main(["-q", "--coder", "ra", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_pseudonymise_a_file(capsys, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    code, _, err = run(capsys, "pseudonymise", "--file", src, "--out", tmp_path / "out.txt",
                       "--key", tmp_path / "k.csv")
    assert code == 0 and "identifiers replaced" in err
    out = (tmp_path / "out.txt").read_text(encoding="utf-8")
    for original in ("Yusuf", "Tjärnaskolan", "Granvägen 14", "Lina"):
        assert original not in out
    assert "[namn]" in out and "[skolan]" in out and "egentligen" in out
    with open(tmp_path / "k.csv", encoding="utf-8-sig") as f:
        assert any(r["original"] == "Yusuf" for r in csv.DictReader(f))


def test_pseudonymise_a_project(capsys, tmp_path):
    proj = tmp_path / "p.qhtl"
    assert run(capsys, "new", proj)[0] == 0
    (tmp_path / "a.txt").write_text(TRANSCRIPT, encoding="utf-8")
    assert run(capsys, "import", proj, tmp_path / "a.txt")[0] == 0
    code, out, _ = run(capsys, "pseudonymise", proj, "detect")
    assert code == 0 and "new suggestions" in out
    code, out, _ = run(capsys, "pseudonymise", proj, "list", "--json")
    groups = json.loads(out)
    assert any(g["text"] == "Yusuf" and g["open"] == 1 for g in groups)
    code, out, err = run(capsys, "pseudonymise", proj, "export-copy", tmp_path / "s.qhtl")
    assert code == 1 and "still open" in err
    code, out, _ = run(capsys, "pseudonymise", proj, "apply", "--accept-open")
    assert code == 0 and "0 suggestions still open" in out
    code, out, _ = run(capsys, "pseudonymise", proj, "export-key", tmp_path / "key.csv")
    assert code == 0 and (tmp_path / "key.csv").exists()
    code, out, _ = run(capsys, "pseudonymise", proj, "export-copy", tmp_path / "s.qhtl")
    assert code == 0 and b"Yusuf" not in (tmp_path / "s.qhtl").read_bytes()
    code, _, err = run(capsys, "pseudonymise", proj)
    assert code == 1 and err.startswith("error:")


def test_pseudonymise_package_imports_no_store_services_or_qt():
    import ast

    from .. import test_architecture as arch
    for path in (PACKAGE / "pseudonymise").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                top = (node.module or "").split(".")[0]
                assert not (node.level == 2 and top in ("store", "services", "gui")), path
        assert not {"sqlalchemy", "PySide6", "alembic"} & arch.imported_modules(path)


def test_shipped_model_is_small_credited_and_rebuildable():
    folder = ROOT / "resources" / "models" / "sv_htl_ner"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 10_000_000
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert "CC BY 4.0" in meta["license"] and meta["sources"]
    readme = (ROOT / "resources" / "models" / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "train_ner.py" in readme
    assert (ROOT / "resources" / "models" / "train_ner.py").is_file()
