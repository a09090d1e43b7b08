"""Validate and lint the OpenAPI documents.

Three checks, because each misses things the others catch (tooling.md §4.1):

* the house rules, in process: the document parses as YAML (read with the wrapper's bounded loader,
  so duplicate keys are errors), and ``info.x-voiceagents-slug`` is a
  lowercase ``[a-z][a-z0-9_]*`` slug equal to the file name's stem;
* openapi-spec-validator, in process: the document is valid OpenAPI 3.1;
* Spectral with the project ruleset (``openapi/lint/spectral.yaml``), one Node process for all specs:
  dangling ``$ref``, examples that do not match their schema, and the house rules that keep the
  generated clients safe (security on every operation, ``const`` tags on union variants, no
  ``nullable`` in 3.1, open response schemas, described properties).

Every problem is one short line naming the file and line, ``openapi/revox.yaml:239: message [source]``,
and keeps the JSON pointer in ``Problem.pointer``. A file that does not parse gets one problem (the
YAML error) and is not given to the validator or Spectral; the same root cause reported by several
tools, or many times by Spectral, is reported once.

Verdicts are remembered by content: a document the validator or Spectral found clean is not checked
again while its bytes, the ruleset and the tools' versions are the same (``PASSED``, under ``.tmp/``).

    python -m voiceagents_tools lint [SPEC ...]      # default: openapi/*.yaml
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
import re
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from voiceagents.spec import SpecError, load_document
from voiceagents.spec import pointer as to_pointer

from .. import ROOT

RULESET = ROOT / "openapi" / "lint" / "spectral.yaml"
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
PASSED = ROOT / ".tmp" / "speclint-passed"
"""One empty file per document a checker found clean, named by the hash of what its verdict depends
on (the document, the ruleset or the validator, the tool's version): an unchanged spec is not
checked again."""

SLUG = re.compile(r"[a-z][a-z0-9_]*")
MAX_MESSAGE = 200
"""Longest message kept (characters); longer ones are cut, so no tool can dump an object at us."""


@dataclass(frozen=True)
class Problem:
    """One reason a spec is not acceptable: where (file, 1-based line, JSON pointer), what, which check."""

    file: Path
    pointer: str
    message: str
    source: str
    line: int | None = None

    def __str__(self) -> str:
        try:
            shown = self.file.relative_to(ROOT)
        except ValueError:
            shown = self.file
        where = f"{shown}:{self.line}" if self.line else f"{shown}#{self.pointer or '/'}"
        return f"{where}: {self.message} [{self.source}]"


def shorten(text: str, width: int = MAX_MESSAGE) -> str:
    """``text`` on one line, at most ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


_PARSED: dict[tuple[str, bytes], bytes] = {}
"""(path, sha256 of the file) -> the parsed document, pickled: the generator reads each spec twice
in one run (its facts, then the lint), and parsing the YAML costs more than hashing the file."""
_CACHED_BYTES = 8 << 20
"""The largest file whose parse is kept (a larger one is parsed each time, within the reader's bounds)."""


def load(path: Path) -> dict[str, Any]:
    """A YAML or JSON OpenAPI document, read by the wrapper's spec reader (bounded; duplicate keys
    are errors). Raises ``SpecError`` (with the line, when known). A file read before with the same
    content is not parsed again (a fresh copy of the document: callers may change it)."""
    try:
        small = path.stat().st_size <= _CACHED_BYTES
        key = (str(path.resolve()), hashlib.sha256(path.read_bytes()).digest()) if small else None
    except OSError:
        key = None  # the reader says why it cannot be read
    if key is not None and key in _PARSED:
        document: dict[str, Any] = pickle.loads(_PARSED[key])  # noqa: S301 (our own bytes, this process)
        return document
    document = load_document(path)
    if key is not None:
        _PARSED[key] = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
    return document


class Lines:
    """JSON pointer → 1-based line of a document, from the node marks PyYAML's composer keeps."""

    def __init__(self, text: str) -> None:
        import yaml

        self._lines: dict[str, int] = {"": 1}
        self._scalars: dict[str, str] = {}
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            root = yaml.compose(text, Loader=loader)  # a safe loader; load() has bounded depth and aliases
        except yaml.YAMLError:
            return
        todo: list[tuple[str, Any]] = [("", root)] if root is not None else []
        while todo:  # iterative: no recursion, whatever the nesting
            pointer, node = todo.pop()
            if isinstance(node, yaml.MappingNode):
                children = [(pointer + to_pointer([key.value]), key, value) for key, value in node.value]
            elif isinstance(node, yaml.SequenceNode):
                children = [(f"{pointer}/{index}", item, item) for index, item in enumerate(node.value)]
            else:
                self._scalars[pointer] = str(node.value)
                continue
            for child, marked, value in children:
                self._lines.setdefault(child, marked.start_mark.line + 1)
                todo.append((child, value))

    def line(self, pointer: str) -> int | None:
        """The line of ``pointer``, or of its nearest ancestor present in the document.

        None if not even its first step is in the document (a pointer relative to something else).
        """
        while pointer not in self._lines:
            pointer = pointer.rsplit("/", 1)[0]
            if pointer.count("/") < 1:
                return None
        return self._lines[pointer]

    def locate(self, pointer: str, value: object = None) -> str:
        """``pointer`` if it is in the document; else the document pointer that ends with it (and
        holds ``value``, when several do), for tools that report paths relative to a sub-schema."""
        if pointer in self._lines or not pointer:
            return pointer
        found = [p for p in self._lines if p.endswith(pointer)]
        if value is not None and not isinstance(value, dict | list):
            found = [p for p in found if self._scalars.get(p) == str(value)] or found
        return min(found, key=self._lines.__getitem__, default=pointer)

    def find(self, suffix: re.Pattern[str], test: Callable[[str], bool]) -> str | None:
        """The first pointer (by line) matching ``suffix`` whose scalar passes ``test``."""
        found = [p for p, v in self._scalars.items() if suffix.search(p) and test(v)]
        return min(found, key=self._lines.__getitem__, default=None)


@dataclass(frozen=True, eq=False)
class _Spec:
    path: Path
    data: dict[str, Any]

    @functools.cached_property
    def lines(self) -> Lines:
        """Made only when a problem needs a line number: composing the YAML again costs."""
        return Lines(self.path.read_text(encoding="utf-8-sig"))


def _read(path: Path) -> _Spec | Problem:
    """The parsed document and its line map, or the one problem that stops it being read."""
    try:
        data = load(path)
    except SpecError as exc:
        message = str(exc)
        for prefix in (f"{path}: ", f"{path} "):
            message = message.removeprefix(prefix)
        message = re.sub(r" \(line \d+(, column \d+)?\)", "", message)
        message = message.replace("is not valid YAML or JSON: ", "not valid YAML: ", 1)
        return Problem(path, "", shorten(message), "read" if message.startswith("cannot read") else "yaml", exc.line)
    return _Spec(path, data)


def _house(spec: _Spec) -> list[Problem]:
    """The rules no other tool checks: the slug."""
    path, stem = spec.path, spec.path.name.rsplit(".", 1)[0]
    info = spec.data.get("info")
    slug = info.get("x-voiceagents-slug") if isinstance(info, dict) else None
    pointer = "/info/x-voiceagents-slug"
    if slug is None:
        message = f"info.x-voiceagents-slug is missing: it must be {stem!r}, the file name"
        return [Problem(path, "/info", message, "house", spec.lines.line("/info"))]
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        message = f"info.x-voiceagents-slug {shorten(repr(slug), 60)} is not a lowercase slug [a-z][a-z0-9_]*"
        return [Problem(path, pointer, message, "house", spec.lines.line(pointer))]
    if slug != stem:
        message = f"info.x-voiceagents-slug is {slug!r} but the file is {path.name}: they must match"
        return [Problem(path, pointer, shorten(message), "house", spec.lines.line(pointer))]
    return []


def _instance_message(error: Any) -> str:
    """A validator message, with the repr of the offending value (it can be a whole object) cut short."""
    message = str(getattr(error, "message", error))
    instance = getattr(error, "instance", None)
    if isinstance(instance, dict | list):
        shown = repr(instance)
        if message.startswith(shown):
            kind = "object" if isinstance(instance, dict) else "array"
            message = f"this {kind}" + message[len(shown) :]
    return shorten(message)


_REF = re.compile(r"/\$ref$")
_REQUIRED_ITEM = re.compile(r"/required/\d+$")
_REQUIRED_LIST = re.compile(r"Required list has not defined properties: \['([^']*)'")


def _where(error: Any, lines: Lines) -> str:
    """The JSON pointer of a validator error in the document.

    Errors inside a schema object carry a path relative to that schema; they are placed by the
    document path that ends with it (and holds the offending value).
    """
    pointer = to_pointer(getattr(error, "absolute_path", None) or ())
    if not pointer:
        missing = _REQUIRED_LIST.match(str(getattr(error, "message", "")))
        if missing is None:
            return ""
        return lines.find(_REQUIRED_ITEM, lambda value: value == missing.group(1)) or ""
    return lines.locate(pointer, getattr(error, "instance", None))


def _validate(spec: _Spec) -> list[Problem]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    path, data = spec.path, spec.data
    version = str(data.get("openapi", ""))
    if not version.startswith("3.1"):
        message = f"must be an OpenAPI 3.1 document, not {shorten(repr(data.get('openapi')), 40)}"
        return [Problem(path, "/openapi", message, "house", spec.lines.line("/openapi"))]
    problems = []
    try:
        for error in OpenAPIV31SpecValidator(data).iter_errors():
            pointer = _where(error, spec.lines)
            problems.append(
                Problem(path, pointer, _instance_message(error), "openapi-spec-validator", spec.lines.line(pointer))
            )
    except Exception as exc:  # unresolvable references surface as exceptions, not errors
        ref = getattr(exc, "ref", None)
        if isinstance(ref, str):
            shown = ref if "#" in ref or not ref.startswith("/") else "#" + ref
            fragment = "#" + ref.removeprefix("#")
            pointer = spec.lines.find(_REF, lambda value: value in (ref, shown) or value.endswith(fragment)) or ""
            problems.append(
                Problem(
                    path,
                    pointer,
                    f"$ref {shorten(repr(shown), 120)} cannot be resolved",
                    "openapi-spec-validator",
                    spec.lines.line(pointer) if pointer else None,
                )
            )
        else:
            problems.append(Problem(path, "", shorten(f"{type(exc).__name__}: {exc}"), "openapi-spec-validator"))
    return problems


def _validated_key(path: Path) -> str:
    digest = hashlib.sha256(b"openapi-spec-validator\0" + path.read_bytes())
    digest.update(metadata.version("openapi-spec-validator").encode() + Path(__file__).read_bytes())
    return "validator-" + digest.hexdigest()


def _validate_cached(spec: _Spec) -> list[Problem]:
    """``_validate``, skipped for a document found valid before, byte for byte."""
    key = _validated_key(spec.path)
    if (PASSED / key).exists():
        return []
    problems = _validate(spec)
    if not problems:
        PASSED.mkdir(parents=True, exist_ok=True)
        (PASSED / key).touch()
    return problems


def validate(path: Path) -> list[Problem]:
    """Check one document: it parses, its slug, and the OpenAPI 3.1 schema (openapi-spec-validator)."""
    spec = _read(path)
    if isinstance(spec, Problem):
        return [spec]
    return _collapse([*_house(spec), *_validate(spec)])


def _spectral(paths: Sequence[Path]) -> list[Problem]:
    return _spectral_results(paths, _spectral_start(paths))


def _spectral_start(paths: Sequence[Path]) -> subprocess.Popen[str] | None:
    """Spectral on ``paths``, started (it runs while the caller does other work)."""
    if not paths:
        return None
    if not SPECTRAL.exists():
        raise RuntimeError(f"{SPECTRAL} is missing: run `make setup` (npm ci)")
    return subprocess.Popen(
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
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _spectral_results(paths: Sequence[Path], proc: subprocess.Popen[str] | None) -> list[Problem]:
    if proc is None:
        return []
    stdout, stderr = proc.communicate()
    out = stdout.strip()
    try:
        results = json.loads(out) if out else []
    except json.JSONDecodeError:
        shown = shorten(stderr.strip() or out, 500)
        raise RuntimeError(f"spectral failed (exit {proc.returncode}): {shown}") from None
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"spectral failed (exit {proc.returncode}): {shorten(stderr.strip(), 500)}")
    problems = []
    by_name = {str(p): p for p in paths} | {str(p.resolve()): p for p in paths}
    for result in results:
        if result.get("severity", 0) != 0:  # 0 is error; warnings are shown by `make lint`, not fatal
            continue
        source = str(result.get("source", ""))
        file = by_name.get(source) or by_name.get(str(Path(source).resolve())) or Path(source)
        start = result.get("range", {}).get("start", {})
        line = start.get("line")
        problems.append(
            Problem(
                file,
                to_pointer(result.get("path", [])),
                shorten(str(result.get("message", "")).replace("?.", "?")),
                f"spectral:{result.get('code', '?')}",
                line + 1 if isinstance(line, int) else None,
            )
        )
    return problems


def _verdict_key(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    for part in sorted(RULESET.parent.rglob("*")):
        if part.is_file():
            digest.update(part.name.encode() + b"\0" + part.read_bytes())
    version = ROOT / "node_modules" / "@stoplight" / "spectral-cli" / "package.json"
    digest.update(version.read_bytes() if version.exists() else b"?")
    return digest.hexdigest()


def _spectral_cached(paths: Sequence[Path]) -> list[Problem]:
    """Spectral over the documents it has not already found clean as they are now."""
    todo, keys = _spectral_todo(paths)
    return _remember(_spectral(todo), todo, keys)


def _spectral_todo(paths: Sequence[Path]) -> tuple[list[Path], dict[Path, str]]:
    keys = {path: _verdict_key(path) for path in paths}
    return [path for path in paths if not (PASSED / keys[path]).exists()], keys


def _remember(problems: list[Problem], todo: list[Path], keys: dict[Path, str]) -> list[Problem]:
    """Record a clean verdict for each document of ``todo`` that has no problem."""
    failed = {p.file for p in problems}
    PASSED.mkdir(parents=True, exist_ok=True)
    for path in todo:
        if path not in failed:
            (PASSED / keys[path]).touch()
    return problems


def lint(paths: Sequence[Path]) -> list[Problem]:
    """Run Spectral with the project ruleset over all documents in one process."""
    return _collapse(_spectral_cached(paths))


def _unresolved(problem: Problem) -> bool:
    return problem.source == "spectral:invalid-ref" or (
        problem.source == "openapi-spec-validator" and problem.message.endswith("cannot be resolved")
    )


def _collapse(problems: Iterable[Problem]) -> list[Problem]:
    """One problem per root cause, in order.

    * the same message at the same place, from any tool, once;
    * Spectral's parser errors: the first per file (the rest follow from it);
    * a dangling ``$ref`` reported by both tools: once (Spectral's, which lists all of them);
    * a schema error reported by both the validator and Spectral's ``oas3-schema`` on the same line:
      Spectral's (it says which values are allowed);
    * ``oas3-unused-component`` in a file with a dangling ``$ref`` (the broken reference is usually
      the missing use).
    """
    problems = list(problems)
    by_spectral = {
        (p.file, p.line, p.source == "spectral:invalid-ref")
        for p in problems
        if p.source in ("spectral:invalid-ref", "spectral:oas3-schema")
    }
    dangling = {p.file for p in problems if _unresolved(p)}
    seen: set[tuple[Path, int | None, str]] = set()
    parsed_badly: set[Path] = set()
    out = []
    for p in problems:
        key = (p.file, p.line, p.message)
        if key in seen:
            continue
        seen.add(key)
        if p.source == "spectral:parser":
            if p.file in parsed_badly:
                continue
            parsed_badly.add(p.file)
        if p.source == "openapi-spec-validator" and (p.file, p.line, _unresolved(p)) in by_spectral:
            continue
        if p.source == "spectral:oas3-unused-component" and p.file in dangling:
            continue
        out.append(p)
    return out


@dataclass
class Linting:
    """A check under way: the in-process checks are done (``problems``), Spectral is running."""

    paths: Sequence[Path]
    problems: list[Problem]
    todo: list[Path]
    keys: dict[Path, str]
    spectral: subprocess.Popen[str] | None

    def failed(self) -> set[Path]:
        """The documents with a problem so far (they need not be generated from)."""
        return {p.file.resolve() for p in self.problems}

    def finish(self) -> list[Problem]:
        """Every problem, once Spectral is done."""
        problems = [*self.problems, *_remember(_spectral_results(self.todo, self.spectral), self.todo, self.keys)]
        order = {path: index for index, path in enumerate(self.paths)}
        problems.sort(key=lambda p: (order.get(p.file, len(order)), p.line or 0))
        return _collapse(problems)


def start(paths: Sequence[Path]) -> Linting:
    """``check``, in two halves: the YAML parse, the house rules and the validator now; Spectral (a
    Node process) started, to run while the caller does other work (``Linting.finish``)."""
    problems: list[Problem] = []
    specs: list[_Spec] = []
    for path in paths:
        spec = _read(path)
        if isinstance(spec, Problem):
            problems.append(spec)
        else:
            specs.append(spec)
    for spec in specs:
        problems.extend(_house(spec))
        problems.extend(_validate_cached(spec))
    todo, keys = _spectral_todo([spec.path for spec in specs])
    return Linting(paths, problems, todo, keys, _spectral_start(todo))


def check(paths: Sequence[Path]) -> list[Problem]:
    """Every check over the given documents; an empty list means they are all acceptable.

    A document that does not parse gets its one YAML problem and no further checks.
    """
    return start(paths).finish()


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m voiceagents_tools lint", description=__doc__.splitlines()[0])
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
