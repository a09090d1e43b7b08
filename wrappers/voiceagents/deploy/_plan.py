"""What ``voiceagents apply`` would do at each vendor: the plan, computed by reading only.

The desired state of a definition at a vendor is the vendor body it converts to (the create body;
the update body is its projection onto what the vendor's update takes). Per vendor, from what the
state file says (``_state``) and what the vendor shows:

* **create**: no assistant is known, and none of that exact name is found by ``listAssistants``;
* **adopt**: the state has no id, but exactly one assistant of that name is listed: it is taken
  over (and updated where it differs from the definition);
* **update**: the assistant exists and some field of the definition differs from it;
* **none**: it exists and matches the definition;
* **blocked**: apply cannot go on without you: a create that may have succeeded at a vendor with
  no list operation, several assistants of the same name, an id the vendor never told us, or a
  change the vendor's update does not take (the message says what to do);
* **error**: the definition does not convert (``kind`` ``lossy`` or ``input``) or the vendor call
  failed (``api``);
* **delete**: an *orphan*: the state records an assistant for a definition that the run was not
  given; ``apply --prune`` deletes it (``_fleet``), nothing else does.

What a run reads of a vendor goes through one ``Reader`` per vendor: an assistant by id (get, else
the list) and assistants by name (the list). The list is read at most once per run and indexed, so
a fleet of N definitions costs N gets, or one listing, never N listings. An assistant whose listed
id cannot be used (none, or URL path syntax such as ``..``: the client reports it as ``None``) is
never adopted: the plan is ``blocked``, and nothing is sent to it.

Changes are computed field by field on the leaves of the desired body only (objects are walked,
lists compared whole, object items of a list on the keys the definition sets), so vendor defaults
and fields the server adds (ids, timestamps) never count. Where the vendor has get (or list), the
live assistant is compared with the desired body, and a change is **drift** when the live value is
not what voiceagents last applied (an edit made outside voiceagents, which apply overwrites). Where
it has neither, the last applied body in the state is compared instead. Numbers compare by value
(``600`` equals ``600.0``; a boolean is never a number). Values under secret keys are write-only:
they are compared with the digest of what was last applied, never with what the vendor shows (it
may mask them), and shown as ``<redacted>``.
"""

from __future__ import annotations

import asyncio
import functools
import json
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .. import spec
from .._exceptions import APIError, ConversionError, InputError, NotFoundError
from .._json import MISSING
from .._secrets import REDACTED, is_secret_key, redact_value
from ._state import DEFAULT_STATE, State, VendorEntry, definition_key, digest, seal

if TYPE_CHECKING:
    from .._http import AsyncClient, Result, Throttle
    from ..convert import ConversionReport
    from ..types import Assistant

__all__ = [
    "Action",
    "Api",
    "Change",
    "Connector",
    "Desired",
    "ErrorKind",
    "Reader",
    "Target",
    "VendorPlan",
    "connector",
    "desire",
    "desired_state",
    "failed",
    "find_by_name",
    "plan_at",
    "read_live",
]

Action = Literal["create", "update", "none", "adopt", "blocked", "error", "delete"]
ErrorKind = Literal["input", "lossy", "api"]
Path_ = tuple[str, ...]
Connector = Callable[[str], "AsyncClient"]


class Api(Protocol):
    """What deploys call of a vendor's client: an ``AsyncClient``, or one whose requests take a
    run's slots (``_fleet.Limited``)."""

    vendor: str

    async def get_assistant(self, assistant_id: str | int) -> Result: ...

    def list_assistants(self) -> AsyncIterator[Result]: ...

    async def create_assistant(self, assistant: Mapping[str, Any]) -> Result: ...

    async def update_assistant(self, assistant_id: str | int, assistant: Mapping[str, Any]) -> Result: ...

    async def delete_assistant(self, assistant_id: str | int) -> Result: ...


_MISSING: Any = MISSING
_GONE = object()
_SHOWN = 70
ABSENT = "absent"
"""What a plan saw when it looked an assistant up by name and found none (``VendorPlan.seen``)."""


# -- paths and comparison ------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _secret_key(name: str) -> bool:
    return is_secret_key(name)


@functools.lru_cache(maxsize=4096)
def _secret_path(path: Path_) -> bool:
    return any(_secret_key(segment) for segment in path)


