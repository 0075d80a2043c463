"""`python -m game` runs the same command line as run_game.py."""

import sys

from game.cli import main

sys.exit(main())
