"""The GUI reaches the project only through services and core: no store, no SQLAlchemy, no
importers (their options come re-exported by the import service)."""
import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "qualcoder_htl" / "gui"
ALLOWED_INSIDE = ("services", "core", "paths", "gui", "")  # "" is the package itself


def imports_of(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level >= 2 or (node.module or "").startswith("qualcoder_htl"):
                module = node.module or ""
                parts = module.split(".")
                out.add(parts[1] if parts[0] == "qualcoder_htl" and len(parts) > 1
                        else parts[0] if node.level >= 2 else "gui")
            elif node.module and node.level == 0:
                out.add("ext:" + node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            out.update("ext:" + a.name.split(".")[0] for a in node.names)
    return out


def test_gui_uses_only_services_and_core():
    for path in sorted(GUI.glob("*.py")):
        used = imports_of(path)
        inside = {u for u in used if not u.startswith("ext:")}
        assert inside <= set(ALLOWED_INSIDE), (path.name, inside - set(ALLOWED_INSIDE))
        assert not {"ext:sqlalchemy", "ext:alembic"} & used, path.name


def test_modules_stay_small():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in GUI.glob("*.py")}
    assert max(sizes.values()) <= 320, sizes
