"""Regenerate every generated artefact from its source document.

    python -m voiceagents_tools generate [--slug SLUG ...] [--force]

For each vendor spec ``openapi/<slug>.yaml``: validate and lint it (``specs.lint``), refuse a version
that does not follow its changes (``specs.diff``), run the pinned openapi-python-client on it
(``opc``: templates in ``templates/``, every warning an error) and write a standalone project to
``generated/<slug>/`` (distribution ``voiceagents-<slug>``, package ``voiceagents_<slug>``, version =
the spec's ``info.version``) with its changelog. Then, from every spec: the project files
(``project_files``: the registry, the extras and workspace sources, the README tables, the wrapper's
version), the converter-spec drift check (``drift``) and the neutral model (``neutral``).

There is no incremental build: everything is regenerated on every run (into a temporary directory,
then only the files that differ are written), so the output never depends on what ran before.
``--force`` is accepted and changes nothing. ``make check`` runs the same regeneration and compares
(``regenerate``). One line is printed per vendor, then the total time.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from voiceagents import convert

from .. import ROOT
from ..specs import diff as specdiff
from ..specs import lint
from . import drift, neutral, opc, project_files, typed
from .discover import GENERATED, SPECS, GenerationError, Vendor, discover

__all__ = ["GENERATED", "SPECS", "GenerationError", "Regeneration", "Vendor", "discover", "main", "regenerate"]

NEUTRAL_SCHEMA = SPECS / "assistant.schema.json"
NEUTRAL_MODEL = ROOT / "wrappers" / "voiceagents" / "types" / "assistant.py"
NEUTRAL_SHIPPED = NEUTRAL_MODEL.parent / NEUTRAL_SCHEMA.name
build_client = opc.build_client


@dataclass
class Regeneration:
    """What a fresh generation gives, in a work directory: per vendor its project (or why not), and
    the checks and neutral model made from every spec."""

    projects: dict[str, Path | GenerationError] = field(default_factory=dict)
    lint: list[lint.Problem] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    """slug -> why its version does not follow its changes."""
    drift: list[str] | None = None
    """Where a converter and its spec disagree; None: not checked (the registry is stale)."""
    neutral: dict[Path, bytes] | GenerationError | None = None
    """The neutral schema and model as generated (path in the repo -> bytes); None: not made."""
    typed: dict[Path, bytes] | GenerationError | None = None
    """The typed clients module (``typed``: path in the repo -> bytes); None: not made."""

    def failed(self, vendor: Vendor) -> str | None:
        """Why ``vendor``'s client cannot be written, or None."""
        mine = [str(p) for p in self.lint if p.file.resolve() == vendor.spec_path.resolve()]
        if mine:
            return f"{vendor.spec_rel} does not pass validation/lint"
        if vendor.slug in self.refused:
            return f"{vendor.spec_rel}: {self.refused[vendor.slug]}"
        result = self.projects.get(vendor.slug)
        return f"{vendor.spec_rel}: {result}" if isinstance(result, GenerationError) else None


def previous_spec(vendor: Vendor) -> dict[str, Any] | None:
    """The spec the committed client was generated from (shipped inside the package), if any."""
    shipped = vendor.output / vendor.package / "openapi.json"
    if not shipped.exists():
        return None
    data: dict[str, Any] = json.loads(shipped.read_text(encoding="utf-8"))
    return data


def release_changes(vendor: Vendor) -> list[specdiff.Change]:
    """What changed since the last generation; refuses a version that does not follow the changes."""
    old = previous_spec(vendor)
    if old is None:
        return []
    changes = specdiff.diff_specs(old, vendor.spec)
    problem = specdiff.required_bump(str(old["info"]["version"]), vendor.version, changes)
    if problem:
        raise GenerationError(problem)
    return changes


def changelog(vendor: Vendor, changes: list[specdiff.Change]) -> str:
    """The client's changelog: carried forward, with a new entry on top when the spec changed."""
    existing = vendor.output / "CHANGELOG.md"
    text = existing.read_text(encoding="utf-8") if existing.exists() else None
    today = datetime.date.today()
    if changes:
        entry = specdiff.changelog_entry(vendor.version, changes, today)
        return specdiff.update_changelog(text, entry, title=f"# {vendor.distribution}")
    if text is None:
        entry = f"## {vendor.version} ({today.isoformat()})\n\nFirst client generated from `{vendor.spec_rel}`.\n"
        return specdiff.update_changelog(None, entry, title=f"# {vendor.distribution}")
    return text


