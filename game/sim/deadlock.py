"""Deadlocks: agents each waiting, in a ring, on the next one, whatever reasons they give.

Every planning tick each standing agent says whom it waits for now: a vehicle its leader,
the vehicle holding or taking the junction it wants, the walkers on or at the crossing it
waits for, a player's car; a walker the vehicle that stands in its way or that it lets
pass. Reasons change while nobody moves (a red light, then walkers, then a full junction),
so the edges are kept for as long as the waiting agent stands still: a ring of such edges
between agents that have all stood since is a deadlock, even if no single moment shows it.

It is broken by giving one vehicle of the ring (the one that has stood longest) a pass for
a few seconds: walkers who have not stepped out yet let it go, and it ignores the turn
order and the room behind the junction. What keeps bodies apart (the zones held, the
leader, people on a crossing, lights) still holds, so a pass can never cause a collision.
"""

from __future__ import annotations

from collections.abc import Iterable

Node = tuple[str, int]  # ("v", vehicle ident), ("w", walker ident) or ("p", player number)

DETECT_S = 15.0  # s an agent stands before the edges it waited along may close a ring
PASS_S = 8.0  # s a vehicle's pass lasts


class Deadlocks:
    """The wait edges of standing agents, kept while they stand, and the rings found."""

    def __init__(self) -> None:
        self.edges: dict[Node, dict[Node, float]] = {}  # waiter -> {waited on: since}
        self.broken = 0

    def observe(
        self, t: float, waits: Iterable[tuple[Node, Node]], standing: dict[Node, float]
    ) -> None:
        """Add this tick's edges; forget those of agents that moved (or left)."""
        for node in list(self.edges):
            if node not in standing:
                del self.edges[node]
        for a, b in waits:
            if a in standing and a != b:
                self.edges.setdefault(a, {}).setdefault(b, t)

    def rings(self, t: float, standing: dict[Node, float]) -> list[list[Node]]:
        """Rings of agents that have all stood DETECT_S and still stand, each edge seen
        while the agent waited on has stood since (it did not move in between)."""
        live: dict[Node, list[Node]] = {}
        for a, targets in sorted(self.edges.items()):
            if standing.get(a, 0.0) < DETECT_S:
                continue
            live[a] = [
                b
                for b, since in sorted(targets.items())
                if b in standing and t - standing[b] <= since + 1e-6
            ]
        found: list[list[Node]] = []
        done: set[Node] = set()
        for start in sorted(live):
            if start in done:
                continue
            path: list[Node] = [start]
            index = {start: 0}
            todo = [iter(live[start])]
            while todo:
                b = next(todo[-1], None)
                if b is None:
                    node = path.pop()
                    del index[node]
                    done.add(node)
                    todo.pop()
                    continue
                if b in index:
                    found.append(path[index[b] :])  # a ring: back to one on the path
                elif b in live and b not in done:
                    index[b] = len(path)
                    path.append(b)
                    todo.append(iter(live[b]))
        return found


def victim(ring: list[Node], standing: dict[Node, float]) -> int | None:
    """The vehicle of a ring that has stood longest (ties: the lowest ident)."""
    vehicles = [n for n in ring if n[0] == "v"]
    if not vehicles:
        return None
    return max(vehicles, key=lambda n: (standing[n], -n[1]))[1]
