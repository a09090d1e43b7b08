"""The release workflow in a temporary copy of the repository: a spec change becomes a correctly
versioned client release, the wrapper's version, extras and changelog move with it (so a fresh
`pip install 'voiceagents[<slug>]'` finds a new wrapper on the index), and a wrongly versioned
change is refused with the changes named.

The tools run as `make` runs them (`python -m voiceagents_tools <command>`), against the copy
itself: `voiceagents` and the clients are imported from the copy (PYTHONPATH), and a shim directory
of `*.dist-info` entries says they are installed editable from it, at the versions of its pyproject
files, as `make setup` would after a generation. The venv shared with the rest of the suite is never changed.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.markers import Marker
from packaging.requirements import Requirement
from voiceagents_tools.specs import diff as specdiff

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("-m", "voiceagents_tools")

pytestmark = pytest.mark.slow

Spec = dict[str, Any]


def projects(repo: Path) -> list[Path]:
    return [repo, *sorted(p.parent for p in (repo / "generated").glob("*/pyproject.toml"))]


def meta(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data


def install(repo: Path) -> dict[str, str]:
    """`make setup` for the copy, without touching the shared venv: the environment that imports the
    copy's packages and reports them installed (editable, from the copy) at their current versions."""
    shim = repo.parent / "site"
    shutil.rmtree(shim, ignore_errors=True)
    shim.mkdir()
    for project in projects(repo):
        name, version = meta(project)["name"], meta(project)["version"]
        info = shim / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
        (info / "direct_url.json").write_text(json.dumps({"url": project.as_uri(), "dir_info": {"editable": True}}))
    paths = [shim, repo / "wrappers", *projects(repo)[1:]]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "PYTHONPATH": os.pathsep.join(map(str, paths))}


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A script of the copy, run as `make` would, against the copy as installed now."""
    return subprocess.run(
        [sys.executable, *args], cwd=repo, env=install(repo), capture_output=True, text=True, check=False, timeout=300
    )


def edit_spec(repo: Path, slug: str, edit: Callable[[Spec], None], version: str | None) -> None:
    path = repo / "openapi" / f"{slug}.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(spec)
    if version:
        spec["info"]["version"] = version
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def snapshot(repo: Path, exclude: str) -> dict[str, bytes]:
    return {
        p.relative_to(repo).as_posix(): p.read_bytes()
        for p in (repo / "generated").rglob("*")
        if p.is_file() and exclude not in p.parts and "__pycache__" not in p.parts
    }


def project_state(repo: Path) -> dict[str, Any]:
    """The wrapper's release facts: version, _version.py, extras, changelog, registry."""
    text = (repo / "pyproject.toml").read_text(encoding="utf-8")
    return {
        "version": tomllib.loads(text)["project"]["version"],
        "version_py": (repo / "wrappers/voiceagents/_version.py").read_text(encoding="utf-8"),
        "extras": tomllib.loads(text)["project"]["optional-dependencies"],
        "changelog": (repo / "CHANGELOG.md").read_text(encoding="utf-8"),
        "registry": json.loads((repo / "wrappers/voiceagents/vendors.json").read_text(encoding="utf-8"))["vendors"],
    }


def add_optional_field(spec: Spec) -> None:
    spec["components"]["schemas"]["CreateAssistantRequest"]["properties"]["notification_email"] = {
        "type": "string",
        "description": "Where Revox sends call notifications (test field).",
    }


def limit_the_name(spec: Spec) -> None:
    """A breaking change to what the client sends: `name` gets a maximum length."""
    spec["components"]["schemas"]["CreateAssistantRequest"]["properties"]["name"]["maxLength"] = 60


def bumped(version: str, part: str) -> str:
    major, minor, patch = map(int, version.split("."))
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        part
    ]


def test_optional_field_with_minor_bump_releases_that_vendor_and_a_wrapper_patch(repo: Path) -> None:
    before = project_state(repo)
    old, new = meta(repo / "generated/revox")["version"], bumped(meta(repo / "generated/revox")["version"], "minor")
    others = snapshot(repo, exclude="revox")
    edit_spec(repo, "revox", add_optional_field, new)
    proc = run(repo, *TOOLS, "generate")
    assert proc.returncode == 0, proc.stderr
    assert f"revox         generated  v{new}" in proc.stdout
    model = (repo / "generated/revox/voiceagents_revox/models/create_assistant_request.py").read_text()
    assert "notification_email: str | Unset = UNSET" in model
    assert meta(repo / "generated/revox")["version"] == new
    changelog = (repo / "generated/revox/CHANGELOG.md").read_text()
    assert changelog.index(f"## {new}") < changelog.index(f"## {old}")
    assert "notification_email" in changelog
    assert snapshot(repo, exclude="revox") == others  # no other vendor's package changed
    after = project_state(repo)
    wrapper = bumped(before["version"], "patch")  # a compatible client move: the wrapper's patch
    assert after["version"] == wrapper
    assert after["version_py"].endswith(f'__version__ = "{wrapper}"\n')
    assert after["extras"]["revox"] == [f"voiceagents-revox>={new},<{int(new.split('.')[0]) + 1}"]
    assert after["changelog"].startswith(f"# voiceagents\n\n## {wrapper} (")
    assert f"- `voiceagents-revox` {old} → {new}" in after["changelog"]


