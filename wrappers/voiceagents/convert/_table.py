"""The mapping table (Markdown), generated from the vendor modules' declarations."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .rules import VendorMapping

__all__ = ["neutral_fields", "render"]

LEGEND = (
    "`field`: sent as is. `field` *: translated (unit, scale, enum or shape; the report says how). "
    "`field` ‡: a reference of the vendor's own (catalogue id or name) that has to be given in "
    "`vendor_extras.<slug>`. (implied: ...): the vendor always behaves this way, nothing is sent. "
    "—: no equivalent, the field is dropped (an error unless `allow_drop=True`)."
)


def _walk(schema: Mapping[str, Any], node: Mapping[str, Any], at: str) -> Iterator[str]:
    while "$ref" in node:
        node = schema["$defs"][str(node["$ref"]).rsplit("/", 1)[-1]]
    props = node.get("properties")
    if isinstance(props, Mapping) and node.get("additionalProperties") is False:
        for key, sub in props.items():
            yield from _walk(schema, sub, f"{at}.{key}" if at else key)
    elif node.get("type") == "array" and isinstance(node.get("items"), Mapping):
        items = node["items"]
        while "$ref" in items:
            items = schema["$defs"][str(items["$ref"]).rsplit("/", 1)[-1]]
        if isinstance(items.get("properties"), Mapping):
            yield from _walk(schema, items, f"{at}[]")
        else:
            yield at
    else:
        yield at


def neutral_fields(schema: Mapping[str, Any]) -> list[str]:
    """Every leaf field of the neutral schema, as patterns (``post_call.fields[].name``)."""
    return [f for f in _walk(schema, schema, "") if not f.startswith("vendor_extras")]


def render(schema: Mapping[str, Any], mappings: Sequence[VendorMapping]) -> str:
    cells = [m.cells() for m in mappings]
    header = "| neutral field | " + " | ".join(m.title for m in mappings) + " |"
    rule = "|---|" + "---|" * len(mappings)
    rows = [header, rule]
    for name in neutral_fields(schema):
        row = [f"`{name}`"] + [", ".join(c.get(name, [])) or "—" for c in cells]
        rows.append("| " + " | ".join(row) + " |")
    rows.append("| `vendor_extras.<slug>` | " + " | ".join("any request field (merged, wins)" for _ in mappings) + " |")
    notes = [
        f"- {m.title}, " + ", ".join(f"`{n}`" for n in dict.fromkeys(n for n, _ in rule.cells())) + f": {rule.note}"
        for m in mappings
        for rule in m.rules
        if rule.note
    ]
    text = "\n".join(rows) + "\n\n" + LEGEND + "\n"
    if notes:
        text += "\nNotes:\n\n" + "\n".join(notes) + "\n"
    return text