def converter_problems(vendors: Sequence[Vendor]) -> list[str]:
    """Where a converter module and its vendor's spec disagree (``drift``), or a spec has no
    converter module at all."""
    problems = []
    for vendor in vendors:
        try:
            rules = convert.mapping(vendor.slug)
        except Exception as exc:  # a missing or broken converter module: say so, naming the file
            problems.append(f"{vendor.slug}: {exc}")
            continue
        problems += drift.check(rules, vendor.spec, vendor.request_schema())
    return problems


def derived_neutral_schema(vendors: Sequence[Vendor]) -> dict[str, Any]:
    """The neutral schema to ship: the source with vendor_extras and ranges derived from the specs."""
    inputs = []
    for vendor in vendors:
        try:
            rules = convert.mapping(vendor.slug)
        except ImportError as exc:
            raise GenerationError(
                f"wrappers/voiceagents/_convert/{vendor.slug}.py cannot be imported ({exc}); every vendor spec needs"
                " its converter module (see README, Add a vendor)"
            ) from None
        inputs.append(
            neutral.VendorInput(vendor.slug, vendor.name, vendor.spec, vendor.request_schema(), rules.links())
        )
    source = json.loads(NEUTRAL_SCHEMA.read_text(encoding="utf-8"))
    return neutral.derive(source, inputs)


def make_neutral(vendors: Sequence[Vendor], workdir: Path) -> dict[Path, bytes]:
    """The shipped neutral schema (derived) and the pydantic model generated from it."""
    out = workdir / "neutral"
    out.mkdir(parents=True, exist_ok=True)
    derived = derived_neutral_schema(vendors)
    model_input = out / "input" / NEUTRAL_SCHEMA.name
    model_input.parent.mkdir()
    model_input.write_text(json.dumps(neutral.model_input(derived), indent=1), encoding="utf-8")
    key = _model_key(model_input)
    text = opc.cached_text("neutral", key)
    if text is None:
        text = _codegen(model_input, out / NEUTRAL_MODEL.name)
        opc.keep_text("neutral", key, text)
    return {
        NEUTRAL_SHIPPED: (json.dumps(derived, indent=2, ensure_ascii=False) + "\n").encode(),
        NEUTRAL_MODEL: neutral.typed_config(text).encode(),
    }


def _codegen(model_input: Path, model: Path) -> str:
    """datamodel-codegen on the model input; the model's text."""
    # datamodel-codegen runs ruff from the output's directory: the project's ruff settings must be
    # found there, as they are next to the committed model.
    shutil.copyfile(ROOT / "pyproject.toml", model.parent / "pyproject.toml")
    proc = subprocess.run(
        neutral.codegen_command(model_input, model), cwd=ROOT, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        detail = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines() if line.strip())
        raise GenerationError(f"datamodel-codegen on {NEUTRAL_SCHEMA.relative_to(ROOT)} failed:\n{detail}")
    return model.read_text(encoding="utf-8")


def _model_key(model_input: Path) -> str | None:
    """The hash of everything the generated model is made from (``None``: no build cache, as for
    the clients: ``opc.cache_dir``): its input, the command, the pinned generator and ruff, and the
    project's ruff settings (pyproject.toml)."""
    if opc.cache_dir() is None:
        return None
    from importlib import metadata

    versions = [metadata.version(name) for name in ("datamodel-code-generator", "ruff")]
    command = neutral.codegen_command(Path("input"), Path("model"))[1:]  # not the venv's path to it
    parts = [json.dumps([versions, command], sort_keys=True).encode(), model_input.read_bytes()]
    return opc.digest([*parts, (ROOT / "pyproject.toml").read_bytes()])


def _neutral_and_drift(result: Regeneration, every: Sequence[Vendor], workdir: Path) -> None:
    result.drift = converter_problems(every)
    if not NEUTRAL_SCHEMA.exists() or result.drift:
        return
    try:
        result.neutral = make_neutral(every, workdir)
    except GenerationError as exc:
        result.neutral = exc


