"""Fleet deploys: a folder of definitions kept in step across vendors, in one run.

    definitions = deploy.load_definitions(["agents/"], vendors=["revox"])
    fleet = asyncio.run(deploy.plan_fleet(definitions))                 # a FleetPlan
    result = asyncio.run(deploy.apply_fleet(definitions, prune=True))   # a FleetOutcome

**Definitions.** ``load_definitions`` takes files and folders (a folder: every ``*.yaml``, ``*.yml``
and ``*.json`` file directly in it, sorted; hidden files skipped) and ``-`` (stdin). A definition is
deployed to the vendors of its top-level ``vendors: [slug, ...]`` key (a deploy key, removed before
the neutral assistant is validated), else to the ``vendors`` given (the command's ``--vendor``).
Names are unique in a run: a clash is an error naming both files, before anything is sent.

**One state, read once.** A run loads the state file once (``State.load``, replaying the journal of
a run that did not finish), resolves every definition against it (a moved file keeps its entry),
and records each outcome in the journal as it arrives (``_journal``: one fsynced line each, a
pending create before the create is sent); the state file is written once, at the end. So a run
of N definitions costs O(N), and a crash, even ``kill -9``, loses no id.

**Orphans.** Entries of the state for definitions the run was not given are *orphans*: ``plan``
shows them (action ``delete``), ``apply`` keeps them (status ``kept``), and only ``apply --prune``
deletes them. A prune follows the same rules as every operation (the client checks the id, one
deadline per call, under the lock); a vendor that documents no delete, or an orphan whose id is
unknown, is ``blocked`` (reported, not deleted; the state keeps it). The entry leaves the state
only when the delete succeeded, or the assistant was already gone (404).

**Concurrency.** One client, one ``Reader`` (a listing is read at most once per vendor and run)
and one semaphore per vendor: at most ``parallelism`` (default 4) targets, so requests, at a time
per vendor; vendors run in parallel. The connector shares one ``Throttle`` per vendor, so a 429's
``Retry-After`` pauses the whole run at that vendor. A vendor whose call times out or cannot be
reached (after the client's retries, within its deadline) is not asked again in that run: the rest
of its work fails at once ("not attempted"), so a vendor that stalls costs one call's deadline, not
one per definition, and the state's lock is released.

**Two phases.** A run plans every target (reads only), then acts on the plan (writes only):
``apply`` of a saved plan (``_saved``) runs the same first phase again and refuses, before the
second, when anything it read changed. ``Event``\\ s report progress (``progress=``), for a display.
"""

from __future__ import annotations

import asyncio
import os
import posixpath
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .. import spec
from .._exceptions import APIConnectionError, APIError, InputError, NotFoundError
from .._json import merged
from .._loading import load_file
from ..types import load_assistant
from ._apply import Book, Progress, VendorOutcome, create, pull, refresh, update
from ._journal import Journal
from ._plan import Connector, Reader, Target, VendorPlan, connector, desire, failed, plan_at
from ._state import DEFAULT_STATE, DefinitionEntry, State, VendorEntry, definition_key

if TYPE_CHECKING:
    from .._http import AsyncClient, Result
    from .._loading import Limits
    from ..convert import ConversionReport
    from ..types import Assistant

__all__ = [
    "DEFAULT_PARALLELISM",
    "SUFFIXES",
    "Applied",
    "Definition",
    "Event",
    "FleetOutcome",
    "FleetPlan",
    "Observer",
    "Planned",
    "apply_definition",
    "apply_fleet",
    "definition_files",
    "lines",
    "load_definitions",
    "migrate",
    "plan_definition",
    "plan_fleet",
    "read_definition",
    "split_vendors",
]

DEFAULT_PARALLELISM = 4
PLAN_FORMAT = "voiceagents-plan"
"""The ``format`` of a saved plan (``plan -o FILE``; read and applied by ``_saved``)."""
SUFFIXES = (".yaml", ".yml", ".json")
T = TypeVar("T")


# -- definitions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Definition:
    """One definition of a run: the assistant, the vendors it goes to, and its file (``None`` or
    ``-``: none, the state knows it by its name)."""

    assistant: Assistant
    vendors: tuple[str, ...]
    file: str | None = None

    @property
    def shown(self) -> str:
        return "<stdin>" if self.file in (None, "-") else str(self.file)


