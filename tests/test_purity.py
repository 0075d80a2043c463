"""The pure core (course, sim, rules, drivers) never imports pygame."""

import ast

from conftest import ROOT

CORE = ("course", "sim", "rules", "drivers", "store", "lessons")


def test_core_modules_do_not_import_pygame():
    offenders = []
    for package in CORE:
        for path in (ROOT / "game" / package).rglob("*.py"):
            tree = ast.parse(path.read_text(), str(path))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(n == "pygame" or n.startswith("pygame.") for n in names):
                    offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
