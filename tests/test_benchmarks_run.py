"""The benchmark scripts must keep working: run each in its quick mode."""
import subprocess
import sys

import pytest

from .conftest import ROOT

SCRIPTS = sorted((ROOT / "tests" / "benchmarks").glob("bench_*.py"))


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_benchmark_runs_small(script):
    out = subprocess.run([sys.executable, str(script), "--small"], capture_output=True,
                         text=True, cwd=ROOT, timeout=600,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip(), "a benchmark must print its figures"
