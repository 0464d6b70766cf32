"""Layering is checked, not hoped for: no Qt outside gui/, no SQLAlchemy outside store/."""
import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "qualcoder_htl"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def modules_outside(folder: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if folder not in p.relative_to(PACKAGE).parts]


def test_only_gui_imports_qt():
    offenders = [p for p in modules_outside("gui") if "PySide6" in imported_modules(p)]
    assert offenders == []


def test_only_store_imports_sqlalchemy():  # and the PostgreSQL driver
    offenders = [p for p in modules_outside("store")
                 if {"sqlalchemy", "alembic", "psycopg"} & imported_modules(p)]
    assert offenders == []


def test_non_gui_modules_load_without_qt():
    modules = sorted(
        ".".join(("qualcoder_htl",) + p.relative_to(PACKAGE).with_suffix("").parts)
        for p in modules_outside("gui")
        if p.name != "__main__.py" and "migrations" not in p.parts)
    code = ("import importlib, sys\n"
            f"for m in {modules!r}:\n    importlib.import_module(m)\n"
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=PACKAGE.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_project_opens_without_the_detector_and_a_thread_loads_it(tmp_path):
    """Importing the detector compiles its patterns (about a second): opening a project and
    its pseudonymisation service must not wait for it; the background preload imports it."""
    code = (
        "import sys\n"
        "from qualcoder_htl.services import Project\n"
        f"p = Project.create({str(tmp_path / 'p.qhtl')!r}, coder='a')\n"
        "service = p.pseudonymisation\n"
        "print('qualcoder_htl.pseudonymise.detector' in sys.modules)\n"
        "service.preload_in_background().join()\n"
        "print('qualcoder_htl.pseudonymise.detector' in sys.modules)\n"
        "from qualcoder_htl.pseudonymise import ner\n"
        "print(ner.load.cache_info().currsize == 1)\n"
        "p.close()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=PACKAGE.parent, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split()
    assert lines == ["False", "True", "True"]  # not imported; imported and the model loaded
