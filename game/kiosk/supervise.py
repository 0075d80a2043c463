"""Where no supervisor runs the kiosk (systemd, Shell Launcher), `--kiosk` is its own: the
game runs in a child process, and whenever that ends other than by the staff's choice (exit
status 0) it is started again, after a pause that grows while it keeps failing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable

SUPERVISED = "TRAFFIC_PARK_SUPERVISED"  # set in the child: it does not supervise again
STEADY = 60.0  # a run this long resets the pause to its shortest
PAUSES = (1.0, 2.0, 5.0, 10.0, 30.0)


def _run_child(command: list[str], env: dict[str, str]) -> int:
    """The game in a child process; a stop signal to us stops it too (no orphan game)."""
    child = subprocess.Popen(command, env=env)

    def stop(signum, frame) -> None:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
        raise SystemExit(128 + signum)

    old = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return child.wait()
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def is_child() -> bool:
    return os.environ.get(SUPERVISED) == "1"


def supervise(
    command: list[str] | None = None,
    run: Callable[[list[str], dict[str, str]], int] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    say: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
    max_runs: int | None = None,
) -> int:
    """Run the game again and again until it ends with status 0; returns 0."""
    command = command or [sys.executable, *sys.orig_argv[1:]]
    run = run or _run_child
    env = dict(os.environ, **{SUPERVISED: "1"})
    failures = 0
    runs = 0
    while max_runs is None or runs < max_runs:
        started = time.monotonic()
        status = run(command, env)
        runs += 1
        if status == 0:
            return 0
        if time.monotonic() - started >= STEADY:
            failures = 0
        pause = PAUSES[min(failures, len(PAUSES) - 1)]
        failures += 1
        say(f"run_game.py --kiosk: the game stopped (status {status}); again in {pause:g} s")
        sleep(pause)
    return 1