def definition_files(paths: Sequence[str], *, exclude: Iterable[str | Path] = ()) -> list[str]:
    """The definition files of ``paths``: a file as given, a folder's ``*.yaml|*.yml|*.json``
    (directly in it, sorted, hidden ones skipped; there may be none), ``-`` for stdin; each file
    once; ``exclude`` (e.g. the state file) left out of folders."""
    skip = {os.path.realpath(p) for p in exclude}
    out: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if path != "-" and os.path.isdir(path):
            try:
                names = sorted(os.listdir(path))
            except OSError as exc:
                raise InputError(f"cannot list the folder {path}: {exc.strerror or exc}") from None
            files = [
                os.path.join(path, name)
                for name in names
                if name.endswith(SUFFIXES) and not name.startswith(".") and not os.path.isdir(os.path.join(path, name))
            ]
            files = [f for f in files if os.path.realpath(f) not in skip]  # none: a fleet emptied on purpose
        else:
            files = [path]
        for file in files:
            real = file if file == "-" else os.path.realpath(file)
            if real not in seen:
                seen.add(real)
                out.append(file)
    return out


def split_vendors(data: Mapping[str, Any], name: str) -> tuple[dict[str, Any], tuple[str, ...] | None]:
    """A definition's data without its deploy key ``vendors:``, and that key's vendors (checked:
    a list of vendor slugs), or ``None`` without one. ``name`` is how errors call the definition."""
    out = dict(data)
    if "vendors" not in out:
        return out, None
    return out, _targets_of(out.pop("vendors"), name)


