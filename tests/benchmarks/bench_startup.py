"""Start-up and exit of the whole application, as a person meets them: a fresh process opens
a project from the command line, and the time to the first paint of its document (a usable
window) and from closing the window to the end of the process is printed. Median of 5.

    python tests/benchmarks/bench_startup.py            # 5 runs (offscreen unless DISPLAY set)
    python tests/benchmarks/bench_startup.py --small    # one run (used by the test suite)

Targets (printed, not asserted): a usable window in < 1.5 s, exit in < 0.5 s.
The app prints ``first-paint T`` and ``quit-returned T`` (seconds since the epoch) when
``QUALCODER_HTL_QUIT_AFTER_PAINT=1`` is set; this script times the process around them.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def make_project(folder: Path) -> Path:
    """A project of the demo corpus's size, made once before timing."""
    sys.path.insert(0, str(ROOT / "corpora"))
    from qualcoder_htl.services.demo import create_demo
    path = folder / "bench.qhtl"
    create_demo(path).close()
    return path


def one_run(project: Path, settings: Path) -> tuple[float, float, float, float]:
    env = dict(os.environ, QUALCODER_HTL_QUIT_AFTER_PAINT="1",
               XDG_CONFIG_HOME=str(settings), HOME=str(settings))
    # as on a user's machine, where Python keeps the compiled modules: the warm-up run
    # writes them (compiling ~100 modules on every start would add half a second)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    out = subprocess.run([sys.executable, "-m", "qualcoder_htl", "gui", str(project)], env=env,
                         capture_output=True, text=True, timeout=120)
    t_end = time.time()
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    marks = dict(line.split() for line in out.stdout.splitlines()
                 if line.startswith(("first-paint", "quit-returned")))
    if "first-paint" not in marks:
        raise SystemExit(f"no first paint reported:\n{out.stdout}\n{out.stderr}")
    paint = float(marks["first-paint"]) - t0
    quit_ = float(marks.get("quit-returned", marks["first-paint"]))
    return paint, t_end - quit_, t_end - t0, cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--small", action="store_true", help="one run")
    args = parser.parse_args()
    if args.small:
        args.runs = 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project = make_project(folder)
        one_run(project, folder / "home")  # warm-up: the file cache, as a second start has
        runs = [one_run(project, folder / "home") for _ in range(args.runs)]
    paint = statistics.median(r[0] for r in runs)
    exit_ = statistics.median(r[1] for r in runs)
    whole = statistics.median(r[2] for r in runs)
    cpu = statistics.median(r[3] for r in runs)
    print(f"start to a painted document:  median {paint:.2f} s over {len(runs)} runs "
          f"(target < 1.5 s)  [{', '.join(f'{r[0]:.2f}' for r in runs)}]")
    print(f"exit after the window closes: median {exit_:.2f} s (target < 0.5 s)  "
          f"[{', '.join(f'{r[1]:.2f}' for r in runs)}]")
    print(f"whole process:                median {whole:.2f} s wall, {cpu:.2f} s CPU "
          f"(CPU time is steadier than wall time on a shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
