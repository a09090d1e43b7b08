"""Carrying a plan out: ``voiceagents apply``, ``pull`` and ``migrate``.

Every vendor is planned and applied concurrently, under the state file's lock (``_fleet`` runs it:
``apply_definition`` is a run of one definition); each outcome is recorded in the state's journal
as soon as it is known, so one vendor's failure never loses another's id. Per vendor:

* ``create``: the create is recorded as *pending* in the state before it is sent, then replaced by
  the id when the answer comes. A failure that may have created it (a timeout, a 5xx, a dropped
  connection, Ctrl-C) keeps the pending entry; the next apply looks the assistant up by name
  (vendors with ``listAssistants``) or refuses to create it again and says how to resolve it
  (``voiceagents state adopt``/``state forget``). A failure that provably created nothing removes it.
* ``update``/``adopt``: the update body (the definition's fields the vendor's update takes) is sent
  once, overwriting edits made outside voiceagents (listed as drift); an adopted assistant whose
  fields already match is only recorded.
* ``none``: nothing is sent (the state is refreshed when what it records is stale);
* ``delete`` (an orphan, with ``--prune`` only): the delete is sent; the entry leaves the state
  when it succeeded, or the assistant was already gone (404).

Every outcome says whether the vendor converged (``VendorOutcome.ok``) and, when it did not, why
(``kind``: ``input``, ``lossy`` or ``api``; or ``blocked``); the command line turns that into its
exit code.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .. import spec
from .._exceptions import APIError, InputError, UnsupportedOperationError
from ._journal import Journal, encode
from ._plan import Api, Connector, Desired, ErrorKind, Target, VendorPlan, connector, find_by_name, known_body
from ._state import Pending, State, VendorEntry, digest, now, seal

if TYPE_CHECKING:
    from .._http import Result
    from ..convert import ConversionReport
    from ..types import Assistant

__all__ = [
    "Progress",
    "Status",
    "VendorOutcome",
    "pull",
]

Status = Literal["created", "updated", "adopted", "unchanged", "blocked", "failed", "deleted", "kept"]
Progress = Callable[[str], None]


@dataclass(repr=False)
class VendorOutcome:
    """What apply did at one vendor."""

    plan: VendorPlan
    status: Status
    id: str | int | None = None
    message: str = ""
    kind: ErrorKind | None = None
    sent: list[str] = field(default_factory=list)
    """The write operations sent (``createAssistant``, ``updateAssistant``)."""

    def __repr__(self) -> str:
        return f"<VendorOutcome {self.vendor}: {self.status} {self.id!r}>"

    @property
    def vendor(self) -> str:
        return self.plan.vendor

    @property
    def ok(self) -> bool:
        """Whether the vendor now matches the definition."""
        return self.status in ("created", "updated", "adopted", "unchanged", "deleted", "kept") and not self.plan.stuck

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
            "deleted": f"deleted {self.id}",
            "kept": f"kept {self.id if self.id is not None else '(id unknown)'}",
        }[self.status]
        drift = [c.field for c in plan.drifted if c.in_place]
        if drift and self.sent:
            what += f"; overwrote edits made outside voiceagents: {', '.join(drift)}"
        if self.message and (not self.ok or self.status in ("deleted", "kept")):
            what += ": " + self.message.splitlines()[0]
        return f"{self.vendor}: {what}"


def _count(items: Sequence[object], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


# -- recording outcomes --------------------------------------------------------------------


class Book:
    """Where a run records what it learns: the state in memory, and the journal on disk (each record
    fsynced before ``put``/``forget`` return: a pending create is on disk before it is sent)."""

    def __init__(self, state: State, journal: Journal) -> None:
        self.state = state
        self.journal = journal

    async def put(self, target: Target, slug: str, entry: VendorEntry) -> None:
        await self.journal.record(self.state.put(target.key, target.name, target.source, slug, entry))

    def put_now(self, target: Target, slug: str, entry: VendorEntry) -> None:
        """``put``, blocking: for a task being cancelled, which cannot wait any more."""
        record = self.state.put(target.key, target.name, target.source, slug, entry)
        with contextlib.suppress(OSError):  # the state file written at the end holds it anyway
            self.journal.write([encode(record)])

    async def forget(self, key: str, slug: str) -> None:
        if self.state.forget(key, slug):
            await self.journal.record({"op": "forget", "key": key, "vendor": slug})

    async def move(self, target: Target) -> Target:
        """Re-key a moved definition's entry; the target, moved."""
        if target.moved_from is None:
            return target
        await self.journal.record(self.state.move(target.moved_from, target.key, target.name, target.source))
        return dataclasses.replace(target, moved_from=None)