def leaves(body: Mapping[str, Any], at: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every leaf of ``body``: objects are walked (down to a secret key, sealed whole); anything
    else, lists and empty objects included, is a leaf."""
    for key, value in body.items():
        path = (*at, str(key))
        if isinstance(value, Mapping) and value and not _secret_key(str(key)):
            yield from leaves(value, path)
        else:
            yield path, value


def lookup(data: Any, path: Path_) -> Any:
    for segment in path:
        if not isinstance(data, Mapping) or segment not in data:
            return _MISSING
        data = data[segment]
    return data


def _put(data: dict[str, Any], path: Path_, value: Any) -> None:
    node = data
    for segment in path[:-1]:
        child = node.get(segment)
        if not isinstance(child, dict):
            child = node[segment] = {}
        node = child
    node[path[-1]] = value


def same(desired: Any, live: Any) -> bool:
    """Whether the live value is what the desired one asks for (on the desired object keys only;
    numbers by value, never a boolean for a number)."""
    kind = type(desired)
    if kind is str:  # the common case first
        return bool(desired == live)
    if kind is dict or isinstance(desired, Mapping):
        return isinstance(live, dict | Mapping) and all(k in live and same(v, live[k]) for k, v in desired.items())
    if isinstance(desired, list | tuple):
        return (
            isinstance(live, list | tuple)
            and len(desired) == len(live)
            and all(same(d, v) for d, v in zip(desired, live, strict=True))
        )
    if isinstance(desired, bool) or isinstance(live, bool):
        return isinstance(desired, bool) and isinstance(live, bool) and desired == live
    if isinstance(desired, int | float) and isinstance(live, int | float):
        return math.isclose(desired, live, rel_tol=1e-9, abs_tol=1e-12)
    return bool(desired == live)


def _sealed_at(path: Path_, value: Any) -> Any:
    return seal(value, secret=_secret_path(path))


def _shown(path: Path_, value: Any) -> Any:
    return REDACTED if _secret_path(path) else redact_value(value)


def _short(value: Any) -> str:
    if value is _MISSING:
        return "(not set)"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


# -- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One field whose value at the vendor is not what the definition says."""

    path: Path_
    """The vendor body field (``("voice", "speed")``)."""
    neutral: str | None
    """The neutral field it comes from, where the conversion report says."""
    old: Any
    """The vendor's value (``MISSING``: not set); from the state when the vendor cannot be read."""
    new: Any
    known: bool = True
    """Whether ``old`` is known (False: the vendor cannot be read and nothing was applied yet)."""
    drift: bool = False
    """The vendor's value is not what voiceagents last applied: it was edited outside voiceagents."""
    in_place: bool = True
    """Whether the vendor's update takes this field (else it cannot be changed in place)."""
    sealed_old: Any = None

    @property
    def field(self) -> str:
        return ".".join(self.path)

    def to_dict(self) -> dict[str, Any]:
        old = None if self.old is _MISSING or not self.known else _shown(self.path, self.old)
        out: dict[str, Any] = {
            "field": self.field,
            "neutral": self.neutral,
            "old": old,
            "new": _shown(self.path, self.new),
            "drift": self.drift,
            "in_place": self.in_place,
        }
        if not self.known:
            out["old_known"] = False
        return out

    def __str__(self) -> str:
        old = (
            "(unknown)" if not self.known else _short(self.old if self.old is _MISSING else _shown(self.path, self.old))
        )
        text = f"{self.field}: {old} -> {_short(_shown(self.path, self.new))}"
        if self.drift:
            text += "  [drift: changed outside voiceagents; apply overwrites it]"
        if not self.in_place:
            text += "  [the vendor's update does not take it]"
        return text


@dataclass(repr=False)
class Desired:
    """What a definition converts to at one vendor."""

    create: dict[str, Any]
    update: dict[str, Any] | None
    """The update body: the create body on the fields the update takes (``None``: no update)."""
    update_keys: frozenset[str] | None
    report: ConversionReport
    name: str
    name_path: Path_ | None
    neutral_of: dict[str, str]

    @property
    def digest(self) -> str:
        return digest(seal(self.create))

    def __repr__(self) -> str:
        return f"<Desired {self.report.vendor} {self.name!r}>"


@dataclass(repr=False)
class VendorPlan:
    """What apply would do at one vendor, and why."""

    vendor: str
    action: Action
    id: str | int | None = None
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    message: str = ""
    """For ``blocked`` and ``error``: what is wrong and how to resolve it."""
    kind: ErrorKind | None = None
    desired: Desired | None = None
    live: dict[str, Any] | None = None
    had_entry: bool = False
    report: ConversionReport | None = None
    """The conversion report of a definition that does not convert."""
    seen: str | None = None
    """What the plan read of the live assistant: the digest of its data, ``ABSENT`` (none of that
    name is listed), ``None`` (nothing was read). A saved plan is refused when it changed."""

    def __repr__(self) -> str:  # short: asyncio.run formats the repr of what a run returns
        return f"<VendorPlan {self.vendor}: {self.action} {self.id!r}, {len(self.changes)} change(s)>"

    @property
    def ok(self) -> bool:
        """Whether apply can make the vendor match the definition."""
        return self.action not in ("error", "blocked") and not self.stuck

    @property
    def in_place(self) -> list[Change]:
        return [c for c in self.changes if c.in_place]

    @property
    def stuck(self) -> list[Change]:
        """Known changes the vendor's update does not take: apply cannot make them."""
        return [c for c in self.changes if not c.in_place and c.known]

    @property
    def drifted(self) -> list[Change]:
        return [c for c in self.changes if c.drift]

    @property
    def converged(self) -> bool:
        return self.action == "none"

    @property
    def hint(self) -> str:
        """How to get past a conversion that only drops fields."""
        report = self.report
        if self.kind != "lossy" or report is None or not report.dropped:
            return ""
        return "" if report.needs_input or report.rejected else "pass --allow-drop to accept the drops"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "action": self.action,
            "id": self.id,
            "changes": [c.to_dict() for c in self.changes],
        }
        if self.drifted:
            out["drift"] = [c.field for c in self.drifted]
        if self.notes:
            out["notes"] = list(self.notes)
        if self.message:
            out["message"] = self.message
        if self.kind:
            out["error"] = self.kind
        if self.hint:
            out["hint"] = self.hint
        return out

    def lines(self) -> list[str]:
        """The plan for people: a headline, then one line per change and note."""
        head = f"{self.vendor}: {self.action}"
        if self.id is not None:
            head += f" {self.id}"
        if self.changes:
            head += f" ({len(self.changes)} change{'s' if len(self.changes) != 1 else ''}"
            head += f", {len(self.drifted)} made outside voiceagents)" if self.drifted else ")"
        out = [head]
        out += [f"  ~ {c}" for c in self.changes]
        out += [f"  note: {n}" for n in self.notes]
        if self.message:
            out += [f"  {line}" for line in self.message.splitlines()]
        if self.hint:
            out.append(f"  ({self.hint})")
        return out


