"""The declarative deploy commands: ``plan``, ``apply``, ``pull``, ``migrate`` and ``state``.

    voiceagents plan PATH... [--vendor SLUG ...] [--state PATH] [--out FILE] [--parallelism N] [--json]
    voiceagents apply PATH... [--vendor SLUG ...] [--state PATH] [--prune] [--parallelism N] [--json]
    voiceagents apply FILE.plan [--prune]
    voiceagents pull --vendor SLUG ID > agent.yaml
    voiceagents migrate --from SLUG --to SLUG ID [--allow-drop] [--extras FILE]
    voiceagents state show | adopt FILE --vendor SLUG ID | forget FILE|KEY --vendor SLUG

A PATH is a definition file, a folder (every ``*.yaml``, ``*.yml`` and ``*.json`` directly in it) or
``-`` (stdin). Each definition goes to the vendors of its own ``vendors: [slug, ...]`` key, else to
the ``--vendor`` options. Keys come from ``<SLUG>_API_KEY`` and base URLs from ``<SLUG>_BASE_URL``;
``--base-url SLUG=URL`` (repeatable; a bare URL with a single vendor) overrides them.

Output: with one definition file, as it always was: the plan (or outcome) per vendor on stdout
(``--json``: one JSON document keyed by vendor, plus ``orphans`` when there are some), one progress
line per vendor on stderr. With a folder or several files: the definitions that have something to
do, the orphans and a summary (``--json``: ``{"definitions": ..., "orphans": ..., "summary": ...}``),
and on stderr one line per vendor with its counts, redrawn in place on a terminal (printed once at
the end otherwise; nothing with ``--json`` or ``--quiet``).

Exit codes (``_common.deploy_exit_code``): 0 every vendor converged (``plan``: apply can converge every
vendor, whatever it has to do); 1, 3 or 4 when the only failures are invalid input, a lossy
conversion, or a failed vendor call; 5 when some vendor is blocked (a pending create at a vendor
that cannot list assistants, several assistants of the same name, a change its update does not
take, an orphan ``--prune`` cannot delete) or vendors failed for different reasons; 2 usage; 130
interrupted. A saved plan that is out of date is refused with 1, before anything is sent.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import click

from . import _common as common
from ._common import (
    SLUG,
    allow_drop_option,
    base_urls_option,
    file_argument,
    guard,
    json_option,
    object_of,
    parallelism_option,
    paths_argument,
    plan_out_option,
    progress,
    prune_option,
    quiet_option,
    read,
    state_option,
    targets_option,
    timeout_option,
)
from ._progress import Display

if TYPE_CHECKING:
    from ..deploy import (
        Applied,
        Connector,
        Definition,
        FleetOutcome,
        FleetPlan,
        Observer,
        Planned,
        State,
        Target,
        VendorOutcome,
        VendorPlan,
    )
    from ..types import Assistant

__all__ = ["apply", "migrate", "plan", "pull", "state"]

_SLUG_URL = re.compile(r"^([a-z][a-z0-9_]*)=(.+)$")


def _definition(file: str) -> Assistant:
    from ..types import load_assistant

    return load_assistant(object_of(read(file), "the assistant definition"))


def _definitions(paths: Sequence[str], vendors: Sequence[str], state_path: str) -> list[Definition]:
    """The definitions of ``paths``; a usage error when one has no vendor to go to."""
    from ..deploy import load_definitions

    definitions = load_definitions(paths, list(dict.fromkeys(vendors)), limits=common.limits(), exclude=[state_path])
    missing = [d.shown for d in definitions if not d.vendors]
    if missing:
        more = f" (and {len(missing) - 3} more)" if len(missing) > 3 else ""
        raise click.UsageError(
            f"Missing option '--vendor': {', '.join(missing[:3])}{more} has no `vendors: [slug, ...]` key of its own."
        )
    return definitions


def _single(paths: Sequence[str]) -> bool:
    """Whether the run is of one definition file: its output is what it always was."""
    return len(paths) == 1 and (paths[0] == "-" or not os.path.isdir(paths[0]))


def _slugs(definitions: Iterable[Definition]) -> list[str]:
    return list(dict.fromkeys(slug for d in definitions for slug in d.vendors))


def _base_urls(values: Sequence[str], vendors: Sequence[str]) -> dict[str, str]:
    """``--base-url``: ``SLUG=URL`` for any vendor, or a bare URL when there is one vendor."""
    from .. import spec

    urls: dict[str, str] = {}
    for value in values:
        match = _SLUG_URL.match(value)
        if match and match.group(1) in spec.SLUGS:
            urls[match.group(1)] = match.group(2)
        elif len(vendors) == 1:
            urls[vendors[0]] = value
        else:
            raise click.BadParameter(
                f"{value!r}: with several vendors, say which one it is for (SLUG=URL)", param_hint="--base-url"
            )
    return urls


def _connect(vendors: Sequence[str], base_url: Sequence[str], timeout: float | None) -> Connector:
    from ..deploy import connector

    return connector(_base_urls(base_url, vendors), timeout=timeout, deadline=timeout)


def _exit(code: int) -> None:
    if code:
        raise click.exceptions.Exit(code)


_WORDS = {
    "create": "to create",
    "adopt": "to adopt",
    "update": "to update",
    "none": "unchanged",
    "blocked": "blocked",
    "error": "failed",
}
_DONE = {
    "created": "created",
    "adopted": "adopted",
    "updated": "updated",
    "unchanged": "unchanged",
    "deleted": "deleted",
    "kept": "orphans kept (`--prune` deletes them)",
    "blocked": "blocked",
    "failed": "failed",
}


def _orphans_said(count: int) -> str:
    if not count:
        return ""
    return f"; {count} orphan{'s' if count != 1 else ''} (`apply --prune` deletes {'them' if count != 1 else 'it'})"


def _summary(plans: Iterable[VendorPlan]) -> str:
    counts: dict[str, int] = {}
    for p in plans:
        counts[p.action] = counts.get(p.action, 0) + 1
    if set(counts) == {"none"}:
        return "Nothing to do: every vendor matches the definition."
    parts = [f"{counts[a]} {w}" for a, w in _WORDS.items() if counts.get(a)]
    return "Plan: " + ", ".join(parts) + _orphans_said(counts.get("delete", 0)) + "."


def _orphan_lines(orphans: Sequence[Planned] | Sequence[Applied], *, planned: bool) -> list[str]:
    if not orphans:
        return []
    out = ["Orphans: the state records them for definition files no longer in the folders (or files) given"]
    out[0] += " (`apply --prune` deletes them):" if planned else ":"
    for orphan in orphans:
        out.append(f"  {orphan.source or orphan.key} ({orphan.name!r})")
        for result in orphan.vendors.values():
            lines = result.lines() if hasattr(result, "lines") else [result.line()]
            out += [f"    {line}" for line in lines]
    return out


def _print_plans(plans: Mapping[str, VendorPlan], orphans: Sequence[Planned] = ()) -> None:
    for plan in plans.values():
        for line in plan.lines():
            click.echo(line)
    for line in _orphan_lines(orphans, planned=True):
        click.echo(line)
    click.echo(_summary([*plans.values(), *(p for o in orphans for p in o.vendors.values())]))


def _outcome_lines(outcome: VendorOutcome) -> list[str]:
    out = [outcome.line()]
    out += [f"  ~ {change}" for change in outcome.plan.changes]
    out += [f"  {line}" for line in outcome.message.splitlines()[1:]]
    if outcome.plan.hint:
        out.append(f"  ({outcome.plan.hint})")
    return out


def _print_outcomes(outcomes: Mapping[str, VendorOutcome], orphans: Sequence[Applied] = ()) -> None:
    for outcome in outcomes.values():
        for line in _outcome_lines(outcome):
            click.echo(line)
    for line in _orphan_lines(orphans, planned=False):
        click.echo(line)
    bad = [o.vendor for o in outcomes.values() if not o.ok]
    bad += [f"{a.source or a.key} at {o.vendor}" for a in orphans for o in a.vendors.values() if not o.ok]
    click.echo(f"Not converged: {', '.join(bad)}." if bad else "Every vendor matches the definition.")


def _print_fleet_plan(fleet: FleetPlan) -> None:
    quiet = 0
    for planned in fleet.definitions:
        if all(p.converged for p in planned.vendors.values()):
            quiet += 1
            continue
        click.echo(f"{planned.source or planned.key} ({planned.name!r})")
        for plan in planned.vendors.values():
            for line in plan.lines():
                click.echo(f"  {line}")
    for line in _orphan_lines(fleet.orphans, planned=True):
        click.echo(line)
    counts = fleet.summary()
    parts = ", ".join(f"{counts[a]} {w}" for a, w in _WORDS.items() if counts.get(a))
    head = f"Plan for {len(fleet.definitions)} definition(s) at their vendors"
    if quiet == len(fleet.definitions) and not fleet.orphans:
        click.echo(f"{head}: nothing to do, every vendor matches every definition.")
    else:
        click.echo(f"{head}: {parts}{_orphans_said(counts.get('delete', 0))}.")


def _print_fleet_outcome(outcome: FleetOutcome) -> None:
    for applied in (*outcome.definitions, *outcome.orphans):
        if all(o.status == "unchanged" for o in applied.vendors.values()) or applied.orphan:
            continue
        click.echo(f"{applied.source or applied.key} ({applied.name!r})")
        for result in applied.vendors.values():
            for line in _outcome_lines(result):
                click.echo(f"  {line}")
    for line in _orphan_lines(outcome.orphans, planned=False):
        click.echo(line)
    counts = outcome.summary()
    click.echo("Applied: " + ", ".join(f"{counts[s]} {w}" for s, w in _DONE.items() if counts.get(s)) + ".")
    everything = (*outcome.definitions, *outcome.orphans)
    bad = [f"{a.source or a.key} at {o.vendor}" for a in everything for o in a.vendors.values() if not o.ok]
    if bad:
        more = f" (and {len(bad) - 10} more)" if len(bad) > 10 else ""
        click.echo(f"Not converged: {', '.join(bad[:10])}{more}.")
    else:
        click.echo("Every vendor matches every definition.")


def _coerce_id(slug: str, value: str) -> str | int:
    from .. import spec

    for name in ("getAssistant", "updateAssistant", "deleteAssistant"):
        if name in spec.vendor(slug).operations:
            op = spec.operation(slug, name)
            if op.id_param is not None:
                return op.coerce_id(value)
    return value


def _observer(single: bool, *, apply: bool, as_json: bool, quiet: bool) -> tuple[Observer | None, Display | None]:
    """What shows progress: for one definition (apply only), a line before each write, and with
    ``--json`` one per vendor when it is done (without, stdout says it: not twice); else the
    per-vendor counts."""
    from ..deploy import lines

    if single:
        return (lines(progress, done=as_json) if apply and not quiet else None), None
    display = Display(apply=apply, enabled=not (as_json or quiet))
    return display, display


@click.command("plan")
@paths_argument
@targets_option
@state_option
@base_urls_option
@timeout_option
@allow_drop_option
@parallelism_option
@plan_out_option
@json_option
@quiet_option
@guard
def plan(
    paths: tuple[str, ...],
    vendors: tuple[str, ...],
    state_path: str,
    base_url: tuple[str, ...],
    timeout: float | None,
    allow_drop: bool,
    parallelism: int,
    out_file: str | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Show what `apply` would do for each definition at each vendor: create, adopt, update (each
    field, old -> new, edits made outside voiceagents marked as drift), none, or blocked (and how to
    unblock it); and the orphans: assistants the state records for a definition file that is gone
    from the folders (or files) given (delete, done only by `apply --prune`).

    PATH is a definition file, a folder of them (*.yaml, *.yml, *.json directly in it) or - (stdin);
    each goes to the vendors of its `vendors: [slug, ...]` key, else to --vendor. Reads the state
    file once and the vendors; sends no change and writes nothing, except the saved plan that
    -o/--out FILE writes (then `voiceagents apply FILE` carries out exactly it).
    """
    from ..deploy import plan_fleet, write_plan

    single = _single(paths)
    definitions = _definitions(paths, vendors, state_path)
    connect = _connect(_slugs(definitions), base_url, timeout)
    observe, display = _observer(single, apply=False, as_json=as_json, quiet=quiet)
    fleet = asyncio.run(
        plan_fleet(
            definitions,
            state_path=state_path,
            connect=connect,
            allow_drop=allow_drop,
            parallelism=parallelism,
            progress=observe,
            scope=paths,
        )
    )
    if display is not None:
        display.finish()
    if out_file:
        write_plan(out_file, fleet)
        if not quiet:
            saved = f"Saved the plan to {out_file}: `voiceagents apply {out_file}` carries out exactly it."
            click.echo(saved, err=True)
    if as_json:
        common.emit(_single_json(fleet) if single else fleet.to_dict())
    elif single:
        _print_plans(fleet.definitions[0].vendors, fleet.orphans)
    else:
        _print_fleet_plan(fleet)
    _exit(common.deploy_exit_code(fleet.results()))


