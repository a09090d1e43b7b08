"""Client-side validation of request bodies against the vendor's own spec.

The request schema (with every range, enum, length, pattern and prose rule encoded as
``if``/``then``) is read from the spec shipped in the vendor's client package and compiled once
with jsonschema-rs, so a valid body costs microseconds. Each error names the field (a JSON
pointer), the value and the rule; a rule that comes from prose carries the description the spec
gives it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

import jsonschema_rs

from . import _vendors
from ._exceptions import FieldError, ValidationError

__all__ = ["MISSING", "check_request", "pointer", "request_errors", "request_schema", "rule_text"]


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()
"""The ``value`` of a FieldError for a required field that is absent."""

_REF_PREFIX = "#/components/schemas/"


@functools.cache
def request_schema(slug: str) -> dict[str, Any]:
    """The vendor's request body schema as a standalone JSON Schema 2020-12 document."""
    vendor = _vendors.get(slug)
    components = json.loads(json.dumps(vendor.spec["components"]["schemas"]).replace(_REF_PREFIX, "#/$defs/"))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": f"#/$defs/{vendor.request_schema_name}",
        "$defs": components,
    }


@functools.cache
def _validator(slug: str) -> Any:
    return jsonschema_rs.validator_for(request_schema(slug), validate_formats=True)


def pointer(parts: Sequence[str | int]) -> str:
    """JSON pointer of a path (``/a/b/0/c``), escaped as RFC 6901 says."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _rule_context(schema: dict[str, Any], schema_path: Sequence[str | int]) -> str | None:
    """The description of the innermost ``allOf`` branch (a prose rule) the failing keyword sits in."""
    node: Any = schema
    context = None
    for i, key in enumerate(schema_path):
        if isinstance(node, dict) and "$ref" in node and key not in node:
            node = schema["$defs"][str(node["$ref"]).rsplit("/", 1)[-1]]
        if key == "$ref" and isinstance(node, dict):
            node = schema["$defs"][str(node["$ref"]).rsplit("/", 1)[-1]]
            continue
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return context
        nxt = schema_path[i + 1] if i + 1 < len(schema_path) else None
        if isinstance(node, dict) and nxt in ("if", "then", "else") and node.get("description"):
            context = str(node["description"])
    return context


def rule_text(kind: Any, message: str) -> str:
    """A jsonschema-rs error kind in words (``maximum 1.2``, ``must be a string``...); used for
    vendor bodies here and for neutral assistants by the converter."""
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
    }
    if name in rules:
        return rules[name]
    if name == "type":
        kinds = params.get("types") or [params.get("type")]
        return "must be " + " or ".join(f"{'an' if str(k)[:1] in 'aeiou' else 'a'} {k}" for k in kinds)
    if name == "additionalProperties":
        unexpected = params.get("unexpected") or []
        return f"unknown field(s) {', '.join(map(str, unexpected))}: not part of the schema"
    return message


def request_errors(slug: str, body: Any) -> list[FieldError]:
    """Every rule of the vendor's spec that ``body`` breaks (empty if it is valid)."""
    validator = _validator(slug)
    if validator.is_valid(body):
        return []
    schema = request_schema(slug)
    errors = []
    for error in validator.iter_errors(body):
        path = list(error.instance_path)
        value = error.instance
        kind = error.kind
        if kind.name == "required":
            path.append(kind.property)
            value = MISSING
        rule = rule_text(kind, error.message)
        context = _rule_context(schema, list(error.schema_path))
        if context:
            rule = f"{rule} ({context})"
        errors.append(FieldError(pointer(path), value, rule))
    return errors


def check_request(slug: str, body: Any) -> None:
    """Raise ``ValidationError`` listing every broken rule, or return if ``body`` is valid."""
    errors = request_errors(slug, body)
    if errors:
        raise ValidationError(slug, errors)