def registry_current(every: Sequence[Vendor]) -> bool:
    """Whether ``vendors.json`` on disk is the one these specs give (the converters read it)."""
    registry = project_files.REGISTRY
    facts = {v.slug: v.facts() for v in every}
    return registry.exists() and registry.read_text(encoding="utf-8") == project_files.registry_text(facts)


def regenerate(
    vendors: Sequence[Vendor],
    every: Sequence[Vendor],
    workdir: Path,
    *,
    converters: bool = True,
    stop_early: bool = False,
) -> Regeneration:
    """Everything generated from the specs, into ``workdir`` (nothing in the repository changes):
    the clients of ``vendors`` (in worker processes, while this process lints the specs, checks the
    versions and, with ``converters``, checks the converters and makes the neutral model from
    ``every`` spec). With ``stop_early`` (``make generate``), a spec that fails to parse or validate
    leaves the converters and the neutral model unchecked: nothing after the clients is written."""
    result = Regeneration()
    linting = lint.start([v.spec_path for v in vendors])  # a spec that fails to parse or validate is not built
    buildable = [v for v in vendors if v.spec_path.resolve() not in linting.failed()]
    builder = threading.Thread(target=lambda: result.projects.update(opc.build_clients(buildable, workdir / "clients")))
    builder.start()
    try:
        result.lint = linting.finish()
        for vendor in buildable:
            try:
                release_changes(vendor)
            except GenerationError as exc:
                result.refused[vendor.slug] = str(exc)
            except (KeyError, TypeError, ValueError) as exc:  # a spec lint reports as broken
                result.refused[vendor.slug] = f"cannot compare with the previous spec: {exc!r}"
        if converters and not (stop_early and linting.failed()):
            _neutral_and_drift(result, every, workdir)
    finally:
        builder.join()
    _typed_clients(result, every)
    return result


def _typed_clients(result: Regeneration, every: Sequence[Vendor]) -> None:
    """The typed clients module, from every spec, its names checked against each vendor's fresh
    project (or the committed one, for a vendor not regenerated in this run)."""
    projects = {}
    for vendor in every:
        fresh = result.projects.get(vendor.slug)
        if isinstance(fresh, GenerationError):
            return  # that vendor's failure is reported; the module waits for a good generation
        projects[vendor.slug] = fresh if fresh is not None else vendor.output
    try:
        result.typed = typed.make(every, projects)
    except (GenerationError, OSError, jinja_errors()) as exc:
        result.typed = exc if isinstance(exc, GenerationError) else GenerationError(f"typed clients: {exc}")


def sync_tree(source: Path, target: Path) -> None:
    """Make ``target`` hold exactly the files of ``source``, touching only what changed."""
    wanted = opc.read_tree(source)
    if target.exists():
        for path in sorted(target.rglob("*"), reverse=True):
            rel = path.relative_to(target).as_posix()
            if path.is_file() and rel not in wanted and "__pycache__" not in path.parts:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    for rel, data in wanted.items():
        dst = target / rel
        if dst.exists() and dst.read_bytes() == data:
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(data)


def write_file(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _line(name: str, status: str, detail: str, seconds: float) -> str:
    return f"{name:<13} {status:<10} {detail:<9} {seconds:5.2f}s"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools generate",
        description="Regenerate the clients and the neutral model from the specs.",
    )
    parser.add_argument("--slug", action="append", help="only this vendor's client (repeatable); default: all")
    parser.add_argument("--force", action="store_true", help="accepted for compatibility: every run regenerates")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        every = discover()
        by_slug = {v.slug: v for v in every}
        vendors = [by_slug[s] for s in args.slug] if args.slug else every
    except KeyError as exc:
        print(f"error: no spec for {exc.args[0]}: expected openapi/<slug>.yaml", file=sys.stderr)
        return 1
    except (GenerationError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="voiceagents-gen-") as tmp:
        return _generate(vendors, every, Path(tmp), started)


def _pyprojects() -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in [ROOT / "pyproject.toml", *sorted(GENERATED.glob("*/pyproject.toml"))]}


def lock() -> None:
    """``uv lock``: the workspace's members and their versions moved (offline when the cache has it all)."""
    uv = Path(sys.executable).parent / "uv"
    for extra in (["--offline"], []):
        proc = subprocess.run([str(uv), "lock", "--quiet", *extra], cwd=ROOT, capture_output=True, text=True)
        if proc.returncode == 0:
            print(f"{'uv.lock':<13} updated    (the workspace's projects moved)")
            return
    raise GenerationError(f"uv lock failed:\n{(proc.stdout + proc.stderr).strip()}")


