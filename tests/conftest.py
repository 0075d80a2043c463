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
# (derandomized, no example database carried between runs, no deadline or speed health check
# that a busy machine could trip). CI (CI=true) loads the "ci" profile, the same settings.
# To search for new failures with fresh random examples and many more of them, run
#     HYPOTHESIS_PROFILE=explore HYPOTHESIS_EXAMPLES=5000 python -m pytest tests/test_check_map.py
# (docs: README "Searching for new failures"); tests size their example counts with examples().
from hypothesis import HealthCheck, settings  # noqa: E402

_STEADY = dict(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("deterministic", **_STEADY)
settings.register_profile("ci", **_STEADY)
settings.register_profile(
    "explore",
    derandomize=False,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or (
    "ci" if os.environ.get("CI") else "deterministic"
)
settings.load_profile(PROFILE)


def examples(usual: int) -> int:
    """How many examples a property runs: `usual`, or HYPOTHESIS_EXAMPLES when exploring."""
    if PROFILE == "explore":
        return int(os.environ.get("HYPOTHESIS_EXAMPLES", "1000"))
    return usual
