"""The code stays lint-clean (ruff, configured in pyproject.toml; installed by the dev extra)."""
import subprocess
import sys

from .conftest import ROOT


def test_ruff_is_clean():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "qualcoder_htl", "tests",
                          "corpora", "resources"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, (out.stdout + out.stderr)[-3000:]
