"""Across vendors: every valid example of every vendor, imported and converted to every other vendor.

What each conversion gives (the target body or the error, and every field's outcome) is a reviewed
syrupy snapshot per source vendor, ``tests/vendors/__snapshots__/test_convert_pairs/``, computed by
``voiceagents_tools.snapshots``: the first test fails on any difference and shows the diff
(``make snapshots`` rewrites the files: ``pytest --snapshot-update``; review the diff).
The other tests check what holds for every pair whatever the snapshot says.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SLUGS, load_cases
from support import snapshots
from support.conversion import attempt, check_report, dumps
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension
from voiceagents import _validation
from voiceagents._exceptions import ConversionError
from voiceagents.convert import from_vendor, to_vendor_body

SNAPSHOT_DIR = Path(__file__).parent / "__snapshots__" / "test_convert_pairs"


@functools.cache
def computed() -> dict[str, dict[str, Any]]:
    return snapshots.compute(SLUGS)


PAIRS = [
    pytest.param(src, case["name"], dst, id=f"{src}.{case['name']}->{dst}")
    for src in SLUGS
    for case in load_cases(src)["valid"]
    for dst in SLUGS
    if dst != src
]


@pytest.fixture
def snapshot_json(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.mark.parametrize("source", SLUGS)
def test_the_snapshot_is_current(source: str, snapshot_json: SnapshotAssertion) -> None:
    """On a difference: run `make snapshots` and review the diff."""
    assert computed()[source] == snapshot_json


def test_the_snapshot_covers_every_pair_and_example() -> None:
    for src in SLUGS:
        document = computed()[src]
        assert document["source"] == src
        assert list(document["examples"]) == [c["name"] for c in load_cases(src)["valid"]]
        for entry in document["examples"].values():
            assert sorted(entry["to"]) == sorted(s for s in SLUGS if s != src)


def test_the_snapshot_files_are_stable_and_hold_no_secrets_or_paths() -> None:
    assert sorted(p.name for p in SNAPSHOT_DIR.iterdir()) == sorted(
        f"test_the_snapshot_is_current[{src}].json" for src in SLUGS
    ), "a snapshot of a vendor that is gone (run `make snapshots`)"
    for src in SLUGS:
        path = SNAPSHOT_DIR / f"test_the_snapshot_is_current[{src}].json"
        text = path.read_text(encoding="utf-8")
        stable = json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        assert text == stable, f"{path.name}: sorted keys, two-space indent"
        assert str(ROOT) not in text
        assert "/tmp/" not in text
        for value in snapshots.secret_values([c["body"] for c in load_cases(src)["valid"]]):
            assert value not in text, f"{path.name} shows a secret of the examples"


def _example(src: str, name: str) -> dict[str, Any]:
    body = next(c["body"] for c in load_cases(src)["valid"] if c["name"] == name)
    return copy.deepcopy(body)


@pytest.mark.parametrize(("src", "name", "dst"), PAIRS)
def test_a_pair_gives_a_valid_body_or_names_what_stops_it(src: str, name: str, dst: str) -> None:
    assistant, _ = from_vendor(src, _example(src, name))
    data = assistant.model_dump(exclude_unset=True)
    entry = computed()[src]["examples"][name]["to"][dst]
    body, report, error = attempt(assistant, dst, allow_drop=True)
    assert report is not None, error  # a ValidationError: other vendors' extras are never checked here
    if isinstance(error, ConversionError):
        kinds = {e.outcome for e in report if e.outcome in ("rejected", "needs_input")}
        assert kinds, "with allow_drop only a rejected value or a missing input fails"
        assert entry["error"]["kind"] == sorted(kinds)
        for problem in report.rejected + report.needs_input:  # the message names every one of them
            assert problem.field in str(error)
    else:
        assert body is not None
        assert "error" not in entry
        assert _validation.body_errors(dst, "createAssistant", body) == []
        assert dumps(body) == dumps(entry["body"])
        # read back from the target, the body converts to itself again
        back, _ = from_vendor(dst, copy.deepcopy(body))
        assert dumps(to_vendor_body(back, dst, allow_drop=True)[0]) == dumps(body)
    check_report(dst, data, report)
    # the source's own vendor_extras are another vendor's: ignored, never an error
    theirs = [e for e in report if e.neutral and e.neutral.startswith(f"vendor_extras.{src}.")]
    assert {e.outcome for e in theirs} <= {"ignored"}
    assert len(theirs) == len((data.get("vendor_extras") or {}).get(src) or {})


def test_supplying_the_named_inputs_gives_a_valid_body() -> None:
    """Where only inputs are missing, the target's own examples supply them (in vendor_extras) and the
    conversion then succeeds: the needs_input details lead somewhere."""
    checked = 0
    for src in SLUGS:
        for name, example in computed()[src]["examples"].items():
            for dst, entry in example["to"].items():
                if "with_inputs" not in entry or entry["error"]["kind"] != ["needs_input"]:
                    continue  # nothing missing, or a rejected value too (supplying inputs cannot fix it)
                assert entry["with_inputs"]["result"] == "valid", (src, name, dst, entry["with_inputs"])
                assistant, _ = from_vendor(src, _example(src, name))
                candidate, supplied = snapshots.supply_inputs(dst, assistant.model_dump(exclude_unset=True))
                assert supplied == entry["with_inputs"]["supplied"]
                body, report = to_vendor_body(candidate, dst, allow_drop=True)
                assert _validation.body_errors(dst, "createAssistant", body) == []
                assert not report.needs_input
                checked += 1
    assert checked or len(SLUGS) < 2
