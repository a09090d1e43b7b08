"""Converter–spec drift: every vendor field a converter module reads or writes exists in the spec.

    problems = drift.check(mapping, spec, "CreateAssistantRequest")   # [] when they agree

A converter (``wrappers/voiceagents/_convert/<slug>.py``) declares the vendor fields it maps. When a
spec renames or removes one, or narrows an enum a translation writes into, the converter would
emit a body the vendor refuses; ``make generate`` and ``make check`` run this check and fail naming
the vendor and the field, instead of leaving it to the test suite. Checked, against the create
request schema:

* every vendor path of a ``Map``, ``Items`` field, ``Catalogue`` reference and ``Custom`` rule
  (its ``fills`` and the backquoted paths of its table cells) exists;
* every value a translation table (``translate``) writes is one the vendor field accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import jsonschema_rs
from voiceagents.convert.rules import Catalogue, Custom, Items, Map
from voiceagents.spec import schema as spec_schema

if TYPE_CHECKING:
    from voiceagents.convert.rules import VendorMapping

_CODE = re.compile(r"`([^`]+)`")


def _path(vendor: str) -> list[str]:
    """``tools[type=end_call].description`` → ``["tools", "[]", "description"]``."""
    text = re.sub(r"\[[^\]]*\]", ".[]", vendor)
    return [p for p in text.split(".") if p]


def _declared(mapping: VendorMapping) -> Iterator[tuple[str, str, Any]]:
    """(where in the converter, vendor path, the Map rule if one) for every vendor path it uses."""
    for rule in mapping.rules:
        if isinstance(rule, Map):
            yield f"Map({rule.neutral!r})", rule.vendor, rule
        elif isinstance(rule, Items):
            for field in rule.fields:
                yield f"Items({rule.neutral!r}).{field.neutral}", f"{rule.vendor}[].{field.vendor}", field
        elif isinstance(rule, Catalogue):
            for vendor in rule.vendor:
                yield f"Catalogue({', '.join(rule.neutral)})", vendor, None
        elif isinstance(rule, Custom):
            for vendor, _ in rule.fills:
                yield f"Custom({rule.name!r})", vendor, None
            for _, cell in rule.table:
                for code in _CODE.findall(cell):
                    yield f"Custom({rule.name!r})", code, None


def check(mapping: VendorMapping, spec: Mapping[str, Any], request_schema: str) -> list[str]:
    """Every way ``mapping`` disagrees with ``spec``'s request schema ``request_schema``."""
    root = spec_schema.standalone(spec, request_schema)
    problems = []
    for where, vendor, rule in _declared(mapping):
        nodes = spec_schema.schema_at(root, root, _path(vendor))
        if not nodes:
            problems.append(f"{mapping.slug}: {where} writes `{vendor}`, which {request_schema} does not have")
            continue
        table = getattr(getattr(rule, "fwd", None), "table", None)
        if table:
            problems += _translations(mapping.slug, where, vendor, root, table)
    return problems


def _translations(slug: str, where: str, vendor: str, root: dict[str, Any], table: Mapping[Any, Any]) -> list[str]:
    """The translated values the vendor field does not accept (each checked in a minimal body)."""
    path = _path(vendor)
    at = ["0" if p == "[]" else p for p in path]
    validator = jsonschema_rs.validator_for(root)
    bad = []
    for neutral_value, vendor_value in table.items():
        body: Any = vendor_value
        for segment in reversed(path):
            body = [body] if segment == "[]" else {segment: body}
        if any([str(p) for p in e.instance_path] == at for e in validator.iter_errors(body)):
            bad.append(
                f"{slug}: {where} translates {neutral_value!r} to {vendor_value!r}, which `{vendor}` does not accept"
            )
    return bad
