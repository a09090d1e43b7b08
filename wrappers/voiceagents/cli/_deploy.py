"""The declarative deploy commands: ``plan``, ``apply``, ``pull``, ``migrate`` and ``state``.

    voiceagents plan FILE --vendor SLUG [--vendor SLUG ...] [--state PATH] [--json]
    voiceagents apply FILE --vendor SLUG [--vendor SLUG ...] [--state PATH] [--allow-drop] [--json]
    voiceagents pull --vendor SLUG ID > agent.yaml
    voiceagents migrate --from SLUG --to SLUG ID [--allow-drop] [--extras FILE]
    voiceagents state show | adopt FILE --vendor SLUG ID | forget FILE --vendor SLUG

Keys come from ``<SLUG>_API_KEY`` and base URLs from
``<SLUG>_BASE_URL``; ``--base-url SLUG=URL`` (repeatable; a bare URL with a single vendor)
overrides them. The plan and the outcome go to stdout (``--json``: one JSON document keyed by
vendor), one progress line per vendor to stderr.

Exit codes (``_common.deploy_exit_code``): 0 every vendor converged (``plan``: apply can converge every
vendor, whatever it has to do); 1, 3 or 4 when the only failures are invalid input, a lossy
conversion, or a failed vendor call; 5 when some vendor is blocked (a pending create at a vendor
that cannot list assistants, several assistants of the same name, a change its update does not
take) or vendors failed for different reasons; 2 usage; 130 interrupted.
"""

from __future__ import annotations

import asyncio
import dataclasses
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
    progress,
    quiet_option,
    read,
    state_option,
    timeout_option,
    vendors_option,
)

if TYPE_CHECKING:
    from ..deploy import Connector, State, Target, VendorOutcome, VendorPlan
    from ..types import Assistant

__all__ = ["apply", "migrate", "plan", "pull", "state"]

_SLUG_URL = re.compile(r"^([a-z][a-z0-9_]*)=(.+)$")


def _definition(file: str) -> Assistant:
    from ..types import load_assistant

    return load_assistant(object_of(read(file), "the assistant definition"))


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

    return connector(_base_urls(base_url, vendors), timeout=timeout)


def _exit(code: int) -> None:
    if code:
        raise click.exceptions.Exit(code)


def _summary(plans: Iterable[VendorPlan]) -> str:
    counts: dict[str, int] = {}
    for p in plans:
        counts[p.action] = counts.get(p.action, 0) + 1
    if set(counts) == {"none"}:
        return "Nothing to do: every vendor matches the definition."
    words = {
        "create": "to create",
        "adopt": "to adopt",
        "update": "to update",
        "none": "unchanged",
        "blocked": "blocked",
        "error": "failed",
    }
    parts = [f"{counts[a]} {w}" for a, w in words.items() if counts.get(a)]
    return "Plan: " + ", ".join(parts) + "."


def _print_plans(plans: Mapping[str, VendorPlan]) -> None:
    for plan in plans.values():
        for line in plan.lines():
            click.echo(line)
    click.echo(_summary(plans.values()))


def _print_outcomes(outcomes: Mapping[str, VendorOutcome]) -> None:
    for outcome in outcomes.values():
        click.echo(outcome.line())
        for change in outcome.plan.changes:
            click.echo(f"  ~ {change}")
        for line in outcome.message.splitlines()[1:]:
            click.echo(f"  {line}")
        if outcome.plan.hint:
            click.echo(f"  ({outcome.plan.hint})")
    bad = [o.vendor for o in outcomes.values() if not o.ok]
    click.echo(f"Not converged: {', '.join(bad)}." if bad else "Every vendor matches the definition.")


def _coerce_id(slug: str, value: str) -> str | int:
    from .. import spec

    for name in ("getAssistant", "updateAssistant", "deleteAssistant"):
        if name in spec.vendor(slug).operations:
            op = spec.operation(slug, name)
            if op.id_param is not None:
                return op.coerce_id(value)
    return value


