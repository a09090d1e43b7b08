"""Client-side validation of request bodies against the vendor's own spec, closed-world.

The request schema of an operation (every range, enum, length, pattern and prose rule, the latter
encoded as ``if``/``then``) is read from the spec shipped in the vendor's client package and
compiled once with jsonschema-rs. The specs leave objects open (the generator would otherwise drop
keys), so before compiling we close every object that declares its properties
(``unevaluatedProperties: false`` where a value sits): an unknown key (``frist_sentence``) is
refused, naming the closest known one, in the same pass. A valid body costs microseconds.

What the spec does not know yet travels in ``extra_body``: its paths are exempt, exactly them.
Every error names the field (a JSON pointer), the value (secrets redacted) and the rule; a rule that
comes from prose carries the description the spec gives it.
"""

from __future__ import annotations

import copy
import difflib
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import jsonschema_rs

from . import spec
from ._exceptions import FieldError, ValidationError
from ._json import MISSING, pointer
from ._secrets import REDACTED
from .spec import schema as _schema

__all__ = [
    "MISSING",
    "body_errors",
    "check_body",
    "close_objects",
    "field_error",
    "request_schema",
    "rule_text",
    "top_level_keys",
]


@functools.cache
def request_schema(slug: str, operation_id: str = "createAssistant") -> dict[str, Any]:
    """The request body schema of ``operation_id`` as a standalone JSON Schema 2020-12 document."""
    op = spec.operation(slug, operation_id)
    if op.request_schema is None:
        raise LookupError(f"{slug}: {operation_id} takes no JSON body")
    return spec.vendor(slug).spec.standalone(op.request_schema)


@functools.cache
def top_level_keys(slug: str, operation_id: str) -> frozenset[str] | None:
    """The members an operation's body declares (None: it takes any)."""
    root = request_schema(slug, operation_id)
    return _schema.known_keys(root, root)


_ANNOTATIONS = frozenset({"description", "title", "examples", "default", "deprecated"})


def close_objects(root: dict[str, Any]) -> dict[str, Any]:
    """A copy of standalone schema ``root`` where every value position whose schema declares its
    properties (and allows nothing else) refuses unknown members (``unevaluatedProperties: false``).

    Positions are the root, property values, array items and ``$defs`` referenced from them; the
    members of ``allOf``/``oneOf``/``anyOf`` are searched for further positions but not closed
    themselves (an ``allOf`` member sees only its own properties)."""
    doc = copy.deepcopy(root)
    done: set[int] = set()

    def closable(node: Any) -> bool:
        declared = False
        for member in _schema.members(doc, node):
            if not set(member) - _ANNOTATIONS:  # a member that takes any value: the position is open
                return False
            extra = member.get("additionalProperties")
            if extra is not None and extra is not False:
                return False
            if "unevaluatedProperties" in member or "patternProperties" in member:
                return False
            declared = declared or bool(member.get("properties"))
        return declared

    def position(node: Any) -> None:
        if not isinstance(node, dict):
            return
        if closable(node):
            node.setdefault("unevaluatedProperties", False)
        inner(node)

    def inner(node: Any) -> None:
        if not isinstance(node, dict) or id(node) in done:
            return
        done.add(id(node))
        target = _schema.resolve(doc, node)
        if target is not node:
            inner(target)
        for sub in (node.get("properties") or {}).values():
            position(sub)
        if isinstance(node.get("items"), dict):
            position(node["items"])
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in node.get(key, ()):
                inner(sub)
        # then/else restate properties as conditional constraints (a range per provider): closing
        # them would refuse the members the main declaration allows.

    position(doc)
    return doc


@functools.cache
def _validator(slug: str, operation_id: str) -> Any:
    return jsonschema_rs.validator_for(close_objects(request_schema(slug, operation_id)), validate_formats=True)


def _rule_context(schema: Mapping[str, Any], schema_path: Sequence[str | int]) -> str | None:
    """The description of the innermost ``allOf`` branch (a prose rule) the failing keyword sits in."""
    node: Any = schema
    context = None
    for i, key in enumerate(schema_path):
        if key == "$ref" and isinstance(node, Mapping):
            node = _schema.resolve(schema, node)
            continue
        if isinstance(node, Mapping) and "$ref" in node and key not in node:
            node = _schema.resolve(schema, node)
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return context
        nxt = schema_path[i + 1] if i + 1 < len(schema_path) else None
        if isinstance(node, Mapping) and nxt in ("if", "then", "else") and node.get("description"):
            context = str(node["description"])
    return context


def rule_text(kind: Any, message: str) -> str:
    """A jsonschema-rs error kind in words (``maximum 1.2``, ``must be a string``...)."""
    name = kind.name
    params = kind.as_dict() if hasattr(kind, "as_dict") else {}
    limit = params.get("limit")
    rules = {
        "maximum": f"maximum {limit}",
        "minimum": f"minimum {limit}",
        "exclusiveMaximum": f"less than {limit}",
        "exclusiveMinimum": f"greater than {limit}",
        "maxLength": f"at most {limit} characters",
        "minLength": f"at least {limit} characters",
        "maxItems": f"at most {limit} items",
        "minItems": f"at least {limit} items",
        "pattern": f"must match the pattern {params.get('pattern')}",
        "enum": f"one of {params.get('options')}",
        "const": f"must be {params.get('expected_value')!r}",
        "required": "required",
        "falseSchema": "not allowed here",
        "format": f"must be a valid {params.get('format')}",
        "multipleOf": f"a multiple of {params.get('multiple_of')}",
    }
    if name in rules:
        return rules[name]
    if name == "type":
        kinds = params.get("types") or [params.get("type")]
        return "must be " + " or ".join(f"{'an' if str(k)[:1] in 'aeiou' else 'a'} {k}" for k in kinds)
    if name in ("oneOf", "anyOf") or "is not valid under any of the schemas" in message:
        return "matches none of the accepted variants"
    return message


