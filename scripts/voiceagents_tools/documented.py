"""What a vendor needs that a neutral definition cannot give, taken from the vendor's own documented
request examples (the ``requestBody`` examples of its spec's createAssistant, read through
``voiceagents.spec``), for the tools that run a definition on local mocks (``make demo``, ``make bench``).

A conversion that **needs input** (a field the vendor requires that no neutral field fills, such as
a reference to an object made elsewhere at the vendor) is completed with the value the vendor's own
examples give at that field, put into ``vendor_extras.<slug>``, and each value supplied is listed (the
demo prints them). Nothing vendor-specific is written here: a new vendor's spec examples are enough.
Only for local mocks: a documented example's reference means nothing at the real vendor.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from voiceagents import ConversionError
from voiceagents import convert as vconvert
from voiceagents import spec as vspec

__all__ = ["Supplied", "supply"]

_ROUNDS = 8  # a supplied value may itself need another (an object whose members are required)
_PLAIN = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*")


@dataclass(frozen=True)
class Supplied:
    """One value put into ``vendor_extras.<vendor>.<field>``, from the spec's request example ``example``."""

    vendor: str
    field: str
    value: Any
    example: str

    def __str__(self) -> str:
        shown = repr(self.value)
        shown = shown if len(shown) <= 70 else shown[:67] + "..."
        where = f"vendor_extras.{self.vendor}.{self.field}"
        return f"{self.vendor}: {where} = {shown} (its spec's request example {self.example!r})"


def _at(document: Any, field: str) -> Any:
    node = document
    for key in field.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node


def _documented(slug: str, field: str) -> tuple[str, Any] | None:
    """The first of the vendor's create examples that gives ``field`` a value: (its name, the value)."""
    examples = vspec.vendor(slug).spec.operation("createAssistant").request_examples
    for name, example in examples.items():
        value = _at(example, field)
        if value is not None:
            return name, copy.deepcopy(value)
    return None


def _needed(exc: ConversionError) -> list[str]:
    """The vendor fields the conversion needs (plain dotted paths: a field inside a list is left alone)."""
    fields = [e.vendor for e in exc.report if e.outcome == "needs_input" and e.vendor] if exc.report else []
    return [f for f in dict.fromkeys(fields) if _PLAIN.fullmatch(f)]


def _put(data: dict[str, Any], slug: str, field: str, value: Any) -> None:
    node = data.setdefault("vendor_extras", {}).setdefault(slug, {})
    *parents, last = field.split(".")
    for key in parents:
        node = node.setdefault(key, {})
    node[last] = value


def supply(definition: Mapping[str, Any], vendors: Iterable[str]) -> tuple[dict[str, Any], list[Supplied]]:
    """``definition`` (neutral data) with what each vendor needs and its documented examples give put
    into ``vendor_extras``, and the values supplied. What the examples do not give stays missing (the
    conversion then still fails, naming it)."""
    data = copy.deepcopy(dict(definition))
    supplied: list[Supplied] = []
    for slug in vendors:
        for _ in range(_ROUNDS):
            try:
                vconvert.to_vendor_body(data, slug, allow_drop=True)
                break
            except ConversionError as exc:
                found = [(field, _documented(slug, field)) for field in _needed(exc)]
                hits = [(field, hit) for field, hit in found if hit is not None]
                if not hits:
                    break
                for field, (name, value) in hits:
                    _put(data, slug, field, value)
                    supplied.append(Supplied(slug, field, value, name))
    return data, supplied