def _single_json(fleet: FleetPlan | FleetOutcome) -> dict[str, object]:
    """The JSON of a run of one definition: keyed by vendor, as it always was (``orphans`` added
    when there are some)."""
    (only,) = fleet.definitions
    out: dict[str, object] = {slug: result.to_dict() for slug, result in only.vendors.items()}
    if fleet.orphans:
        out["orphans"] = {o.key: o.to_dict() for o in fleet.orphans}
    return out


def _explicit(name: str) -> bool:
    source = click.get_current_context().get_parameter_source(name)
    return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")


@click.command("apply")
@paths_argument
@targets_option
@state_option
@base_urls_option
@timeout_option
@allow_drop_option
@parallelism_option
@prune_option
@json_option
@quiet_option
@guard
def apply(
    paths: tuple[str, ...],
    vendors: tuple[str, ...],
    state_path: str,
    base_url: tuple[str, ...],
    timeout: float | None,
    allow_drop: bool,
    parallelism: int,
    prune: bool,
    as_json: bool,
    quiet: bool,
) -> None:
    """Make every vendor's assistant match each definition: create it where it does not exist,
    update it in place where it differs, leave the rest alone. PATHs are as for `plan`; a single
    saved plan (`plan -o FILE`) is carried out exactly, or refused if the state file or a live
    assistant changed since. Orphans are kept, and deleted only with --prune.

    Vendors run in parallel (--parallelism requests at a time each); the state file records each
    assistant's id as results arrive (its journal, <state>.journal, is fsynced per result and folded
    in at the end). A create that may have succeeded without an answer (a timeout, a 5xx, Ctrl-C, a
    killed process) is never sent twice: the next apply finds the assistant by name, or says how to
    resolve it.
    """
    from ..deploy import apply_fleet, apply_saved, read_plan

    saved = read_plan(paths[0]) if len(paths) == 1 else None
    observe, display = _observer(_single(paths) and saved is None, apply=True, as_json=as_json, quiet=quiet)
    try:
        if saved is not None:
            if vendors or allow_drop:
                raise click.UsageError(
                    f"{paths[0]} is a saved plan: it names its vendors and --allow-drop; drop --vendor and --allow-drop"
                )
            outcome = asyncio.run(
                apply_saved(
                    saved,
                    state_path=state_path if _explicit("state_path") else None,
                    connect=_connect(saved.vendors, base_url, timeout),
                    parallelism=parallelism,
                    progress=observe,
                    prune=prune,
                )
            )
        else:
            definitions = _definitions(paths, vendors, state_path)
            outcome = asyncio.run(
                apply_fleet(
                    definitions,
                    state_path=state_path,
                    connect=_connect(_slugs(definitions), base_url, timeout),
                    allow_drop=allow_drop,
                    parallelism=parallelism,
                    progress=observe,
                    prune=prune,
                    scope=paths,
                )
            )
    except KeyboardInterrupt as exc:
        exc.add_note(
            f"the state file ({state_path}) records every create in flight as pending: the next apply"
            " looks it up by name, or says how to resolve it"
        )
        raise
    finally:
        if display is not None:
            display.finish()
    if as_json:
        common.emit(_single_json(outcome) if display is None else outcome.to_dict())
    elif display is None:
        _print_outcomes(outcome.definitions[0].vendors, outcome.orphans)
    else:
        _print_fleet_outcome(outcome)
    _exit(common.deploy_exit_code(outcome.results()))


