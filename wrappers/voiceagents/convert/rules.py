"""The declarative mapping machinery shared by every vendor module.

A vendor module declares its ``VendorMapping``: a tuple of rules, each relating neutral fields to
vendor fields. The same declarations drive both directions (``forward`` builds the vendor body,
``inverse`` reads it back) and the mapping table, so the three cannot disagree.

Rules:

* ``Map``: one neutral field ↔ one vendor field, optionally through a ``fwd``/``inv`` pair of
  transforms (units, enum values) described by ``how``. Maps sharing a ``group`` are reported
  together: each output lists the group's fields as its sources (a voice id means nothing without
  its provider); a value the vendor rejects is reported on the field it came from.
* ``Items``: a list of objects ↔ a list of objects, with one ``Map`` per item field.
* ``Catalogue``: the vendor needs a reference from its own catalogue (an integer id, a display
  name) that cannot be derived from the neutral value: it must come from ``vendor_extras``.
* ``Implied``: a neutral value the vendor always has (nothing to send), under a condition.
* ``Drop``: a documented reason why the vendor has no field for a neutral field.
* ``Custom``: anything else (several fields into one, a system prompt inside a message list...),
  as a forward and an inverse function plus the table cells it covers.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .._json import MISSING
from ._paths import VPath, get, parse

__all__ = [
    "MISSING",
    "Catalogue",
    "Custom",
    "Decline",
    "Drop",
    "FromContext",
    "Implied",
    "Items",
    "Map",
    "Output",
    "Rule",
    "ToContext",
    "Unresolved",
    "VendorMapping",
    "scale",
    "translate",
]

Transform = Callable[[Any], Any]


class Decline(Exception):
    """Raised by an inverse: this vendor value has no neutral form, so it stays in vendor_extras."""


# --------------------------------------------------------------------------- transforms


def _clean(value: float, digits: int) -> Any:
    """``value`` rounded away from float noise (0.1 * 5 = 0.5, not 0.5000000000000001)."""
    rounded = round(value, digits)
    if abs(rounded - value) >= 10 ** -(digits + 3):
        return value
    return int(rounded) if isinstance(rounded, float) and rounded.is_integer() else rounded


def scale(factor: float) -> tuple[Transform, Transform]:
    """``(fwd, inv)`` multiplying by ``factor`` on the way to the vendor and dividing on the way back."""

    def fwd(value: Any) -> Any:
        return _clean(value * factor, 9)

    def inv(value: Any) -> Any:
        return _clean(value / factor, 12)

    return fwd, inv


def translate(table: Mapping[Any, Any], *, passthrough: bool = False) -> tuple[Transform, Transform]:
    """``(fwd, inv)`` translating values through ``table`` (neutral → vendor) and back. Without
    ``passthrough`` an unknown value has no translation: forwards it is sent unchanged only when
    ``passthrough`` is set (the vendor's spec then decides), backwards it stays in vendor_extras."""
    back = {v: k for k, v in table.items()}

    def fwd(value: Any) -> Any:
        if value in table:
            return table[value]
        if passthrough:
            return value
        raise ValueError(f"no translation for {value!r}")  # pragma: no cover - closed neutral enums

    def inv(value: Any) -> Any:
        if value in back:
            return back[value]
        if passthrough and value not in table:
            return value
        raise Decline

    fwd.table = dict(table)  # type: ignore[attr-defined]  # read by the converter-spec drift check
    return fwd, inv


def describe(table: Mapping[Any, Any]) -> str:
    """``a ↔ b, c ↔ d`` for a translation table (JSON spelling for non-strings)."""

    def show(v: Any) -> str:
        return v if isinstance(v, str) else json.dumps(v)

    return ", ".join(f"{show(k)} ↔ {show(v)}" for k, v in table.items())


# --------------------------------------------------------------------------- contexts


class Output(NamedTuple):
    """One value of the vendor body and the neutral fields it comes from (the first one owns it: the
    report lists the output under that field, and a vendor rejecting the value rejects that field)."""

    path: VPath
    value: Any
    sources: tuple[str, ...]
    how: str | None = None
    reversible: bool = True


@dataclass(frozen=True)
class Mark:
    how: str
    vendor: str | None
    reversible: bool


@dataclass(frozen=True)
class Unresolved:
    """A catalogue reference that vendor_extras does not give, with the neutral fields it stands for."""

    rule: Catalogue
    neutral: tuple[str, ...]


class ToContext:
    """What a rule sees and does while building a vendor body."""

    def __init__(self, mapping: VendorMapping, values: Mapping[str, Any], extras: Mapping[str, Any]) -> None:
        self.mapping = mapping
        self.slug: str = mapping.slug
        self.values = values
        self.extras = extras
        self.outputs: list[Output] = []
        self.drops: dict[str, str] = {}
        self.marks: dict[str, Mark] = {}
        self.consumed_extras: list[VPath] = []
        self.unresolved: list[Unresolved] = []
        self.needs: dict[str, tuple[str, str]] = {}
        """neutral field -> (vendor field, how to supply it): the value has a home, but the vendor
        needs something the neutral model cannot give to take it."""
        self.overrides: dict[str, str] = {}
        """neutral field -> why: replaced by what vendor_extras gives."""

    @property
    def title(self) -> str:
        return self.mapping.title

    def get(self, path: str) -> Any:
        """The neutral value at ``path`` (``MISSING`` if unset or dropped)."""
        return get(self.values, parse(path))

    def is_set(self, path: str) -> bool:
        """Whether the user set ``path`` or something under it (and it is not dropped)."""
        return get(self.values, parse(path)) is not MISSING

    def vendor_extra(self, path: str) -> Any:
        """The ``vendor_extras.<slug>`` value at a vendor path (``MISSING`` if not given)."""
        return get(self.extras, parse(path))

    def emit(
        self,
        path: VPath | str,
        value: Any,
        sources: Iterable[str],
        how: str | None = None,
        *,
        reversible: bool = True,
    ) -> None:
        segments = parse(path) if isinstance(path, str) else path
        self.outputs.append(Output(segments, value, tuple(sources), how, reversible))

    def drop(self, neutral: str, why: str) -> None:
        """The vendor has no home for ``neutral`` (dropped; allowed with ``allow_drop``)."""
        self.drops[neutral] = why

    def need(self, neutral: str, vendor: str, how: str) -> None:
        """``neutral`` has a home at ``vendor`` only with an input the neutral model lacks (an error)."""
        self.needs[neutral] = (vendor, how)

    def override(self, neutral: str, why: str) -> None:
        """``vendor_extras`` gives this vendor field itself, replacing what ``neutral`` would give."""
        self.overrides[neutral] = why

    def mark(self, neutral: str, how: str, vendor: str | None = None, *, reversible: bool = False) -> None:
        """Record that ``neutral`` is carried by the vendor without an output of its own."""
        self.marks[neutral] = Mark(how, vendor, reversible)

    def consume_extra(self, path: str) -> None:
        """This rule merges ``vendor_extras.<slug>.<path>`` itself (the generic merge skips it)."""
        self.consumed_extras.append(parse(path))


@dataclass
class _RuleLog:
    sets: dict[str, tuple[Any, tuple[VPath, ...], str | None]] = field(default_factory=dict)
    consumed: list[VPath] = field(default_factory=list)
    kept: dict[VPath, Any] = field(default_factory=dict)


class FromContext:
    """What a rule sees and does while reading a vendor body back into the neutral model."""

    def __init__(self, mapping: VendorMapping, body: Mapping[str, Any]) -> None:
        self.mapping = mapping
        self.slug: str = mapping.slug
        self.body = body
        self.log: _RuleLog = _RuleLog()

    @property
    def title(self) -> str:
        return self.mapping.title

    def get(self, path: VPath | str) -> Any:
        return get(self.body, parse(path) if isinstance(path, str) else path)

    def set(self, neutral: str, value: Any, vendor: str | Sequence[str], how: str | None = None) -> None:
        """Set a neutral field from the vendor field(s) ``vendor`` (which are thereby consumed)."""
        paths = (parse(vendor),) if isinstance(vendor, str) else tuple(parse(v) for v in vendor)
        self.log.sets[neutral] = (value, paths, how)
        self.log.consumed.extend(paths)

    def consume(self, vendor: VPath | str) -> None:
        self.log.consumed.append(parse(vendor) if isinstance(vendor, str) else vendor)

    def keep(self, vendor: VPath | str, value: Any) -> None:
        """Put ``value`` into vendor_extras at ``vendor`` (for what a rule consumed but cannot lift)."""
        self.log.kept[parse(vendor) if isinstance(vendor, str) else vendor] = value


# --------------------------------------------------------------------------- rules


class Rule:
    """Base of every rule."""

    note: str = ""

    def forward(self, ctx: ToContext) -> None:
        """Add this rule's part of the vendor body."""

    def inverse(self, ctx: FromContext) -> None:
        """Read this rule's part of the vendor body back (raise ``Decline`` to leave it in extras)."""

    def cells(self) -> Iterable[tuple[str, str]]:
        """(neutral field pattern, table cell) pairs for the mapping table."""
        return ()


def _code(path: str) -> str:
    return f"`{path}`"


@dataclass(frozen=True)
class Map(Rule):
    """One neutral field ↔ one vendor field."""

    neutral: str
    vendor: str
    fwd: Transform | None = None
    inv: Transform | None = None
    how: str | None = None
    """How the value is translated (a transformed field); None: sent unchanged (mapped)."""
    note: str = ""
    group: str | None = None
    nullable: bool = False
    """The inverse accepts a vendor ``null`` (passed to ``inv``); otherwise null stays in extras."""
    default: Any = MISSING
    """Inside ``Items`` only: the vendor value sent when the neutral field is unset, because the
    neutral model defines that default (e.g. a post-call field is not required unless said so)."""

    def forward(self, ctx: ToContext) -> None:
        value = get(ctx.values, parse(self.neutral))
        if value is MISSING:
            return
        sources: tuple[str, ...] = (self.neutral,)
        if self.group:  # the field itself first: it is the one the output is reported under
            sources += tuple(p for p in ctx.mapping.group_sources(self.group, ctx) if p != self.neutral)
        ctx.outputs.append(Output(parse(self.vendor), self.fwd(value) if self.fwd else value, sources, self.how))

    def inverse(self, ctx: FromContext) -> None:
        value = ctx.get(self.vendor)
        if value is MISSING or (value is None and not self.nullable):
            return
        ctx.set(self.neutral, self.inv(value) if self.inv else value, self.vendor, self.how)

    def cells(self) -> Iterable[tuple[str, str]]:
        yield self.neutral, _code(self.vendor) + (" *" if self.how else "")


@dataclass(frozen=True)
class Items(Rule):
    """A list of objects ↔ a list of objects; ``fields`` map item keys (paths relative to an item)."""

    neutral: str
    vendor: str
    fields: tuple[Map, ...]
    note: str = ""

    def forward(self, ctx: ToContext) -> None:
        items = ctx.get(self.neutral)
        if items is MISSING:
            return
        if not items:
            ctx.emit(self.vendor, [], (self.neutral,))
            return
        base = parse(self.vendor)
        j = 0
        for i, item in enumerate(items):
            pending: list[tuple[VPath, Any, tuple[str, ...], str | None]] = []
            for f in self.fields:
                value = get(item, parse(f.neutral))
                target = (*base, j, *parse(f.vendor))
                if value is MISSING:
                    if f.default is not MISSING:
                        pending.append((target, f.default, (), None))
                    continue
                source = f"{self.neutral}[{i}].{f.neutral}"
                pending.append((target, f.fwd(value) if f.fwd else value, (source,), f.how))
            if any(sources for _, _, sources, _ in pending):
                for target, value, sources, how in pending:
                    ctx.emit(target, value, sources, how)
                j += 1

    def inverse(self, ctx: FromContext) -> None:
        items = ctx.get(self.vendor)
        if not isinstance(items, list):
            return
        by_vendor = {f.vendor: f for f in self.fields}
        out = []
        for item in items:
            if not isinstance(item, dict) or set(item) - set(by_vendor):
                raise Decline
            new: dict[str, Any] = {}
            for key, value in item.items():
                f = by_vendor[key]
                if value is None and not f.nullable:
                    raise Decline
                new[f.neutral] = f.inv(value) if f.inv else value
            out.append(new)
        hows = [f"{f.neutral}: {f.how}" for f in self.fields if f.how]
        ctx.set(self.neutral, out, self.vendor, "; ".join(hows) if hows and out else None)

    def cells(self) -> Iterable[tuple[str, str]]:
        for f in self.fields:
            yield f"{self.neutral}[].{f.neutral}", _code(f"{self.vendor}[].{f.vendor}") + (" *" if f.how else "")


@dataclass(frozen=True)
class Catalogue(Rule):
    """The vendor identifies this by a reference of its own (catalogue id, display name) that
    cannot be derived from the neutral value: it has to be given in ``vendor_extras``."""

    neutral: tuple[str, ...]
    vendor: tuple[str, ...]
    """Vendor fields that carry the reference (any of them given in vendor_extras resolves it)."""
    what: str
    """What the vendor expects there, and where to find it."""
    note: str = ""

    def supply(self, slug: str) -> str:
        fields = " or ".join(f"vendor_extras.{slug}.{v}" for v in self.vendor)
        return f"supply {fields} ({self.what})"

    def forward(self, ctx: ToContext) -> None:
        given = [(v, ctx.vendor_extra(v)) for v in self.vendor if ctx.vendor_extra(v) is not MISSING]
        set_fields = tuple(n for n in self.neutral if ctx.is_set(n))  # catalogue fields are leaves
        if given:
            vendor, value = given[0]
            for path in set_fields:
                ctx.mark(
                    path,
                    f"resolved to {vendor} = {value!r}, given in vendor_extras.{ctx.slug}.{vendor}",
                    vendor,
                )
        else:
            ctx.unresolved.append(Unresolved(self, set_fields))

    def cells(self) -> Iterable[tuple[str, str]]:
        for n in self.neutral:
            yield n, " / ".join(_code(v) for v in self.vendor) + " ‡"


@dataclass(frozen=True)
class Implied(Rule):
    """``neutral == value`` is how the vendor always behaves (nothing is sent for it), provided the
    neutral field ``when`` (if any) is sent. Any other value cannot be expressed and is dropped."""

    neutral: str
    value: Any
    how: str
    """Why the value holds at this vendor."""
    when: str | None = None
    otherwise: str = ""
    """Why another value (or the value without ``when``) cannot be expressed."""
    note: str = ""

    def cells(self) -> Iterable[tuple[str, str]]:
        yield self.neutral, f"(implied: {self.value!r})".replace("True", "true").replace("'", "")


@dataclass(frozen=True)
class Drop(Rule):
    """The vendor has no field for ``neutral`` (a pattern); ``why`` says so in the report."""

    neutral: str
    why: str


@dataclass(frozen=True)
class Custom(Rule):
    """A rule written as a pair of functions, with the table cells it covers."""

    name: str
    forward_fn: Callable[[ToContext], None]
    inverse_fn: Callable[[FromContext], None]
    table: tuple[tuple[str, str], ...]
    note: str = ""
    fills: tuple[tuple[str, str], ...] = ()
    """(vendor field, neutral field) pairs: which neutral field to set when the vendor field is missing."""

    def forward(self, ctx: ToContext) -> None:
        self.forward_fn(ctx)

    def inverse(self, ctx: FromContext) -> None:
        self.inverse_fn(ctx)

    def cells(self) -> Iterable[tuple[str, str]]:
        return self.table


# --------------------------------------------------------------------------- a vendor's mapping


@dataclass(frozen=True)
class VendorMapping:
    """Everything one vendor module declares."""

    slug: str
    rules: tuple[Rule, ...]
    note: str = ""
    answer: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
    """Reshapes an assistant as the vendor answers it (get, list) into request form, where the two
    differ beyond the vendor-assigned fields (which are skipped anyway)."""

    @functools.cached_property
    def title(self) -> str:
        from .. import spec

        return spec.vendor(self.slug).title

    @functools.cached_property
    def groups(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for rule in self.rules:
            if isinstance(rule, Map) and rule.group:
                out.setdefault(rule.group, []).append(rule.neutral)
        return {k: tuple(v) for k, v in out.items()}

    def group_sources(self, group: str, ctx: ToContext) -> tuple[str, ...]:
        return tuple(p for p in self.groups[group] if ctx.is_set(p))

    @functools.cached_property
    def drop_reasons(self) -> dict[str, str]:
        return {r.neutral: r.why for r in self.rules if isinstance(r, Drop)}

    @functools.cached_property
    def implied(self) -> tuple[Implied, ...]:
        return tuple(r for r in self.rules if isinstance(r, Implied))

    @functools.cached_property
    def vendor_sources(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Vendor field (string segments, list indexes as ``[]``) → the neutral fields that fill it."""
        out: dict[tuple[str, ...], list[str]] = {}

        def add(vendor: str, neutral: str) -> None:
            key = tuple("[]" if isinstance(s, int) else s for s in parse(vendor))
            out.setdefault(key, []).append(neutral)

        for rule in self.rules:
            if isinstance(rule, Map):
                add(rule.vendor, rule.neutral)
            elif isinstance(rule, Items):
                for f in rule.fields:
                    add(f"{rule.vendor}[].{f.vendor}", f"{rule.neutral}[].{f.neutral}")
            elif isinstance(rule, Custom):
                for vendor, neutral in rule.fills:
                    add(vendor, neutral)
        return {k: tuple(v) for k, v in out.items()}

    @functools.cached_property
    def notes(self) -> dict[str, str]:
        """Neutral field (pattern) → the note of the rule that maps it, for the report and the table."""
        out: dict[str, str] = {}
        for rule in self.rules:
            if rule.note:
                for neutral, _ in rule.cells():
                    out.setdefault(neutral, rule.note)
        return out

    def links(self) -> list[tuple[str, str, Transform | None]]:
        """(neutral field, vendor field, inverse transform) of every one-to-one mapping: what the
        neutral schema's ranges are derived from (``scripts/neutral_schema.py``)."""
        out: list[tuple[str, str, Transform | None]] = []
        for rule in self.rules:
            if isinstance(rule, Map):
                out.append((rule.neutral, rule.vendor, rule.inv))
            elif isinstance(rule, Items):
                out += [(f"{rule.neutral}[].{f.neutral}", f"{rule.vendor}[].{f.vendor}", f.inv) for f in rule.fields]
        return out

    @functools.cached_property
    def catalogue(self) -> dict[str, Catalogue]:
        return {v: r for r in self.rules if isinstance(r, Catalogue) for v in r.vendor}

    def cells(self) -> dict[str, list[str]]:
        """Neutral field pattern → the table cells of every rule that covers it."""
        out: dict[str, list[str]] = {}
        for rule in self.rules:
            for neutral, cell in rule.cells():
                out.setdefault(neutral, []).append(cell)
        return out
