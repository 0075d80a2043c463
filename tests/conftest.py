"""Headless, deterministic test setup: SDL's dummy drivers before anything imports pygame."""

import os
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
TEST_MAPS = ROOT / "tests" / "maps"
sys.path.insert(0, str(ROOT))
