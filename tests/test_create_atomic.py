"""A new project is made in a private working folder and moved into place whole: killed at any
moment, ``qualcoder-htl new`` leaves either no project file or a complete one, and nothing
else once that name is used again (a real process, killed with SIGKILL at spread-out moments)."""
import os
import signal
import subprocess
import sys
import time

from qualcoder_htl.services import Project
from qualcoder_htl.store.database import head_revision

CODE = ("import sys\nfrom qualcoder_htl.services import Project\n"
        "Project.create(sys.argv[1], coder='kill').close()\n")


def test_a_killed_creation_leaves_nothing_or_a_whole_project(tmp_path):
    outcomes = set()
    for i in range(8):
        dest = tmp_path / f"p{i}.qhtl"
        proc = subprocess.Popen([sys.executable, "-c", CODE, str(dest)],
                                env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")})
        time.sleep(0.15 + 0.12 * i)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        if dest.exists():
            with Project.open(dest, coder="check") as p:  # a stale lock is taken over
                assert p.db.revision() == head_revision()
            outcomes.add("whole")
        else:
            outcomes.add("nothing")
            # killed while taking the lock: where the system cannot link a file without a
            # name (here /proc links fail across devices), the writer's named temporary lock
            # file may stay behind; the next creation at that name removes it and succeeds
            Project.create(dest, coder="check").close()
        leftovers = [f.name for f in tmp_path.iterdir()
                     if f.name.startswith(f"p{i}.") and f.name not in (dest.name,
                                                                       dest.name + ".lock")]
        assert leftovers == [], leftovers
    assert outcomes  # both outcomes are fine; the assertions above are what must hold
