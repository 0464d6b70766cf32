"""analysis/ computes, exporters/ writes: neither reads the project nor imports the other."""
from ..test_architecture import PACKAGE, imported_modules


def relative_imports(path):
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            parts = (node.module or "").split(".")
            out.add(parts[0] if node.level == 2 else f".{parts[0]}")
    return out


def test_analysis_and_exporters_stay_in_their_lane():
    for folder, forbidden in (("analysis", {"store", "services", "exporters", "gui"}),
                              ("exporters", {"store", "services", "analysis", "gui"})):
        for path in (PACKAGE / folder).glob("*.py"):
            bad = relative_imports(path) & forbidden
            assert not bad, f"{path.name} imports {bad}"
            assert not {"PySide6", "sqlalchemy"} & imported_modules(path)
