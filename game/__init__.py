"""Traffic Park: a road-safety driving game for children."""

import os

# pytmx imports pygame when it is installed; keep its banner out of JSON output.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.version import VERSION  # noqa: E402

__version__ = VERSION
