"""Carrying a plan out: ``voiceagents apply``, ``pull`` and ``migrate``.

Every vendor is planned and applied concurrently (one async client each), under the state file's
lock; each vendor's outcome is saved to the state as soon as it is known, so one vendor's failure
never loses another's id. Per vendor:

* ``create``: the create is recorded as *pending* in the state before it is sent, then replaced by
  the id when the answer comes. A failure that may have created it (a timeout, a 5xx, a dropped
  connection, Ctrl-C) keeps the pending entry; the next apply looks the assistant up by name
  (vendors with ``listAssistants``) or refuses to create it again and says how to resolve it
  (``voiceagents state adopt``/``state forget``). A failure that provably created nothing removes it.
* ``update``/``adopt``: the update body (the definition's fields the vendor's update takes) is sent
  once, overwriting edits made outside voiceagents (listed as drift); an adopted assistant whose
  fields already match is only recorded.
* ``none``: nothing is sent (the state is refreshed when what it records is stale).

Every outcome says whether the vendor converged (``VendorOutcome.ok``) and, when it did not, why
(``kind``: ``input``, ``lossy`` or ``api``; or ``blocked``); the command line turns that into its
exit code.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .. import spec
from .._exceptions import APIError, InputError, UnsupportedOperationError
from .._json import merged
from ._plan import (
    Connector,
    Desired,
    ErrorKind,
    Target,
    VendorPlan,
    connector,
    desire,
    failed,
    find_by_name,
    gather_vendors,
    known_body,
    plan_at,
)
from ._state import DEFAULT_STATE, Pending, State, VendorEntry, digest, now, seal

if TYPE_CHECKING:
    from .._http import AsyncClient, Result
    from ..convert import ConversionReport
    from ..types import Assistant

__all__ = [
    "Progress",
    "Status",
    "VendorOutcome",
    "apply_definition",
    "migrate",
    "plan_definition",
    "pull",
]

Status = Literal["created", "updated", "adopted", "unchanged", "blocked", "failed"]
Progress = Callable[[str], None]


def _quiet(line: str) -> None:
    pass


@dataclass
class VendorOutcome:
    """What apply did at one vendor."""

    plan: VendorPlan
    status: Status
    id: str | int | None = None
    message: str = ""
    kind: ErrorKind | None = None
    sent: list[str] = field(default_factory=list)
    """The write operations sent (``createAssistant``, ``updateAssistant``)."""

    @property
    def vendor(self) -> str:
        return self.plan.vendor

    @property
    def ok(self) -> bool:
        """Whether the vendor now matches the definition."""
        return self.status in ("created", "updated", "adopted", "unchanged") and not self.plan.stuck

    def to_dict(self) -> dict[str, Any]:
        out = self.plan.to_dict()
        out.update({"status": self.status, "id": self.id, "converged": self.ok, "sent": list(self.sent)})
        if self.message:
            out["message"] = self.message
        if self.kind:
            out["error"] = self.kind
        return out

    def line(self) -> str:
        """The one progress line for this vendor."""
        plan = self.plan
        what = {
            "created": f"created {self.id if self.id is not None else '(the vendor gave no id)'}",
            "updated": f"updated {self.id}: {_count(plan.in_place, 'field')}",
            "adopted": f"adopted {self.id}" + (f", updated {_count(plan.in_place, 'field')}" if self.sent else ""),
            "unchanged": "nothing to do",
            "blocked": "blocked",
            "failed": f"failed ({self.kind} error)",
        }[self.status]
        drift = [c.field for c in plan.drifted if c.in_place]
        if drift and self.sent:
            what += f"; overwrote edits made outside voiceagents: {', '.join(drift)}"
        if self.message and not self.ok:
            what += ": " + self.message.splitlines()[0]
        return f"{self.vendor}: {what}"


def _count(items: Sequence[object], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


# -- applying one vendor -------------------------------------------------------------------


def _pending_reason(exc: BaseException) -> str:
    if isinstance(exc, APIError):
        first = exc.detail
        return first if len(first) <= 200 else first[:197] + "..."
    if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError):
        return "interrupted before the answer came"
    return f"{type(exc).__name__} before the answer came"


async def _create(
    api: AsyncClient, target: Target, plan: VendorPlan, desired: Desired, state: State, progress: Progress
) -> VendorOutcome:
    slug = api.vendor
    previous = state.vendor(target.key, slug)
    sealed = seal(desired.create)
    entry = VendorEntry(pending=Pending(now(), "createAssistant", "sent; no answer yet", digest(sealed), sealed))
    state.put(target.key, target.name, target.source, slug, entry)
    state.save()  # before sending: whatever happens next, the next apply knows a create may exist
    progress(f"{slug}: creating {target.name!r}")
    try:
        result = await api.create_assistant(desired.create)
    except APIError as exc:
        if exc.may_have_created:
            assert entry.pending is not None
            entry.pending.reason = _pending_reason(exc)
            state.save()
            return VendorOutcome(plan, "failed", message=str(exc) + " " + _next_time(slug), kind="api")
        if previous is not None and previous.exists:
            state.put(target.key, target.name, target.source, slug, previous)
        else:
            state.forget(target.key, slug)
        state.save()
        return VendorOutcome(plan, "failed", message=str(exc), kind="api")
    except BaseException as exc:  # Ctrl-C, cancellation: the create may have reached the vendor
        assert entry.pending is not None
        entry.pending.reason = _pending_reason(exc)
        state.save()
        raise
    ident = result.id
    entry.record(ident, sealed)
    state.save()
    if ident is None and "listAssistants" in spec.vendor(slug).operations:
        with contextlib.suppress(APIError):  # the id can wait: the next plan looks it up by name
            matches = await find_by_name(api, desired)
            if len(matches) == 1:
                ident = matches[0].id
                entry.record(ident, sealed)
                state.save()
    return VendorOutcome(plan, "created", ident, sent=["createAssistant"])


def _next_time(slug: str) -> str:
    if "listAssistants" in spec.vendor(slug).operations:
        return "The state records it as pending: the next apply looks it up by name and adopts it, or creates it."
    return (
        "The state records it as pending: the next apply will not create it again until you record its id"
        " (voiceagents state adopt) or clear it (voiceagents state forget); `voiceagents plan` shows how."
    )


async def _update(
    api: AsyncClient, target: Target, plan: VendorPlan, desired: Desired, state: State, progress: Progress
) -> VendorOutcome:
    slug = api.vendor
    entry = state.vendor(target.key, slug) or VendorEntry()
    sent = []
    if plan.in_place and desired.update is not None:
        if plan.id is None:  # pragma: no cover - the plan blocks an update without an id
            raise InputError(f"{slug}: the assistant's id is unknown, so it cannot be updated")
        progress(f"{slug}: updating {plan.id} ({_count(plan.in_place, 'field')})")
        await api.update_assistant(plan.id, desired.update)
        sent.append("updateAssistant")
    entry.pending = None
    entry.record(plan.id, known_body(desired, plan, updated=bool(sent)))
    state.put(target.key, target.name, target.source, slug, entry)
    state.save()
    status: Status = "adopted" if plan.action == "adopt" else "updated"
    return VendorOutcome(plan, status, plan.id, message=plan.message, sent=sent)


def _refresh(target: Target, plan: VendorPlan, desired: Desired, state: State) -> VendorOutcome:
    entry = state.vendor(target.key, plan.vendor)
    if entry is not None:
        body = known_body(desired, plan, updated=False)
        if entry.digest != digest(body) or entry.pending is not None:
            entry.record(entry.id, body)
            state.save()
    return VendorOutcome(plan, "unchanged", plan.id)


async def _apply_vendor(
    target: Target, slug: str, connect: Connector, state: State, *, allow_drop: bool, progress: Progress
) -> VendorOutcome:
    desired = desire(target, slug, allow_drop=allow_drop)
    if isinstance(desired, VendorPlan):
        return VendorOutcome(desired, "failed", message=desired.message, kind=desired.kind)
    plan: VendorPlan | None = None
    try:
        async with connect(slug) as api:
            plan = await plan_at(api, target, desired, state)
            if plan.action == "blocked":
                return VendorOutcome(plan, "blocked", plan.id, message=plan.message)
            if plan.action == "create":
                return await _create(api, target, plan, desired, state, progress)
            if plan.action in ("update", "adopt"):
                return await _update(api, target, plan, desired, state, progress)
            return _refresh(target, plan, desired, state)
    except (APIError, InputError) as exc:
        plan = plan or failed(slug, exc, desired)
        kind: ErrorKind = "api" if isinstance(exc, APIError) else "input"
        return VendorOutcome(plan, "failed", plan.id, message=str(exc), kind=kind)


# -- the commands' work --------------------------------------------------------------------


async def plan_definition(
    assistant: Assistant,
    vendors: Iterable[str],
    *,
    file: str | None = None,
    state_path: str | Path = DEFAULT_STATE,
    connect: Connector | None = None,
    allow_drop: bool = False,
) -> dict[str, VendorPlan]:
    """What apply would do at each vendor (reads the state and the vendors, writes nothing)."""
    from ._plan import plan as make_plan

    slugs = list(dict.fromkeys(vendors))
    state = State.load(state_path)
    target = Target.of(assistant, state, file, slugs)
    return await make_plan(target, slugs, connect or connector(), state, allow_drop=allow_drop)


async def apply_definition(
    assistant: Assistant,
    vendors: Iterable[str],
    *,
    file: str | None = None,
    state_path: str | Path = DEFAULT_STATE,
    connect: Connector | None = None,
    allow_drop: bool = False,
    progress: Progress | None = None,
) -> dict[str, VendorOutcome]:
    """Make every vendor match the definition, concurrently; the outcome per vendor."""
    slugs = list(dict.fromkeys(vendors))
    report = progress or _quiet
    connect = connect or connector()
    with State(state_path).lock():
        state = State.load(state_path)
        target = Target.of(assistant, state, file, slugs)
        if target.moved_from is not None:
            state.move(target.moved_from, target.key, target.name, target.source)
            state.save()
            target = dataclasses.replace(target, moved_from=None)

        async def one(slug: str) -> VendorOutcome:
            outcome = await _apply_vendor(target, slug, connect, state, allow_drop=allow_drop, progress=report)
            report(outcome.line())
            return outcome

        return await gather_vendors(slugs, one)


async def pull(
    slug: str, assistant_id: str | int, connect: Connector | None = None
) -> tuple[Assistant, ConversionReport]:
    """A live assistant as a neutral definition (via get, else a search of the list), and the report."""
    operations = spec.vendor(slug).operations
    async with (connect or connector())(slug) as api:
        result: Result | None = None
        if "getAssistant" in operations:
            result = await api.get_assistant(assistant_id)
        elif "listAssistants" in operations:
            async for item in api.list_assistants():
                if item.id is not None and str(item.id) == str(assistant_id):
                    result = item
                    break
            if result is None:
                raise InputError(f"{slug} lists no assistant with id {assistant_id!r}")
        else:
            raise UnsupportedOperationError(slug, "getAssistant", operations)
        return result.to_assistant()


async def migrate(
    source: str,
    target: str,
    assistant_id: str | int,
    *,
    extras: Mapping[str, Any] | None = None,
    state_path: str | Path = DEFAULT_STATE,
    connect: Connector | None = None,
    allow_drop: bool = False,
    progress: Progress | None = None,
) -> tuple[Assistant, ConversionReport, VendorOutcome]:
    """Pull ``assistant_id`` from ``source``, merge ``extras`` (e.g. the ``vendor_extras`` the
    target needs), and apply it to ``target``: the definition, the pull report, the outcome."""
    from ..types import load_assistant

    if source == target:
        raise InputError(f"--from and --to are both {source}: nothing to migrate")
    connect = connect or connector()
    assistant, report = await pull(source, assistant_id, connect)
    if extras:
        assistant = load_assistant(merged(assistant.model_dump(exclude_unset=True), extras))
    outcomes = await apply_definition(
        assistant, [target], state_path=state_path, connect=connect, allow_drop=allow_drop, progress=progress
    )
    return assistant, report, outcomes[target]