@dataclass(frozen=True)
class Target:
    """A definition to deploy, and how the state file knows it."""

    key: str
    name: str
    source: str | None
    assistant: Assistant
    moved_from: str | None = None

    @classmethod
    def of(cls, assistant: Assistant, state: State, file: str | None, vendors: Iterable[str] = ()) -> Target:
        """``file`` is the definition's path (``None`` or ``-``: it has no file); ``vendors`` the
        vendors it is deployed to (two definitions may share a name at different vendors)."""
        name = assistant.name
        if not isinstance(name, str) or not name.strip():
            raise InputError(
                "the definition has no name: a deployed assistant needs one (voiceagents finds it again by name"
                " when its state is lost)"
            )
        key, source = definition_key(file, state.path, name)
        key, moved = state.resolve(key, name, vendors)
        return cls(key, name, source, assistant, moved)

    @property
    def state_key(self) -> str:
        """The key its entries are under in the state now (the old one until a move is saved)."""
        return self.moved_from or self.key


# -- the desired state ---------------------------------------------------------------------


def _update_keys(slug: str) -> frozenset[str] | None:
    from .. import _validation

    return _validation.top_level_keys(slug, "updateAssistant")


def _neutral_map(report: ConversionReport) -> dict[str, str]:
    """Vendor field (dotted) → the neutral field it came from, from the conversion report."""
    out: dict[str, str] = {}
    for entry in report.entries:
        if entry.vendor and entry.neutral and entry.outcome in ("mapped", "transformed", "passed_through"):
            for vendor_path in entry.vendor.split(", "):
                out.setdefault(vendor_path, entry.neutral)
    return out


