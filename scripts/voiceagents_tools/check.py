"""Fail if anything generated is stale or hand-edited, or if the lock, lint or type checks fail.

    python -m voiceagents_tools check [--skip-lint]

Everything is regenerated into a temporary directory, exactly as ``make generate`` would, and
compared byte for byte with the repository (the golden-record test's logic: no record of what was
generated is kept). Checks, all of them every time; every failure is one line naming the vendor
and the file, and ends with the command that fixes it:

1. every spec passes validation and the project lint (``specs.lint``), and its version follows its
   changes since the committed client (``specs.diff``);
2. every generated client, the neutral schema and model, the typed clients module
   (``wrappers/voiceagents/clients.py``), and the generated parts of the project files
   (registry, extras, workspace sources, README tables, the wrapper's version) are what a fresh
   generation gives: else stale, edited by hand, missing, or stray;
3. every converter module's vendor fields exist in its spec (``generate.drift``);
4. ``uv.lock`` is current for the workspace, and the checkout's venv (``.venv``) holds what it says;
5. ``mypy --strict`` passes on every generated package;
6. ruff (lint, format, cyclomatic complexity at most 20 per function) and ``mypy --strict`` pass on
   the hand-written code;
7. the layers hold: the import-linter contracts of ``pyproject.toml`` (``lint-imports``), and no
   import cycle nor private name imported across packages (``layers``);
8. the public types are complete: ``pyright --verifytypes`` scores the wrapper at least
   ``WRAPPER_SCORE`` and every generated package 100 % (``--ignoreexternal``: httpx's own gaps are
   not ours to close). With the build cache on (``VOICEAGENTS_GENERATE_CACHE``, as in the test
   suite), a score measured on the very same inputs is reused (``_verdict_key``).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

from . import ROOT, layers
from .generate import (
    GenerationError,
    Regeneration,
    Vendor,
    changelog,
    discover,
    opc,
    project_files,
    regenerate,
    release_changes,
)

BIN = Path(sys.executable).parent
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
WRAPPER_SCORE = 100.0
"""The floor of the wrapper's type completeness (%): every public name fully typed."""
CLIENT_SCORE = 100.0
HANDWRITTEN = ("wrappers", "scripts", "tests")
FORMAT = "run `make format`"


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def stale(vendors: Sequence[Vendor], result: Regeneration) -> list[str]:
    """Where the repository differs from the fresh generation ``result``."""
    problems = [f"{p} (fix the spec; `make generate` checks it again)" for p in result.lint]
    for vendor in vendors:
        again = f"run `make generate SLUG={vendor.slug}`"
        if vendor.slug in result.refused:
            problems.append(
                f"{vendor.slug}: {vendor.spec_rel}: {result.refused[vendor.slug]} (set info.version, then {again})"
            )
            continue
        project = result.projects.get(vendor.slug)
        if isinstance(project, GenerationError):
            problems.append(f"{vendor.slug}: {vendor.spec_rel}: {project} (fix the spec, then {again})")
            continue
        if project is None:
            continue
        expected = opc.read_tree(project)
        expected["CHANGELOG.md"] = changelog(vendor, release_changes(vendor)).encode()
        where = _rel(vendor.output)
        problems += [f"{vendor.slug}: {where}/{p} ({again})" for p in opc.tree_differences(expected, vendor.output)]
    known = {v.slug for v in vendors}
    for directory in sorted(p for p in (ROOT / "generated").iterdir() if p.is_dir()):
        if directory.name not in known:
            problems.append(
                f"{directory.name}: {_rel(directory)} has no spec openapi/{directory.name}.yaml (run `make generate`)"
            )
    try:
        problems += [f"project: {p}" for p in project_files.stale({v.slug: v.facts() for v in vendors})]
    except Exception as exc:  # e.g. the converter cannot be imported: report it, do not crash
        problems.append(
            f"project: cannot render the generated parts of the project files: {exc!r} (run `make generate`)"
        )
    if isinstance(result.neutral, GenerationError):
        problems.append(f"neutral: {result.neutral} (fix the neutral schema or a converter, then run `make generate`)")
    elif result.neutral is not None:
        for path, data in result.neutral.items():
            if not path.exists() or path.read_bytes() != data:
                state = "is missing" if not path.exists() else "differs from a fresh generation"
                problems.append(f"neutral: {_rel(path)} {state} (run `make generate`)")
    if isinstance(result.typed, GenerationError):
        problems.append(f"typed: {result.typed} (fix the spec or templates/wrapper, then run `make generate`)")
    elif result.typed is not None:
        for path, data in result.typed.items():
            if not path.exists() or path.read_bytes() != data:
                state = "is missing" if not path.exists() else "differs from a fresh generation"
                problems.append(f"typed: {_rel(path)} {state} (run `make generate`)")
    if result.drift is None:
        problems.append("converter: not checked, the registry is stale (run `make generate`)")
    problems += [
        f"converter: {p} (fix the converter module or the spec, then run `make generate`)" for p in result.drift or []
    ]
    return problems


