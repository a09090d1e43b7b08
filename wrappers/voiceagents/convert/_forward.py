"""Neutral assistant → vendor body, driven by the vendor's ``VendorMapping``.

1. Every rule runs forward and emits vendor values, each with the neutral fields it came from.
2. Values go to integer fields as JSON integers (600.0 → 600); a fractional value stays, so the
   vendor's rule rejects it below.
3. ``vendor_extras[slug]`` is merged in (it wins; the neutral values it replaces are ``overridden``).
4. For an update, fields the vendor's update does not take are dropped (no home there).
5. The body is checked against the vendor's spec (closed-world) and every broken rule is traced to
   its source (``_attribute``): ``rejected`` neutral values and ``needs_input`` fields are errors
   whatever ``allow_drop`` says; a broken ``vendor_extras`` value is a ``ValidationError``.
6. Every neutral field the assistant sets gets exactly one outcome in the report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _validation
from .._exceptions import ConversionError, ValidationError
from ..types import OPAQUE, Assistant
from . import _vendor_schema
from ._attribute import Attribution, attribute
from ._paths import MISSING, VPath, copy_json, deep_merge, dotted, get, leaf_names, parse, pattern, put
from ._report import ConversionReport, ReportEntry
from .rules import Output, ToContext, VendorMapping

__all__ = ["convert_to"]


def _extras_for(data: Mapping[str, Any], slug: str) -> tuple[dict[str, Any], dict[str, Any]]:
    every = data.get("vendor_extras") or {}
    mine = every.get(slug) or {}
    others = {k: v for k, v in every.items() if k != slug and v}
    return copy_json(mine), others


def _build(ctx: ToContext, operation: str) -> dict[str, Any]:
    body: dict[str, Any] = {}
    for out in ctx.outputs:
        value = out.value
        if isinstance(value, float) and value.is_integer() and _vendor_schema.is_integer(ctx.slug, operation, out.path):
            value = int(value)
        put(body, out.path, copy_json(value))
    return body


def _merge_extras(
    ctx: ToContext, body: dict[str, Any], extras: Mapping[str, Any]
) -> tuple[list[VPath], dict[str, str]]:
    """Merge ``vendor_extras`` into ``body``; the paths it set, and the neutral fields it overrode."""
    merged = deep_merge(body, extras, skip=frozenset(ctx.consumed_extras)) if extras else []
    overridden: dict[str, str] = {}
    for out in ctx.outputs:
        for path in merged:
            if out.path[: len(path)] == path:
                for source in out.sources:
                    overridden.setdefault(source, f"overridden by vendor_extras.{ctx.slug}.{dotted(path)}")
    return merged, overridden


def _project(ctx: ToContext, operation: str, body: dict[str, Any]) -> dict[str, str]:
    """Drop what this operation's body does not take (an update that takes fewer fields)."""
    if operation == "createAssistant":
        return {}
    known = _vendor_schema.top_level_keys(ctx.slug, operation)
    if known is None:
        return {}
    dropped: dict[str, str] = {}
    for out in ctx.outputs:
        key = out.path[0]
        if key not in known:
            for source in out.sources:
                dropped.setdefault(source, f"{ctx.title}'s {operation} does not take {key}")
            body.pop(str(key), None)
    for key in [k for k in body if k not in known]:  # vendor_extras written for a create
        dropped[f"vendor_extras.{ctx.slug}.{key}"] = f"{ctx.title}'s {operation} does not take {key}"
        del body[key]
    return dropped


def convert_to(
    mapping: VendorMapping, assistant: Assistant, *, allow_drop: bool = False, operation: str = "createAssistant"
) -> tuple[dict[str, Any], ConversionReport]:
    """The vendor body of ``operation`` for ``assistant`` (plain data, validated) and the report."""
    slug = mapping.slug
    data = assistant.model_dump(exclude_unset=True)
    extras, others = _extras_for(data, slug)
    data.pop("vendor_extras", None)
    ctx = ToContext(mapping, data, extras)
    for rule in mapping.rules:
        rule.forward(ctx)
    body = _build(ctx, operation)
    merged, overridden = _merge_extras(ctx, body, extras)
    not_taken = _project(ctx, operation, body)
    errors = _validation.body_errors(slug, operation, body)
    given = {*merged, *(out.path for out in ctx.outputs if not out.sources)}
    found = attribute(mapping, operation, body, ctx.outputs, errors, given, ctx.unresolved)
    if found.in_extras or found.unattributed:
        raise ValidationError(slug, [*found.in_extras, *found.unattributed])
    report = ConversionReport(slug, "to_vendor")
    leaves = list(leaf_names(data, OPAQUE))
    drops = {**ctx.drops, **not_taken}
    _unresolved_drops(ctx, found, drops)
    found.needs += [ReportEntry("needs_input", n, vendor, how) for n, (vendor, how) in ctx.needs.items()]
    overridden = {**ctx.overrides, **overridden}
    report.entries.extend(_outcomes(ctx, data, leaves, found, drops, overridden))
    report.entries.extend(
        ReportEntry("dropped", k, None, v) for k, v in not_taken.items() if k.startswith("vendor_extras.")
    )
    report.entries.extend(e for e in found.needs if not e.neutral)
    report.entries.extend(_extras_entries(ctx, extras, merged, others, not_taken))
    if report.needs_input or report.rejected or (report.dropped and not allow_drop):
        raise ConversionError(slug, report.problems, report)
    return body, report


