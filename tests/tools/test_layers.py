"""The layer checks of ``make check`` that import-linter has no contract for: they pass on the
tree, and they catch a cycle and a private reach-in when one is there."""

from __future__ import annotations

from pathlib import Path

from voiceagents_tools import layers
from voiceagents_tools.layers import Import

HERE = Path(__file__)


def test_the_tree_has_no_cycle_and_no_private_reach_in() -> None:
    assert layers.problems() == []


def test_a_private_module_or_name_of_another_package_is_caught() -> None:
    found = [
        Import("voiceagents.deploy._plan", "voiceagents.convert._vendor_schema", (), HERE, 1),
        Import("voiceagents.cli._common", "voiceagents._http", ("_deep_merge",), HERE, 2),
        Import("voiceagents.deploy._plan", "voiceagents._json", ("merged",), HERE, 3),  # shared foundation
        Import("voiceagents.deploy._plan", "voiceagents.deploy._state", ("State",), HERE, 4),  # same package
        Import("voiceagents.cli._deploy", "voiceagents.deploy", ("State",), HERE, 5),  # the package's face
    ]
    problems = layers.private_reach(found)
    assert len(problems) == 2
    assert "voiceagents.convert._vendor_schema" in problems[0]
    assert "_deep_merge" in problems[1]


def test_a_cycle_through_a_type_checking_import_is_caught() -> None:
    found = [*layers.imports()]
    found.append(Import("voiceagents._json", "voiceagents.spec._model", ("VendorSpec",), HERE, 1))
    problems = layers.cycles(found)
    assert any("voiceagents._json" in p for p in problems)