def field_error(path: Sequence[str | int], value: Any, rule: str) -> FieldError:
    """A ``FieldError`` at a path of segments (it redacts secrets itself)."""
    return FieldError(pointer(path), value, rule)


def _known_here(root: Mapping[str, Any], path: Sequence[str], value: Any) -> list[str]:
    names: set[str] = set()
    for node in _schema.schema_at(root, root, list(path)):
        keys = _schema.known_keys(root, node, value)
        names.update(keys or ())
    return sorted(names)


def _is_exempt(path: Sequence[str], exempt: Iterable[Sequence[str]]) -> bool:
    return any(tuple(path[: len(e)]) == tuple(e) for e in exempt)


def _brings(key_path: Sequence[str], exempt: Iterable[Sequence[str]]) -> bool:
    """Whether ``extra_body`` sets this member or something inside it (a new object member)."""
    return any(tuple(e[: len(key_path)]) == tuple(key_path) for e in exempt)


def _unknown_keys(
    slug: str,
    schema: Mapping[str, Any],
    path: list[str],
    value: Any,
    keys: Iterable[str],
    exempt: Sequence[Sequence[str]],
) -> list[FieldError]:
    """One error per member the schema does not have here, naming the closest known one."""
    known = _known_here(schema, path, value)
    errors = []
    for key in keys:
        if _brings([*path, key], exempt):
            continue
        close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        shown = value.get(key) if isinstance(value, Mapping) else None
        rule = (
            f"unknown field{hint}: the {slug} spec has no such field here;"
            " send fields it does not know yet with extra_body"
        )
        errors.append(field_error([*path, key], shown, rule))
    return errors


def body_errors(slug: str, operation_id: str, body: Any, *, exempt: Sequence[Sequence[str]] = ()) -> list[FieldError]:
    """Every rule of the vendor's request schema ``body`` breaks, unknown keys included (empty if
    it is valid). Errors at or inside an ``exempt`` path (what ``extra_body`` carries) are left out,
    and so are the union mismatches of the objects that hold one."""
    validator = _validator(slug, operation_id)
    try:
        if validator.is_valid(body):
            return []
        raw = list(validator.iter_errors(body))
    except (ValueError, TypeError) as exc:  # not JSON data (a date, a set, a non-string key...)
        return [FieldError("", REDACTED, f"must be JSON data: {exc}")]
    schema = request_schema(slug, operation_id)
    failed_unions = {tuple(map(str, e.instance_path)) for e in raw if e.kind.name in ("oneOf", "anyOf")}
    errors: list[FieldError] = []
    for error in raw:
        path = [str(p) for p in error.instance_path]
        name = error.kind.name
        if _is_exempt(path, exempt):
            continue
        if name in ("oneOf", "anyOf") and any(tuple(e[: len(path)]) == tuple(path) for e in exempt):
            continue
        if name == "unevaluatedProperties":
            if tuple(path) not in failed_unions:  # else a consequence of the union error at the same place
                unexpected = error.kind.as_dict().get("unexpected") or []
                errors += _unknown_keys(slug, schema, path, error.instance, unexpected, exempt)
            continue
        if name in ("oneOf", "anyOf"):
            inner = _variant_errors(error)
            if inner:  # the variant the value's tag picks, what in it is wrong, and what it does not have
                errors.extend(_describe(schema, e) for e in inner if not _is_exempt(_path(e), exempt))
                nodes = _schema.schema_at(schema, schema, list(path))
                keys = _schema.known_keys(schema, nodes[0], error.instance) if nodes else None
                known: frozenset[str] = keys or frozenset()
                if known and isinstance(error.instance, Mapping):
                    stray = [k for k in error.instance if k not in known]
                    errors += _unknown_keys(slug, schema, path, error.instance, stray, exempt)
                continue
        errors.append(_describe(schema, error))
    return errors


def _path(error: Any) -> list[str]:
    return [str(p) for p in error.instance_path]


def _variant_errors(error: Any) -> list[Any]:
    """The errors of the one union variant whose ``const`` tag the value matches (else none)."""
    context = error.kind.as_dict().get("context") or []
    tagged = [
        errs
        for errs in context
        if errs and not any(e.kind.name in ("const", "falseSchema") for e in errs) and not _only_not_null(errs)
    ]
    return list(tagged[0]) if len(tagged) == 1 else []


def _only_not_null(errors: Sequence[Any]) -> bool:
    """Whether a variant failed only for not being ``null`` (the ``{type: 'null'}`` of a nullable
    object, ``anyOf: [X, null]``): the value meant the other variant, whose errors are the ones to show."""
    return len(errors) == 1 and errors[0].kind.name == "type" and errors[0].kind.as_dict().get("types") == ["null"]


def _describe(schema: Mapping[str, Any], error: Any) -> FieldError:
    path = _path(error)
    value: Any = error.instance
    if error.kind.name == "required":
        path.append(error.kind.property)
        value = MISSING
    rule = rule_text(error.kind, str(error.message))
    context = _rule_context(schema, list(error.schema_path))
    if context:
        rule = f"{rule} ({context})"
    return field_error(path, value, rule)


def check_body(slug: str, operation_id: str, body: Any, *, exempt: Sequence[Sequence[str]] = ()) -> None:
    """Raise ``ValidationError`` listing every broken rule, or return if ``body`` is valid."""
    errors = body_errors(slug, operation_id, body, exempt=exempt)
    if errors:
        raise ValidationError(slug, errors)