def _neutral_for(neutral_of: Mapping[str, str], path: Path_) -> str | None:
    dotted = ".".join(path)
    if dotted in neutral_of:
        return neutral_of[dotted]
    below = [n for v, n in neutral_of.items() if v.startswith((dotted + ".", dotted + "["))]
    if not below:
        return None
    parts = [n.split(".") for n in below]
    common = []
    for segments in zip(*parts, strict=False):
        if len(set(segments)) != 1:
            break
        common.append(segments[0])
    return ".".join(common) or below[0]


def _name_path(report: ConversionReport, body: Mapping[str, Any], name: str) -> Path_ | None:
    entry = report.outcome("name")
    if entry is not None and entry.vendor and entry.outcome in ("mapped", "transformed"):
        path = tuple(entry.vendor.split(", ")[0].split("."))
        if lookup(body, path) is not _MISSING:
            return path
    for path, value in leaves(body):  # overridden through vendor_extras: where the name went
        if value == name:
            return path
    return None


def desired_state(assistant: Assistant, slug: str, *, allow_drop: bool) -> Desired:
    """Convert ``assistant`` for ``slug`` (``ConversionError`` when it would lose data)."""
    from .. import _validation
    from ..convert import to_vendor_body

    body, report = to_vendor_body(assistant, slug, "createAssistant", allow_drop=allow_drop)
    operations = spec.vendor(slug).operations
    keys = _update_keys(slug) if "updateAssistant" in operations else frozenset()
    update: dict[str, Any] | None = None
    if "updateAssistant" in operations:
        update = {k: v for k, v in body.items() if keys is None or k in keys}
        _validation.check_body(slug, "updateAssistant", update)
    name_path = _name_path(report, body, str(assistant.name))
    name = lookup(body, name_path) if name_path else assistant.name
    return Desired(body, update, keys, report, str(name), name_path, _neutral_map(report))


def compute_changes(
    desired: Desired, live: Mapping[str, Any] | None, applied: Mapping[str, Any] | None
) -> list[Change]:
    """Every leaf of the desired body whose value at the vendor differs (see the module doc)."""
    changes = []
    for path, new in leaves(desired.create):
        last = lookup(applied, path) if applied is not None else _MISSING
        if live is not None and not _secret_path(path):
            value = lookup(live, path)
            if same(new, value):
                continue
            drift = last is not _MISSING and not same(last, _sealed_at(path, value))
            change = (value, True, drift, _sealed_at(path, value))
        elif last is not _MISSING:
            if same(_sealed_at(path, new), last):
                continue
            change = (last, True, False, last)
        else:
            change = (_MISSING, False, False, _MISSING)
        in_place = desired.update is not None and (desired.update_keys is None or path[0] in desired.update_keys)
        old, known, drift, sealed_old = change
        neutral = _neutral_for(desired.neutral_of, path)
        changes.append(Change(path, neutral, old, new, known, drift, in_place, sealed_old))
    return changes


def released(desired: Desired, applied: Mapping[str, Any] | None) -> list[str]:
    """Fields voiceagents applied that the definition no longer sets (left as they are)."""
    if not applied:
        return []
    wanted = {path for path, _ in leaves(desired.create)}
    return [".".join(p) for p, _ in leaves(applied) if p not in wanted and lookup(desired.create, p) is _MISSING]


def known_body(desired: Desired, plan: VendorPlan, *, updated: bool) -> dict[str, Any]:
    """The sealed body the vendor has after apply, as far as we know: the desired body, except the
    fields the vendor kept (those its update does not take, or all when nothing was sent)."""
    body: dict[str, Any] = seal(desired.create)
    for change in plan.changes:
        if change.known and (not change.in_place or not updated):
            if change.sealed_old is _MISSING:
                _drop(body, change.path)
            else:
                _put(body, change.path, change.sealed_old)
    return body


def _drop(body: dict[str, Any], path: Path_) -> None:
    node: Any = body
    for segment in path[:-1]:
        node = node.get(segment) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(path[-1], None)


