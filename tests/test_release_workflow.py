"""The release workflow in a temporary copy of the repository: a spec change becomes a correctly
versioned client release, and a wrongly versioned one is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import run

pytestmark = pytest.mark.slow


def _edit_spec(repo: Path, slug: str, edit: object, version: str | None) -> None:
    path = repo / "openapi" / f"{slug}.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(spec)  # type: ignore[operator]
    if version:
        spec["info"]["version"] = version
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _snapshot(repo: Path, exclude: str) -> dict[str, bytes]:
    return {
        p.relative_to(repo).as_posix(): p.read_bytes()
        for p in (repo / "generated").rglob("*")
        if p.is_file() and exclude not in p.parts and p.name != "manifest.json" and "__pycache__" not in p.parts
    }


def _add_optional_field(spec: dict[str, object]) -> None:
    schemas = spec["components"]["schemas"]  # type: ignore[index]
    schemas["CreateAssistantRequest"]["properties"]["notification_email"] = {  # type: ignore[index]
        "type": "string",
        "description": "Where Revox sends call notifications (test field).",
    }


def test_optional_field_with_minor_bump_releases_only_that_vendor(repo: Path) -> None:
    others = _snapshot(repo, exclude="revox")
    _edit_spec(repo, "revox", _add_optional_field, "1.1.0")
    proc = run(repo, "scripts/generate.py")
    assert proc.returncode == 0, proc.stderr
    assert "revox         generated  v1.1.0" in proc.stdout
    model = (repo / "generated/revox/voiceagents_revox/models/create_assistant_request.py").read_text()
    assert "notification_email: str | Unset = UNSET" in model
    assert 'version = "1.1.0"' in (repo / "generated/revox/pyproject.toml").read_text()
    changelog = (repo / "generated/revox/CHANGELOG.md").read_text()
    assert changelog.index("## 1.1.0") < changelog.index("## 1.0.0")
    assert "notification_email" in changelog
    assert 'revox = ["voiceagents-revox>=1.1.0,<2"]' in (repo / "pyproject.toml").read_text()
    assert _snapshot(repo, exclude="revox") == others  # no other vendor's package changed
    check = run(repo, "scripts/check.py", "--skip-lint")
    assert check.returncode == 0, check.stderr


def _narrow_model_enum(spec: dict[str, object]) -> None:
    names = spec["components"]["schemas"]["DedicatedInstanceModelName"]  # type: ignore[index]
    names["enum"] = ["gpt-4.1"]  # type: ignore[index]  # ministral-3-8b-instruct removed


def test_breaking_change_with_only_a_minor_bump_is_refused(repo: Path) -> None:
    before = _snapshot(repo, exclude="__none__")
    _edit_spec(repo, "revox", _narrow_model_enum, "1.1.0")
    proc = run(repo, "scripts/generate.py", "--slug", "revox")
    assert proc.returncode != 0
    assert "openapi/revox.yaml" in proc.stderr
    assert "ministral-3-8b-instruct" in proc.stderr  # the change is named
    assert "2.0.0" in proc.stderr  # the version a breaking change needs
    assert _snapshot(repo, exclude="__none__") == before  # nothing was written


def test_check_fails_when_content_changed_but_version_did_not(repo: Path) -> None:
    _edit_spec(repo, "insighto", _add_optional_field_insighto, None)
    proc = run(repo, "scripts/check.py", "--skip-lint")
    assert proc.returncode == 1
    assert "insighto: openapi/insighto.yaml" in proc.stderr
    assert "1.0.0" in proc.stderr
    generate = run(repo, "scripts/generate.py", "--slug", "insighto")
    assert generate.returncode != 0
    assert "openapi/insighto.yaml" in generate.stderr


def _add_optional_field_insighto(spec: dict[str, object]) -> None:
    schemas = spec["components"]["schemas"]  # type: ignore[index]
    schemas["CreateAssistantRequest"]["properties"]["greeting"] = {  # type: ignore[index]
        "type": "string",
        "description": "A greeting (test field).",
    }
