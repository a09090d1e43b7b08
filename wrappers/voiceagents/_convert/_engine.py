"""The two conversion algorithms, driven by a vendor's ``VendorMapping``.

To a vendor: run every rule forward, merge ``vendor_extras[slug]`` (it wins), validate against the
vendor's spec, and turn every rule the spec rejects into a reported outcome: a value the vendor
cannot take (an enum it lacks, a range it does not allow) drops the neutral fields it came from; a
missing required field is an input the user has to supply, unless it sits inside an optional
object, in which case that object cannot be sent and the neutral fields inside it are dropped. The
loop repeats until the body validates or nothing more can be attributed to a neutral field; what is
left comes from ``vendor_extras`` and is a plain ``ValidationError``.

From a vendor: validate, run every rule's inverse, validate the neutral result against the neutral
schema (a rule whose result breaks it is undone, so its fields stay in ``vendor_extras``), and put
every vendor field no rule consumed into ``vendor_extras[slug]``.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import Any

import jsonschema_rs

from .. import _validation
from .._exceptions import ConversionError, FieldError, ValidationError
from ..types import Assistant
from ._paths import (
    MISSING,
    VPath,
    copy_json,
    deep_merge,
    dotted,
    get,
    leaf_names,
    parse,
    pattern,
    pointer,
    put,
    remove,
    starts_with,
    unpointer,
)
from ._report import ConversionReport, ReportEntry
from ._rules import Decline, FromContext, Output, ToContext, Unresolved, VendorMapping, _RuleLog

__all__ = [
    "AssistantValidationError",
    "convert_from",
    "convert_to",
    "load_assistant",
    "neutral_errors",
    "neutral_schema",
    "neutral_schema_text",
]

OPAQUE = frozenset({"variables"})
"""Neutral fields that are one value each, whatever their content (free-form maps)."""


class AssistantValidationError(ValidationError):
    """An assistant definition breaks the neutral schema. ``errors`` lists every broken rule."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        super().__init__("assistant", errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        self.args = (f"the assistant definition is invalid ({len(self.errors)} problem(s)):\n{lines}",)


# --------------------------------------------------------------------------- the neutral schema


@functools.cache
def neutral_schema_text() -> str:
    """The neutral JSON Schema, as shipped in the ``voiceagents.types`` package."""
    return resources.files("voiceagents.types").joinpath("assistant.schema.json").read_text(encoding="utf-8")


@functools.cache
def neutral_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(neutral_schema_text())
    return data


@functools.cache
def _neutral_validator() -> Any:
    return jsonschema_rs.validator_for(neutral_schema(), validate_formats=True)


def neutral_errors(data: Any) -> list[FieldError]:
    """Every rule of the neutral schema that ``data`` breaks (empty if it is valid)."""
    validator = _neutral_validator()
    try:
        if validator.is_valid(data):
            return []
        raw = list(validator.iter_errors(data))
    except (ValueError, TypeError) as exc:  # not JSON data (a date, a set, a non-string key...)
        return [FieldError("", data, f"must be JSON data: {exc}")]
    errors = []
    for error in raw:
        path = list(error.instance_path)
        value = error.instance
        name = error.kind.name
        if name == "required":
            path.append(error.kind.property)
            value = _validation.MISSING
        elif name == "additionalProperties" and isinstance(value, dict):
            allowed = sorted(_neutral_properties(tuple(path)))
            for key in error.kind.as_dict().get("unexpected") or []:
                rule = "unknown field" + (f" (allowed here: {', '.join(allowed)})" if allowed else "")
                errors.append(FieldError(pointer((*path, key)), value.get(key), rule))
            continue
        errors.append(FieldError(pointer(tuple(path)), value, _validation.rule_text(error.kind, str(error.message))))
    return errors


@functools.cache
def _neutral_properties(path: tuple[str | int, ...]) -> frozenset[str]:
    schema = neutral_schema()
    node: Any = schema
    for segment in path:
        node = _resolve(schema, node)
        node = node.get("items", {}) if isinstance(segment, int) else (node.get("properties") or {}).get(segment, {})
    return frozenset(_resolve(schema, node).get("properties") or {})


