"""The standalone app's entry point: the game's command line, as run_game.py."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
