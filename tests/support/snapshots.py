"""The cross-vendor conversion snapshot: every valid example of every vendor, imported and converted
to every other vendor, for review.

    make snapshots      # rewrite the reviewed snapshot files (the test below, with --snapshot-update)

The snapshot files are syrupy's (``tests/vendors/__snapshots__/test_convert_pairs/``, one JSON file per
source vendor): ``tests/vendors/test_convert_pairs.py`` compares ``compute()`` with them and fails on any
difference; ``make snapshots`` runs that test with ``--snapshot-update``. Review the diff.

For each ordered pair of vendors (source, target) and each valid example of the source
(``tests/spec_cases/<source>.yaml``): the example is imported (``from_vendor``) and converted to the
target with ``allow_drop=True``. The snapshot records the target body, or the error (its kind and
its problem lines); the outcome of every field in the report; and, where the target needs input,
which inputs taken from the target's own valid examples (through ``vendor_extras.<target>``) were
supplied and what the conversion then gives. The documents hold no timestamps, no paths and no
secrets (values under secret-named keys are redacted).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from conftest import cases_at
from voiceagents import ConversionError, ValidationError, _secrets, from_vendor
from voiceagents import spec as vspec
from voiceagents._json import MISSING, get, put
from voiceagents.convert import to_vendor_body
from voiceagents.convert._paths import parse

if TYPE_CHECKING:
    from voiceagents import ConversionReport

__all__ = ["compute", "examples", "secret_values", "supply_inputs"]

TEST = "tests/vendors/test_convert_pairs.py::test_the_snapshot_is_current"
ABOUT = (
    "Computed by voiceagents_tools.snapshots, written by `make snapshots`: each valid example of this vendor, "
    "imported and converted to every other vendor with allow_drop=True. Review the diff when it changes."
)
MAX_ROUNDS = 5
"""Rounds of supplying inputs (an input may bring a rule of its own: autocalls' mode → a model id)."""


def examples(slug: str) -> list[tuple[str, dict[str, Any]]]:
    """(name, body) of every valid create-request example of ``slug`` (its case file; fresh copies)."""
    return [(str(case["name"]), case["body"]) for case in cases_at(slug, "valid") or []]


def _error(exc: Exception) -> dict[str, Any]:
    if isinstance(exc, ConversionError):
        report: ConversionReport = exc.report
        kinds = sorted({e.outcome for e in report if e.outcome in ("rejected", "needs_input")})
        return {"kind": kinds or ["dropped"], "problems": list(exc.problems)}
    if isinstance(exc, ValidationError):
        return {"kind": ["validation"], "problems": [str(e) for e in exc.errors]}
    raise exc  # pragma: no cover - anything else is a bug the snapshot must not hide


def _convert(data: Mapping[str, Any], target: str) -> tuple[dict[str, Any] | None, ConversionReport | None, Any]:
    """(body, report, error) of one conversion with allow_drop; error is None when it succeeds."""
    try:
        body, report = to_vendor_body(data, target, allow_drop=True)
    except ConversionError as exc:
        return None, exc.report, exc
    except ValidationError as exc:
        return None, None, exc
    return body, report, None


def supply_inputs(
    target: str, data: Mapping[str, Any], sources: Sequence[Mapping[str, Any]] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """``data`` with what ``target`` reports as ``needs_input`` supplied in ``vendor_extras.<target>``,
    each value taken from one of ``sources`` (the target's valid examples by default), and the vendor
    paths supplied. Each example is tried on its own (its values belong together); the first one that
    gives a conversion without missing inputs wins, else the first attempt is returned."""
    bodies = list(sources) if sources is not None else [body for _, body in examples(target)]
    attempts: list[tuple[dict[str, Any], list[str]]] = []
    for source in bodies:
        candidate, supplied, done = _supply_from(target, data, source)
        if done:
            return candidate, supplied
        attempts.append((candidate, supplied))
    return attempts[0] if attempts else (copy.deepcopy(dict(data)), [])


def _supply_from(
    target: str, data: Mapping[str, Any], source: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str], bool]:
    candidate = copy.deepcopy(dict(data))
    every = dict(candidate.get("vendor_extras") or {})
    extras: dict[str, Any] = copy.deepcopy(dict(every.get(target) or {}))
    supplied: list[str] = []
    for _ in range(MAX_ROUNDS):
        candidate["vendor_extras"] = {**every, target: extras} if extras or target in every else every
        if not candidate["vendor_extras"]:
            del candidate["vendor_extras"]
        _, report, error = _convert(candidate, target)
        if error is None or report is None:
            return candidate, supplied, True
        needs = [e.vendor for e in report.needs_input if e.vendor]
        if not needs:
            return candidate, supplied, True
        found = [(path, get(source, parse(path))) for path in dict.fromkeys(needs)]
        if any(value is MISSING for _, value in found) or any(path in supplied for path, _ in found):
            return candidate, supplied, False
        if any(isinstance(s, int) for path, _ in found for s in parse(path)):
            return candidate, supplied, False  # inside a list: vendor_extras would replace the whole list
        for path, value in found:
            put(extras, parse(path), copy.deepcopy(value))
            supplied.append(path)
    return candidate, supplied, False


def _fields(report: ConversionReport | None) -> tuple[dict[str, str], list[str]]:
    """The outcome of every neutral field, and the vendor fields that need input. The source's own
    vendor_extras are left out: another vendor's extras are always ``ignored`` (the tests check it)."""
    if report is None:
        return {}, []
    fields: dict[str, str] = {e.neutral: e.outcome for e in report if e.neutral is not None and e.outcome != "ignored"}
    needs = sorted({e.vendor for e in report.needs_input if e.vendor})
    return fields, needs


def pair(data: Mapping[str, Any], target: str) -> dict[str, Any]:
    """What converting the neutral ``data`` (an imported example) to ``target`` gives."""
    body, report, error = _convert(data, target)
    fields, needs = _fields(report)
    entry: dict[str, Any] = {"fields": fields}
    if error is None:
        entry["body"] = body
        return entry
    entry["error"] = _error(error)
    if needs:
        entry["needs_input"] = needs
        candidate, supplied = supply_inputs(target, data)
        filled, _, still = _convert(candidate, target)
        entry["with_inputs"] = {
            "supplied": supplied,
            "result": "valid" if still is None and filled is not None else _error(still),
        }
    return entry


def secret_values(node: Any) -> list[str]:
    """Every string under a secret-named key (scrubbed out of the problem lines too)."""
    found: list[str] = []
    if isinstance(node, Mapping):
        for key, value in node.items():
            if _secrets.is_secret_key(key) and isinstance(value, str):
                found.append(value)
            else:
                found += secret_values(value)
    elif isinstance(node, list):
        for value in node:
            found += secret_values(value)
    return found


def _scrub(node: Any, secrets: Sequence[str]) -> Any:
    if isinstance(node, Mapping):
        return {k: _scrub(v, secrets) for k, v in node.items()}
    if isinstance(node, list):
        return [_scrub(v, secrets) for v in node]
    if isinstance(node, str):
        return _secrets.redact_text(node, secrets)
    return node


def source_document(source: str, targets: Sequence[str]) -> dict[str, Any]:
    """The snapshot of one source vendor: each of its examples, imported and converted to each target."""
    out: dict[str, Any] = {}
    secrets: list[str] = []
    for name, body in examples(source):
        secrets += secret_values(body)
        assistant, imported = from_vendor(source, body)
        data = assistant.model_dump(exclude_unset=True)
        neutral = {k: v for k, v in data.items() if k != "vendor_extras"}
        out[name] = {
            "imported": neutral,
            "kept": sorted(e.vendor for e in imported.kept if e.vendor),
            "to": {target: pair(data, target) for target in targets if target != source},
        }
    document = {"about": ABOUT, "source": source, "examples": out}
    return dict(_scrub(_secrets.redact_value(document), sorted(set(secrets), key=len, reverse=True)))


def compute(slugs: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
    """source slug → its snapshot document, for every vendor of the registry."""
    every = tuple(slugs) if slugs is not None else tuple(vspec.SLUGS)
    return {source: source_document(source, every) for source in every}