def _generate(vendors: Sequence[Vendor], every: Sequence[Vendor], workdir: Path, started: float) -> int:
    # The converters read the registry: when it is about to change, they are checked after it is written.
    pyprojects = _pyprojects()
    result = regenerate(vendors, every, workdir, converters=registry_current(every), stop_early=True)
    for problem in result.lint:
        print(f"error: {problem}", file=sys.stderr)
    failed = False
    if not args_slugs(vendors, every):
        remove_orphans(every)
    for vendor in vendors:
        why = result.failed(vendor)
        if why:
            failed = True
            print(f"{vendor.slug:<13} FAILED     {why}", file=sys.stderr)
            continue
        project = result.projects[vendor.slug]
        assert isinstance(project, Path)
        (project / "CHANGELOG.md").write_text(changelog(vendor, release_changes(vendor)), encoding="utf-8")
        sync_tree(project, vendor.output)
        print(_line(vendor.slug, "generated", f"v{vendor.version}", time.perf_counter() - started))
    if failed:  # the registry and the tables must describe the clients that exist, not a refused spec
        print(_line("project", "skipped", "", 0.0) + " (a vendor failed: the registry and project files stay)")
        print(_line("total", "failed", "", time.perf_counter() - started))
        return 1
    # The registry first (the converters read it), then the neutral model (derived from the specs
    # and the converters), then the README tables (from both). Also after a one-vendor run: the
    # registry, the extras and the tables state facts of every vendor, this one's included.
    t0 = time.perf_counter()
    facts = {v.slug: v.facts() for v in every}
    written = project_files.write(facts, with_mapping=False)
    if result.drift is None:  # the registry was stale: drift and the neutral model after writing it
        _neutral_and_drift(result, every, workdir)
    for message in result.drift or []:
        print(f"error: converter and spec disagree: {message}", file=sys.stderr)
    if result.drift:
        print(_line("total", "failed", "", time.perf_counter() - started))
        return 1
    if isinstance(result.neutral, GenerationError):
        print(f"{'neutral':<13} FAILED     {result.neutral}", file=sys.stderr)
        failed = True
    elif result.neutral is not None:
        changed = [write_file(path, data) for path, data in result.neutral.items()]
        print(_line("neutral", "generated" if any(changed) else "unchanged", "", time.perf_counter() - t0))
    if isinstance(result.typed, GenerationError):
        print(f"{'typed':<13} FAILED     {result.typed}", file=sys.stderr)
        failed = True
    elif result.typed is not None:
        changed = [write_file(path, data) for path, data in result.typed.items()]
        print(_line("typed", "generated" if any(changed) else "unchanged", "", 0.0))
    written += project_files.write(facts)
    if written:
        names = ", ".join(dict.fromkeys(p.relative_to(ROOT).as_posix() for p in written))
        print(f"{'project':<13} updated    {names} {time.perf_counter() - t0:5.2f}s")
    if _pyprojects() != pyprojects and (ROOT / "uv.lock").exists():
        try:
            lock()
        except GenerationError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed = True
    print(_line("total", "failed" if failed else "ok", "", time.perf_counter() - started))
    return 1 if failed else 0


def jinja_errors() -> type[Exception]:
    import jinja2

    return jinja2.TemplateError


def args_slugs(vendors: Sequence[Vendor], every: Sequence[Vendor]) -> bool:
    """Whether only some vendors are regenerated (``--slug``)."""
    return [v.slug for v in vendors] != [v.slug for v in every]


def remove_orphans(every: Sequence[Vendor]) -> None:
    """Remove the client project of a vendor whose spec is gone (only what the generator wrote)."""
    known = {v.slug for v in every}
    for project in sorted(p for p in GENERATED.iterdir() if p.is_dir() and p.name not in known):
        header = (
            (project / "pyproject.toml").read_text(encoding="utf-8") if (project / "pyproject.toml").exists() else ""
        )
        if header.startswith("# Generated by `make generate`"):
            shutil.rmtree(project)
            print(_line(project.name, "removed", "", 0.0) + f" (no openapi/{project.name}.yaml)")
