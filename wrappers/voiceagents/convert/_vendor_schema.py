"""What the converter asks of a vendor's request schema: types, facts to quote, what an update takes.

All of it is read from the operation's request schema (``_validation.request_schema``) and cached
per vendor, operation and field, so a conversion walks each schema at most once.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from .. import _validation
from ..spec import schema as _schema

__all__ = ["dependent_rules", "facts", "field_schemas", "is_integer", "top_level_keys"]


def _key(path: Sequence[str | int]) -> tuple[str, ...]:
    return tuple("[]" if isinstance(p, int) or str(p).isdigit() else str(p) for p in path)


@functools.cache
def field_schemas(slug: str, operation: str, path: tuple[str, ...]) -> tuple[Mapping[str, Any], ...]:
    """Every schema that applies to the body field at ``path`` (list indexes as ``[]``)."""
    root = _validation.request_schema(slug, operation)
    return tuple(_schema.schema_at(root, root, list(path)))


def is_integer(slug: str, operation: str, path: Sequence[str | int]) -> bool:
    """Whether the vendor types this body field ``integer`` (and not also ``number``)."""
    kinds: set[str] = set()
    for node in field_schemas(slug, operation, _key(path)):
        kind = node.get("type")
        kinds.update(kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else [])
    return "integer" in kinds and "number" not in kinds


def facts(slug: str, operation: str, path: Sequence[str | int]) -> str:
    """What the vendor says of a field, for messages: ``one of a, b`` or ``an integer: <description>``."""
    nodes = field_schemas(slug, operation, _key(path))
    if not nodes:
        return ""
    merged: dict[str, Any] = {}
    for node in nodes:
        for k, v in node.items():
            merged.setdefault(k, v)
    parts = []
    if "enum" in merged:
        parts.append("one of " + ", ".join("null" if v is None else str(v) for v in merged["enum"]))
    elif "type" in merged:
        kind = merged["type"]
        kinds = " or ".join(kind) if isinstance(kind, list) else str(kind)
        parts.append(("an " if kinds[0] in "aeiou" else "a ") + kinds)
    description = str(merged.get("description") or "").strip()
    if description:
        parts.append(description.split(". ")[0].rstrip(".").replace("\n", " "))
    return ": ".join(parts)


@functools.cache
def dependent_rules(slug: str, operation: str, field: str) -> str:
    """The vendor's prose rules conditioned on this top-level field (what else it requires)."""
    root = _validation.request_schema(slug, operation)
    rules = [
        str(branch["description"]).strip()
        for member in _schema.members(root, root)
        for branch in member.get("allOf", ())
        if isinstance(branch, Mapping)
        and field in ((branch.get("if") or {}).get("properties") or {})
        and branch.get("description")
    ]
    return f"; note the rules that depend on it: {' '.join(dict.fromkeys(rules))}" if rules else ""


top_level_keys = _validation.top_level_keys
