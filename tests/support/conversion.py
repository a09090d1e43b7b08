"""What every conversion report satisfies, whatever the vendor (``check_report``), a conversion
attempted without raising (``attempt``), and JSON as the conversion tests compare it (``dumps``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from voiceagents._exceptions import ConversionError, ValidationError
from voiceagents.convert import ConversionReport, mapping, to_vendor_body
from voiceagents.convert._paths import leaf_names, pattern
from voiceagents.convert.rules import Items, Map
from voiceagents.types._neutral import OPAQUE

CREATE = "createAssistant"
OUTCOMES = {
    "mapped",
    "transformed",
    "dropped",
    "rejected",
    "needs_input",
    "overridden",
    "passed_through",
    "ignored",
    "kept",
    "skipped",
}


def dumps(value: Any) -> str:
    """JSON as compared throughout: sorted keys, and 600 is not 600.0."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _neutral_leaves(data: Mapping[str, Any]) -> list[str]:
    return [leaf for leaf in leaf_names(data, OPAQUE) if not leaf.startswith("vendor_extras")]


def _homes(slug: str) -> set[str]:
    """Neutral field patterns the vendor has a one-to-one field for (a Map or an Items member)."""
    out: set[str] = set()
    for rule in mapping(slug).rules:
        if isinstance(rule, Map):
            out.add(rule.neutral)
        elif isinstance(rule, Items):
            out |= {f"{rule.neutral}[].{f.neutral}" for f in rule.fields}
    return out


def check_report(slug: str, data: Mapping[str, Any], report: ConversionReport, operation: str = CREATE) -> None:
    """What every report of a conversion to ``slug`` satisfies, whatever the vendor."""
    neutral = [e.neutral for e in report if e.neutral and not e.neutral.startswith("vendor_extras.")]
    assert len(neutral) == len(set(neutral)), f"a field has more than one outcome: {report}"
    assert sorted(neutral) == sorted(_neutral_leaves(data)), "every field the assistant sets gets one outcome"
    for entry in report:
        assert entry.outcome in OUTCOMES
        if entry.outcome in ("dropped", "rejected", "needs_input", "overridden"):
            assert entry.detail, f"{entry.field}: a {entry.outcome} field says why / how"
        if entry.outcome == "needs_input":
            assert f"vendor_extras.{slug}." in entry.detail, entry
        if entry.outcome == "ignored":
            assert entry.neutral is not None
            assert not entry.neutral.startswith(f"vendor_extras.{slug}."), entry
    if operation != CREATE:
        return
    homes, declared = _homes(slug), set(mapping(slug).drop_reasons)
    for entry in report:
        if entry.neutral is None or entry.neutral.startswith("vendor_extras."):
            continue
        if entry.outcome == "dropped":
            assert pattern(entry.neutral) not in homes, f"{entry.neutral} has a home at {slug}: {entry}"
        if pattern(entry.neutral) in declared:
            assert entry.outcome == "dropped", f"{slug} declares no field for {entry.neutral}: {entry}"


def attempt(
    data: Any, slug: str, operation: str = CREATE, *, allow_drop: bool = False
) -> tuple[dict[str, Any] | None, ConversionReport | None, ConversionError | ValidationError | None]:
    """(body, report, error) of ``to_vendor_body``: the error it raised, if any (then no body; a
    ``ConversionError`` carries its report)."""
    try:
        body, report = to_vendor_body(data, slug, operation, allow_drop=allow_drop)
    except ConversionError as exc:
        return None, exc.report, exc
    except ValidationError as exc:
        return None, None, exc
    return body, report, None
