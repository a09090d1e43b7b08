"""The neutral assistant: its schema, and checking plain data against it.

The schema shipped in ``voiceagents.types`` is derived by ``make generate`` (vendor_extras members
and ranges come from the vendor specs). Plain data is checked against it with jsonschema-rs, which
names field, value and rule for every problem; pydantic then only builds the model, and a failure
there is still an ``InputError`` (``AssistantValidationError``), never pydantic's own exception.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

import jsonschema_rs

from .. import _schema
from .._exceptions import FieldError, ValidationError
from .._validation import rule_text
from ..types import Assistant

__all__ = [
    "OPAQUE",
    "AssistantValidationError",
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
            value = _schema.MISSING
        elif name == "additionalProperties" and isinstance(value, dict):
            allowed = sorted(_properties_at(tuple(path)))
            for key in error.kind.as_dict().get("unexpected") or []:
                rule = "unknown field" + (f" (allowed here: {', '.join(allowed)})" if allowed else "")
                errors.append(FieldError(_schema.pointer((*path, key)), value.get(key), rule))
            continue
        rule = rule_text(error.kind, str(error.message))
        errors.append(FieldError(_schema.pointer(path), value, rule + _derived_from(tuple(path), name)))
    return errors


def _derived_from(path: tuple[str | int, ...], keyword: str) -> str:
    """Where a range comes from, for a bound derived from the vendor specs (``x-voiceagents-derived``)."""
    schema = neutral_schema()
    for node in _schema.schema_at(schema, schema, ["[]" if isinstance(p, int) else p for p in path]):
        derived = (node.get("x-voiceagents-derived") or {}).get(keyword)
        if derived:
            from .. import _vendors

            names = ", ".join(_vendors.get(v).title if v in _vendors.SLUGS else v for v in derived["vendors"])
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
    return [FieldError(_schema.pointer(e["loc"]), e.get("input"), str(e["msg"])) for e in exc.errors(include_url=False)]


def load_assistant(data: Assistant | Mapping[str, Any] | str | os.PathLike[str]) -> Assistant:
    """An ``Assistant`` from a model, plain data, or a JSON/YAML file (a path; ``"-"`` is stdin).

    Files are read with bounded loading (size, depth and alias limits, ``voiceagents._loading``).
    Raises ``InputError``: ``AssistantValidationError`` naming every broken rule, ``DocumentError``
    for a file that cannot be read or parsed."""
    if isinstance(data, Assistant):
        return data
    if isinstance(data, str | os.PathLike):
        from .._loading import load_file

        data = load_file(os.fspath(data))
    return Assistant.model_validate(data)
