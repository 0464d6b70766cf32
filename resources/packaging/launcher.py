"""The frozen app's entry point (build.spec): the same as the ``qualcoder-htl`` command."""
import os
import sys

if sys.stdout is None or sys.stderr is None:  # a windowed program (Windows, macOS) has none
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink

from qualcoder_htl.cli import main  # noqa: E402

sys.exit(main())