# -- applying one vendor -------------------------------------------------------------------


def _pending_reason(exc: BaseException) -> str:
    if isinstance(exc, APIError):
        first = exc.detail
        return first if len(first) <= 200 else first[:197] + "..."
    if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError):
        return "interrupted before the answer came"
    return f"{type(exc).__name__} before the answer came"


async def create(
    api: Api, target: Target, plan: VendorPlan, desired: Desired, book: Book, note: Progress
) -> VendorOutcome:
    """Send the create (recorded as pending first); the outcome."""
    slug = api.vendor
    previous = book.state.vendor(target.key, slug)
    sealed = seal(desired.create)
    entry = VendorEntry(pending=Pending(now(), "createAssistant", "sent; no answer yet", digest(sealed), sealed))
    await book.put(target, slug, entry)  # on disk before sending: the next apply knows a create may exist
    note(f"{slug}: creating {target.name!r}")
    try:
        result = await api.create_assistant(desired.create)
    except APIError as exc:
        if exc.may_have_created:
            assert entry.pending is not None
            entry.pending.reason = _pending_reason(exc)
            await book.put(target, slug, entry)
            return VendorOutcome(plan, "failed", message=str(exc) + " " + _next_time(slug), kind="api")
        if previous is not None and previous.exists:
            await book.put(target, slug, previous)
        else:
            await book.forget(target.key, slug)
        return VendorOutcome(plan, "failed", message=str(exc), kind="api")
    except BaseException as exc:  # Ctrl-C, cancellation: the create may have reached the vendor
        assert entry.pending is not None
        entry.pending.reason = _pending_reason(exc)
        book.put_now(target, slug, entry)
        raise
    ident = result.id
    entry.record(ident, sealed)
    await book.put(target, slug, entry)
    if ident is None and "listAssistants" in spec.vendor(slug).operations:
        with contextlib.suppress(APIError):  # the id can wait: the next plan looks it up by name
            matches = await find_by_name(api, desired)
            if len(matches) == 1 and matches[0].id is not None:
                ident = matches[0].id
                entry.record(ident, sealed)
                await book.put(target, slug, entry)
    return VendorOutcome(plan, "created", ident, sent=["createAssistant"])


def _next_time(slug: str) -> str:
    if "listAssistants" in spec.vendor(slug).operations:
        return "The state records it as pending: the next apply looks it up by name and adopts it, or creates it."
    return (
        "The state records it as pending: the next apply will not create it again until you record its id"
        " (voiceagents state adopt) or clear it (voiceagents state forget); `voiceagents plan` shows how."
    )


async def update(
    api: Api, target: Target, plan: VendorPlan, desired: Desired, book: Book, note: Progress
) -> VendorOutcome:
    """Send the update of the fields that differ (or only record an adopted assistant); the outcome."""
    slug = api.vendor
    entry = book.state.vendor(target.key, slug) or VendorEntry()
    sent = []
    if plan.in_place and desired.update is not None:
        if plan.id is None:  # pragma: no cover - the plan blocks an update without an id
            raise InputError(f"{slug}: the assistant's id is unknown, so it cannot be updated")
        note(f"{slug}: updating {plan.id} ({_count(plan.in_place, 'field')})")
        await api.update_assistant(plan.id, desired.update)
        sent.append("updateAssistant")
    entry.pending = None
    entry.record(plan.id, known_body(desired, plan, updated=bool(sent)))
    await book.put(target, slug, entry)
    status: Status = "adopted" if plan.action == "adopt" else "updated"
    return VendorOutcome(plan, status, plan.id, message=plan.message, sent=sent)


async def refresh(target: Target, plan: VendorPlan, desired: Desired, book: Book) -> VendorOutcome:
    """Nothing to send: record what the vendor has when the state says otherwise."""
    entry = book.state.vendor(target.key, plan.vendor)
    if entry is not None:
        body = known_body(desired, plan, updated=False)
        if entry.digest != digest(body) or entry.pending is not None:
            entry.record(entry.id, body)
            await book.put(target, plan.vendor, entry)
    return VendorOutcome(plan, "unchanged", plan.id)


# -- the commands' work --------------------------------------------------------------------


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
