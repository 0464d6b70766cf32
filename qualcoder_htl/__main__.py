"""`python -m qualcoder_htl` is the same as the `qualcoder-htl` command."""
import sys

from .cli import main

sys.exit(main())
