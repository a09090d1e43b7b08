"""The neutral assistant's schema, and checking plain data against it.

The schema shipped in ``voiceagents.types`` is derived by ``make generate`` (vendor_extras members
and ranges come from the vendor specs). Plain data is checked against it with jsonschema-rs, which
names field, value and rule for every problem; pydantic then only builds the model, and a failure
there is still an ``InputError`` (``AssistantValidationError``), never pydantic's own exception.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import jsonschema_rs

from .. import spec
from .._exceptions import FieldError
from .._json import MISSING, pointer
from .._validation import rule_text
from ..spec import schema as _schema

__all__ = ["OPAQUE", "neutral_errors", "neutral_schema", "neutral_schema_text", "pydantic_errors"]

OPAQUE = frozenset({"variables"})
"""Neutral fields that are one value each, whatever their content (free-form maps)."""


@functools.cache
def neutral_schema_text() -> str:
    """The neutral JSON Schema, as shipped in the ``voiceagents.types`` package."""
    return resources.files("voiceagents.types").joinpath("assistant.schema.json").read_text(encoding="utf-8")


@functools.cache
def neutral_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(neutral_schema_text())
    return data


@functools.cache
def _validator() -> Any:
    return jsonschema_rs.validator_for(neutral_schema(), validate_formats=True)


def neutral_errors(data: Any) -> list[FieldError]:
    """Every rule of the neutral schema that ``data`` breaks (empty if it is valid)."""
    validator = _validator()
    try:
        if validator.is_valid(data):
            return []
        raw = list(validator.iter_errors(data))
    except (ValueError, TypeError) as exc:  # not JSON data (a date, a set, a non-string key...)
        return [FieldError("", None, f"must be JSON data: {exc}")]
    errors = []
    for error in raw:
        path = list(error.instance_path)
        value = error.instance
        name = error.kind.name
        if name == "required":
            path.append(error.kind.property)
            value = MISSING
        elif name == "additionalProperties" and isinstance(value, dict):
            allowed = sorted(_properties_at(tuple(path)))
            for key in error.kind.as_dict().get("unexpected") or []:
                rule = "unknown field" + (f" (allowed here: {', '.join(allowed)})" if allowed else "")
                errors.append(FieldError(pointer((*path, key)), value.get(key), rule))
            continue
        rule = rule_text(error.kind, str(error.message))
        errors.append(FieldError(pointer(path), value, rule + _derived_from(tuple(path), name)))
    return errors


def _derived_from(path: tuple[str | int, ...], keyword: str) -> str:
    """Where a range comes from, for a bound derived from the vendor specs (``x-voiceagents-derived``)."""
    schema = neutral_schema()
    for node in _schema.schema_at(schema, schema, ["[]" if isinstance(p, int) else p for p in path]):
        derived = (node.get("x-voiceagents-derived") or {}).get(keyword)
        if derived:
            names = ", ".join(spec.vendor(v).title if v in spec.registry() else v for v in derived["vendors"])
            return f" (the widest any vendor states: {names}; each vendor's own range applies when converting)"
    return ""


@functools.cache
def _properties_at(path: tuple[str | int, ...]) -> frozenset[str]:
    schema = neutral_schema()
    names: set[str] = set()
    for node in _schema.schema_at(schema, schema, ["[]" if isinstance(p, int) else p for p in path]):
        names.update(node.get("properties") or {})
    return frozenset(names)


def pydantic_errors(exc: Any) -> list[FieldError]:
    """Pydantic's errors as ``FieldError``s (should the model and the schema ever disagree)."""
    return [FieldError(pointer(e["loc"]), e.get("input"), str(e["msg"])) for e in exc.errors(include_url=False)]
