"""Turn the vendor's verdict on a converted body into outcomes of the neutral fields.

Every rule the body breaks is traced to what produced it:

* a value a neutral field produced, that has a home at the vendor but breaks its rule (voice speed 5
  where Revox allows 0.6 to 1.5, an enum value the vendor lacks): ``rejected``, always an error,
  naming field, value and rule; ``allow_drop`` does not apply (the field has a home);
* a field the vendor requires that nothing produced: ``needs_input``, saying which neutral field
  (or which ``vendor_extras`` entry) would supply it, and what the vendor expects there;
* a value ``vendor_extras`` gave: a ``ValidationError`` pointing at ``vendor_extras.<slug>...``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .._exceptions import FieldError
from .._json import MISSING, pointer, unpointer
from . import _vendor_schema
from ._paths import VPath, dotted, starts_with
from ._report import ReportEntry
from .rules import Output, Unresolved, VendorMapping

__all__ = ["Attribution", "attribute"]


@dataclass
class Attribution:
    rejected: dict[str, ReportEntry] = field(default_factory=dict)
    needs: list[ReportEntry] = field(default_factory=list)
    in_extras: list[FieldError] = field(default_factory=list)
    unattributed: list[FieldError] = field(default_factory=list)


def _segments(body: Any, path: Sequence[str]) -> VPath:
    """A path of the body with list indexes as ints (as the body has them)."""
    out: list[str | int] = []
    node = body
    for s in path:
        seg: str | int = int(s) if isinstance(node, list) and s.isdigit() else s
        out.append(seg)
        node = node[seg] if isinstance(node, dict | list) and _has(node, seg) else None  # type: ignore[index]
    return tuple(out)


def _has(node: Any, seg: str | int) -> bool:
    if isinstance(node, list):
        return isinstance(seg, int) and 0 <= seg < len(node)
    return seg in node


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def attribute(
    mapping: VendorMapping,
    operation: str,
    body: dict[str, Any],
    outputs: Sequence[Output],
    errors: Sequence[FieldError],
    given: set[VPath],
    unresolved: Sequence[Unresolved],
) -> Attribution:
    """Sort ``errors`` (the vendor's verdict on ``body``) by the neutral fields they come from.
    ``given`` are the body paths no neutral field produced (``vendor_extras`` set them)."""
    result = Attribution()
    sourced = [(tuple(str(s) for s in o.path), o) for o in outputs if o.sources]
    for error in errors:
        path = unpointer(error.path)
        segments = _segments(body, path)
        if error.value is MISSING:
            if _within(segments[:-1], given):
                result.in_extras.append(_in_extras(mapping.slug, path, error))
            else:
                result.needs += needs_input(mapping, operation, path, error, unresolved)
            continue
        hits = [o for p, o in sourced if path and starts_with(p, path)]
        if not hits and _within(segments, given):
            result.in_extras.append(_in_extras(mapping.slug, path, error))
            continue
        hits = hits or [o for p, o in sourced if starts_with(path, p)]
        if not hits:
            result.unattributed.append(error)
            continue
        why = f"{mapping.title} does not accept {dotted(segments)} = {_shown(error.value)} (rule: {error.rule})"
        for output in hits:
            neutral = output.sources[0]
            result.rejected.setdefault(neutral, ReportEntry("rejected", neutral, dotted(output.path), why))
    return result


def _within(segments: VPath, given: set[VPath]) -> bool:
    return any(segments[:k] in given for k in range(1, len(segments) + 1))


def _in_extras(slug: str, path: Sequence[str], error: FieldError) -> FieldError:
    return FieldError(pointer(("vendor_extras", slug, *path)), error.value, error.rule)


def needs_input(
    mapping: VendorMapping, operation: str, path: tuple[str, ...], error: FieldError, unresolved: Sequence[Unresolved]
) -> list[ReportEntry]:
    """How to supply a field the vendor requires that the conversion did not produce."""
    slug = mapping.slug
    shown = dotted(tuple(int(s) if s.isdigit() else s for s in path))
    context = error.rule[len("required") :].strip(" ()") if error.rule != "required" else ""
    suffix = f" (rule: {context})" if context else ""
    catalogue = mapping.catalogue.get(path[0]) if len(path) == 1 else None
    if catalogue is not None:
        neutral = next((u.neutral for u in unresolved if u.rule is catalogue), ())
        detail = catalogue.supply(slug) + suffix
        return [ReportEntry("needs_input", n, shown, detail) for n in neutral] or [
            ReportEntry("needs_input", None, shown, detail)
        ]
    key = tuple("[]" if s.isdigit() else s for s in path)
    candidates = mapping.vendor_sources.get(key, ())
    inside = not candidates
    if inside:  # an object: the neutral fields that fill its members
        candidates = tuple(
            dict.fromkeys(n for k, ns in mapping.vendor_sources.items() if starts_with(k, key) for n in ns)
        )
    facts = _vendor_schema.facts(slug, operation, path)
    facts = f" ({facts})" if facts else ""
    if len(path) == 1:
        suffix += _vendor_schema.dependent_rules(slug, operation, path[0])
    supply = f"supply vendor_extras.{slug}.{shown}"
    if any(s.isdigit() for s in path):  # vendor_extras replaces a list whole: the whole list has to be given
        whole = dotted(tuple(path[: next(i for i, s in enumerate(path) if s.isdigit())]))
        supply = (
            f"give the whole {whole} list in vendor_extras.{slug}.{whole} (a list there replaces the converted one)"
        )
    if candidates:
        setting = ", ".join(f"`{c}`" for c in candidates[:-1])
        setting = f"{setting} or `{candidates[-1]}`" if setting else f"`{candidates[-1]}`"
        within = f" (they fill {shown})" if inside and len(candidates) > 1 else ""
        detail = f"set {setting} in the assistant{within}, or {supply}{facts}"
    else:
        detail = f"{supply}{facts}; the neutral model has no field for it"
    return [ReportEntry("needs_input", None, shown, detail + suffix)]