# -- reading the vendor --------------------------------------------------------------------


def _same_id(a: Any, b: Any) -> bool:
    return a is not None and b is not None and str(a) == str(b)


class Reader:
    """What a run reads of one vendor (``api``'s): an assistant by id (get, else the list) and the
    assistants of a name (the list). The list is read once, on first need, and indexed; a failure
    to list is kept and raised again (a vendor that fails is not asked N times)."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.vendor = api.vendor
        self.operations = frozenset(spec.vendor(api.vendor).operations)
        self._listing: list[Result] | None = None
        self._failure: APIError | InputError | None = None
        self._lock = asyncio.Lock()
        self._ids: dict[str, Result] | None = None
        self._names: dict[Path_, dict[str, list[Result]]] = {}

    @property
    def can_list(self) -> bool:
        return "listAssistants" in self.operations

    async def listing(self) -> list[Result]:
        """Every assistant the vendor lists (read once per reader)."""
        async with self._lock:
            if self._failure is not None:
                raise self._failure
            if self._listing is None:
                try:
                    self._listing = [item async for item in self.api.list_assistants()]
                except (APIError, InputError) as exc:
                    self._failure = exc
                    raise
            return self._listing

    async def by_id(self, assistant_id: str | int) -> Result | None:
        if self._ids is None:
            listing = await self.listing()
            self._ids = {str(item.id): item for item in listing if item.id is not None}
        return self._ids.get(str(assistant_id))

    async def read_live(self, assistant_id: str | int) -> dict[str, Any] | object | None:
        """The live assistant (get, else the list), ``None`` when the vendor has neither, or the
        ``_GONE`` marker when it no longer exists."""
        if "getAssistant" in self.operations:
            try:
                result = await self.api.get_assistant(assistant_id)
            except NotFoundError:
                return _GONE
            data = result.assistant_data()
            if data is not None:
                return data
        if self.can_list:
            found = await self.by_id(assistant_id)
            return _GONE if found is None else (found.assistant_data() or {})
        return None

    async def find_by_name(self, desired: Desired) -> list[Result]:
        """Every listed assistant whose name is exactly the definition's."""
        path = desired.name_path
        if path is None:
            raise InputError(
                f"{self.vendor}: cannot tell where the name goes in its body, so cannot look it up by name"
            )
        index = self._names.get(path)
        if index is None:
            index = {}
            for item in await self.listing():
                value = lookup(item.assistant_data(), path)
                if isinstance(value, str):
                    index.setdefault(value, []).append(item)
            self._names[path] = index
        return list(index.get(desired.name, ()))


async def read_live(api: Api, assistant_id: str | int) -> dict[str, Any] | object | None:
    """The live assistant (get, else a list search), ``None`` when the vendor has neither, or the
    ``_GONE`` marker when it no longer exists."""
    return await Reader(api).read_live(assistant_id)


async def find_by_name(api: Api, desired: Desired) -> list[Result]:
    """Every listed assistant whose name is exactly the definition's (a fresh listing)."""
    return await Reader(api).find_by_name(desired)


# -- planning ------------------------------------------------------------------------------


def _title(slug: str) -> str:
    return spec.vendor(slug).title


def _state_hint(target: Target, slug: str, state: State) -> tuple[str, str]:
    where = "" if str(state.path) == DEFAULT_STATE else f" --state {state.path}"
    file = target.source or "FILE"
    return (
        f"voiceagents state adopt {file} --vendor {slug} ID{where}",
        f"voiceagents state forget {file} --vendor {slug}{where}",
    )


def _pending_message(target: Target, slug: str, state: State, entry: VendorEntry) -> str:
    pending = entry.pending
    assert pending is not None
    adopt, forget = _state_hint(target, slug, state)
    return (
        f"a create of {target.name!r} sent to {slug} at {pending.since} may have succeeded ({pending.reason}),"
        f" and {_title(slug)} documents no way to list assistants, so apply will not create it again.\n"
        f"Check the {_title(slug)} dashboard, then either record the assistant it made:\n"
        f"    {adopt}\n"
        f"or, if it made none, clear the pending create (the next apply creates it):\n"
        f"    {forget}"
    )