@click.command("plan")
@file_argument
@vendors_option
@state_option
@base_urls_option
@timeout_option
@allow_drop_option
@json_option
@guard
def plan(
    file: str,
    vendors: tuple[str, ...],
    state_path: str,
    base_url: tuple[str, ...],
    timeout: float | None,
    allow_drop: bool,
    as_json: bool,
) -> None:
    """Show what `apply` would do at each vendor: create, adopt, update (each field, old -> new,
    edits made outside voiceagents marked as drift), none, or blocked (and how to unblock it).

    Reads the state file and the vendors; sends no change and writes nothing.
    """
    from ..deploy import plan_definition

    slugs = list(dict.fromkeys(vendors))
    assistant = _definition(file)
    connect = _connect(slugs, base_url, timeout)
    plans = asyncio.run(
        plan_definition(assistant, slugs, file=file, state_path=state_path, connect=connect, allow_drop=allow_drop)
    )
    if as_json:
        common.emit({slug: p.to_dict() for slug, p in plans.items()})
    else:
        _print_plans(plans)
    _exit(common.deploy_exit_code(plans.values()))


@click.command("apply")
@file_argument
@vendors_option
@state_option
@base_urls_option
@timeout_option
@allow_drop_option
@json_option
@guard
def apply(
    file: str,
    vendors: tuple[str, ...],
    state_path: str,
    base_url: tuple[str, ...],
    timeout: float | None,
    allow_drop: bool,
    as_json: bool,
) -> None:
    """Make every vendor's assistant match FILE: create it where it does not exist, update it in
    place where it differs, leave the rest alone. Vendors are applied concurrently, one progress
    line each on stderr; the state file records each assistant's id and what was applied.

    A create that may have succeeded without an answer (a timeout, a 5xx, Ctrl-C) is never sent
    twice: the next apply finds the assistant by name, or says how to resolve it.
    """
    from ..deploy import apply_definition

    slugs = list(dict.fromkeys(vendors))
    assistant = _definition(file)
    connect = _connect(slugs, base_url, timeout)
    try:
        outcomes = asyncio.run(
            apply_definition(
                assistant,
                slugs,
                file=file,
                state_path=state_path,
                connect=connect,
                allow_drop=allow_drop,
                progress=progress,
            )
        )
    except KeyboardInterrupt as exc:
        exc.add_note(
            f"the state file ({state_path}) records every create in flight as pending: the next apply"
            " looks it up by name, or says how to resolve it"
        )
        raise
    if as_json:
        common.emit({slug: o.to_dict() for slug, o in outcomes.items()})
    else:
        _print_outcomes(outcomes)
    _exit(common.deploy_exit_code(outcomes.values()))


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
@file_argument
@click.option("--vendor", required=True, type=SLUG, help="The vendor to forget it at.")
@state_option
@guard
def state_forget(file: str, vendor: str, state_path: str) -> None:
    """Forget FILE's assistant at --vendor (a pending create that made nothing): the next apply
    looks it up by name, or creates it. Nothing is deleted at the vendor."""
    from .._exceptions import InputError
    from ..deploy import State

    assistant = _definition(file)
    with State(state_path).lock():
        current = State.load(state_path)
        target = _target(assistant, current, file, vendor)
        if not current.forget(target.key, vendor):
            raise InputError(f"{state_path} has no {vendor} entry for {target.key}")
        current.save()
    click.echo(f"forgot {target.key} at {vendor} in {state_path}")


def _target(assistant: Assistant, state: State, file: str, vendor: str) -> Target:
    """The definition's target, its entry moved to its current key if the file moved."""
    from ..deploy import Target as Found

    target = Found.of(assistant, state, file, [vendor])
    if target.moved_from is not None:
        state.move(target.moved_from, target.key, target.name, target.source)
        target = dataclasses.replace(target, moved_from=None)
    return target