def load_assistant(data: Assistant | Mapping[str, Any]) -> Assistant:
    """An ``Assistant`` from a model or from plain data, checked against the neutral schema."""
    if isinstance(data, Assistant):
        return data
    errors = neutral_errors(data)
    if errors:
        raise AssistantValidationError(errors)
    return Assistant.model_validate(data)


# --------------------------------------------------------------------------- vendor schema lookups


def _resolve(schema: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        node = schema["$defs"][str(node["$ref"]).rsplit("/", 1)[-1]]
    return node


def _members(schema: Mapping[str, Any], node: Any) -> Iterator[Mapping[str, Any]]:
    """``node`` and every schema it combines (allOf/oneOf/anyOf, if/then/else), resolved."""
    node = _resolve(schema, node)
    if not isinstance(node, Mapping):
        return
    yield node
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(key, ()):
            yield from _members(schema, sub)
    for key in ("then", "else"):
        if key in node:
            yield from _members(schema, node[key])


def _property_schemas(schema: Mapping[str, Any], node: Any, key: str) -> tuple[list[Any], bool]:
    """The subschemas of property ``key`` under ``node``, and whether ``node`` accepts any key."""
    found: list[Any] = []
    declared = False
    open_ = False
    for member in _members(schema, node):
        props = member.get("properties")
        if isinstance(props, Mapping):
            declared = True
            if key in props and props[key] is not False:
                found.append(props[key])
        extra = member.get("additionalProperties")
        if extra is True or isinstance(extra, Mapping):
            open_ = True
    return found, open_ or not declared


@functools.cache
def _known_keys(slug: str, path: tuple[str, ...]) -> frozenset[str] | None:
    """The member names the vendor's request schema declares for the object at ``path`` (a path
    of member names from the body); None when that object accepts any member."""
    schema = _validation.request_schema(slug)
    nodes: list[Any] = [schema]
    for key in path:
        found: list[Any] = []
        for node in nodes:
            found += _property_schemas(schema, node, key)[0]
        nodes = found
    names: set[str] = set()
    for node in nodes:
        _, open_ = _property_schemas(schema, node, "")
        if open_:
            return None
        for member in _members(schema, node):
            names.update(member.get("properties") or {})
    return frozenset(names)


def _unknown_extras(slug: str, value: Mapping[str, Any], at: tuple[str, ...]) -> Iterator[FieldError]:
    known = _known_keys(slug, at)
    if known is None:
        return
    for key, sub in value.items():
        here = (*at, key)
        if key not in known:
            where = f"{dotted(at)} of the " if at else "the "
            yield FieldError(
                pointer(("vendor_extras", slug, *here)),
                sub,
                f"not a field of {where}{slug} request body (known: {', '.join(sorted(known))})",
            )
        elif isinstance(sub, Mapping):
            yield from _unknown_extras(slug, sub, here)


def check_extras(slug: str, extras: Mapping[str, Any]) -> None:
    """Raise ``ValidationError`` naming every ``vendor_extras.<slug>`` key the vendor does not have."""
    errors = list(_unknown_extras(slug, extras, ()))
    if errors:
        raise ValidationError(slug, errors)


def _schema_at(slug: str, path: Sequence[str]) -> Mapping[str, Any] | None:
    schema = _validation.request_schema(slug)
    nodes: list[Any] = [schema]
    for segment in path:
        nxt: list[Any] = []
        for node in nodes:
            for member in _members(schema, node):
                if segment.isdigit() or segment == "[]":
                    if "items" in member:
                        nxt.append(member["items"])
                elif segment in (member.get("properties") or {}):
                    nxt.append(member["properties"][segment])
        nodes = nxt
        if not nodes:
            return None
    merged: dict[str, Any] = {}
    for node in nodes:
        for member in _members(schema, node):
            for k, v in member.items():
                merged.setdefault(k, v)
    return merged


@functools.cache
def _dependent_rules(slug: str, path: tuple[str, ...]) -> str:
    """The vendor's prose rules that are conditioned on this top-level field (what else it requires)."""
    if len(path) != 1:
        return ""
    schema = _validation.request_schema(slug)
    root = _resolve(schema, schema)
    rules = [
        str(branch["description"]).strip()
        for branch in root.get("allOf", ())
        if path[0] in ((branch.get("if") or {}).get("properties") or {}) and branch.get("description")
    ]
    return f"; note the rules that depend on it: {' '.join(rules)}" if rules else ""


def _vendor_facts(slug: str, path: Sequence[str]) -> str:
    node = _schema_at(slug, path)
    if not node:
        return ""
    parts = []
    if "enum" in node:
        parts.append("one of " + ", ".join("null" if v is None else str(v) for v in node["enum"]))
    elif "type" in node:
        kind = node["type"]
        kinds = " or ".join(kind) if isinstance(kind, list) else str(kind)
        parts.append(("an " if kinds[0] in "aeiou" else "a ") + kinds)
    description = str(node.get("description") or "").strip()
    if description:
        parts.append(description.split(". ")[0].rstrip(".").replace("\n", " "))
    return ": ".join(parts)


# --------------------------------------------------------------------------- to a vendor


def _with_dropped_removed(data: dict[str, Any], dropped: Mapping[str, str]) -> dict[str, Any]:
    if not dropped:
        return data
    values: dict[str, Any] = copy_json(data)
    for path in dropped:
        remove(values, parse(path))
    # objects emptied by the removals count as unset
    for key in [k for k, v in values.items() if v == {}]:
        del values[key]
    return values


def _str_path(path: VPath) -> tuple[str, ...]:
    return tuple(str(s) for s in path)


def _real_path(body: Any, path: Sequence[str]) -> VPath:
    segments: list[str | int] = []
    node = body
    for s in path:
        seg: str | int = int(s) if isinstance(node, list) and s.isdigit() else s
        segments.append(seg)
        node = get(node, (seg,), None)
    return tuple(segments)


def _optional_ancestor(slug: str, body: dict[str, Any], path: tuple[str, ...]) -> tuple[str, ...] | None:
    """The deepest object or list item above the missing field ``path`` that the vendor would
    accept being left out; None if every level up to the body is itself required."""
    for k in range(len(path) - 1, 0, -1):
        ancestor = path[:k]
        real = _real_path(body, ancestor)
        if isinstance(real[-1], int):
            return ancestor
        trial = copy.deepcopy(body)
        remove(trial, real)
        errors = _validation.request_errors(slug, trial)
        if not any(e.value is _validation.MISSING and unpointer(e.path) == ancestor for e in errors):
            return ancestor
    return None


def _short_rule(slug: str, path: Sequence[str], error: FieldError) -> str:
    rule = error.rule
    if "is not valid under any of the schemas listed in the" in rule:
        facts = _vendor_facts(slug, path)
        rule = facts.split(": ")[0] if facts.startswith("one of") else "matches none of the accepted variants"
    return rule


class _Attribution:
    def __init__(self) -> None:
        self.drops: dict[str, str] = {}
        self.required: list[tuple[tuple[str, ...], FieldError]] = []
        self.unattributed: list[FieldError] = []


def _attribute(
    mapping: VendorMapping, body: dict[str, Any], outputs: Sequence[Output], errors: Sequence[FieldError]
) -> _Attribution:
    slug, title = mapping.slug, mapping.title
    result = _Attribution()
    if not errors:
        return result
    sourced = [(_str_path(o.path), o) for o in outputs if o.sources]
    for error in errors:
        path = unpointer(error.path)
        if error.value is _validation.MISSING:
            ancestor = _optional_ancestor(slug, body, path)
            if ancestor is None:
                result.required.append((path, error))
                continue
            hits = [o for p, o in sourced if starts_with(p, ancestor)]
            if not hits:
                result.unattributed.append(error)
                continue
            where = dotted(_real_path(body, ancestor))
            real = (*_real_path(body, path[:-1]), path[-1])
            missing = dotted(real)
            why = f"{title} accepts {where} only with {missing} ({error.rule}), which is missing"
            if not any(isinstance(s, int) for s in real):  # vendor_extras merges objects, not list items
                why += f"; give it in vendor_extras.{slug}.{missing} to keep this"
            for o in hits:
                for s in o.sources:
                    result.drops.setdefault(s, why)
            continue
        # the outputs at or below the rejected value; else the one it sits in (a list, a free map)
        hits = [o for p, o in sourced if path and starts_with(p, path)]
        hits = hits or [o for p, o in sourced if path and starts_with(path, p)]
        if not hits:
            result.unattributed.append(error)
            continue
        shown = repr(error.value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        rule = _short_rule(slug, path, error)
        why = f"{title} does not accept {dotted(_real_path(body, path))} = {shown} (rule: {rule})"
        for o in hits:
            for s in o.sources:
                result.drops.setdefault(s, why)
    return result


def _needs_input(
    mapping: VendorMapping,
    path: tuple[str, ...],
    error: FieldError,
    unresolved: Sequence[Unresolved],
    dropped: Mapping[str, str],
) -> list[ReportEntry]:
    slug = mapping.slug
    shown = dotted(tuple(int(s) if s.isdigit() else s for s in path))
    context = error.rule[len("required") :].strip(" ()") if error.rule != "required" else ""
    suffix = f" (rule: {context})" if context else ""
    rule = mapping.catalogue.get(path[0]) if len(path) == 1 else None
    if rule is not None:
        neutral = next((u.neutral for u in unresolved if u.rule is rule), ())
        detail = rule.supply(slug) + suffix
        if neutral:
            return [ReportEntry("needs_input", n, shown, detail) for n in neutral]
        return [ReportEntry("needs_input", None, shown, detail)]
    key = tuple("[]" if s.isdigit() else s for s in path)
    candidates = mapping.vendor_sources.get(key, ())
    inside = not candidates
    if inside:  # an object: the neutral fields that fill its members
        candidates = tuple(
            dict.fromkeys(n for k, ns in mapping.vendor_sources.items() if starts_with(k, key) for n in ns)
        )
    facts = _vendor_facts(slug, path)
    facts = f" ({facts})" if facts else ""
    suffix += _dependent_rules(slug, path)
    if candidates:
        lost = [c for c in candidates if any(pattern(d) == c or d == c for d in dropped)]
        setting = ", ".join(f"`{c}`" for c in candidates[:-1])
        setting = f"{setting} or `{candidates[-1]}`" if setting else f"`{candidates[-1]}`"
        within = f" (they fill {shown})" if inside and len(candidates) > 1 else ""
        detail = f"set {setting} in the assistant{within}, or supply vendor_extras.{slug}.{shown}{facts}"
        if lost:
            detail += "; the value given was dropped (see above)"
    else:
        detail = f"supply vendor_extras.{slug}.{shown}{facts}; the neutral model has no field for it"
    return [ReportEntry("needs_input", None, shown, detail + suffix)]


def _extras_for(data: Mapping[str, Any], slug: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    every = data.get("vendor_extras") or {}
    mine = every.get(slug) or {}
    others = {k: v for k, v in every.items() if k != slug and v}
    return mine, others


def convert_to(
    mapping: VendorMapping, assistant: Assistant, *, allow_drop: bool = False
) -> tuple[dict[str, Any], ConversionReport]:
    """The vendor body for ``assistant`` (plain data, validated) and the report."""
    slug, title = mapping.slug, mapping.title
    data = assistant.model_dump(exclude_unset=True)
    extras, others = _extras_for(data, slug)
    data.pop("vendor_extras", None)
    if extras:
        check_extras(slug, extras)
    leaf_paths = list(leaf_names(data, OPAQUE))
    dropped: dict[str, str] = {}
    for _ in range(len(leaf_paths) + 1):  # a round that does not settle drops at least one more field
        values = _with_dropped_removed(data, dropped)
        ctx = ToContext(mapping, values, extras)
        for rule in mapping.rules:
            rule.forward(ctx)
        body: dict[str, Any] = {}
        for out in ctx.outputs:
            put(body, out.path, copy_json(out.value))
        merged: list[VPath] = []
        if extras:
            merged = deep_merge(body, extras, skip=frozenset(ctx.consumed_extras))
            by_key: dict[Any, list[Output]] = {}
            for o in ctx.outputs:
                if o.sources:
                    by_key.setdefault(o.path[0], []).append(o)
            conflicts = {
                s: f"overridden by vendor_extras.{slug}.{dotted(x)}"
                for x in merged
                for o in by_key.get(x[0], ())
                if o.path[: len(x)] == x
                for s in o.sources
                if s not in dropped
            }
            if conflicts:
                dropped.update(conflicts)
                continue
        errors = _validation.request_errors(slug, body)
        found = _attribute(mapping, body, ctx.outputs, errors)
        fresh = {k: v for k, v in found.drops.items() if k not in dropped}
        if fresh:
            dropped.update(fresh)
            continue
        break
    else:  # pragma: no cover - there are no more fields to drop than there are fields
        raise RuntimeError("conversion did not settle")

    report = ConversionReport(slug, "to_vendor")
    drops = {**dropped, **ctx.drops}
    needs: list[ReportEntry] = []
    for path, error in found.required:
        needs += _needs_input(mapping, path, error, ctx.unresolved, drops)
    needs_by_leaf = {e.neutral: e for e in needs if e.neutral}
    required_vendor = {e.vendor for e in needs}
    for u in ctx.unresolved:
        if any(v in required_vendor for v in u.rule.vendor):
            continue
        for n in u.neutral:
            drops.setdefault(n, f"{title} identifies this by its own reference: {u.rule.supply(slug)}")
    by_source: dict[str, list[Output]] = {}
    for out in ctx.outputs:
        for s in out.sources:
            by_source.setdefault(s, []).append(out)
    outcomes: dict[str, ReportEntry] = {}
    implied = {r.neutral: r for r in mapping.implied}
    pending_implied = []
    notes = mapping.notes
    for leaf in leaf_paths:
        if leaf in drops:
            outcomes[leaf] = ReportEntry("dropped", leaf, None, drops[leaf])
        elif leaf in needs_by_leaf:
            outcomes[leaf] = needs_by_leaf[leaf]
        elif leaf in ctx.marks:
            m = ctx.marks[leaf]
            outcomes[leaf] = ReportEntry("transformed", leaf, m.vendor, m.how, m.reversible)
        elif leaf in by_source:
            outs = by_source[leaf]
            note = notes.get(pattern(leaf), "") if notes else ""
            if len(outs) == 1:
                out = outs[0]
                if out.how:
                    how = f"{out.how}; {note}" if note else out.how
                    outcomes[leaf] = ReportEntry("transformed", leaf, dotted(out.path), how, out.reversible)
                else:
                    outcomes[leaf] = ReportEntry("mapped", leaf, dotted(out.path), note)
                continue
            outs = [o for o in outs if o.sources[0] == leaf] or outs
            vendor = ", ".join(dict.fromkeys(dotted(o.path) for o in outs))
            hows = [o.how for o in outs if o.how]
            if hows:
                reversible = all(o.reversible for o in outs)
                how = f"{hows[0]}; {note}" if note else hows[0]
                outcomes[leaf] = ReportEntry("transformed", leaf, vendor, how, reversible)
            else:
                outcomes[leaf] = ReportEntry("mapped", leaf, vendor, note)
        elif leaf in implied:
            pending_implied.append(leaf)
        else:
            why = mapping.drop_reasons.get(pattern(leaf)) or f"{title} has no field for it"
            outcomes[leaf] = ReportEntry("dropped", leaf, None, why)
    for leaf in pending_implied:
        rule = implied[leaf]
        value = get(data, parse(leaf))
        when = outcomes.get(rule.when) if rule.when else None
        holds = value == rule.value and (
            rule.when is None or (when is not None and when.outcome in ("mapped", "transformed"))
        )
        if holds:
            outcomes[leaf] = ReportEntry("transformed", leaf, None, rule.how, reversible=False)
        else:
            why = rule.otherwise or f"{title} cannot express {leaf} = {value!r}: {rule.how}"
            outcomes[leaf] = ReportEntry("dropped", leaf, None, why)
    report.entries.extend(outcomes[leaf] for leaf in leaf_paths)
    report.entries.extend(e for e in needs if not e.neutral)
    for extra_at in [*ctx.consumed_extras, *merged]:
        if get(extras, extra_at) is not MISSING:
            shown = dotted(extra_at)
            report.entries.append(ReportEntry("passed_through", f"vendor_extras.{slug}.{shown}", shown))
    for other, fields in others.items():
        for key in fields:
            report.entries.append(ReportEntry("ignored", f"vendor_extras.{other}.{key}", None, f"for {other}"))

    if found.unattributed:  # values given in vendor_extras: point at them there
        given = {dotted(m) for m in merged} | {dotted(c) for c in ctx.consumed_extras}
        errors = []
        for e in found.unattributed:
            at = unpointer(e.path)
            segments: VPath = tuple(int(s) if s.isdigit() else s for s in at)
            inside = any(dotted(segments[:k]) in given for k in range(1, len(segments) + 1))
            errors.append(FieldError(pointer(("vendor_extras", slug, *at)), e.value, e.rule) if inside else e)
        raise ValidationError(slug, errors)
    if report.needs_input or (report.dropped and not allow_drop):
        raise ConversionError(slug, report.problems, report)
    return body, report


# --------------------------------------------------------------------------- from a vendor


def _leftover(node: Any, at: VPath, consumed: set[VPath], prefixes: set[VPath]) -> Any:
    if at in consumed:
        return MISSING
    if isinstance(node, Mapping) and at in prefixes:
        out = {}
        for key, value in node.items():
            rest = _leftover(value, (*at, key), consumed, prefixes)
            if rest is not MISSING:
                out[key] = rest
        return out if out else MISSING
    return copy.deepcopy(node)


def _dict_leaves(data: Mapping[str, Any], at: VPath = ()) -> Iterator[VPath]:
    for key, value in data.items():
        if isinstance(value, Mapping) and value:
            yield from _dict_leaves(value, (*at, key))
        else:
            yield (*at, key)


def convert_from(mapping: VendorMapping, body: Mapping[str, Any]) -> tuple[Assistant, ConversionReport]:
    """The neutral assistant for a vendor body, and the report."""
    slug = mapping.slug
    _validation.check_request(slug, body)
    unknown = list(_unknown_extras(slug, body, ()))
    if unknown:  # the spec leaves objects open for the generator's sake; the vendor has no such fields
        raise ValidationError(slug, [FieldError(pointer(unpointer(e.path)[2:]), e.value, e.rule) for e in unknown])
    ctx = FromContext(mapping, body)
    logs: list[_RuleLog] = []
    for rule in mapping.rules:
        ctx.log = _RuleLog()
        try:
            rule.inverse(ctx)
        except Decline:
            continue
        if ctx.log.sets or ctx.log.consumed or ctx.log.kept:
            logs.append(ctx.log)
    while True:
        neutral: dict[str, Any] = {}
        for log in logs:
            for path, (value, _, _) in log.sets.items():
                put(neutral, parse(path), copy.deepcopy(value))
        errors = neutral_errors(neutral)
        if not errors:
            break
        bad = set()
        for error in errors:
            where = unpointer(error.path)
            for i, log in enumerate(logs):
                for path in log.sets:
                    p = _str_path(parse(path))
                    if starts_with(where, p) or starts_with(p, where):
                        bad.add(i)
        if not bad:  # pragma: no cover - every neutral value comes from some rule
            raise AssistantValidationError(errors)
        logs = [log for i, log in enumerate(logs) if i not in bad]

    consumed = {p for log in logs for p in log.consumed}
    prefixes = {p[:k] for p in consumed for k in range(len(p))}
    rest = _leftover(body, (), consumed, prefixes)
    extras: dict[str, Any] = {} if rest is MISSING else dict(rest)
    for log in logs:
        for kept_at, kept in log.kept.items():
            put(extras, kept_at, copy.deepcopy(kept))
    if extras:
        neutral["vendor_extras"] = {slug: extras}
    assistant = Assistant.model_validate(neutral)

    report = ConversionReport(slug, "from_vendor")
    for log in logs:
        for path, (_, vendor_paths, how) in log.sets.items():
            vendor = ", ".join(dotted(v) for v in vendor_paths)
            report.entries.append(ReportEntry("transformed" if how else "mapped", path, vendor, how or ""))
    for leaf in _dict_leaves(extras):
        report.entries.append(
            ReportEntry("kept", f"vendor_extras.{slug}.{dotted(leaf)}", dotted(leaf), "no neutral field for it")
        )
    return assistant, report
