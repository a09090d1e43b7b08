"""Breaking-change detection between two versions of a vendor spec, offline, in plain Python.

API (pure functions on loaded documents; both sides are normalised as JSON, so a spec loaded from
YAML equals the ``openapi.json`` written from it)::

    changes = diff_specs(old_spec, new_spec)                    # list[Change], deterministic order
    problem = required_bump(old_version, new_version, changes)  # None, or why the version is wrong
    suggest = next_version(old_version, changes)                # major/minor/patch, for messages
    entry = changelog_entry(new_version, changes, date)         # one Markdown section
    text = update_changelog(existing_text_or_None, entry, title="# voiceagents-revox")

``Change(kind, path, description, breaking)``. ``path`` names the place as a user of the generated
client sees it: ``POST /assistants request body``, ``POST /assistants query parameter api_key``,
``CreateAssistantRequest.voice.speed``, ``CreateAssistantRequest.tools[]``,
``CreateAssistantRequest (when mode = "pipeline")``, ``BuiltInTool<CallTransferTool>``. ``kind`` is
one of: operation-removed/-added/-changed, parameter-removed/-added, request-body-removed/-added,
response-removed/-added, media-type-removed/-added, schema-removed/-added, field-removed/-added,
required-added/-removed, enum-narrowed/-widened, range-narrowed/-widened, type-changed/-widened,
variant-removed/-added, rule-added/-removed, security-changed, description-changed,
default-changed, modified.

How to call it. The previous spec is the ``openapi.json`` inside ``generated/<slug>/<package>/``;
compare *before* regenerating (generation overwrites it)::

    previous = vendor.output / vendor.package / "openapi.json"
    if previous.exists():                      # first generation: nothing to compare
        old = json.loads(previous.read_text(encoding="utf-8"))
        changes = specdiff.diff_specs(old, vendor.spec)
        problem = specdiff.required_bump(str(old["info"]["version"]), vendor.version, changes)
        if problem:                            # generate: refuse this vendor; check: fail
            raise GenerationError(f"{vendor.spec_path.relative_to(ROOT)}: {problem}")

The generator then writes the changelog into the temporary project before ``sync_tree``, so it is
generated output like any other file (``make check`` compares it with a fresh generation)::

    existing = vendor.output / "CHANGELOG.md"
    text = existing.read_text(encoding="utf-8") if existing.exists() else None
    if changes:                                # the version moved (required_bump made sure)
        entry = specdiff.changelog_entry(vendor.version, changes, datetime.date.today())
        text = specdiff.update_changelog(text, entry, title=f"# {vendor.distribution}")
    if text:                                   # unchanged spec (e.g. --force): keep it as it was
        (project / "CHANGELOG.md").write_text(text, encoding="utf-8")

``required_bump`` returns None when the versions are fine, else one message naming the rule and
the offending changes. Rules (semver): the version never goes down; any content change (anything
but ``info.version``) needs a higher version; a breaking change needs the next major (``1.4.2`` ->
``2.0.0``), or the next minor while the major is 0 (``0.3.1`` -> ``0.4.0``).

What counts as breaking (``breaking=True``), decided per schema by how the client uses it:
*request* schemas (request bodies, parameters) are what the client sends, *response* schemas what it
reads; a component reached from both, or from neither, gets the stricter answer of the two.

========================================  =========  ==========
change                                    request    response
========================================  =========  ==========
operation / parameter / response removed  breaking   breaking
field removed, component schema removed   breaking   breaking
optional field added                      no         no
required field added, field now required  breaking   no
field no longer required                  no         breaking
enum/const value removed, enum added      breaking   breaking
enum value added, enum dropped            no         no
range narrowed (min*/max*/exclusive*/     breaking   breaking
maxLength/minLength/items/pattern/
multipleOf/uniqueItems added or tighter)
range widened                             no         no
type or format changed or narrowed,       breaking   breaking
$ref to another schema, inline <-> $ref
type widened (e.g. null added), union     no         breaking
variant added
union variant removed                     breaking   breaking
new or stricter ``if``/``then`` rule      breaking   breaking
rule removed or relaxed                   no         no
operationId, tags, security changed       breaking   breaking
descriptions, examples, defaults, other   no         no
========================================  =========  ==========

``if``/``then`` rules (``allOf: [{if, then}]``) are matched by their ``if`` schema; a field that a
``then`` newly requires is "required-added", a new rule is "rule-added". Any other difference (an
example, a server URL, an unknown keyword) is reported as non-breaking "modified", and if two
documents differ in anything but ``info.version`` at least one change is reported, so "content
changed" is exactly ``bool(changes)``.

Also a command: ``python -m voiceagents_tools specdiff OLD NEW`` prints the changes and the version verdict
(exit 1 when the bump is insufficient).
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version
from voiceagents.spec import schema as spec_schema
from voiceagents.spec.schema import METHODS, Direction

BOTH: frozenset[Direction] = frozenset(("request", "response"))
# Numeric/length bounds: which way is "tighter".
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains")
_DOCS = ("title", "description", "default", "examples", "example", "deprecated", "discriminator", "$comment")
ANNOTATIONS = (*_DOCS, "externalDocs", "xml", "readOnly", "writeOnly", "contentMediaType")
_SHAPE = ("$ref", "type", "format", "enum", "const", "properties", "required", "additionalProperties", "items")
_MORE = ("prefixItems", "oneOf", "anyOf", "allOf", "if", "then", "else", "pattern", "multipleOf", "uniqueItems")
HANDLED = frozenset((*_SHAPE, *_MORE, *LOWER_BOUNDS, *UPPER_BOUNDS, *ANNOTATIONS))
_OPERATION = ("operationId", "tags", "security", "parameters", "requestBody", "responses", "summary")
OPERATION_KEYS = (*_OPERATION, "description", "deprecated")
PARAMETER_KEYS = ("name", "in", "required", "schema", "description", "deprecated", "example", "examples")
_MISSING = object()


@dataclass(frozen=True)
class Change:
    """One difference between two versions of a spec."""

    kind: str  # e.g. field-removed, required-added, enum-narrowed, range-narrowed, type-changed
    path: str  # where, as a user of the generated client would name it
    description: str  # what happened, one short sentence without the path
    breaking: bool

    def __str__(self) -> str:
        return f"{'BREAKING ' if self.breaking else ''}{self.path}: {self.description}"


def _code(value: Any) -> str:
    return "`" + json.dumps(value, ensure_ascii=False, sort_keys=True) + "`"


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _without(schema: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in keys}


def _unversioned(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {**doc, "info": _without(doc.get("info") or {}, "version")}


def _types_text(types: set[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types))


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


@dataclass
class _Diff:
    """One comparison: both documents and the changes found so far."""

    old: Mapping[str, Any]
    new: Mapping[str, Any]
    changes: list[Change] = field(default_factory=list)

    def add(self, kind: str, path: str, description: str, breaking: bool) -> None:
        self.changes.append(Change(kind, path, description, breaking))

    # ---- generic -----------------------------------------------------------------------------
    def annotations(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, keys: Sequence[str]) -> None:
        for key in keys:
            a, b = old.get(key, _MISSING), new.get(key, _MISSING)
            if a == b:
                continue
            kind = (
                "description-changed"
                if key in ("description", "summary")
                else ("default-changed" if key == "default" else "modified")
            )
            if a is _MISSING:
                text = f"{key} added" + (f": {_code(b)}" if key == "default" else "")
            elif b is _MISSING:
                text = f"{key} removed"
            else:
                text = f"{key} changed" + (f" from {_code(a)} to {_code(b)}" if key == "default" else "")
            self.add(kind, path, text, False)

    def rest(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, handled: frozenset[str]) -> None:
        """Report every key outside ``handled`` that differs, as non-breaking."""
        for key in sorted((set(old) | set(new)) - handled):
            if old.get(key, _MISSING) != new.get(key, _MISSING):
                self.add("modified", path, f"{key} changed", False)

    # ---- schemas -----------------------------------------------------------------------------
    def flatten(self, doc: Mapping[str, Any], schema: Mapping[str, Any]) -> tuple[dict[str, Any], list[Any]]:
        """Merge plain ``allOf`` members into the schema; return it and its ``if`` rules."""
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        rules: list[Any] = []
        if "if" in merged:
            rules.append({k: merged.pop(k) for k in ("if", "then", "else") if k in merged})
        for member in schema.get("allOf") or []:
            if isinstance(member, Mapping) and "if" in member:
                rules.append(member)
                continue
            resolved = spec_schema.resolve(doc, member)
            if isinstance(resolved, Mapping):
                inner, inner_rules = self.flatten(doc, resolved)
                merged = _merge(merged, {k: v for k, v in inner.items() if k not in ANNOTATIONS})
                rules.extend(inner_rules)
        return merged, rules

    def schema(self, old: Any, new: Any, path: str, dirs: frozenset[Direction], constraint: bool = False) -> None:
        """Compare two schemas; ``constraint``: inside an ``if`` rule, where a missing key means "no rule"."""
        if old == new:
            return
        if (
            isinstance(old, bool)
            or isinstance(new, bool)
            or not isinstance(old, Mapping)
            or not isinstance(new, Mapping)
        ):
            self.boolean(old, new, path)
            return
        old, new = _single_ref(old), _single_ref(new)
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if old_ref or new_ref:
            if old_ref == new_ref:  # the component itself is compared on its own; siblings here
                self.schema(
                    {k: v for k, v in old.items() if k != "$ref"},
                    {k: v for k, v in new.items() if k != "$ref"},
                    path,
                    dirs,
                    constraint,
                )
            else:
                was = f"`{_ref_name(old_ref)}`" if old_ref else "an inline schema"
                now = f"`{_ref_name(new_ref)}`" if new_ref else "an inline schema"
                self.add("type-changed", path, f"type changed from {was} to {now}", True)
            return
        old, old_rules = self.flatten(self.old, old)
        new, new_rules = self.flatten(self.new, new)
        self.types(old, new, path, dirs)
        self.enum(old, new, path)
        self.bounds(old, new, path)
        self.properties(old, new, path, dirs, constraint)
        self.additional(old, new, path, dirs)
        if "items" in old or "items" in new:
            self.schema(old.get("items", {}), new.get("items", {}), f"{path}[]", dirs, constraint)
        for i, (a, b) in enumerate(zip(old.get("prefixItems", []), new.get("prefixItems", []), strict=False)):
            self.schema(a, b, f"{path}[{i}]", dirs, constraint)
        if len(old.get("prefixItems", [])) != len(new.get("prefixItems", [])):
            self.add("type-changed", path, "tuple length changed", True)
        self.variants(old, new, path, dirs)
        self.rules(old_rules, new_rules, path, dirs)
        self.annotations(old, new, path, ANNOTATIONS)
        self.rest(old, new, path, HANDLED)

    def boolean(self, old: Any, new: Any, path: str) -> None:
        """``true``/``false`` schemas (``properties: {x: false}`` forbids ``x``)."""
        if new is False:
            self.add("field-removed", path, "no longer accepted (schema `false`)", True)
        elif old is False:
            self.add("field-added", path, "now accepted (was schema `false`)", False)
        elif new is True or new == {}:
            self.add("type-changed", path, "no longer constrained (any value)", False)
        else:
            self.add("type-changed", path, "constrained where it accepted any value", True)

    def types(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, dirs: frozenset[Direction]) -> None:
        def types_of(s: Mapping[str, Any]) -> set[str] | None:
            t = s.get("type")
            return None if t is None else {t} if isinstance(t, str) else set(t)

        a, b = types_of(old), types_of(new)
        if a != b:
            text = f"type changed from {_types_text(a)} to {_types_text(b)}"
            if b is not None and (a is None or a - b):
                self.add("type-changed", path, text, True)
            else:  # widened: more values possible
                self.add("type-widened", path, text, "response" in dirs)
        fa, fb = old.get("format"), new.get("format")
        if fa != fb:
            text = f"format changed from {_code(fa) if fa else 'none'} to {_code(fb) if fb else 'none'}"
            if fb is not None:
                self.add("type-changed", path, text, True)
            else:
                self.add("type-widened", path, text, "response" in dirs)

    def enum(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str) -> None:
        def values(s: Mapping[str, Any]) -> list[Any] | None:
            if "const" in s:
                return [s["const"]]
            enum = s.get("enum")
            return list(enum) if isinstance(enum, list) else None

        a, b = values(old), values(new)
        if a == b:
            return
        if b is None:
            self.add("enum-widened", path, "no longer limited to a list of values", False)
            return
        if a is None:
            self.add("enum-narrowed", path, "now limited to " + ", ".join(map(_code, b)), True)
            return
        removed = [v for v in a if _canon(v) not in {_canon(x) for x in b}]
        added = [v for v in b if _canon(v) not in {_canon(x) for x in a}]
        if removed:
            self.add("enum-narrowed", path, "value(s) removed: " + ", ".join(map(_code, removed)), True)
        if added:
            self.add("enum-widened", path, "value(s) added: " + ", ".join(map(_code, added)), False)

    def numeric_bound(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, upper: bool) -> None:
        """``minimum``/``exclusiveMinimum`` (or the maxima) compared as one bound: ``exclusiveMinimum 0``
        becoming ``minimum 0`` lets 0 in, a widening."""
        inclusive, exclusive = ("maximum", "exclusiveMaximum") if upper else ("minimum", "exclusiveMinimum")

        def bound(schema: Mapping[str, Any]) -> tuple[float, bool] | None:
            found = [(schema[k], k == exclusive) for k in (inclusive, exclusive) if _is_number(schema.get(k))]
            if not found:
                return None
            # the tighter of the two when both are given
            return (min if upper else max)(found, key=lambda b: (b[0], b[1] != upper))

        a, b = bound(old), bound(new)
        if a == b:
            return
        word = "upper" if upper else "lower"
        if a is None:
            assert b is not None
            self.add("range-narrowed", path, f"{_bound_text(b, upper)} added", True)
        elif b is None:
            self.add("range-widened", path, f"{_bound_text(a, upper)} removed", False)
        else:
            # a value allowed before and not now? compare the bounds as (value, exclusive)
            tighter = (
                (b[0] < a[0] or (b[0] == a[0] and b[1] and not a[1]))
                if upper
                else (b[0] > a[0] or (b[0] == a[0] and b[1] and not a[1]))
            )
            self.add(
                "range-narrowed" if tighter else "range-widened",
                path,
                f"{word} bound changed from {_bound_text(a, upper)} to {_bound_text(b, upper)}",
                tighter,
            )

    def bounds(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str) -> None:
        self.numeric_bound(old, new, path, upper=False)
        self.numeric_bound(old, new, path, upper=True)
        numeric = ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")
        for key in (k for k in (*LOWER_BOUNDS, *UPPER_BOUNDS) if k not in numeric):
            a, b = old.get(key), new.get(key)
            if a == b or (isinstance(a, bool) or isinstance(b, bool)):
                continue
            if a is None:
                self.add("range-narrowed", path, f"{key} {b} added", True)
            elif b is None:
                self.add("range-widened", path, f"{key} {a} removed", False)
            else:
                tighter = b > a if key in LOWER_BOUNDS else b < a
                verb = "raised" if b > a else "lowered"
                self.add(
                    "range-narrowed" if tighter else "range-widened", path, f"{key} {verb} from {a} to {b}", tighter
                )
        for key in ("pattern", "multipleOf"):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            if b is None:
                self.add("range-widened", path, f"{key} {_code(a)} removed", False)
            elif a is None:
                self.add("range-narrowed", path, f"{key} {_code(b)} added", True)
            elif (
                key == "multipleOf"
                and isinstance(a, int | float)
                and isinstance(b, int | float)
                and b
                and (a / b).is_integer()
            ):
                self.add("range-widened", path, f"{key} changed from {a} to {b}", False)
            else:
                self.add("range-narrowed", path, f"{key} changed from {_code(a)} to {_code(b)}", True)
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            tighter = bool(new.get("uniqueItems"))
            self.add(
                "range-narrowed" if tighter else "range-widened",
                path,
                "items must now be unique" if tighter else "items no longer need to be unique",
                tighter,
            )

    def properties(
        self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, dirs: frozenset[Direction], constraint: bool
    ) -> None:
        op, np = old.get("properties") or {}, new.get("properties") or {}
        orq, nrq = list(old.get("required") or []), list(new.get("required") or [])
        request, response = "request" in dirs, "response" in dirs
        for name in op:
            sub = f"{path}.{name}"
            if name not in np:
                if constraint:
                    self.add("rule-removed", sub, "rule on this field removed", False)
                else:
                    self.add("field-removed", sub, "field removed", True)
            else:
                self.schema(op[name], np[name], sub, dirs, constraint)
        for name in np:
            if name in op:
                continue
            sub = f"{path}.{name}"
            if constraint:
                self.add("rule-added", sub, "new rule on this field", True)
            elif name in nrq:
                self.add("field-added", sub, "required field added", request)
            else:
                self.add("field-added", sub, "optional field added", False)
        for name in nrq:
            if name not in orq and (name in op or name not in np):
                self.add("required-added", f"{path}.{name}", "now required", request)
        for name in orq:
            if name not in nrq and (name in np or name not in op):
                self.add("required-removed", f"{path}.{name}", "no longer required", response)

    def additional(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, dirs: frozenset[Direction]) -> None:
        a, b = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if a == b:
            return
        if b is False:
            self.add("range-narrowed", path, "unknown keys no longer allowed (additionalProperties: false)", True)
        elif a is False:
            self.add("range-widened", path, "unknown keys now allowed", False)
        else:
            self.schema({} if a is True else a, {} if b is True else b, f"{path}.*", dirs)

    def variants(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, dirs: frozenset[Direction]) -> None:
        for key in ("oneOf", "anyOf"):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            if a is None or b is None:
                other = "anyOf" if key == "oneOf" else "oneOf"
                if (a is None and old.get(other) is not None) or (b is None and new.get(other) is not None):
                    self.add("type-changed", path, "changed between oneOf and anyOf", True)
                else:
                    self.add("type-changed", path, f"{key} {'added' if a is None else 'removed'}", True)
                continue
            ka, kb = _variant_keys(a), _variant_keys(b)
            for label, schema in ka.items():
                if label not in kb:
                    self.add("variant-removed", f"{path}<{label}>", f"{key} variant removed", True)
                else:
                    self.schema(schema, kb[label], f"{path}<{label}>", dirs)
            for label in kb:
                if label not in ka:
                    self.add("variant-added", f"{path}<{label}>", f"{key} variant added", "response" in dirs)

    def rules(self, old: list[Any], new: list[Any], path: str, dirs: frozenset[Direction]) -> None:
        a, b = _rule_map(old), _rule_map(new)
        for key in [*a, *(k for k in b if k not in a)]:
            cond, branch = key
            where = f"{path} (when {cond})" if branch == "then" else f"{path} (unless {cond})"
            if key not in b:
                self.add("rule-removed", where, "rule removed: " + _rule_text(a[key][0]), False)
            elif key not in a:
                self.add("rule-added", where, "new rule: " + _rule_text(b[key][0]), True)
            else:
                (sa, da), (sb, db) = a[key], b[key]
                for name in sb.get("required") or []:
                    if name not in (sa.get("required") or []):
                        self.add("required-added", f"{where}.{name}", "now required", True)
                for name in sa.get("required") or []:
                    if name not in (sb.get("required") or []):
                        self.add("required-removed", f"{where}.{name}", "no longer required", False)
                self.schema(_without(sa, "required"), _without(sb, "required"), where, dirs, constraint=True)
                if da != db:
                    self.add("description-changed", where, "rule description changed", False)

    # ---- operations --------------------------------------------------------------------------
    def operations(self) -> None:
        old_paths, new_paths = self.old.get("paths") or {}, self.new.get("paths") or {}
        for route in [*old_paths, *(p for p in new_paths if p not in old_paths)]:
            oi, ni = old_paths.get(route) or {}, new_paths.get(route) or {}
            for method in METHODS:
                o, n = oi.get(method), ni.get(method)
                label = f"{method.upper()} {route}"
                if o is None and n is None:
                    continue
                if n is None:
                    self.add("operation-removed", label, "operation removed", True)
                elif o is None:
                    self.add("operation-added", label, "operation added", False)
                else:
                    self.operation(o, n, label, oi.get("parameters") or [], ni.get("parameters") or [])
            self.rest(oi, ni, route, frozenset((*METHODS, "parameters")))  # parameters: in each operation

    def operation(
        self, o: Mapping[str, Any], n: Mapping[str, Any], label: str, o_shared: list[Any], n_shared: list[Any]
    ) -> None:
        for key, what in (
            ("operationId", "operationId (the generated function's name)"),
            ("tags", "tags (the generated module's package)"),
        ):
            if o.get(key) != n.get(key):
                self.add(
                    "operation-changed", label, f"{what} changed from {_code(o.get(key))} to {_code(n.get(key))}", True
                )
        if _canon(o.get("security")) != _canon(n.get("security")):
            self.add(
                "security-changed",
                label,
                f"security changed from {_code(o.get('security'))} to {_code(n.get('security'))}",
                True,
            )
        self.parameters(
            self.param_map(self.old, [*o_shared, *(o.get("parameters") or [])]),
            self.param_map(self.new, [*n_shared, *(n.get("parameters") or [])]),
            label,
        )
        self.request_body(o.get("requestBody"), n.get("requestBody"), label)
        self.responses(o.get("responses") or {}, n.get("responses") or {}, label)
        self.annotations(o, n, label, ("summary", "description", "deprecated"))
        self.rest(o, n, label, frozenset(OPERATION_KEYS))

    def param_map(self, doc: Mapping[str, Any], params: list[Any]) -> dict[str, Mapping[str, Any]]:
        out: dict[str, Mapping[str, Any]] = {}
        for p in params:
            p = spec_schema.resolve(doc, p)
            if isinstance(p, Mapping):
                out[f"{p.get('in')} parameter {p.get('name')}"] = p
        return out

    def parameters(self, a: dict[str, Mapping[str, Any]], b: dict[str, Mapping[str, Any]], label: str) -> None:
        for key, p in a.items():
            where = f"{label} {key}"
            if key not in b:
                self.add("parameter-removed", where, "parameter removed", True)
                continue
            q = b[key]
            if bool(q.get("required")) != bool(p.get("required")):
                if q.get("required"):
                    self.add("required-added", where, "now required", True)
                else:
                    self.add("required-removed", where, "no longer required", False)
            self.schema(p.get("schema", {}), q.get("schema", {}), where, frozenset(("request",)))
            self.annotations(p, q, where, ("description", "deprecated", "example", "examples"))
            self.rest(p, q, where, frozenset(PARAMETER_KEYS))
        for key, q in b.items():
            if key not in a:
                required = bool(q.get("required"))
                self.add(
                    "parameter-added",
                    f"{label} {key}",
                    f"{'required' if required else 'optional'} parameter added",
                    required,
                )

    def request_body(self, o: Any, n: Any, label: str) -> None:
        where = f"{label} request body"
        o, n = spec_schema.resolve(self.old, o), spec_schema.resolve(self.new, n)
        if o is None and n is None:
            return
        if n is None:
            self.add("request-body-removed", where, "request body removed", True)
            return
        if o is None:
            required = bool(n.get("required"))
            self.add(
                "request-body-added", where, f"{'required' if required else 'optional'} request body added", required
            )
            return
        if bool(o.get("required")) != bool(n.get("required")):
            now = bool(n.get("required"))
            self.add(
                "required-added" if now else "required-removed",
                where,
                "now required" if now else "no longer required",
                now,
            )
        self.content(o.get("content") or {}, n.get("content") or {}, where, frozenset(("request",)))
        self.annotations(o, n, where, ("description",))
        self.rest(o, n, where, frozenset(("required", "content", "description")))

    def responses(self, o: Mapping[Any, Any], n: Mapping[Any, Any], label: str) -> None:
        a = {str(k): v for k, v in o.items()}
        b = {str(k): v for k, v in n.items()}
        for code, resp in a.items():
            where = f"{label} response {code}"
            if code not in b:
                self.add("response-removed", where, "response removed", True)
                continue
            ra, rb = spec_schema.resolve(self.old, resp) or {}, spec_schema.resolve(self.new, b[code]) or {}
            self.content(ra.get("content") or {}, rb.get("content") or {}, where, frozenset(("response",)))
            self.annotations(ra, rb, where, ("description",))
            self.rest(ra, rb, where, frozenset(("content", "description")))
        for code in b:
            if code not in a:
                self.add("response-added", f"{label} response {code}", "response added", False)

    def content(self, a: Mapping[str, Any], b: Mapping[str, Any], where: str, dirs: frozenset[Direction]) -> None:
        for media, mo in a.items():
            if media not in b:
                self.add("media-type-removed", where, f"media type {media} removed", True)
                continue
            mn = b[media] or {}
            mo = mo or {}
            self.schema(mo.get("schema", {}), mn.get("schema", {}), where, dirs)
            self.annotations(mo, mn, where, ("example", "examples"))
            self.rest(mo, mn, where, frozenset(("schema", "example", "examples")))
        for media in b:
            if media not in a:
                self.add("media-type-added", where, f"media type {media} added", False)

    # ---- components and the rest -------------------------------------------------------------
    def components(self) -> None:
        oc, nc = self.old.get("components") or {}, self.new.get("components") or {}
        os_, ns = oc.get("schemas") or {}, nc.get("schemas") or {}
        dirs = _directions(self.old, self.new)
        for name in sorted(set(os_) | set(ns)):
            if name not in ns:
                self.add("schema-removed", name, "schema removed (its generated model goes away)", True)
            elif name not in os_:
                self.add("schema-added", name, "schema added", False)
            else:
                self.schema(os_[name], ns[name], name, dirs.get(name) or BOTH)
        oss, nss = oc.get("securitySchemes") or {}, nc.get("securitySchemes") or {}
        for name in sorted(set(oss) | set(nss)):
            a, b = oss.get(name), nss.get(name)
            where = f"securityScheme {name}"
            if a is None or b is None:
                self.add("security-changed", where, "added" if a is None else "removed", b is None)
                continue
            sa, sb = _without(a, "description"), _without(b, "description")
            if sa != sb:
                self.add("security-changed", where, f"changed from {_code(sa)} to {_code(sb)}", True)
            self.annotations(a, b, where, ("description",))
        # parameters, requestBodies, responses, headers are compared where they are used.
        self.rest(
            oc,
            nc,
            "components",
            frozenset(("schemas", "securitySchemes", "parameters", "requestBodies", "responses", "headers")),
        )

    def document(self) -> None:
        oi = {k: v for k, v in (self.old.get("info") or {}).items() if k != "version"}
        ni = {k: v for k, v in (self.new.get("info") or {}).items() if k != "version"}
        self.annotations(oi, ni, "info", ("description",))
        self.rest(oi, ni, "info", frozenset(("description",)))
        self.rest(self.old, self.new, "document", frozenset(("info", "paths", "components")))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _bound_text(bound: tuple[float, bool], upper: bool) -> str:
    value, exclusive = bound
    if upper:
        return f"exclusiveMaximum {value}" if exclusive else f"maximum {value}"
    return f"exclusiveMinimum {value}" if exclusive else f"minimum {value}"


def _single_ref(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``{allOf: [{$ref: X}], default: ...}`` is ``{$ref: X, default: ...}``: the wrapper 3.0-era tools
    need to keep annotations next to a reference (openapi-python-client drops ``$ref`` siblings)."""
    parts = schema.get("allOf")
    if "$ref" in schema or not isinstance(parts, list) or len(parts) != 1:
        return schema
    only = parts[0]
    if not isinstance(only, Mapping) or set(only) != {"$ref"}:
        return schema
    return {**{k: v for k, v in schema.items() if k != "allOf"}, "$ref": only["$ref"]}


