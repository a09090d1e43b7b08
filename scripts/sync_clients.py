"""Make the venv's wrapper and clients match this checkout: install what is missing or outdated.

    python scripts/sync_clients.py [--check]

The wrapper (this checkout) and every generated project ``generated/<slug>/`` must be installed in
editable mode at the version its
``pyproject.toml`` says (a missing or outdated client is a problem; an editable install of the same
version from another checkout is reinstalled from this one without complaint); a ``voiceagents-*``
client whose project is gone is uninstalled. Run by
every ``make`` target (it takes a fraction of a second when nothing is to do), so a vendor added by
``make generate`` is importable at once. With ``--check`` nothing is changed: the problems are
printed (``make check`` uses this) and the exit status is 1 if there are any.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"


def _project(path: Path) -> tuple[str, str]:
    data = tomllib.loads((path / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["name"]), str(data["project"]["version"])


def _editable_dir(dist: importlib.metadata.Distribution) -> Path | None:
    text = dist.read_text("direct_url.json")
    if not text:
        return None
    url = json.loads(text).get("url", "")
    return Path(url.removeprefix("file://")).resolve() if url.startswith("file://") else None


def _where(project: Path) -> str:
    return project.relative_to(ROOT).as_posix() or "." if project != ROOT else "this checkout"


def problems() -> tuple[list[str], list[Path], list[str]]:
    """(messages, projects to install, distributions to uninstall)."""
    messages: list[str] = []
    install: list[Path] = []
    projects = {}
    for pyproject in [ROOT / "pyproject.toml", *sorted(GENERATED.glob("*/pyproject.toml"))]:
        name, version = _project(pyproject.parent)
        projects[name] = pyproject.parent
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            messages.append(f"{name} {version} ({_where(pyproject.parent)}) is not installed")
            install.append(pyproject.parent)
            continue
        where = _editable_dir(dist)
        if dist.version != version or where is None:
            messages.append(
                f"{name} is installed at {dist.version} from {where or 'an index'},"
                f" not {version} from {_where(pyproject.parent)}"
            )
            install.append(pyproject.parent)
        elif where != pyproject.parent.resolve():  # another checkout's copy at the same version: fix quietly
            install.append(pyproject.parent)
    remove = []
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"] or ""
        where = _editable_dir(dist)
        if name.startswith("voiceagents-") and name not in projects and where and where.is_relative_to(GENERATED):
            messages.append(f"{name} is installed but generated/{where.name} no longer exists")
            remove.append(name)
    return messages, install, remove


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install the generated clients that are missing or outdated.")
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    args = parser.parse_args(argv)
    messages, install, remove = problems()
    if args.check:
        for message in messages:
            print(f"{message} (run `make setup`)")
        return 1 if messages else 0
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    if remove:
        print(f"setup: uninstalling {', '.join(remove)}")
        subprocess.run([*pip, "uninstall", "-y", *remove], check=True)
    if install:
        print(f"setup: installing {', '.join(_where(p) for p in install)} (editable)")
        editable = [arg for project in install for arg in ("-e", str(project))]
        subprocess.run([*pip, "install", "--no-deps", "--no-build-isolation", *editable], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
