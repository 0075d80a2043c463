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

# Hypothesis: the README's test command gives the same result on the same commit every time
# (derandomized, no example database carried between runs). To search for new failures with
# fresh random examples, run: HYPOTHESIS_PROFILE=explore python -m pytest tests/test_properties.py
from hypothesis import settings  # noqa: E402

settings.register_profile("deterministic", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