def test_a_breaking_change_with_a_major_bump_moves_the_wrapper_end_to_end(repo: Path) -> None:
    """Publishing can't strand users: the new client major comes with a new wrapper, whose extras
    ask for it, whose changelog says so, and whose wheel carries that version."""
    before = project_state(repo)
    old = meta(repo / "generated/revox")["version"]
    new = bumped(old, "major")
    edit_spec(repo, "revox", limit_the_name, new)
    proc = run(repo, *TOOLS, "generate")
    assert proc.returncode == 0, proc.stderr
    assert f"revox         generated  v{new}" in proc.stdout
    client_changelog = (repo / "generated/revox/CHANGELOG.md").read_text()
    entry = client_changelog.split(f"## {new}", 1)[1].split("\n## ", 1)[0]
    assert "### Breaking changes" in entry
    assert "CreateAssistantRequest.name" in entry

    after = project_state(repo)
    wrapper = bumped(before["version"], "minor")  # a client's major moves the 0.x wrapper's minor
    assert after["version"] == wrapper
    assert after["version_py"].endswith(f'__version__ = "{wrapper}"\n')
    assert after["extras"]["revox"] == [f"voiceagents-revox>={new},<{int(new.split('.')[0]) + 1}"]
    assert {k: v for k, v in after["extras"].items() if k != "revox"} == {
        k: v for k, v in before["extras"].items() if k != "revox"
    }
    assert after["registry"]["revox"]["version"] == new
    assert after["changelog"].startswith(f"# voiceagents\n\n## {wrapper} (")
    assert f"- `voiceagents-revox` {old} → {new}" in after["changelog"]
    assert after["changelog"].endswith(before["changelog"].split("\n", 2)[2])  # older entries kept

    check = run(repo, *TOOLS, "check", "--skip-lint")
    assert check.returncode == 0, check.stderr

    build = run(repo, *TOOLS, "wheels", "--outdir", str(repo.parent / "dist"), "--only", "voiceagents")
    assert build.returncode == 0, build.stderr
    wheel = repo.parent / "dist" / f"voiceagents-{wrapper}-py3-none-any.whl"
    assert wheel.exists(), build.stdout
    from test_wheels import metadata

    requires = [Requirement(r) for r in metadata(wheel).get_all("Requires-Dist") or []]
    revox = next(r for r in requires if r.name == "voiceagents-revox" and r.marker == Marker('extra == "revox"'))
    assert str(revox.specifier) == f"<{int(new.split('.')[0]) + 1},>={new}"


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=True).stdout


def test_revox_2_as_a_minor_release_of_1_0_is_refused_naming_the_breaking_changes(repo: Path) -> None:
    """The Revox landing itself, replayed: the committed 1.0.0 client, then the current spec
    labelled 1.1.0. generate.py refuses and names the breaking changes."""
    from test_publish import before_revox_2

    shutil.rmtree(repo / "generated" / "revox")
    archive = _git("archive", "--format=tar", before_revox_2(), "generated/revox")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tf:
        tf.extractall(repo, filter="data")
    old = json.loads((repo / "generated/revox/voiceagents_revox/openapi.json").read_text(encoding="utf-8"))
    assert old["info"]["version"] == "1.0.0"
    edit_spec(repo, "revox", lambda spec: None, "1.1.0")
    current = yaml.safe_load((repo / "openapi/revox.yaml").read_text(encoding="utf-8"))
    breaking = [c for c in specdiff.diff_specs(old, current) if c.breaking]
    assert breaking
    before = snapshot(repo, exclude="__none__")
    proc = run(repo, *TOOLS, "generate", "--slug", "revox")
    assert proc.returncode != 0
    assert f"openapi/revox.yaml: {len(breaking)} breaking change(s) need a major bump to 2.0.0" in proc.stderr
    assert "not 1.1.0" in proc.stderr
    for change in breaking[:3]:  # the message names them (the first ones, then "and N more")
        assert f"{change.path}: {change.description}" in proc.stderr
    assert snapshot(repo, exclude="__none__") == before


def test_check_fails_when_content_changed_but_version_did_not(repo: Path) -> None:
    version = meta(repo / "generated/insighto")["version"]

    def add_greeting(spec: Spec) -> None:
        spec["components"]["schemas"]["CreateAssistantRequest"]["properties"]["greeting"] = {
            "type": "string",
            "description": "A greeting (test field).",
        }

    edit_spec(repo, "insighto", add_greeting, None)
    proc = run(repo, *TOOLS, "check", "--skip-lint")
    assert proc.returncode == 1
    assert "insighto: openapi/insighto.yaml" in proc.stderr
    assert version in proc.stderr
    generate = run(repo, *TOOLS, "generate", "--slug", "insighto")
    assert generate.returncode != 0
    assert "openapi/insighto.yaml" in generate.stderr
    assert f"info.version is still {version}" in generate.stderr
