"""Derive the shipped neutral assistant schema from its hand-written source and the vendor specs.

``openapi/assistant.schema.json`` is written by hand: the neutral fields, their meaning, their types.
What depends on the vendors is derived here, never typed in (``make generate`` writes the result to
``wrappers/voiceagents/types/assistant.schema.json``, from which the pydantic model is generated):

* ``vendor_extras``: one member per vendor spec (``openapi/<slug>.yaml``), each an object of that
  vendor's request fields;
* numeric ranges: for a number field that vendors map to a field with a stated range (through the
  converter's ``Map`` rules, converted back to neutral units by the rule's inverse), the neutral
  range is the **widest** of the ranges the vendors state (a vendor that states none is not
  counted: nothing is known of what it accepts). A narrower vendor range is checked when
  converting to that vendor. A field whose source says ``"x-voiceagents-bounds": "own"`` keeps the
  bounds written there (its ``description`` says why), and is not derived.

Each derived range is recorded in ``x-voiceagents-derived`` (value and vendors), and said in words at
the end of the field's description.
"""

from __future__ import annotations

import copy
import math
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voiceagents.spec import schema as spec_schema

LOWER = ("minimum", "exclusiveMinimum")
UPPER = ("maximum", "exclusiveMaximum")


@dataclass(frozen=True)
class VendorInput:
    """What the derivation needs of one vendor."""

    slug: str
    title: str
    spec: Mapping[str, Any]
    request_schema: str
    links: Sequence[tuple[str, str, Callable[[Any], Any] | None]]
    """(neutral field, vendor field, inverse transform) for each one-to-one mapping."""


@dataclass(frozen=True)
class Bound:
    value: float
    exclusive: bool
    vendors: tuple[str, ...]


def vendor_bounds(vendor: VendorInput, field: str) -> tuple[Bound | None, Bound | None]:
    """The widest lower and upper bound ``vendor`` states for its field ``field`` (dotted path)."""
    root = spec_schema.standalone(vendor.spec, vendor.request_schema)
    path = [p for p in field.replace("[]", ".[]").split(".") if p]
    nodes = spec_schema.schema_at(root, root, path)
    lows = [(float(n[k]), k.startswith("exclusive")) for n in nodes for k in LOWER if _number(n.get(k))]
    highs = [(float(n[k]), k.startswith("exclusive")) for n in nodes for k in UPPER if _number(n.get(k))]
    # Several branches (per-provider rules) each state a range: the vendor accepts their union.
    low = min(lows, key=lambda b: (b[0], b[1])) if lows else None
    high = max(highs, key=lambda b: (b[0], not b[1])) if highs else None
    return (
        Bound(low[0], low[1], (vendor.slug,)) if low else None,
        Bound(high[0], high[1], (vendor.slug,)) if high else None,
    )


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _neutral_units(bound: Bound | None, inverse: Callable[[Any], Any] | None) -> Bound | None:
    if bound is None or inverse is None:
        return bound
    return Bound(float(inverse(bound.value)), bound.exclusive, bound.vendors)


def _widest(bounds: Iterable[Bound], lower: bool) -> Bound | None:
    result: Bound | None = None
    for bound in bounds:
        if result is None:
            result = bound
            continue
        wider = bound.value < result.value if lower else bound.value > result.value
        if wider or (bound.value == result.value and result.exclusive and not bound.exclusive):
            result = bound
        elif bound.value == result.value and bound.exclusive == result.exclusive:
            result = Bound(result.value, result.exclusive, result.vendors + bound.vendors)
    return result


def _fields(schema: Mapping[str, Any], node: Any, at: str) -> Iterable[tuple[str, dict[str, Any]]]:
    """(dotted path, the schema object to edit) for every number field of the neutral schema."""
    target = node
    if isinstance(node, Mapping) and "$ref" in node:
        target = spec_schema.resolve(schema, node)
    if not isinstance(target, dict):
        return
    if isinstance(target.get("properties"), dict):
        for key, sub in target["properties"].items():
            if at == "" and key == "vendor_extras":
                continue
            yield from _fields(schema, sub, f"{at}.{key}" if at else key)
    elif target.get("type") == "array" and isinstance(target.get("items"), Mapping):
        yield from _fields(schema, target["items"], f"{at}[]")
    elif target.get("type") in ("number", "integer"):
        yield at, target


def _shown(value: float) -> str:
    return f"{value:g}"


def _sentence(low: Bound | None, high: Bound | None, titles: Mapping[str, str]) -> str:
    def who(bound: Bound) -> str:
        return ", ".join(titles[v] for v in bound.vendors)

    parts = []
    if low is not None:
        parts.append(f"{'more than' if low.exclusive else 'at least'} {_shown(low.value)} ({who(low)})")
    if high is not None:
        parts.append(f"{'less than' if high.exclusive else 'at most'} {_shown(high.value)} ({who(high)})")
    return (
        "Range derived from the vendor specs, the widest any of them states: "
        + " and ".join(parts)
        + "; a vendor's own narrower range is checked when converting to it."
    )


