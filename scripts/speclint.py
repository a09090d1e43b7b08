"""Validate and lint the OpenAPI documents.

Two independent checks, because each misses things the other catches (tooling.md §4.1):

* openapi-spec-validator, in process: the document is valid OpenAPI 3.1;
* Spectral with the project ruleset (``openapi/spectral.yaml``), one Node process for all specs:
  dangling ``$ref``, examples that do not match their schema, and the house rules that keep the
  generated clients safe (security on every operation, ``const`` tags on union variants, no
  ``nullable`` in 3.1, open response schemas, described properties).

Every problem names the file and a JSON pointer into it.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
RULESET = ROOT / "openapi" / "lint" / "spectral.yaml"
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"


@dataclass(frozen=True)
class Problem:
    """One reason a spec is not acceptable."""

    file: Path
    pointer: str
    message: str
    source: str

    def __str__(self) -> str:
        try:
            shown = self.file.relative_to(ROOT)
        except ValueError:
            shown = self.file
        return f"{shown}#{self.pointer or '/'}: {self.message} [{self.source}]"


def to_pointer(parts: Iterable[object]) -> str:
    """Render a path (keys and indexes) as a JSON pointer (RFC 6901)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def load(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON OpenAPI document."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not an OpenAPI document (top level is {type(data).__name__})")
    return data


def validate(path: Path) -> list[Problem]:
    """Check one document against the OpenAPI 3.1 schema with openapi-spec-validator."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    try:
        spec = load(path)
    except (yaml.YAMLError, ValueError) as exc:
        return [Problem(path, "", f"cannot be parsed: {exc}", "yaml")]
    if not str(spec.get("openapi", "")).startswith("3.1"):
        return [Problem(path, "/openapi", f"must be an OpenAPI 3.1 document, not {spec.get('openapi')!r}", "house")]
    problems = []
    try:
        for error in OpenAPIV31SpecValidator(spec).iter_errors():
            parts: Iterable[object] = getattr(error, "absolute_path", None) or ()
            message = str(getattr(error, "message", error)).splitlines()[0]
            problems.append(Problem(path, to_pointer(parts), message, "openapi-spec-validator"))
    except Exception as exc:  # unresolvable references surface as exceptions, not errors
        problems.append(Problem(path, "", f"{type(exc).__name__}: {exc}".splitlines()[0], "openapi-spec-validator"))
    return problems


def lint(paths: Sequence[Path]) -> list[Problem]:
    """Run Spectral with the project ruleset over all documents in one process."""
    if not paths:
        return []
    if not SPECTRAL.exists():
        raise RuntimeError(f"{SPECTRAL} is missing: run `make setup` (npm ci)")
    proc = subprocess.run(
        [
            str(SPECTRAL),
            "lint",
            "--ruleset",
            str(RULESET),
            "--format",
            "json",
            "--quiet",
            "--fail-severity",
            "error",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    out = proc.stdout.strip()
    try:
        results = json.loads(out) if out else []
    except json.JSONDecodeError:
        raise RuntimeError(f"spectral failed (exit {proc.returncode}): {proc.stderr.strip() or out}") from None
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"spectral failed (exit {proc.returncode}): {proc.stderr.strip()}")
    problems = []
    for result in results:
        if result.get("severity", 0) != 0:  # 0 is error; warnings are shown by `make lint`, not fatal
            continue
        problems.append(
            Problem(
                Path(result["source"]),
                to_pointer(result.get("path", [])),
                result["message"],
                f"spectral:{result['code']}",
            )
        )
    return problems


def check(paths: Sequence[Path]) -> list[Problem]:
    """Both checks over the given documents; an empty list means they are all acceptable."""
    problems = [p for path in paths for p in validate(path)]
    problems.extend(lint(paths))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", type=Path, help="documents (default: openapi/*.yaml)")
    args = parser.parse_args(argv)
    specs = args.specs or sorted((ROOT / "openapi").glob("*.yaml"))
    problems = check(specs)
    for problem in problems:
        print(problem)
    print(f"{len(specs)} specs checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
