"""The code stays lint-clean (ruff, configured in pyproject.toml)."""
import shutil
import subprocess

import pytest

from .conftest import ROOT


def test_ruff_is_clean():
    ruff = shutil.which("ruff")
    if ruff is None:  # the dev extra installs it; the README's test command uses the extra
        pytest.fail("ruff is not installed: pip install -e '.[dev]'")
    out = subprocess.run([ruff, "check", "qualcoder_htl", "tests", "corpora", "resources"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-3000:]