def _compare(
    slug: str, action: Action, ident: Any, desired: Desired, live: Any, entry: VendorEntry | None
) -> VendorPlan:
    applied = entry.applied if entry is not None else None
    every = compute_changes(desired, live, applied)
    changes = [c for c in every if c.known or c.in_place]
    plan = VendorPlan(slug, action, ident, changes, desired=desired, live=live, had_entry=entry is not None)
    plan.seen = digest(live) if isinstance(live, dict) else None
    gone = released(desired, applied)
    if gone:
        plan.notes.append(f"no longer set by the definition, left as they are at {slug}: {', '.join(gone)}")
    unknown = [c.field for c in every if not c.known and not c.in_place]
    if unknown:
        plan.notes.append(
            f"{_title(slug)} documents no way to read an assistant and its update does not take"
            f" {', '.join(unknown)}: assumed to be as defined"
        )
    if action == "update" and not plan.in_place:
        plan.action = "none"
    if plan.stuck:
        stuck = ", ".join(c.field for c in plan.stuck)
        remedy = (
            f" delete it (voiceagents delete --vendor {slug} {ident}) and forget it in the state to create it anew"
            if "deleteAssistant" in spec.vendor(slug).operations
            else " change them in the vendor's dashboard"
        )
        plan.message = f"{_title(slug)}'s update does not take {stuck}, so apply cannot change them in place:{remedy}."
        if plan.action == "none":
            plan.action = "blocked"
    return plan


def _unusable_id(target: Target, slug: str, state: State, desired: Desired, entry: VendorEntry | None) -> VendorPlan:
    adopt, _ = _state_hint(target, slug, state)
    return VendorPlan(
        slug,
        "blocked",
        desired=desired,
        had_entry=entry is not None,
        message=(
            f"an assistant named {desired.name!r} is listed at {slug}, but without an id that can be used (none,"
            f" or URL path syntax such as '..'): apply will not adopt it, change it or create another. Check it in"
            f" the {_title(slug)} dashboard, then record its id:\n    {adopt}"
        ),
    )


async def _adopt_by_name(
    reader: Reader, target: Target, desired: Desired, state: State, entry: VendorEntry | None
) -> VendorPlan:
    slug = reader.vendor
    matches = await reader.find_by_name(desired)
    if not matches:
        plan = VendorPlan(slug, "create", desired=desired, had_entry=entry is not None, seen=ABSENT)
        if entry is not None and entry.pending is not None:
            plan.notes.append(
                f"the create sent at {entry.pending.since} ({entry.pending.reason}) made no assistant: none is named"
                f" {desired.name!r}"
            )
        return plan
    if len(matches) > 1:
        ids = ", ".join(str(m.id) for m in matches)
        adopt, _ = _state_hint(target, slug, state)
        return VendorPlan(
            slug,
            "blocked",
            desired=desired,
            message=(
                f"{len(matches)} assistants at {slug} are named {desired.name!r} (ids: {ids}); apply will not guess"
                f" which one this definition is. Delete the extra ones, or record the right one:\n    {adopt}"
            ),
        )
    found = matches[0]
    if found.id is None:
        return _unusable_id(target, slug, state, desired, entry)
    live = found.assistant_data()
    if "getAssistant" in reader.operations:
        fresh = await reader.read_live(found.id)
        if isinstance(fresh, dict):
            live = fresh
    plan = _compare(slug, "adopt", found.id, desired, live, None)
    plan.had_entry = entry is not None
    if entry is not None and entry.pending is not None:
        plan.notes.append(f"found the assistant an earlier create made ({entry.pending.reason}): adopting it")
    else:
        plan.notes.append(f"no state for it, but exactly one assistant is named {desired.name!r}: adopting it")
    return plan