def _targets_of(value: Any, name: str) -> tuple[str, ...]:
    """The ``vendors:`` key of a definition: a list of vendor slugs."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise InputError(f"{name}: vendors must be a list of vendor slugs (vendors: [revox, callhq]), not {value!r}")
    unknown = [v for v in value if v not in spec.SLUGS]
    if unknown:
        raise InputError(
            f"{name}: vendors names {', '.join(map(repr, unknown))}, not a vendor ({', '.join(spec.SLUGS)})"
        )
    return tuple(dict.fromkeys(value))


def is_saved_plan(data: Any) -> bool:
    return isinstance(data, Mapping) and data.get("format") == PLAN_FORMAT


def read_definition(file: str, vendors: Sequence[str] = (), *, limits: Limits | None = None) -> Definition:
    """The definition in ``file`` (``-``: stdin): its ``vendors:`` key (removed), else ``vendors``."""
    name = "<stdin>" if file == "-" else file
    data = load_file(file, limits=limits)
    if is_saved_plan(data):
        raise InputError(f"{name} is a saved plan, not a definition: apply it alone (voiceagents apply {name})")
    if data is None:
        raise InputError(f"{name}: the assistant definition is empty")
    if not isinstance(data, dict):
        raise InputError(f"{name}: the assistant definition must be an object (a mapping of fields)")
    data, own = split_vendors(data, name)
    targets = own if own is not None else tuple(dict.fromkeys(vendors))
    try:
        assistant = load_assistant(data)
    except InputError as exc:
        exc.args = (f"{name}: {exc}",)
        raise
    return Definition(assistant, targets, file)


def load_definitions(
    paths: Sequence[str],
    vendors: Sequence[str] = (),
    *,
    limits: Limits | None = None,
    exclude: Iterable[str | Path] = (),
) -> list[Definition]:
    """Every definition of ``paths`` (see ``definition_files``); ``vendors`` for those without a
    ``vendors:`` key (a definition with neither has ``vendors == ()``: ``plan_fleet`` refuses it).
    Names must be unique: a clash is an ``InputError`` naming both files."""
    definitions = [read_definition(f, vendors, limits=limits) for f in definition_files(paths, exclude=exclude)]
    unique(definitions)
    return definitions


def unique(definitions: Sequence[Definition]) -> None:
    """Refuse two definitions of one name (a lost state is recovered by name)."""
    names: dict[str, Definition] = {}
    for definition in definitions:
        name = definition.assistant.name
        if not isinstance(name, str):
            continue
        other = names.setdefault(name, definition)
        if other is not definition:
            raise InputError(
                f"{other.shown} and {definition.shown} both define an assistant named {name!r}: names must be"
                " unique (a lost state is recovered by name)"
            )


# -- progress ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """What a run just did, for a display: ``read`` (a target planned), ``done`` (a target
    carried out), ``note`` (a write about to be sent). ``count`` of ``total`` targets at the
    vendor have reached that point; ``line`` says it in words."""

    kind: Literal["read", "done", "note"]
    vendor: str
    count: int
    total: int
    line: str


Observer = Callable[[Event], None]


def lines(progress: Progress, *, done: bool = True) -> Observer:
    """An observer giving ``progress`` a line before each write and, with ``done``, one per target
    when it is done (what ``apply_definition`` always printed)."""

    def observe(event: Event) -> None:
        if event.kind == "note" or (done and event.kind == "done"):
            progress(event.line)

    return observe


def _ignore(event: Event) -> None:
    pass


# -- results -------------------------------------------------------------------------------


@dataclass(repr=False)
class Planned:
    """One definition's plan at each of its vendors, or an orphan's (``target`` is ``None``)."""

    key: str
    name: str
    source: str | None
    vendors: dict[str, VendorPlan]
    target: Target | None = None

    def __repr__(self) -> str:
        return f"<Planned {self.key!r}: {', '.join(f'{s} {p.action}' for s, p in self.vendors.items())}>"

    @property
    def orphan(self) -> bool:
        return self.target is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "file": self.source,
            "vendors": {slug: p.to_dict() for slug, p in self.vendors.items()},
        }


@dataclass(repr=False)
class Applied:
    """What apply did for one definition at each of its vendors, or for an orphan."""

    key: str
    name: str
    source: str | None
    vendors: dict[str, VendorOutcome]
    orphan: bool = False

    def __repr__(self) -> str:
        return f"<Applied {self.key!r}: {', '.join(f'{s} {o.status}' for s, o in self.vendors.items())}>"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "file": self.source,
            "vendors": {slug: o.to_dict() for slug, o in self.vendors.items()},
        }


def _count(values: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for value in values:
        out[value] = out.get(value, 0) + 1
    return out


@dataclass(repr=False)
class FleetPlan:
    """What apply would do: every definition at each of its vendors, and the orphans."""

    state: State
    definitions: list[Planned]
    orphans: list[Planned]
    allow_drop: bool = False
    fingerprint: str = ""
    """``State.fingerprint()`` of the state it was computed from."""
    base_urls: dict[str, str] = field(default_factory=dict)
    """The base URL of every vendor it read."""
    scope: tuple[str, ...] | None = None
    """Where it looked for orphans (``scope_keys``); ``None``: the whole state."""

    def __repr__(self) -> str:  # short: asyncio.run formats the repr of what a run returns
        return f"<FleetPlan {len(self.definitions)} definition(s), {len(self.orphans)} orphan(s): {self.summary()}>"

    def results(self) -> Iterator[VendorPlan]:
        """Every vendor plan, orphans included (what the exit code is computed from)."""
        for planned in (*self.definitions, *self.orphans):
            yield from planned.vendors.values()

    def summary(self) -> dict[str, int]:
        return _count(p.action for p in self.results())

    def to_dict(self) -> dict[str, Any]:
        return {
            "definitions": {p.key: p.to_dict() for p in self.definitions},
            "orphans": {p.key: p.to_dict() for p in self.orphans},
            "summary": self.summary(),
        }


@dataclass(repr=False)
class FleetOutcome:
    """What apply did: every definition at each of its vendors, and the orphans."""

    definitions: list[Applied]
    orphans: list[Applied]

    def __repr__(self) -> str:
        return f"<FleetOutcome {len(self.definitions)} definition(s), {len(self.orphans)} orphan(s): {self.summary()}>"

    def results(self) -> Iterator[VendorOutcome]:
        for applied in (*self.definitions, *self.orphans):
            yield from applied.vendors.values()

    def summary(self) -> dict[str, int]:
        return _count(o.status for o in self.results())

    def to_dict(self) -> dict[str, Any]:
        return {
            "definitions": {a.key: a.to_dict() for a in self.definitions},
            "orphans": {a.key: a.to_dict() for a in self.orphans},
            "summary": self.summary(),
        }


# -- one vendor of a run -------------------------------------------------------------------


class Limited:
    """A vendor's client whose every request takes one of the run's slots for that vendor: at most
    ``parallelism`` requests in flight (a listing holds one slot for all its pages, one after the
    other). What a target does between requests (converting, comparing, recording) holds none."""

    def __init__(self, api: AsyncClient, slots: asyncio.Semaphore) -> None:
        self.api = api
        self.vendor = api.vendor
        self.slots = slots

    async def get_assistant(self, assistant_id: str | int) -> Result:
        async with self.slots:
            return await self.api.get_assistant(assistant_id)

    async def list_assistants(self) -> AsyncIterator[Result]:
        async with self.slots:
            async for item in self.api.list_assistants():
                yield item

    async def create_assistant(self, assistant: Mapping[str, Any]) -> Result:
        async with self.slots:
            return await self.api.create_assistant(assistant)

    async def update_assistant(self, assistant_id: str | int, assistant: Mapping[str, Any]) -> Result:
        async with self.slots:
            return await self.api.update_assistant(assistant_id, assistant)

    async def delete_assistant(self, assistant_id: str | int) -> Result:
        async with self.slots:
            return await self.api.delete_assistant(assistant_id)


class Gate:
    """A run's way to one vendor: its client and ``Reader`` (made on first need), the semaphores
    that bound its requests in flight (``parallelism``) and its targets in progress (twice that,
    so that the next targets are converted while requests wait), and whether it stopped answering."""

    def __init__(self, slug: str, connect: Connector, parallelism: int) -> None:
        self.slug = slug
        self._connect = connect
        self.slots = asyncio.Semaphore(parallelism)
        self.ahead = asyncio.Semaphore(2 * parallelism)
        self.client: AsyncClient | None = None
        self.api: Limited | None = None
        self.reader: Reader | None = None
        self._refused: InputError | None = None
        self.down: APIError | None = None
        """The timeout or connection error that made it stop asking this vendor."""
        self.total = 0
        self.read = 0
        self.done = 0

    def open(self) -> Reader:
        """Its reader (and client); the ``InputError`` of a client that cannot be made (no key)."""
        if self._refused is not None:
            raise self._refused
        if self.reader is None:
            try:
                self.client = self._connect(self.slug)
            except InputError as exc:
                self._refused = exc
                raise
            self.api = Limited(self.client, self.slots)
            self.reader = Reader(self.api)
        return self.reader

    def trip(self, exc: BaseException) -> None:
        """Stop asking a vendor that timed out or cannot be reached (after the client's retries)."""
        if isinstance(exc, APIConnectionError) and self.down is None:
            self.down = exc

    def skipped(self) -> str:
        first = str(self.down).splitlines()[0] if self.down is not None else ""
        return f"not attempted: {self.slug} did not answer earlier in this run ({first})"

    async def aclose(self) -> None:
        if self.client is not None:
            await self.client.aclose()


def _kind(exc: BaseException) -> Literal["api", "input"]:
    return "api" if isinstance(exc, APIError) else "input"


def _forget_hint(state: State, key: str, slug: str) -> str:
    where = "" if str(state.path) == DEFAULT_STATE else f" --state {state.path}"
    return f"voiceagents state forget {key} --vendor {slug}{where}"


def orphan_plan(state: State, key: str, entry: DefinitionEntry, slug: str, vendor: VendorEntry) -> VendorPlan:
    """The ``delete`` plan of an orphan; its ``message`` says why ``--prune`` cannot, if it cannot."""
    plan = VendorPlan(slug, "delete", vendor.id, had_entry=True)
    what = f"{entry.source or key} ({entry.name!r})"
    forget = _forget_hint(state, key, slug)
    if slug not in spec.SLUGS:
        plan.message = f"{slug} is not a vendor any more: --prune cannot delete it; to drop the entry: {forget}"
        return plan
    title = spec.vendor(slug).title
    if "deleteAssistant" not in spec.vendor(slug).operations:
        plan.message = (
            f"{title} documents no way to delete an assistant: --prune cannot delete {what}. Delete it in the"
            f" {title} dashboard, then drop the entry:\n    {forget}"
        )
    elif vendor.pending is not None or vendor.id is None:
        plan.message = (
            f"the id of {what} at {slug} is unknown (a create whose answer never came, or an answer without an id):"
            f" --prune cannot delete it. Delete it in the {title} dashboard if it exists, then:\n    {forget}"
        )
    return plan


def scope_keys(paths: Iterable[str | Path], state: State) -> tuple[str, ...]:
    """The files and folders given to a run as the state names them (relative to its folder):
    where ``plan`` looks for orphans (stdin, ``-``, is no place)."""
    return tuple(definition_key(str(p), state.path, "")[0] for p in paths if str(p) != "-")


def in_scope(source: str | None, scope: tuple[str, ...] | None) -> bool:
    """Whether a state entry's file is one of ``scope`` or directly in one of its folders (``None``:
    the whole state is in scope; an entry without a file is in no narrower scope)."""
    if scope is None:
        return True
    if source is None:
        return False
    return source in scope or (posixpath.dirname(source) or ".") in scope


def _orphans(
    state: State, targets: Sequence[tuple[Target, tuple[str, ...]]], scope: tuple[str, ...] | None
) -> list[Planned]:
    claimed = {t.key for t, _ in targets} | {t.moved_from for t, _ in targets if t.moved_from is not None}
    out = []
    for key, entry in sorted(state.definitions.items()):
        if key in claimed or not entry.vendors or not in_scope(entry.source, scope):
            continue
        plans = {slug: orphan_plan(state, key, entry, slug, v) for slug, v in sorted(entry.vendors.items())}
        out.append(Planned(key, entry.name, entry.source, plans))
    return out


async def _together(work: Iterable[Coroutine[Any, Any, T]]) -> list[T]:
    """Run ``work`` concurrently; the results in order. When one fails (or the run is cancelled),
    the others are cancelled and waited for (a create being sent records itself as pending)."""
    tasks = [asyncio.ensure_future(w) for w in work]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


# -- a run ---------------------------------------------------------------------------------


class Run:
    """One plan or apply: the state (read once), a ``Gate`` per vendor, progress events."""

    def __init__(
        self,
        state: State,
        connect: Connector,
        *,
        allow_drop: bool,
        parallelism: int = DEFAULT_PARALLELISM,
        observe: Observer | None = None,
    ) -> None:
        if parallelism < 1:
            raise ValueError(f"parallelism must be at least 1, not {parallelism!r}")
        self.state = state
        self.connect = connect
        self.allow_drop = allow_drop
        self.parallelism = parallelism
        self.observe = observe or _ignore
        self.gates: dict[str, Gate] = {}

    def gate(self, slug: str) -> Gate:
        gate = self.gates.get(slug)
        if gate is None:
            gate = self.gates[slug] = Gate(slug, self.connect, self.parallelism)
        return gate

    def _note(self, gate: Gate) -> Progress:
        def note(line: str) -> None:
            self.observe(Event("note", gate.slug, gate.done, gate.total, line))

        return note

    async def aclose(self) -> None:
        for gate in self.gates.values():
            await gate.aclose()

    def targets(self, definitions: Sequence[Definition]) -> list[tuple[Target, tuple[str, ...]]]:
        """Each definition as the state knows it (a moved file keeps its entry), with its vendors."""
        unique(definitions)
        out = []
        for definition in definitions:
            slugs = definition.vendors
            if not slugs:
                raise InputError(
                    f"{definition.shown} names no vendor: add `vendors: [slug, ...]` to it, or give --vendor"
                )
            out.append((Target.of(definition.assistant, self.state, definition.file, slugs), slugs))
        return out

    # -- phase 1: plan (reads only) ----------------------------------------------------

    async def plan(
        self, targets: Sequence[tuple[Target, tuple[str, ...]]], orphans: list[Planned]
    ) -> tuple[list[Planned], list[Planned]]:
        for _, slugs in targets:
            for slug in slugs:
                self.gate(slug).total += 1
        for orphan in orphans:
            for slug in orphan.vendors:
                gate = self.gate(slug)
                gate.total += 1
                gate.read += 1
        work = [self._plan_target(target, slug) for target, slugs in targets for slug in slugs]
        plans = iter(await _together(work))
        planned = [
            Planned(target.key, target.name, target.source, {slug: next(plans) for slug in slugs}, target)
            for target, slugs in targets
        ]
        return planned, orphans

    async def _plan_target(self, target: Target, slug: str) -> VendorPlan:
        gate = self.gate(slug)
        async with gate.ahead:
            plan = await self._plan_one(gate, target, slug)
        gate.read += 1
        self.observe(Event("read", slug, gate.read, gate.total, f"{slug}: {target.key}: {plan.action}"))
        return plan

    async def _plan_one(self, gate: Gate, target: Target, slug: str) -> VendorPlan:
        desired = desire(target, slug, allow_drop=self.allow_drop)
        if isinstance(desired, VendorPlan):
            return desired
        if gate.down is not None:
            return VendorPlan(slug, "error", message=gate.skipped(), kind="api", desired=desired)
        try:
            plan = await plan_at(gate.open(), target, desired, self.state)
        except (APIError, InputError) as exc:
            gate.trip(exc)
            return failed(slug, exc, desired)
        plan.live = None  # read, compared and digested: not kept for the whole run
        return plan

    # -- phase 2: act (writes only) ----------------------------------------------------

    async def act(self, fleet: FleetPlan, book: Book, *, prune: bool) -> FleetOutcome:
        for planned in fleet.definitions:
            assert planned.target is not None
            planned.target = await book.move(planned.target)
        work: list[Coroutine[Any, Any, VendorOutcome]] = []
        for planned in fleet.definitions:
            assert planned.target is not None
            work += [self._act_target(planned.target, plan, book) for plan in planned.vendors.values()]
        for orphan in fleet.orphans:
            work += [self._prune_target(orphan, plan, book, prune) for plan in orphan.vendors.values()]
        outcomes = iter(await _together(work))
        applied = [
            Applied(p.key, p.name, p.source, {slug: next(outcomes) for slug in p.vendors}) for p in fleet.definitions
        ]
        orphans = [
            Applied(p.key, p.name, p.source, {slug: next(outcomes) for slug in p.vendors}, True) for p in fleet.orphans
        ]
        return FleetOutcome(applied, orphans)

    def _done(self, outcome: VendorOutcome) -> VendorOutcome:
        gate = self.gate(outcome.vendor)
        gate.done += 1
        self.observe(Event("done", gate.slug, gate.done, gate.total, outcome.line()))
        return outcome

    async def _act_target(self, target: Target, plan: VendorPlan, book: Book) -> VendorOutcome:
        return self._done(await self._act_one(target, plan, book))

    async def _act_one(self, target: Target, plan: VendorPlan, book: Book) -> VendorOutcome:
        if plan.action == "error":
            return VendorOutcome(plan, "failed", plan.id, message=plan.message, kind=plan.kind)
        if plan.action == "blocked":
            return VendorOutcome(plan, "blocked", plan.id, message=plan.message)
        desired = plan.desired
        assert desired is not None
        if plan.action == "none":
            return await refresh(target, plan, desired, book)
        gate = self.gate(plan.vendor)
        async with gate.ahead:
            if gate.down is not None:
                return VendorOutcome(plan, "failed", plan.id, message=gate.skipped(), kind="api")
            gate.open()
            assert gate.api is not None
            try:
                if plan.action == "create":
                    return await create(gate.api, target, plan, desired, book, self._note(gate))
                return await update(gate.api, target, plan, desired, book, self._note(gate))
            except (APIError, InputError) as exc:
                gate.trip(exc)
                return VendorOutcome(plan, "failed", plan.id, message=str(exc), kind=_kind(exc))

    async def _prune_target(self, orphan: Planned, plan: VendorPlan, book: Book, prune: bool) -> VendorOutcome:
        return self._done(await self._prune_one(orphan, plan, book, prune))

    async def _prune_one(self, orphan: Planned, plan: VendorPlan, book: Book, prune: bool) -> VendorOutcome:
        what = f"{orphan.source or orphan.key} ({orphan.name!r})"
        if not prune:
            message = f"{what} is not in this run: left as it is (`apply --prune` deletes it)"
            return VendorOutcome(plan, "kept", plan.id, message=message)
        if plan.message or plan.id is None:
            return VendorOutcome(plan, "blocked", plan.id, message=plan.message)
        gate = self.gate(plan.vendor)
        async with gate.ahead:
            if gate.down is not None:
                return VendorOutcome(plan, "failed", plan.id, message=gate.skipped(), kind="api")
            message = ""
            try:
                gate.open()
                assert gate.api is not None
                self._note(gate)(f"{plan.vendor}: deleting {plan.id} ({what})")
                try:
                    await gate.api.delete_assistant(plan.id)
                except NotFoundError:
                    message = "it was already gone"
            except (APIError, InputError) as exc:
                gate.trip(exc)
                return VendorOutcome(plan, "failed", plan.id, message=str(exc), kind=_kind(exc))
        await book.forget(orphan.key, plan.vendor)
        return VendorOutcome(plan, "deleted", plan.id, message=message, sent=["deleteAssistant"])

    def base_urls(self) -> dict[str, str]:
        return {slug: str(g.client.base_url) for slug, g in sorted(self.gates.items()) if g.client is not None}


# -- the commands' work --------------------------------------------------------------------


async def _plan_run(
    run: Run, definitions: Sequence[Definition], *, orphans: bool, scope: tuple[str, ...] | None
) -> FleetPlan:
    targets = run.targets(definitions)
    planned, orphaned = await run.plan(targets, _orphans(run.state, targets, scope) if orphans else [])
    state = run.state
    return FleetPlan(state, planned, orphaned, run.allow_drop, state.fingerprint(), run.base_urls(), scope)


async def plan_fleet(
    definitions: Sequence[Definition],
    *,
    state_path: str | Path = DEFAULT_STATE,
    connect: Connector | None = None,
    allow_drop: bool = False,
    parallelism: int = DEFAULT_PARALLELISM,
    progress: Observer | None = None,
    orphans: bool = True,
    scope: Iterable[str | Path] | None = None,
) -> FleetPlan:
    """What apply would do for every definition at each of its vendors, and the orphans (reads the
    state once and the vendors; writes nothing).

    An orphan is a state entry that no definition of the run claims and whose file is in ``scope``:
    one of its files, or directly in one of its folders (the paths the definitions were loaded
    from). ``scope=None`` takes the whole state: every entry not given is an orphan. ``orphans=False``
    looks for none."""
    state = State.load(state_path)
    run = Run(state, connect or connector(), allow_drop=allow_drop, parallelism=parallelism, observe=progress)
    try:
        keys = None if scope is None else scope_keys(scope, state)
        return await _plan_run(run, definitions, orphans=orphans, scope=keys)
    finally:
        await run.aclose()


async def carry_out(
    state: State,
    run: Run,
    make_plan: Callable[[], Awaitable[FleetPlan]],
    *,
    prune: bool,
    check: Callable[[FleetPlan], None] | None = None,
) -> FleetOutcome:
    """Under the lock: open the journal (nothing is sent if it cannot be written), plan, ``check``
    the plan (a saved plan's verification: raising there sends nothing), act; then fold the journal
    into the state file, whatever happened."""
    if state.replayed:
        state.save()  # fold the journal of a run that did not finish
    journal = Journal.open(state.journal_path, what=f"the journal of {state.shown}")
    try:
        fleet = await make_plan()
        if check is not None:
            check(fleet)
        return await run.act(fleet, Book(state, journal), prune=prune)
    finally:
        journal.close()
        try:
            if journal.records > 1:
                state.save()
            else:
                os.unlink(journal.path)
        finally:
            await run.aclose()


async def apply_fleet(
    definitions: Sequence[Definition],
    *,
    state_path: str | Path = DEFAULT_STATE,
    connect: Connector | None = None,
    allow_drop: bool = False,
    parallelism: int = DEFAULT_PARALLELISM,
    progress: Observer | None = None,
    prune: bool = False,
    orphans: bool = True,
    scope: Iterable[str | Path] | None = None,
) -> FleetOutcome:
    """Make every vendor match every definition; orphans (as ``plan_fleet`` finds them) are kept,
    or deleted with ``prune``."""
    with State(state_path).lock():
        state = State.load(state_path)
        run = Run(state, connect or connector(), allow_drop=allow_drop, parallelism=parallelism, observe=progress)
        keys = None if scope is None else scope_keys(scope, state)

        async def make_plan() -> FleetPlan:
            return await _plan_run(run, definitions, orphans=orphans, scope=keys)

        return await carry_out(state, run, make_plan, prune=prune)


def _quiet(line: str) -> None:
    pass


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
    definition = Definition(assistant, tuple(dict.fromkeys(vendors)), file)
    fleet = await plan_fleet(
        [definition], state_path=state_path, connect=connect or connector(), allow_drop=allow_drop, orphans=False
    )
    return fleet.definitions[0].vendors


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
    """Make every vendor match the definition, concurrently; the outcome per vendor. ``progress``
    gets a line before each write and one per vendor when it is done."""
    definition = Definition(assistant, tuple(dict.fromkeys(vendors)), file)
    fleet = await apply_fleet(
        [definition],
        state_path=state_path,
        connect=connect or connector(),
        allow_drop=allow_drop,
        progress=lines(progress or _quiet),
        orphans=False,
    )
    return fleet.definitions[0].vendors


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