def _merge(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    """Combine two schemas that both apply (``allOf`` members, rules with the same condition)."""
    out = dict(a)
    for key, value in b.items():
        if key not in out:
            out[key] = value
        elif key == "properties":
            props = dict(out[key])
            for name, sub in value.items():
                props[name] = sub if name not in props or props[name] == sub else {"allOf": [props[name], sub]}
            out[key] = props
        elif key == "required":
            out[key] = [*out[key], *(n for n in value if n not in out[key])]
        elif out[key] != value and key not in ANNOTATIONS:
            out.setdefault("allOf", []).append({key: value})
    return out


def _variant_keys(variants: list[Any]) -> dict[str, Any]:
    """Label each union variant stably: its $ref name, its const tag, or its type."""
    out: dict[str, Any] = {}
    for i, v in enumerate(variants):
        label = f"#{i}"
        if isinstance(v, Mapping):
            if isinstance(v.get("$ref"), str):
                label = _ref_name(v["$ref"])
            else:
                tags = [
                    f"{k}={json.dumps(s['const'])}"
                    for k, s in (v.get("properties") or {}).items()
                    if isinstance(s, Mapping) and "const" in s
                ]
                types = v.get("type")
                label = tags[0] if tags else ("|".join(types) if isinstance(types, list) else str(types or f"#{i}"))
        while label in out:
            label += "'"
        out[label] = v
    return out


def _condition(schema: Any) -> str:
    """``if`` schema in words: ``mode = "pipeline"``, ``mode in ["a", "b"]``."""
    if not isinstance(schema, Mapping):
        return _canon(schema)
    parts = []
    props = schema.get("properties") or {}
    for name, sub in props.items():
        if isinstance(sub, Mapping) and "const" in sub:
            parts.append(f"{name} = {json.dumps(sub['const'])}")
        elif isinstance(sub, Mapping) and "enum" in sub:
            parts.append(f"{name} in {json.dumps(sub['enum'])}")
        else:
            parts.append(f"{name} matches {_canon(sub)}")
    parts += [f"{name} is set" for name in schema.get("required") or [] if name not in props]
    rest = {k: v for k, v in schema.items() if k not in ("properties", "required", "description")}
    if rest:
        parts.append(_canon(rest))
    return " and ".join(parts) or "always"


def _rule_map(rules: list[Any]) -> dict[tuple[str, str], tuple[dict[str, Any], list[str]]]:
    """Rules keyed by (condition, branch); rules with the same condition are merged."""
    out: dict[tuple[str, str], tuple[dict[str, Any], list[str]]] = {}
    for rule in rules:
        if not isinstance(rule, Mapping):
            continue
        cond = _condition(rule.get("if"))
        for branch in ("then", "else"):
            body = rule.get(branch)
            if not isinstance(body, Mapping):
                continue
            schema, descriptions = out.get((cond, branch), ({}, []))
            body = {k: v for k, v in body.items() if k != "description"}
            out[(cond, branch)] = (_merge(schema, body), [*descriptions, str(rule.get("description", ""))])
    return out


def _rule_text(schema: Mapping[str, Any]) -> str:
    parts = []
    if schema.get("required"):
        parts.append("requires " + ", ".join(f"`{n}`" for n in schema["required"]))
    for name, sub in (schema.get("properties") or {}).items():
        if sub is False:
            parts.append(f"forbids `{name}`")
        elif isinstance(sub, Mapping) and "const" in sub:
            parts.append(f"`{name}` must be {_code(sub['const'])}")
        else:
            parts.append(f"constrains `{name}`: {_code(sub)}")
    rest = {k: v for k, v in schema.items() if k not in ("required", "properties")}
    if rest:
        parts.append(_code(rest))
    return "; ".join(parts) or "no constraint"


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every difference between two OpenAPI documents, each marked breaking or not."""
    # As JSON sees them: YAML's integer keys (responses: {200: ...}) and dates become strings, so a
    # spec loaded from YAML equals the openapi.json written from it.
    old, new = (json.loads(json.dumps(d, default=str)) for d in (old, new))
    diff = _Diff(old, new)
    diff.operations()
    diff.components()
    diff.document()
    if not diff.changes and _canon(_unversioned(old)) != _canon(_unversioned(new)):
        diff.add("modified", "document", "the document changed (no difference in the API contract found)", False)
    return diff.changes


# ---- versions --------------------------------------------------------------------------------
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


def parse_version(version: str) -> tuple[int, int, int, str | None]:
    """``MAJOR.MINOR.PATCH[-pre][+build]`` -> (major, minor, patch, pre); ValueError otherwise."""
    m = _SEMVER.match(str(version))
    if not m:
        raise ValueError(f"version {version!r} is not semver (MAJOR.MINOR.PATCH)")
    return int(m[1]), int(m[2]), int(m[3]), m[4]


def _order(version: str) -> Version:
    """The version as ``packaging`` orders it: ``1.0.0-rc.9`` < ``1.0.0-rc.10`` < ``1.0.0``."""
    parse_version(version)  # semver's shape first: the message names the rule
    try:
        return Version(version.split("+", 1)[0])  # build metadata does not order (semver)
    except InvalidVersion:
        raise ValueError(f"version {version!r} is not semver (MAJOR.MINOR.PATCH)") from None


def _summary(changes: Sequence[Change], mark_breaking: bool = True, limit: int = 8) -> str:
    shown = "; ".join(
        f"{c.path}: {c.description}{' (breaking)' if mark_breaking and c.breaking else ''}" for c in changes[:limit]
    )
    return shown + (f"; and {len(changes) - limit} more" if len(changes) > limit else "")


def next_version(old_version: str, changes: Sequence[Change]) -> str:
    """The suggested next version: major (minor on 0.x) if breaking, minor if something was added,
    else patch. Any version at least this high (and for breaking changes at least the major bump)
    passes ``required_bump``."""
    major, minor, patch, _ = parse_version(old_version)
    if any(c.breaking for c in changes):
        return f"{major + 1}.0.0" if major else f"0.{minor + 1}.0"
    if any(c.kind.endswith(("-added", "-widened")) for c in changes):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def required_bump(old_version: str, new_version: str, changes: Sequence[Change]) -> str | None:
    """None if ``new_version`` is a proper successor of ``old_version`` given ``changes``, else why not."""
    try:
        old_key, new_key = _order(old_version), _order(new_version)
    except ValueError as exc:
        return str(exc)
    if new_key < old_key:
        return f"info.version went backwards from {old_version} to {new_version}"
    if not changes:
        return None
    if new_key == old_key:
        return (
            f"the spec changed but info.version is still {old_version}: bump it (to at least "
            f"{next_version(old_version, changes)}). Changes: {_summary(sorted(changes, key=lambda c: not c.breaking))}"
        )
    breaking = [c for c in changes if c.breaking]
    if breaking:
        major, minor, _, _ = parse_version(old_version)
        needed = (major + 1, 0, 0) if major else (0, minor + 1, 0)
        if new_key.release[:3] < needed:
            rule = "a major" if major else "a minor (the version is 0.x)"
            return (
                f"{len(breaking)} breaking change(s) need {rule} bump to {'.'.join(map(str, needed))} or "
                f"higher, not {new_version}: {_summary(breaking, mark_breaking=False)}"
            )
    return None


# ---- changelog -------------------------------------------------------------------------------
def changelog_entry(version: str, changes: Sequence[Change], date: datetime.date | str) -> str:
    """One Markdown section: ``## <version> (<date>)``, breaking changes first."""
    day = date.isoformat() if isinstance(date, datetime.date) else str(date)
    lines = [f"## {version} ({day})", ""]
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    if breaking:
        lines += ["### Breaking changes", "", *(f"- `{c.path}`: {c.description}" for c in breaking), ""]
    if other:
        lines += [
            "### Other changes" if breaking else "### Changes",
            "",
            *(f"- `{c.path}`: {c.description}" for c in other),
            "",
        ]
    if not changes:
        lines += ["- No change to the API contract.", ""]
    return "\n".join(lines)


def update_changelog(existing: str | None, entry: str, title: str = "# Changelog") -> str:
    """``existing`` with ``entry`` as its newest section; a section for the same version is replaced."""
    header = entry.splitlines()[0]
    version = header.split()[1] if len(header.split()) > 1 else header
    if not existing or not existing.strip():
        return f"{title}\n\n{entry.rstrip()}\n"
    sections = re.split(r"(?m)^(?=## )", existing)
    head, body = sections[0], sections[1:]
    kept = [s for s in body if s.split()[1:2] != [version]]
    return (head.rstrip() + "\n\n" + entry.rstrip() + "\n\n" + "".join(kept)).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    import yaml

    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools specdiff",
        description="List the changes between two versions of an OpenAPI document.",
    )
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    old, new = (yaml.safe_load(p.read_text(encoding="utf-8")) for p in (args.old, args.new))
    changes = diff_specs(old, new)
    for change in changes:
        print(change)
    ov, nv = str(old["info"]["version"]), str(new["info"]["version"])
    problem = required_bump(ov, nv, changes)
    print(
        f"{len(changes)} change(s), {sum(c.breaking for c in changes)} breaking; {ov} -> {nv}: "
        f"{problem or 'version ok'}"
    )
    return 1 if problem else 0


if __name__ == "__main__":
    raise SystemExit(main())


def _directions(*documents: Mapping[str, Any]) -> dict[str, frozenset[spec_schema.Direction]]:
    """For each component schema of any of ``documents``: reached from requests, responses, or both."""
    found: dict[str, set[spec_schema.Direction]] = {}
    for document in documents:
        for name, directions in spec_schema.component_directions(document).items():
            found.setdefault(name, set()).update(directions)
    return {name: frozenset(d) for name, d in found.items()}
