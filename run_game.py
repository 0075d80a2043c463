#!/usr/bin/env python3
"""Traffic Park: play, drive headless, take screenshots, check maps. See --help."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
