"""Build a wheel and an sdist of every released package into ``dist/``, reproducibly, and check them.

    python -m voiceagents_tools wheels [--outdir DIR] [--jobs N] [--root DIR] [--only NAME ...]

The released packages are the workspace's root project ``voiceagents`` and every generated client
(``generated/<slug>``, distribution ``voiceagents-<slug>``); the dev tools (``scripts/``,
``voiceagents-tools``) are a workspace member too but are never released. ``--root`` builds those of
another checkout instead, ``--only NAME`` just some (e.g. ``git archive <commit> | tar -x -C
/tmp/old`` then ``--root /tmp/old`` to rebuild a published release: with the same build tools the
bytes are the same, so ``make publish`` skips them as identical).

Each project is built by ``uv build`` (the sdist, then the wheel from that sdist, so the sdist is
proven complete) without build isolation, with the hatchling that ``uv.lock`` pins in this venv: no
network, no build environment, and the same backend on every machine. Builds are reproducible:
``SOURCE_DATE_EPOCH`` is fixed (the constant below, unless the caller sets the variable), so the
same inputs give byte-identical files. Older ``*.whl``/``*.tar.gz`` in the output directory are
removed first, so ``make publish`` uploads exactly this build. Then ``twine check --strict`` runs on
everything, and each wheel is checked to carry every file of its package directories (the data files
the code reads at run time: the wrapper's registry ``vendors.json`` and neutral schema, a client's
``openapi.json``, everyone's ``py.typed``). One line is printed per distribution (size), then the
total time; the exit status is non-zero, with the reason, if any build or check fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .. import ROOT

DIST = ROOT / "dist"
BIN = Path(sys.executable).parent
SOURCE_DATE_EPOCH = "1735689600"
"""2025-01-01T00:00:00Z. A constant rather than a commit time: the bytes depend on the content only,
not on whether (or when) it was committed."""
REQUIRED_FILES = ("{package}/__init__.py", "{package}/py.typed")
CLIENT_FILES = ("{package}/openapi.json",)  # what the wrapper reads from a client package


class BuildError(Exception):
    """A build or the metadata check failed; the message says which project and why."""


@dataclass(frozen=True)
class Built:
    """The distributions built from one project."""

    project: Path
    files: tuple[Path, ...]


def projects(root: Path = ROOT) -> list[Path]:
    """The released project directories: the root project, then each generated client."""
    return [root, *sorted(p.parent for p in (root / "generated").glob("*/pyproject.toml"))]


def package_dirs(project: Path) -> list[Path]:
    """The import packages ``project`` puts in its wheel (hatch's ``[tool.hatch.build.targets.wheel]``)."""
    data = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    packages = data.get("tool", {}).get("hatch", {}).get("build", {}).get("targets", {}).get("wheel", {})
    return [project / p for p in packages.get("packages", [])]


def _source_files(package: Path) -> list[str]:
    """Every file of a package directory as a wheel member name (no caches, no dot-files)."""
    out = []
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        cached = "__pycache__" in rel.parts or path.suffix in (".pyc", ".pyo")
        if path.is_file() and not cached and not any(x.startswith(".") for x in rel.parts):
            out.append(f"{package.name}/{rel.as_posix()}")
    return out


def missing_files(project: Path, wheel: Path) -> list[str]:
    """What ``wheel`` (built from ``project``) lacks: a file of its packages' sources, or a required file."""
    with zipfile.ZipFile(wheel) as zf:
        members = set(zf.namelist())
    wanted: list[str] = []
    for package in package_dirs(project):
        wanted += [f.format(package=package.name) for f in REQUIRED_FILES]
        if package.name != "voiceagents":
            wanted += [f.format(package=package.name) for f in CLIENT_FILES]
        wanted += _source_files(package)
    return sorted({m for m in wanted if m not in members})


def check_contents(built: Sequence[Built]) -> None:
    """Raise if a wheel lacks a file of its project's package directories (see ``missing_files``)."""
    problems = []
    for result in built:
        for wheel in (f for f in result.files if f.suffix == ".whl"):
            missing = missing_files(result.project, wheel)
            if missing:
                problems.append(f"{wheel.name} lacks {', '.join(missing)}")
    if problems:
        raise BuildError("wheels without files of their packages (check the build targets):\n" + "\n".join(problems))


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
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
            [
                str(BIN / "uv"),
                "build",
                "--no-build-isolation",
                "--python",
                sys.executable,
                "--offline",
                "--quiet",
                "--out-dir",
                tmp,
                str(project),
            ],
            env=_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            detail = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines() if line.strip())
            raise BuildError(f"building {_rel(project)} failed (exit {proc.returncode}):\n{detail}")
        made = sorted(p for p in Path(tmp).iterdir() if p.suffix in (".whl", ".gz"))
        if sorted(p.suffix for p in made) != [".gz", ".whl"]:
            raise BuildError(f"building {_rel(project)} gave {[p.name for p in made]}, not one sdist and one wheel")
        files = []
        for path in made:
            target = outdir / path.name
            path.replace(target)
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


def project_name(project: Path) -> str:
    """The distribution name in ``project``'s pyproject.toml."""
    data = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["name"])


def build_all(
    outdir: Path = DIST,
    jobs: int | None = None,
    check: bool = True,
    root: Path = ROOT,
    only: Sequence[str] | None = None,
) -> list[Built]:
    """Build every project of ``root`` (or those named in ``only``) into ``outdir``, then check them.

    ``outdir`` is cleared of older distributions first."""
    todo = projects(root)
    if only is not None:
        names = {project_name(p): p for p in todo}
        unknown = sorted(set(only) - set(names))
        if unknown:
            raise BuildError(f"no project named {', '.join(unknown)} under {root} (there are: {', '.join(names)})")
        todo = [names[n] for n in only]
    outdir.mkdir(parents=True, exist_ok=True)
    for old in [*outdir.glob("*.whl"), *outdir.glob("*.tar.gz")]:
        old.unlink()
    with ThreadPoolExecutor(max_workers=jobs or min(len(todo), os.cpu_count() or 1)) as pool:
        results = list(pool.map(lambda project: _try_build(project, outdir), todo))
    errors = [r for r in results if isinstance(r, BuildError)]
    if errors:
        raise BuildError("\n".join(str(e) for e in errors))
    built = [r for r in results if isinstance(r, Built)]
    check_contents(built)
    if check:
        twine_check([f for b in built for f in b.files])
    return built


def _try_build(project: Path, outdir: Path) -> Built | BuildError:
    try:
        return build_one(project, outdir)
    except BuildError as exc:
        return exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools wheels",
        description="Build a wheel and an sdist of every released package, reproducibly.",
    )
    parser.add_argument("--outdir", type=Path, default=DIST, help="where the distributions go (default: dist/)")
    parser.add_argument("--jobs", type=int, default=None, help="parallel builds (default: CPU count)")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout whose projects to build (default: this one)"
    )
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="build only this distribution (repeatable), e.g. voiceagents"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        built = build_all(args.outdir.resolve(), args.jobs, root=args.root.resolve(), only=args.only)
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
