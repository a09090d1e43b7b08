"""speclint: one short message per problem, naming the file and the line of the broken place."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from voiceagents import InputError
from voiceagents_tools.specs import lint as speclint
from voiceagents_tools.specs.lint import Problem

ROOT = Path(__file__).resolve().parents[2]
REVOX = ROOT / "openapi" / "revox.yaml"
TEXT = REVOX.read_text(encoding="utf-8")
LONGEST = 300  # characters; the validator once printed a first line of 26,473 (the whole spec)


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of ``needle``."""
    assert text.count(needle) >= 1, needle
    return text[: text.index(needle)].count("\n") + 1


def variant(tmp_path: Path, case: str, text: str, name: str = "revox.yaml") -> Path:
    path = tmp_path / case / name
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


DANGLING = TEXT.replace("$ref: '#/components/schemas/Voice'", "$ref: '#/components/schemas/Voic'", 1)
DANGLING_LINE = line_of(DANGLING, "#/components/schemas/Voic'")
TAB_LINE = line_of(TEXT, "\n        first_sentence_mode:\n") + 1  # a property of the request schema
TABBED = "\n".join(
    ("\t" + line[2:]) if number == TAB_LINE else line for number, line in enumerate(TEXT.split("\n"), start=1)
)
SLUG_LINE = line_of(TEXT, "x-voiceagents-slug: revox")


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[Problem]]]:
    """Every broken copy of the revox spec, and a good one, checked in one call (one Spectral run)."""
    tmp_path = tmp_path_factory.mktemp("speclint")
    paths = {
        "valid": variant(tmp_path, "valid", TEXT),
        "dangling": variant(tmp_path, "dangling", DANGLING),
        "tab": variant(tmp_path, "tab", TABBED),
        "mismatch": variant(tmp_path, "mismatch", TEXT, name="revoxx.yaml"),
        "invalid": variant(tmp_path, "invalid", TEXT.replace("slug: revox", "slug: Re-vox"), name="Re-vox.yaml"),
    }
    problems = speclint.check(list(paths.values()))
    assert {p.file for p in problems} <= set(paths.values())
    return {case: (path, [p for p in problems if p.file == path]) for case, path in paths.items()}


def assert_concise(problem: Problem, path: Path, line: int) -> None:
    shown = str(problem)
    assert problem.file == path
    assert problem.line == line, shown
    assert shown.startswith(f"{path}:{line}: "), shown
    assert len(shown) < LONGEST, shown
    assert "\n" not in shown


def test_valid_spec_has_no_problems(results: dict[str, tuple[Path, list[Problem]]]) -> None:
    assert results["valid"][1] == []


def test_dangling_ref_is_one_short_message_at_the_reference(results: dict[str, tuple[Path, list[Problem]]]) -> None:
    path, problems = results["dangling"]
    (problem,) = problems  # not also "Voice is unused", nor the validator's copy of the same finding
    assert_concise(problem, path, DANGLING_LINE)
    assert "'#/components/schemas/Voic'" in problem.message
    assert problem.pointer.endswith("/voice/$ref")


def test_yaml_error_is_reported_once_and_nothing_else_runs(results: dict[str, tuple[Path, list[Problem]]]) -> None:
    path, problems = results["tab"]
    (problem,) = problems  # Spectral gave dozens of parser and schema lines without line numbers
    assert_concise(problem, path, TAB_LINE)
    assert problem.source == "yaml"
    assert "tab" in problem.message


def test_slug_must_match_the_file_name(results: dict[str, tuple[Path, list[Problem]]]) -> None:
    path, problems = results["mismatch"]
    (problem,) = problems
    assert_concise(problem, path, SLUG_LINE)
    assert problem.source == "house"
    assert "'revox'" in problem.message
    assert "revoxx.yaml" in problem.message


def test_slug_must_be_lowercase(results: dict[str, tuple[Path, list[Problem]]]) -> None:
    path, problems = results["invalid"]
    (problem,) = problems
    assert_concise(problem, path, SLUG_LINE)
    assert "'Re-vox' is not a lowercase slug [a-z][a-z0-9_]*" in problem.message


# --- without Spectral -------------------------------------------------------------------------


def test_validator_names_the_unresolvable_ref_not_the_whole_spec(tmp_path: Path) -> None:
    path = variant(tmp_path, "dangling", DANGLING)
    (problem,) = speclint.validate(path)
    assert_concise(problem, path, DANGLING_LINE)
    assert problem.message == "$ref '#/components/schemas/Voic' cannot be resolved"
    assert problem.source == "openapi-spec-validator"


