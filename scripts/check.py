"""Fail if anything generated is stale or hand-edited, or if lint or type checks fail.

    python scripts/check.py [--skip-lint]

Checks, all of them every time (every failure is listed, each naming the vendor and the file, and
each with the command that fixes it):
1. every spec passes validation and the project lint (``speclint``);
2. every generated artefact is current: its spec and generator inputs are the ones recorded in
   ``generated/manifest.json`` (else: the spec changed without regeneration), and its files are
   byte-identical to what was generated (else: edited by hand, missing, or stray);
3. the specs, the registry (``vendors.json``), the neutral schema, the README/pyproject blocks and
   the manifest agree; every spec has a converter module whose vendor fields exist in the spec
   (``converter_drift``); the venv's clients are the generated ones at their versions;
4. ``mypy --strict`` passes on every generated package;
5. ruff (lint, format, and cyclomatic complexity at most 25 per function) and ``mypy --strict``
   pass on the hand-written code.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate
import manifest
import project_files
import specdiff
import speclint
import sync_clients

ROOT = manifest.ROOT
BIN = Path(sys.executable).parent


def stale(vendors: Sequence[generate.Vendor]) -> list[str]:
    """Generated output that no longer matches its inputs, or was changed after generation."""
    entries = manifest.load()
    tools = manifest.tool_versions()
    problems = []
    for vendor in vendors:
        spec = vendor.spec_path.relative_to(ROOT).as_posix()
        entry = entries.get(vendor.slug)
        if entry is None:
            problems.append(f"{vendor.slug}: {spec} has never been generated (run `make generate SLUG={vendor.slug}`)")
            continue
        if entry.spec_sha256 != manifest.file_sha256(vendor.spec_path):
            problems.append(
                f"{vendor.slug}: {spec} changed since generated/{vendor.slug} was generated "
                f"(run `make generate SLUG={vendor.slug}`)"
            )
            old = generate.previous_spec(vendor)
            if old is not None:
                changes = specdiff.diff_specs(old, vendor.spec)
                problem = specdiff.required_bump(str(old["info"]["version"]), vendor.version, changes)
                if problem:
                    problems.append(f"{vendor.slug}: {spec}: {problem}")
        elif entry.inputs_sha256 != generate.inputs_digest(vendor, tools):
            problems.append(
                f"{vendor.slug}: the generator, its templates or tool versions changed since "
                f"generated/{vendor.slug} was generated (run `make generate`)"
            )
        problems.extend(f"{vendor.slug}: {p}" for p in manifest.drift(entry))
    try:
        problems.extend(f"project: {p}" for p in project_files.stale({v.slug: v.facts() for v in vendors}))
    except Exception as exc:  # e.g. the converter cannot be imported: report it, do not crash
        problems.append(
            f"project: cannot render the generated parts of the project files: {exc!r} (run `make generate`)"
        )
    problems += _neutral(vendors, entries, tools)
    for gone in sorted(set(entries) - {v.slug for v in vendors} - {"neutral", "project"}):
        problems.append(f"{gone}: generated/manifest.json records a vendor with no spec (run `make generate`)")
    return problems


def _neutral(
    vendors: Sequence[generate.Vendor], entries: dict[str, manifest.Entry], tools: dict[str, str]
) -> list[str]:
    neutral = entries.get("neutral")
    schema = generate.NEUTRAL_SCHEMA.relative_to(ROOT).as_posix()
    if neutral is None:
        return [f"neutral: {schema} has never been generated (run `make generate`)"]
    problems = [f"neutral: {p}" for p in manifest.drift(neutral)]
    if neutral.spec_sha256 != manifest.file_sha256(generate.NEUTRAL_SCHEMA):
        problems.append(f"neutral: {schema} changed since {neutral.output} was generated (run `make generate`)")
    elif neutral.inputs_sha256 != generate.neutral_inputs(tools, vendors):
        problems.append(
            "neutral: a vendor spec or converter changed since the neutral model was generated"
            " (its vendor_extras and ranges come from them; run `make generate`)"
        )
    return problems


def consistency(vendors: Sequence[generate.Vendor]) -> list[str]:
    """Converters that disagree with their spec, and clients the venv has at the wrong version."""
    problems = [
        f"converter: {p} (fix the converter module or the spec, then run `make generate`)"
        for p in generate.converter_problems(vendors)
    ]
    messages, _, _ = sync_clients.problems()
    problems += [f"setup: {m} (run `make setup`)" for m in messages]
    return problems


def mypy_generated(vendors: Sequence[generate.Vendor]) -> list[str]:
    """mypy --strict over every generated package in one run; failures are attributed to vendors."""
    packages = [vendor.output / vendor.package for vendor in vendors if (vendor.output / vendor.package).is_dir()]
    if not packages:
        return []
    proc = subprocess.run(
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
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode == 0:
        return []
    problems = []
    for line in proc.stdout.splitlines():
        match = re.match(r"^(?P<slug>[a-z0-9_]+)/(?P<file>\S+?):\d+(?::\d+)?: error: (?P<msg>.*)$", line)
        if match:
            problems.append(
                f"{match['slug']}: mypy --strict: generated/{match['slug']}/{match['file']}: {match['msg']}"
            )
    return problems or [f"mypy --strict failed on the generated packages:\n{proc.stdout}{proc.stderr}"]


def lint_handwritten() -> list[str]:
    problems = []
    for cmd in (
        [str(BIN / "ruff"), "check", "wrappers", "scripts", "tests"],
        [str(BIN / "ruff"), "format", "--check", "wrappers", "scripts", "tests"],
        [str(BIN / "mypy")],
    ):
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            shown = " ".join([Path(cmd[0]).name, *cmd[1:]])
            problems.append(f"`{shown}` failed:\n{(proc.stdout + proc.stderr).strip()}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fail if generated output is stale or lint/type checks fail.")
    parser.add_argument("--skip-lint", action="store_true", help="only the generated-output checks")
    args = parser.parse_args(argv)
    vendors = generate.discover()
    problems = [f"{p}" for p in speclint.check([v.spec_path for v in vendors])]
    problems += stale(vendors)
    problems += consistency(vendors)
    problems += mypy_generated(vendors)
    if not args.skip_lint:
        problems += lint_handwritten()
    for problem in problems:
        print(f"check: {problem}", file=sys.stderr)
    if problems:
        print(f"check: FAILED ({len(problems)} problem(s))", file=sys.stderr)
        return 1
    print(
        f"check: ok ({len(vendors)} vendors current, converters match their specs, clients installed,"
        " generated code passes mypy --strict, lint clean)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