def _unresolved_drops(ctx: ToContext, found: Attribution, drops: dict[str, str]) -> None:
    """Catalogue references the vendor does not require and vendor_extras does not give: dropped."""
    required = {e.vendor for e in found.needs}
    for u in ctx.unresolved:
        if any(v in required for v in u.rule.vendor):
            continue
        for n in u.neutral:
            drops.setdefault(n, f"{ctx.title} identifies this by its own reference: {u.rule.supply(ctx.slug)}")


def _outcomes(
    ctx: ToContext,
    data: Mapping[str, Any],
    leaves: Sequence[str],
    found: Attribution,
    drops: Mapping[str, str],
    overridden: Mapping[str, str],
) -> list[ReportEntry]:
    """One entry per neutral leaf, in the assistant's order."""
    needs = {e.neutral: e for e in found.needs if e.neutral is not None}
    by_source: dict[str, list[Output]] = {}
    for out in ctx.outputs:
        for s in out.sources:
            by_source.setdefault(s, []).append(out)
    outcomes: dict[str, ReportEntry] = {}
    implied = {r.neutral: r for r in ctx.mapping.implied}
    pending: list[str] = []
    for leaf in leaves:
        entry = _decided(ctx, leaf, found, needs, drops, overridden, by_source)
        if entry is not None:
            outcomes[leaf] = entry
        elif leaf in implied:
            pending.append(leaf)
        else:
            why = ctx.mapping.drop_reasons.get(pattern(leaf)) or f"{ctx.title} has no field for it"
            outcomes[leaf] = ReportEntry("dropped", leaf, None, why)
    for leaf in pending:
        outcomes[leaf] = _implied(ctx, data, leaf, outcomes)
    return [outcomes[leaf] for leaf in leaves]


def _decided(
    ctx: ToContext,
    leaf: str,
    found: Attribution,
    needs: Mapping[str, ReportEntry],
    drops: Mapping[str, str],
    overridden: Mapping[str, str],
    by_source: Mapping[str, list[Output]],
) -> ReportEntry | None:
    """The outcome of one leaf, unless it depends on other leaves (implied) or on nothing (dropped)."""
    if leaf in found.rejected:
        return found.rejected[leaf]
    if leaf in needs:
        return needs[leaf]
    if leaf in drops:
        return ReportEntry("dropped", leaf, None, drops[leaf])
    if leaf in overridden:
        return ReportEntry("overridden", leaf, None, overridden[leaf])
    if leaf in ctx.marks:
        m = ctx.marks[leaf]
        return ReportEntry("transformed", leaf, m.vendor, m.how, m.reversible)
    if leaf in by_source:
        return _sent(ctx, leaf, by_source[leaf])
    return None


def _sent(ctx: ToContext, leaf: str, outs: Sequence[Output]) -> ReportEntry:
    note = ctx.mapping.notes.get(pattern(leaf), "") if ctx.mapping.notes else ""
    if len(outs) > 1:
        outs = [o for o in outs if o.sources[0] == leaf] or list(outs)
    vendor = dotted(outs[0].path) if len(outs) == 1 else ", ".join(dict.fromkeys(dotted(o.path) for o in outs))
    hows = [o.how for o in outs if o.how]
    if hows:
        how = f"{hows[0]}; {note}" if note else hows[0]
        return ReportEntry("transformed", leaf, vendor, how, all(o.reversible for o in outs))
    return ReportEntry("mapped", leaf, vendor, note)


def _implied(ctx: ToContext, data: Mapping[str, Any], leaf: str, outcomes: Mapping[str, ReportEntry]) -> ReportEntry:
    rule = next(r for r in ctx.mapping.implied if r.neutral == leaf)
    value = get(data, parse(leaf))
    when = outcomes.get(rule.when) if rule.when else None
    holds = value == rule.value and (
        rule.when is None or (when is not None and when.outcome in ("mapped", "transformed"))
    )
    if holds:
        return ReportEntry("transformed", leaf, None, rule.how, reversible=False)
    why = rule.otherwise or f"{ctx.title} cannot express {leaf} = {value!r}: {rule.how}"
    return ReportEntry("dropped", leaf, None, why)


def _extras_entries(
    ctx: ToContext,
    extras: Mapping[str, Any],
    merged: Sequence[VPath],
    others: Mapping[str, Any],
    not_taken: Mapping[str, str],
) -> list[ReportEntry]:
    entries = []
    for at in [*ctx.consumed_extras, *merged]:
        if get(extras, at) is not MISSING and f"vendor_extras.{ctx.slug}.{at[0]}" not in not_taken:
            shown = dotted(at)
            entries.append(ReportEntry("passed_through", f"vendor_extras.{ctx.slug}.{shown}", shown))
    for other, fields in others.items():
        for key in fields:
            entries.append(ReportEntry("ignored", f"vendor_extras.{other}.{key}", None, f"for {other}"))
    return entries
