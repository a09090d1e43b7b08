"""voiceagents-tools: the generator, checks and release tools of the voiceagents project.

    python -m voiceagents_tools <command> [options]     (the Makefile's targets run these)

The tools work on a checkout of the project: the one in the current directory (or above it), or the
one named by ``VOICEAGENTS_ROOT``. They use only the public API of voiceagents and its spec reader,
``voiceagents.spec``.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ROOT", "find_root"]


def _is_checkout(path: Path) -> bool:
    return (path / "openapi").is_dir() and (path / "pyproject.toml").is_file() and (path / "generated").is_dir()


def find_root(start: Path | None = None) -> Path:
    """The checkout the tools work on: ``$VOICEAGENTS_ROOT``, else the current directory or the first
    parent that holds ``openapi/``, ``generated/`` and ``pyproject.toml``, else the checkout this
    package was installed from (editable)."""
    if os.environ.get("VOICEAGENTS_ROOT"):
        return Path(os.environ["VOICEAGENTS_ROOT"]).resolve()
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if _is_checkout(candidate):
            return candidate
    return Path(__file__).resolve().parent.parent.parent


ROOT = find_root()
"""The checkout the tools work on (see ``find_root``)."""
