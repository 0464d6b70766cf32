"""The README's two commands stay true: CI runs the same test command."""
from .conftest import ROOT


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = next(line.strip() for line in readme.splitlines() if "pytest" in line
                    and line.startswith("    python3 -m venv"))
    assert test_cmd in ci
    assert "qualcoder-htl --demo" in readme
