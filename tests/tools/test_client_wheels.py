"""Each client wheel installs alone into a fresh venv (from the built wheels and the third-party
wheelhouse of test_wheels.py, no network) and creates its seed example, the first valid body of its
case file, against Prism serving its spec: the session's (conftest's ``prism_servers``), on the one
worker that runs Prism, not servers of its own."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SLUGS, load_cases
from support.processes import clean_env
from test_wheels import built_dist, make_venv, pip_install, wheelhouse

pytestmark = [pytest.mark.slow, pytest.mark.prism, pytest.mark.xdist_group("prism")]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_dist(tmp_path_factory)[0]


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return wheelhouse(tmp_path_factory)


def seed_body(slug: str) -> dict[str, Any]:
    body: dict[str, Any] = load_cases(slug)["valid"][0]["body"]
    return body


# Runs inside the fresh venv: only the installed packages are importable.
CLIENT_SCRIPT = """
import importlib, importlib.metadata, json, sys
slug, url, body_file = sys.argv[1:4]
pkg = importlib.import_module(f"voiceagents_{slug}")
api = importlib.import_module(f"voiceagents_{slug}.api.assistants.create_assistant")
models = importlib.import_module(f"voiceagents_{slug}.models")
body = models.CreateAssistantRequest.from_dict(json.load(open(body_file)))
client = pkg.AuthenticatedClient(base_url=url, token="test-key")  # the package's own auth defaults
with client:
    response = api.sync_detailed(client=client, body=body)
print(json.dumps({
    "status": int(response.status_code),
    "parsed": type(response.parsed).__name__,
    "content": response.content.decode(errors="replace")[:500],
    "module": pkg.__file__,
    "sys_path": sys.path,
    "distributions": sorted(d.metadata["Name"] for d in importlib.metadata.distributions()),
}))
"""


def create_seed_example(python: Path, slug: str, url: str, workdir: Path) -> dict[str, Any]:
    """Run CLIENT_SCRIPT with the venv's interpreter from a temporary directory, PYTHONPATH unset."""
    (workdir / "client.py").write_text(CLIENT_SCRIPT, encoding="utf-8")
    (workdir / "body.json").write_text(json.dumps(seed_body(slug)), encoding="utf-8")
    proc = subprocess.run(
        [str(python), "client.py", slug, url, "body.json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=workdir,
        env=clean_env(),
        timeout=60,
    )
    assert proc.returncode == 0, f"the installed {slug} client failed:\n{proc.stderr}"
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def assert_outside_repo(result: dict[str, Any], venv: Path) -> None:
    assert Path(result["module"]).resolve().is_relative_to(venv.resolve()), result["module"]
    repo_entries = [p for p in result["sys_path"] if p and Path(p).resolve().is_relative_to(ROOT)]
    assert repo_entries == [], f"the repository is on sys.path: {repo_entries}"


@pytest.mark.parametrize("slug", SLUGS)
def test_client_wheel_installs_alone_and_creates_its_seed_example(
    slug: str, dist: Path, house: Path, prism_servers: Mapping[str, Any], tmp_path: Path
) -> None:
    name = f"voiceagents-{slug.replace('_', '-')}"
    python = make_venv(tmp_path / "venv")
    proc = pip_install(python, "--no-index", "--find-links", str(dist), "--find-links", str(house), name)
    assert proc.returncode == 0, proc.stderr
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    result = create_seed_example(python, slug, prism_servers[slug].url, workdir)
    assert 200 <= result["status"] < 300, result
    assert result["parsed"] == "CreateAssistantResponse", result
    assert_outside_repo(result, tmp_path / "venv")
    ours = [d for d in result["distributions"] if d.startswith("voiceagents")]
    assert ours == [name], f"installing {name} brought {ours}"