def test_schema_error_inside_a_schema_gets_its_document_line(tmp_path: Path) -> None:
    broken = TEXT.replace(
        "first_sentence_delay_ms:\n          type: integer", "first_sentence_delay_ms:\n          type: integr"
    )
    path = variant(tmp_path, "type", broken)
    (problem,) = speclint.validate(path)
    assert_concise(problem, path, line_of(broken, "type: integr"))
    assert problem.pointer == "/components/schemas/CreateAssistantRequest/properties/first_sentence_delay_ms/type"


def test_missing_slug_and_unparsable_files(tmp_path: Path) -> None:
    missing = variant(tmp_path, "missing", TEXT.replace("  x-voiceagents-slug: revox\n", ""))
    (problem,) = speclint.validate(missing)
    assert_concise(problem, missing, line_of(TEXT, "info:"))
    assert "x-voiceagents-slug is missing" in problem.message

    duplicate = variant(
        tmp_path, "duplicate", re.sub(r"^(  version: .*)$", r"\1\n  version: 9.9.9", TEXT, count=1, flags=re.M)
    )
    (problem,) = speclint.validate(duplicate)
    first = next(line for line in TEXT.splitlines() if line.startswith("  version: "))
    assert_concise(problem, duplicate, line_of(TEXT, first) + 1)
    assert problem.message == "not valid YAML: duplicate key 'version'"

    (problem,) = speclint.validate(tmp_path / "nope.yaml")
    assert problem.source == "read"
    assert "No such file" in problem.message

    with pytest.raises(speclint.SpecError) as info:
        speclint.load(variant(tmp_path, "tab", TABBED))
    assert isinstance(info.value, InputError)  # the wrapper's SpecError: bad input, named with its line
    assert info.value.line == TAB_LINE


def test_str_is_relative_to_the_project_and_falls_back_to_the_pointer() -> None:
    assert str(Problem(REVOX, "/info", "m", "house", 5)) == "openapi/revox.yaml:5: m [house]"
    assert str(Problem(REVOX, "/info", "m", "house")) == "openapi/revox.yaml#/info: m [house]"
    assert speclint.shorten("x" * 500).endswith("...")
    assert len(speclint.shorten("x" * 500)) == speclint.MAX_MESSAGE


def test_duplicates_collapse() -> None:
    f = Path("/x/revox.yaml")
    problems = [
        Problem(f, "/a/$ref", "$ref '#/b' cannot be resolved", "openapi-spec-validator", 7),
        Problem(f, "/a/$ref", "'#/b' does not exist", "spectral:invalid-ref", 7),
        Problem(f, "/b", "Potentially unused component has been detected.", "spectral:oas3-unused-component", 9),
        Problem(f, "", "Bad indentation of a mapping entry", "spectral:parser", 12),
        Problem(f, "", "Mapping key must be a string scalar rather than object", "spectral:parser", 12),
        Problem(f, "/c", "'integr' is not valid under any of the given schemas", "openapi-spec-validator", 20),
        Problem(f, "/c", '"type" property must be equal to one of the allowed values', "spectral:oas3-schema", 20),
        Problem(f, "/d", "same", "spectral:rule", 30),
        Problem(f, "/d", "same", "spectral:rule", 30),
    ]
    kept = speclint._collapse(problems)
    assert [(p.line, p.source) for p in kept] == [
        (7, "spectral:invalid-ref"),
        (12, "spectral:parser"),
        (20, "spectral:oas3-schema"),
        (30, "spectral:rule"),
    ]


# -- caches: an unchanged spec is neither parsed nor linted by Spectral twice ---------------


def test_a_document_json_cannot_hold_is_read_as_written(tmp_path: Path) -> None:
    spec = tmp_path / "odd.yaml"
    spec.write_text("openapi: 3.1.0\npaths: {}\nx-odd: .nan\n", encoding="utf-8")  # NaN != NaN
    assert math.isnan(speclint.load(spec)["x-odd"])
    assert math.isnan(speclint.load(spec)["x-odd"])


def test_only_clean_verdicts_are_cached_and_a_broken_spec_is_linted_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speclint, "PASSED", tmp_path / "passed")
    runs: list[list[Path]] = []
    real = speclint._spectral

    def counting(paths: list[Path]) -> list[Problem]:
        runs.append(list(paths))
        return real(paths)

    monkeypatch.setattr(speclint, "_spectral", counting)
    # The house's smallest spec: what is cached does not depend on the spec, and each run lints it.
    small = (ROOT / "openapi" / "callhq.yaml").read_text(encoding="utf-8")
    dangling = small.replace("$ref: '#/components/schemas/Voice'", "$ref: '#/components/schemas/Voic'", 1)
    assert dangling != small
    clean = variant(tmp_path, "clean", small, name="callhq.yaml")
    broken = variant(tmp_path, "broken", dangling, name="callhq.yaml")
    assert speclint.lint([clean]) == []
    assert speclint.lint([clean]) == []
    assert speclint.lint([broken])
    assert speclint.lint([broken])
    assert runs == [[clean], [], [broken], [broken]]
