"""Build a wheel and an sdist of every package into ``dist/``, reproducibly, and check them.

    python scripts/wheels.py [--outdir DIR] [--jobs N]

The packages are the root project ``voiceagents`` and every generated client project
(``generated/<slug>/pyproject.toml``, distribution ``voiceagents-<slug>``). Each is built with
``python -m build --no-isolation`` (sdist, then the wheel from that sdist, so the sdist is proven
complete) using the pinned hatchling of this venv: no network, no build environment.

Builds are reproducible: ``SOURCE_DATE_EPOCH`` is fixed (the constant ``SOURCE_DATE_EPOCH`` below,
unless the caller sets the variable), so the same inputs give byte-identical files; hatchling also
normalises file order, owners and permissions. Older ``*.whl``/``*.tar.gz`` in the output directory
are removed first, so ``make publish`` uploads exactly this build. Then ``twine check --strict``
runs on everything. One line is printed per distribution (size), then the total time; the exit
status is non-zero, with the reason, if any build or check fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BIN = Path(sys.executable).parent
# 2025-01-01T00:00:00Z. A constant rather than a commit time: the bytes depend on the content only,
# not on whether (or when) it was committed.
SOURCE_DATE_EPOCH = "1735689600"


class BuildError(Exception):
    """A build or the metadata check failed; the message says which project and why."""


@dataclass(frozen=True)
class Built:
    """The distributions built from one project."""

    project: Path
    files: tuple[Path, ...]


def projects(root: Path = ROOT) -> list[Path]:
    """The project directories to build: the root project, then each generated client."""
    return [root, *sorted(p.parent for p in (root / "generated").glob("*/pyproject.toml"))]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.setdefault("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def _rel(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix() or "."
    except ValueError:
        return str(path)


def build_one(project: Path, outdir: Path) -> Built:
    """Build the sdist and (from it) the wheel of ``project`` into ``outdir``."""
    with tempfile.TemporaryDirectory(prefix="voiceagents-build-") as tmp:
        proc = subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", tmp, str(project)],
            env=_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            detail = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines() if line.strip())
            raise BuildError(f"building {_rel(project)} failed (exit {proc.returncode}):\n{detail}")
        made = sorted(Path(tmp).iterdir())
        if sorted(p.suffix for p in made) != [".gz", ".whl"]:
            raise BuildError(f"building {_rel(project)} gave {[p.name for p in made]}, not one sdist and one wheel")
        files = []
        for path in made:
            target = outdir / path.name
            shutil.move(path, target)
            files.append(target)
    return Built(project, tuple(files))


def twine_check(files: Sequence[Path]) -> None:
    """``twine check --strict`` on ``files``; raise with twine's report if anything fails."""
    proc = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
        env={**_env(), "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise BuildError(f"twine check --strict failed:\n{(proc.stdout + proc.stderr).strip()}")


def build_all(outdir: Path = DIST, jobs: int | None = None, check: bool = True) -> list[Built]:
    """Build every project into ``outdir`` (cleared of older distributions first) and check them."""
    outdir.mkdir(parents=True, exist_ok=True)
    for old in [*outdir.glob("*.whl"), *outdir.glob("*.tar.gz")]:
        old.unlink()
    todo = projects()
    with ThreadPoolExecutor(max_workers=jobs or min(len(todo), os.cpu_count() or 1)) as pool:
        results = list(pool.map(lambda project: _try_build(project, outdir), todo))
    errors = [r for r in results if isinstance(r, BuildError)]
    if errors:
        raise BuildError("\n".join(str(e) for e in errors))
    built = [r for r in results if isinstance(r, Built)]
    if check:
        twine_check([f for b in built for f in b.files])
    return built


def _try_build(project: Path, outdir: Path) -> Built | BuildError:
    try:
        return build_one(project, outdir)
    except BuildError as exc:
        return exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build a wheel and an sdist of every package, reproducibly.")
    parser.add_argument("--outdir", type=Path, default=DIST, help="where the distributions go (default: dist/)")
    parser.add_argument("--jobs", type=int, default=None, help="parallel builds (default: CPU count)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        built = build_all(args.outdir, args.jobs)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print(f"{'total':<48} FAILED {time.perf_counter() - started:6.2f}s", file=sys.stderr)
        return 1
    total = 0
    for result in built:
        for path in result.files:
            size = path.stat().st_size
            total += size
            print(f"{path.name:<48} {size / 1024:8.1f} KiB")
    count = sum(len(b.files) for b in built)
    print(
        f"{'total':<48} {total / 1024:8.1f} KiB  {count} files, twine check --strict ok, "
        f"{time.perf_counter() - started:.2f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
