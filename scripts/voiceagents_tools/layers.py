"""What the import-linter contracts cannot say: no import cycle, no private name across packages.

The layers themselves are import-linter contracts (``[tool.importlinter]`` in ``pyproject.toml``,
run by ``make check`` as ``lint-imports``). This module adds the two rules it has no contract for,
over every import of the hand-written packages (``wrappers/voiceagents``, ``scripts``), those
inside functions and under ``TYPE_CHECKING`` included:

* **no cycle** between modules: a module never reaches itself through imports;
* **no private name across packages**: a module of one package (``voiceagents.deploy``) imports
  from another (``voiceagents.convert``) only what that package shows: no ``_name`` and nothing
  from its private modules (``voiceagents.convert._paths``). The foundation modules at the top of
  the wrapper (``voiceagents._json``, ``voiceagents._exceptions``, ...) and the private packages'
  faces (``voiceagents._http``) are shared by the whole distribution; tests are not checked.

    python -m voiceagents_tools check      (runs it)
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import ROOT

__all__ = ["Import", "cycles", "imports", "private_reach", "problems"]

SOURCES = {
    "voiceagents": ROOT / "wrappers" / "voiceagents",
    "voiceagents_tools": ROOT / "scripts" / "voiceagents_tools",
}


@dataclass(frozen=True)
class Import:
    """One import: who imports, the module it resolves to, the names it takes, and where."""

    source: str
    target: str
    names: tuple[str, ...]
    file: Path
    line: int


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package, folder in SOURCES.items():
        for path in sorted(folder.rglob("*.py")):
            if "templates" in path.relative_to(folder).parts:
                continue
            parts = [package, *path.relative_to(folder).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _absolute(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports() -> Iterator[Import]:
    """Every import of the hand-written packages, resolved to the modules they name."""
    modules = _modules()
    for module, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield Import(module, alias.name, (), path, node.lineno)
            elif isinstance(node, ast.ImportFrom):
                target = _absolute(module, path, node)
                names = tuple(alias.name for alias in node.names)
                submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in modules]
                if submodules:  # `from . import _vendor_schema`: the import is of that module
                    for sub in submodules:
                        yield Import(module, sub, (), path, node.lineno)
                    names = tuple(n for n in names if f"{target}.{n}" not in modules)
                    if not names:
                        continue
                yield Import(module, target, names, path, node.lineno)


def _component(module: str) -> str:
    """The package a module belongs to: ``voiceagents.convert`` for ``voiceagents.convert._paths``;
    the top of the wrapper for its own modules (``voiceagents._json``)."""
    parts = module.split(".")
    if parts[0] != "voiceagents":
        return parts[0]
    if len(parts) > 1 and (SOURCES["voiceagents"] / parts[1]).is_dir():
        return ".".join(parts[:2])
    return "voiceagents"


def private_reach(found: list[Import]) -> list[str]:
    """Imports of a private name or module of another package."""
    problems = []
    for item in found:
        if not item.target.startswith("voiceagents") or item.source.split(".")[0] == "tests":
            continue
        mine, theirs = _component(item.source), _component(item.target)
        if mine == theirs:
            continue
        below = item.target[len(theirs) :].split(".")
        # the wrapper's foundation modules (voiceagents._json, ...) are shared by all its packages
        private_module = theirs != "voiceagents" and any(part.startswith("_") for part in below)
        private_names = [n for n in item.names if n.startswith("_") and not n.startswith("__")]
        if private_module or private_names:
            what = f"{', '.join(private_names)} from {item.target}" if private_names else item.target
            where = f"{item.file.relative_to(ROOT)}:{item.line}"
            problems.append(f"{where}: {item.source} imports the private {what} of another package ({theirs})")
    return problems


def cycles(found: list[Import]) -> list[str]:
    """Each pair of modules that import each other, directly or through others."""
    modules = set(_modules())
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for item in found:
        target = item.target
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target and target != item.source and not item.source.startswith(target + "."):
            graph[item.source].add(target)
    problems = []
    for start in sorted(graph):
        for first in sorted(graph[start]):
            if start < first and _reaches(graph, first, start):
                problems.append(f"import cycle: {start} <-> {first}")
    return problems


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def problems() -> list[str]:
    """Every cycle and private reach-in, each one line naming the modules."""
    found = list(imports())
    return cycles(found) + private_reach(found)