def derive(source: Mapping[str, Any], vendors: Sequence[VendorInput]) -> dict[str, Any]:
    """The neutral schema to ship: ``source`` with the vendor-derived parts filled in."""
    schema = copy.deepcopy(dict(source))
    extras = schema["$defs"]["VendorExtras"]
    extras["additionalProperties"] = False
    extras["properties"] = {
        v.slug: {
            "type": "object",
            "description": f"Fields of the {v.title} request body.",
            "additionalProperties": True,
        }
        for v in vendors
    }
    titles = {v.slug: v.title for v in vendors}
    links: dict[str, list[tuple[VendorInput, str, Callable[[Any], Any] | None]]] = {}
    for vendor in vendors:
        for neutral, field, inverse in vendor.links:
            links.setdefault(neutral, []).append((vendor, field, inverse))
    for path, node in list(_fields(schema, schema, "")):
        if node.get("x-voiceagents-bounds") == "own":
            continue
        lows, highs = [], []
        for vendor, field, inverse in links.get(path, ()):
            low, high = vendor_bounds(vendor, field)
            if low is not None:
                lows.append(_neutral_units(low, inverse))
            if high is not None:
                highs.append(_neutral_units(high, inverse))
        low = _widest([b for b in lows if b is not None], lower=True)
        high = _widest([b for b in highs if b is not None], lower=False)
        if low is None and high is None:
            continue
        derived: dict[str, Any] = {}
        if low is not None:
            key = "exclusiveMinimum" if low.exclusive else "minimum"
            for k in LOWER:
                node.pop(k, None)
            node[key] = _json_number(low.value, node)
            derived[key] = {"value": node[key], "vendors": list(low.vendors)}
        if high is not None:
            key = "exclusiveMaximum" if high.exclusive else "maximum"
            for k in UPPER:
                node.pop(k, None)
            node[key] = _json_number(high.value, node)
            derived[key] = {"value": node[key], "vendors": list(high.vendors)}
        node["x-voiceagents-derived"] = derived
        node["description"] = f"{node.get('description', '').rstrip()} {_sentence(low, high, titles)}".strip()
    return schema


def _json_number(value: float, node: Mapping[str, Any]) -> int | float:
    if node.get("type") == "integer" or value.is_integer():
        return int(value)
    return round(value, 12)


def model_input(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The document datamodel-code-generator is run on: ``schema`` with every ``type: number`` as
    ``type: [integer, number]`` (the same values in JSON Schema). The model then types the field
    ``int | float`` and keeps a whole number an integer (3600, not 3600.0), so a vendor body read
    into the neutral model and converted back is unchanged, byte for byte."""

    def walk(node: Any) -> Any:
        if isinstance(node, Mapping):
            out = {k: walk(v) for k, v in node.items()}
            if out.get("type") == "number":
                out["type"] = ["integer", "number"]
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    result: dict[str, Any] = walk(schema)
    return result


def codegen_command(source: Path, output: Path) -> list[str]:
    """datamodel-codegen (this venv's) turning the model input ``source`` into the pydantic model."""
    return [
        str(Path(sys.executable).parent / "datamodel-codegen"),
        "--input",
        str(source),
        "--input-file-type",
        "jsonschema",
        "--output",
        str(output),
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--target-python-version",
        "3.11",
        "--use-annotated",
        "--use-union-operator",
        "--use-standard-collections",
        "--use-schema-description",
        "--use-field-description",
        "--field-constraints",
        "--extra-fields",
        "forbid",
        "--enum-field-as-literal",
        "all",
        "--use-double-quotes",
        "--disable-timestamp",
        "--formatters",
        "ruff-check",
        "ruff-format",
        # format: uri stays a plain str (pydantic's AnyUrl would rewrite the URL); named string types
        # (LanguageTag) become type aliases, so a list of them is a list[str], not a list of RootModels.
        "--type-mappings",
        "string+uri=string",
        "--use-type-alias",
        "--custom-file-header",
        "# Generated by `make generate` from openapi/assistant.schema.json. Do not edit.\n"
        "# ruff: noqa: E501  (docstrings are the schema's descriptions, one line each)",
    ]


def typed_config(source: str) -> str:
    """The model with each ``model_config`` declared ``ClassVar[ConfigDict]`` (pydantic's own
    declaration): a type checker, and ``pyright --verifytypes``, then knows it is no field."""
    source = source.replace("    model_config = ConfigDict(", "    model_config: ClassVar[ConfigDict] = ConfigDict(")
    if "ClassVar[ConfigDict]" not in source:
        return source

    def add(match: re.Match[str]) -> str:
        names = sorted({*(n.strip() for n in match["names"].split(",")), "ClassVar"})
        return f"from typing import {', '.join(names)}"

    return re.sub(r"^from typing import (?P<names>[^(\n]+)$", add, source, count=1, flags=re.M)