@click.command("pull")
@click.option("--vendor", required=True, type=SLUG, help="The vendor the assistant is at.")
@click.argument("assistant_id", metavar="ID")
@base_urls_option
@timeout_option
@json_option
@quiet_option
@guard
def pull(
    vendor: str, assistant_id: str, base_url: tuple[str, ...], timeout: float | None, as_json: bool, quiet: bool
) -> None:
    """Print a live assistant as a neutral definition (YAML; the report on stderr).

    voiceagents pull --vendor revox asst_123 > agent.yaml
    """
    from ..deploy import pull as pull_assistant

    connect = _connect([vendor], base_url, timeout)
    assistant, report = asyncio.run(pull_assistant(vendor, _coerce_id(vendor, assistant_id), connect))
    definition = assistant.model_dump(exclude_unset=True)
    if as_json:
        common.emit({"definition": definition, "report": report.to_dict()})
        return
    import yaml

    click.echo(yaml.safe_dump(definition, sort_keys=False, allow_unicode=True), nl=False)
    common.report(report, quiet=quiet)


@click.command("migrate")
@click.option("--from", "source", required=True, type=SLUG, help="The vendor the assistant is at.")
@click.option("--to", "target", required=True, type=SLUG, help="The vendor to move it to.")
@click.argument("assistant_id", metavar="ID")
@allow_drop_option
@click.option(
    "--extras",
    "extras_file",
    metavar="FILE",
    help="YAML/JSON merged into the pulled definition first, e.g. the vendor_extras.<to> the target needs.",
)
@state_option
@base_urls_option
@timeout_option
@json_option
@quiet_option
@guard
def migrate(
    source: str,
    target: str,
    assistant_id: str,
    allow_drop: bool,
    extras_file: str | None,
    state_path: str,
    base_url: tuple[str, ...],
    timeout: float | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Move an assistant to another vendor: pull it from --from, convert it, apply it to --to.

    The assistant at --from is left as it is. Both conversion reports go to stderr; the outcome
    (and the id at --to) to stdout. Applying it again (or `plan`) finds it by its name.
    """
    from ..deploy import migrate as move

    extras = object_of(read(extras_file), "--extras") if extras_file else None
    connect = _connect([source, target], base_url, timeout)
    assistant, pulled, outcome = asyncio.run(
        move(
            source,
            target,
            _coerce_id(source, assistant_id),
            extras=extras,
            state_path=state_path,
            connect=connect,
            allow_drop=allow_drop,
            progress=progress,
        )
    )
    converted = outcome.plan.desired.report if outcome.plan.desired else outcome.plan.report
    if as_json:
        common.emit(
            {
                "from": {"vendor": source, "id": assistant_id, "report": pulled.to_dict()},
                "to": {**outcome.to_dict(), "vendor": target, "report": converted.to_dict() if converted else None},
                "definition": assistant.model_dump(exclude_unset=True),
            }
        )
    else:
        common.report(pulled, quiet=quiet)
        common.report(converted, quiet=quiet)
        _print_outcomes({target: outcome})
    _exit(common.deploy_exit_code([outcome]))


@click.group("state")
def state() -> None:
    """Show or correct the state file (e.g. to resolve a create that may have succeeded)."""


@state.command("show")
@state_option
@click.option("--json", "as_json", is_flag=True, help="Print the state file's JSON.")
@guard
def state_show(state_path: str, as_json: bool) -> None:
    """List every definition and its assistant at each vendor."""
    from ..deploy import State

    current = State.load(state_path)
    if as_json:
        common.emit(current.to_json())
        return
    if not current.definitions:
        click.echo(f"{state_path}: no definitions applied yet")
        return
    for key, definition in current.definitions.items():
        click.echo(f"{key} ({definition.name!r})")
        for slug, entry in definition.vendors.items():
            if entry.pending is not None:
                status = f"pending create since {entry.pending.since}: {entry.pending.reason}"
            else:
                status = f"id {entry.id if entry.id is not None else '(unknown)'}, applied {entry.applied_at}"
            click.echo(f"  {slug}: {status}")


@state.command("adopt")
@file_argument
@click.option("--vendor", required=True, type=SLUG, help="The vendor the assistant is at.")
@click.argument("assistant_id", metavar="ID")
@state_option
@guard
def state_adopt(file: str, vendor: str, assistant_id: str, state_path: str) -> None:
    """Record that FILE's assistant at --vendor is ID (e.g. the one a pending create made); the
    next plan compares it with the definition."""
    from ..deploy import State, VendorEntry, digest

    assistant = _definition(file)
    ident = _coerce_id(vendor, assistant_id)
    with State(state_path).lock():
        current = State.load(state_path)
        target = _target(assistant, current, file, vendor)
        entry = current.vendor(target.key, vendor) or VendorEntry()
        if entry.pending is not None and entry.pending.applied is not None:
            entry.applied = entry.pending.applied  # the body that create sent
            entry.digest = digest(entry.applied)
        entry.id, entry.pending = ident, None
        current.put(target.key, target.name, target.source, vendor, entry)
        current.save()
    click.echo(f"recorded {vendor} assistant {ident} for {target.key} in {state_path}")


@state.command("forget")
@click.argument("file", metavar="FILE|KEY")
@click.option("--vendor", required=True, type=SLUG, help="The vendor to forget it at.")
@state_option
@guard
def state_forget(file: str, vendor: str, state_path: str) -> None:
    """Forget FILE's assistant at --vendor (a pending create that made nothing, or an orphan deleted
    by hand): the next apply looks it up by name, or creates it. Nothing is deleted at the vendor.
    A KEY of the state (`voiceagents state show` lists them) works too, e.g. for a file that is gone."""
    from .._exceptions import InputError
    from ..deploy import State

    with State(state_path).lock():
        current = State.load(state_path)
        if file in current.definitions and not os.path.isfile(file):
            key = file
        else:
            key = _target(_definition(file), current, file, vendor).key
        if not current.forget(key, vendor):
            raise InputError(f"{state_path} has no {vendor} entry for {key}")
        current.save()
    click.echo(f"forgot {key} at {vendor} in {state_path}")


def _target(assistant: Assistant, state: State, file: str, vendor: str) -> Target:
    """The definition's target, its entry moved to its current key if the file moved."""
    from ..deploy import Target as Found

    target = Found.of(assistant, state, file, [vendor])
    if target.moved_from is not None:
        state.move(target.moved_from, target.key, target.name, target.source)
        target = dataclasses.replace(target, moved_from=None)
    return target