async def _plan_known(
    reader: Reader, target: Target, desired: Desired, state: State, entry: VendorEntry | None
) -> VendorPlan:
    slug = reader.vendor
    can_list = reader.can_list
    if entry is not None and entry.id is not None and entry.pending is None:
        live = await reader.read_live(entry.id)
        if live is _GONE:
            plan = await _adopt_by_name(reader, target, desired, state, None) if can_list else None
            plan = plan or VendorPlan(slug, "create", desired=desired, seen=ABSENT)
            plan.had_entry = True
            plan.notes.insert(0, f"{entry.id} no longer exists at {slug}: it was deleted outside voiceagents")
            return plan
        return _compare(slug, "update", entry.id, desired, live if isinstance(live, dict) else None, entry)
    if can_list and (entry is None or entry.pending is not None or entry.id is None):
        return await _adopt_by_name(reader, target, desired, state, entry)
    if entry is not None and entry.pending is not None:
        message = _pending_message(target, slug, state, entry)
        return VendorPlan(slug, "blocked", desired=desired, had_entry=True, message=message)
    if entry is not None and entry.exists:  # created, but the vendor's answer held no id
        plan = _compare(slug, "update", None, desired, None, entry)
        if plan.action == "update":
            adopt, _ = _state_hint(target, slug, state)
            plan.action = "blocked"
            plan.message = (
                f"{_title(slug)} did not say the id of the assistant it created, so it cannot be updated; record"
                f" the id (from the {_title(slug)} dashboard):\n    {adopt}"
            )
        elif plan.action == "none":
            plan.notes.append(f"the id is unknown ({_title(slug)}'s create answer holds none)")
        return plan
    return VendorPlan(slug, "create", desired=desired)


def desire(target: Target, slug: str, *, allow_drop: bool) -> Desired | VendorPlan:
    """The desired state at ``slug``, or the ``error`` plan saying why the definition does not convert."""
    try:
        return desired_state(target.assistant, slug, allow_drop=allow_drop)
    except ConversionError as exc:
        return VendorPlan(slug, "error", message=str(exc), kind="lossy", report=exc.report)
    except InputError as exc:
        return VendorPlan(slug, "error", message=str(exc), kind="input")


async def plan_at(reader: Reader, target: Target, desired: Desired, state: State) -> VendorPlan:
    """The plan at ``reader``'s vendor (reads only); API and input errors raise."""
    slug = reader.vendor
    entry = state.vendor(target.state_key, slug)
    plan = await _plan_known(reader, target, desired, state, entry)
    if plan.action == "create" and spec.operation(slug, "createAssistant").pointer("id") is None:
        adopt, _ = _state_hint(target, slug, state)
        plan.notes.append(f"{_title(slug)}'s create answer holds no id: to update it later, record its id with {adopt}")
    return plan


def failed(slug: str, exc: Exception, desired: Desired | None = None) -> VendorPlan:
    """The ``error`` plan for an exception of the library (``APIError`` or ``InputError``)."""
    kind: ErrorKind = "api" if isinstance(exc, APIError) else "lossy" if isinstance(exc, ConversionError) else "input"
    return VendorPlan(slug, "error", message=str(exc), kind=kind, desired=desired)


async def gather_vendors(slugs: Sequence[str], work: Callable[[str], Awaitable[Any]]) -> dict[str, Any]:
    """Run ``work(slug)`` for every vendor concurrently; the results by vendor, in ``slugs`` order."""
    results = await asyncio.gather(*(work(slug) for slug in slugs))
    return dict(zip(slugs, results, strict=True))


# -- clients -------------------------------------------------------------------------------


def connector(
    base_urls: Mapping[str, str] | None = None,
    *,
    api_keys: Mapping[str, str] | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    deadline: float | None = None,
) -> Connector:
    """A factory of async clients per vendor: base URL from ``base_urls`` else ``<SLUG>_BASE_URL``
    (else the vendor's server), key from ``api_keys`` else ``<SLUG>_API_KEY``. Every client it makes
    for a vendor shares one ``Throttle``: a 429's ``Retry-After`` pauses every request of the run.
    ``timeout`` is each request's (connect, read, write, pool); ``deadline`` the seconds one whole
    call may take, retries included (default: the client's, derived from the timeout)."""
    from .. import _http as _client

    throttles: dict[str, Throttle] = {}

    def connect(slug: str) -> AsyncClient:
        extra: dict[str, Any] = {}
        if max_retries is not None:
            extra["max_retries"] = max_retries
        if deadline is not None:
            extra["deadline"] = deadline
        return _client.async_client(
            slug,
            api_key=(api_keys or {}).get(slug),
            base_url=(base_urls or {}).get(slug),
            timeout=_client.DEFAULT if timeout is None else timeout,
            throttle=throttles.setdefault(slug, _client.Throttle()),
            **extra,
        )

    return connect