def lock_and_venv() -> list[str]:
    """``uv.lock`` follows the workspace's pyproject files, and the venv holds what the lock says."""
    uv = BIN / "uv"
    if not uv.exists():
        return [f"setup: {uv} is missing (run `make setup`)"]
    if not (ROOT / "uv.lock").exists():
        return ["lock: uv.lock is missing (run `make lock`)"]
    problems = []
    lock = subprocess.run(
        [str(uv), "lock", "--check", "--offline", "--quiet"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if lock.returncode != 0:
        reason = (lock.stderr or lock.stdout).strip().splitlines()
        problems.append(
            f"lock: uv.lock does not match the pyproject files ({reason[-1] if reason else 'stale'}) (run `make lock`)"
        )
        return problems
    if Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        return problems  # another checkout's venv (a copy made by the tests): not this one's to check
    synced = subprocess.run(
        [str(uv), "sync", "--locked", "--all-packages", "--check", "--offline", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if synced.returncode != 0:
        lines = [line.strip() for line in (synced.stdout + synced.stderr).splitlines() if line.strip()]
        shown = "; ".join(lines[-6:]) or "it would change"
        problems.append(f"setup: the venv does not hold what uv.lock says ({shown}) (run `make setup`)")
    return problems


def _mypy_generated(vendors: Sequence[Vendor]) -> subprocess.Popen[str] | None:
    """mypy --strict over every generated package in one run (started; see ``mypy_generated``)."""
    packages = [vendor.output / vendor.package for vendor in vendors if (vendor.output / vendor.package).is_dir()]
    if not packages:
        return None
    return subprocess.Popen(
        [
            str(BIN / "mypy"),
            "--strict",
            "--cache-dir",  # its own cache, outside generated/ (a generated tree holds only generated files)
            str(ROOT / ".mypy_cache" / "generated"),
            "--config-file",
            "/dev/null",
            "--python-version",
            "3.11",
            *map(str, packages),
        ],
        cwd=ROOT / "generated",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def mypy_generated(vendors: Sequence[Vendor], proc: subprocess.Popen[str] | None = None) -> list[str]:
    """mypy --strict over every generated package; failures are attributed to vendors."""
    proc = proc or _mypy_generated(vendors)
    if proc is None:
        return []
    stdout, stderr = proc.communicate()
    if proc.returncode == 0:
        return []
    problems = []
    fix = "fix the templates or the spec, then run `make generate`"
    for line in stdout.splitlines():
        match = re.match(r"^(?P<slug>[a-z0-9_]+)/(?P<file>\S+?):\d+(?::\d+)?: error: (?P<msg>.*)$", line)
        if match:
            problems.append(
                f"{match['slug']}: mypy --strict: generated/{match['slug']}/{match['file']}: {match['msg']} ({fix})"
            )
    return problems or [f"mypy --strict failed on the generated packages ({fix}):\n{stdout}{stderr}"]


def _verifytypes_command(package: str) -> list[str]:
    return [str(PYRIGHT), "--verifytypes", package, "--ignoreexternal", "--outputjson"]


def _verifytypes_commands(vendors: Sequence[Vendor]) -> list[tuple[str, float, list[str]]]:
    """(package, floor, command) of each ``pyright --verifytypes`` run."""
    packages = [("voiceagents", WRAPPER_SCORE)] + [(v.package, CLIENT_SCORE) for v in vendors]
    return [(package, floor, _verifytypes_command(package)) for package, floor in packages]


def _third_party() -> bytes:
    """The locked third-party packages (``uv.lock`` without the workspace's own members, whose
    versions move with every spec change): what a package's types may resolve to, besides itself."""
    text = (ROOT / "uv.lock").read_text(encoding="utf-8")
    try:
        packages = tomllib.loads(text).get("package", [])
    except tomllib.TOMLDecodeError:
        return text.encode()
    kept = [
        [p.get("name"), p.get("version"), p.get("source")]
        for p in packages
        if not {"editable", "virtual"} & set(p.get("source") or {})
    ]
    return json.dumps(kept, sort_keys=True).encode()


def _verdict_key(package: str, vendors: Sequence[Vendor]) -> str | None:
    """The hash of everything a package's type completeness depends on (``None``: no cache): its own
    files (for the wrapper, every generated package too: it imports them), the locked third-party
    packages, the pinned pyright and its settings (``[tool.pyright]``). The cache is ``opc``'s
    (``VOICEAGENTS_GENERATE_CACHE``, off unless set)."""
    if opc.cache_dir() is None:
        return None
    if package == "voiceagents":
        roots = [ROOT / "wrappers" / "voiceagents", *(ROOT / "generated" / v.slug / v.package for v in vendors)]
    else:
        roots = [ROOT / "generated" / v.slug / v.package for v in vendors if v.package == package]
    files = sorted(f for root in roots for f in root.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8")).get("tool", {}).get("pyright")
    parts = [package.encode(), _third_party(), (ROOT / "package-lock.json").read_bytes()]
    parts.append(json.dumps(settings, sort_keys=True).encode())  # pyright's own settings, if any
    for path in files:
        parts += [_rel(path).encode(), path.read_bytes()]
    return opc.digest(parts)


def _cached_score(key: str | None) -> float | None:
    text = opc.cached_text("verifytypes", key)
    try:
        return None if text is None else float(text)
    except ValueError:
        return None


def _store_score(key: str | None, score: float) -> None:
    """Keep a score for these inputs (``opc.keep_text``)."""
    opc.keep_text("verifytypes", key, repr(score))


class _Turn:
    """The right to measure one package's score for a cache key: an exclusive lock on
    ``verifytypes/<key>.lock`` in the build cache. Two checks running at once (the test suite's
    copies of the repository) measure each score once: the second waits for the first's entry."""

    def __init__(self, key: str | None) -> None:
        self.key, self._file = key, None
        cache = opc.cache_dir()
        if key is not None and cache is not None:
            (cache / "verifytypes").mkdir(parents=True, exist_ok=True)
            self._file = (cache / "verifytypes" / f"{key}.lock").open("w")

    def take(self, *, wait: bool) -> bool:
        """Hold the lock (``wait``: until it is free); ``False`` if another run holds it now."""
        if self._file is None:
            return True
        try:
            fcntl.flock(self._file, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the file releases the lock
            self._file = None


Started = tuple[str, float, "subprocess.Popen[str] | float | None", _Turn]
"""A verifytypes run: package, floor, the running pyright (or the score a cache entry holds, or
``None``: another check is measuring it), and the turn on its cache key."""


def _verifytypes_process(cmd: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PATH": f"{BIN}:{os.environ.get('PATH', '')}"}
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _start_verifytypes(vendors: Sequence[Vendor]) -> list[Started] | None:
    """A ``pyright --verifytypes`` per package, started, unless the build cache holds the score of
    these very inputs (``_verdict_key``) or another check is measuring it now (``_Turn``)."""
    if not PYRIGHT.exists():
        return None
    started: list[Started] = []
    for package, floor, cmd in _verifytypes_commands(vendors):
        turn = _Turn(_verdict_key(package, vendors))
        mine = turn.take(wait=False)
        cached = _cached_score(turn.key)  # read with the turn held: a score stored meanwhile counts
        if cached is not None:
            turn.release()
        run = cached if cached is not None else _verifytypes_process(cmd) if mine else None
        started.append((package, floor, run, turn))
    return started


def _score(package: str, run: subprocess.Popen[str] | float | None, turn: _Turn) -> float | str:
    """The package's score (measured, cached, or measured by another check meanwhile), or why not."""
    if run is None:  # another check measures it: its entry, once it is done (else measure it here)
        turn.take(wait=True)
        cached = _cached_score(turn.key)
        run = cached if cached is not None else _verifytypes_process(_verifytypes_command(package))
    try:
        if isinstance(run, float):
            return run
        stdout, stderr = run.communicate()
        try:
            score = 100.0 * float(json.loads(stdout)["typeCompleteness"]["completenessScore"])
        except (ValueError, KeyError, TypeError):
            return (stderr or stdout).strip()[:300]
        _store_score(turn.key, score)
        return score
    finally:
        turn.release()


def verifytypes(started: list[Started] | None) -> list[str]:
    """Each package's type completeness against its floor; one line per package below it."""
    if started is None:
        return [f"typing: {_rel(PYRIGHT)} is missing (run `make setup`: package.json pins pyright)"]
    problems = []
    for package, floor, run, turn in started:
        shown = f"PATH=.venv/bin:$PATH node_modules/.bin/pyright --verifytypes {package} --ignoreexternal"
        score = _score(package, run, turn)
        if isinstance(score, str):
            problems.append(f"typing: `{shown}` did not run ({score})")
        elif score + 1e-9 < floor:
            problems.append(
                f"typing: {package}: type completeness {score:.1f}% is below {floor:g}% (`{shown}` lists the gaps)"
            )
    return problems


def _lint_commands() -> list[tuple[list[str], str]]:
    ruff = str(BIN / "ruff")
    return [
        ([ruff, "check", *HANDWRITTEN], FORMAT + " (what it cannot fix, `ruff check` shows)"),
        ([ruff, "format", "--check", *HANDWRITTEN], FORMAT),
        ([str(BIN / "mypy")], "fix the types it names; `make lint` shows them again"),
        (
            [str(BIN / "lint-imports"), "--no-cache"],
            "move the import to a layer that may make it (ARCHITECTURE.md); the contracts are in pyproject.toml",
        ),
    ]


def lint_handwritten(started: Sequence[tuple[subprocess.Popen[str], list[str], str]] | None = None) -> list[str]:
    """ruff and mypy on the hand-written code; each failure with its output and the fixing command."""
    running = started if started is not None else _start_lint()
    problems = []
    for proc, cmd, fix in running:
        stdout, stderr = proc.communicate()
        if proc.returncode != 0:
            shown = " ".join([Path(cmd[0]).name, *cmd[1:]])
            problems.append(f"`{shown}` failed ({fix}):\n{(stdout + stderr).strip()}")
    return problems


def _start_lint() -> list[tuple[subprocess.Popen[str], list[str], str]]:
    return [
        (subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True), cmd, fix)
        for cmd, fix in _lint_commands()
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools check",
        description="Fail if generated output is stale, or the lock, lint or type checks fail.",
    )
    parser.add_argument("--skip-lint", action="store_true", help="only the generated-output checks")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    vendors = discover()
    typing = _mypy_generated(vendors)  # the slow checks run while the generation runs
    linting = [] if args.skip_lint else _start_lint()
    completeness = None if args.skip_lint else _start_verifytypes(vendors)
    with tempfile.TemporaryDirectory(prefix="voiceagents-check-") as tmp:
        result = regenerate(vendors, vendors, Path(tmp))
        problems = stale(vendors, result)
    problems += lock_and_venv()
    problems += mypy_generated(vendors, typing)
    if not args.skip_lint:
        problems += lint_handwritten(linting)
        problems += verifytypes(completeness)
        problems += [
            f"{p} (import through the package's public face, or move the code; ARCHITECTURE.md)"
            for p in layers.problems()
        ]
    for problem in problems:
        print(f"check: {problem}", file=sys.stderr)
    seconds = time.perf_counter() - started
    if problems:
        print(f"check: FAILED ({len(problems)} problem(s), {seconds:.1f}s)", file=sys.stderr)
        return 1
    print(
        f"check: ok ({len(vendors)} vendors regenerated and identical, converters match their specs, lock and venv"
        f" current, generated code passes mypy --strict"
        f"{'' if args.skip_lint else ', lint and layers clean, public types complete (pyright --verifytypes)'};"
        f" {seconds:.1f}s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
