"""The README works verbatim, top to bottom, in a fresh shell: a test runs it.

Every ```bash line and ```python block of README.md runs in document order, in **one** bash session
(so `source`, `export`, background jobs and `ID=$(...)` carry over, as in a reader's terminal), in a
clone of the project with its own venv and nothing of ours on `PATH`. A command's expected exit status
is the `# exit N` its comment states (0 otherwise). Three commands cannot run as written, and are
replaced, as said here:

* `make demo`: run end to end by tests/e2e/test_demo.py; here the reader's state after it (`make setup`);
* `make test`: the suite itself (CI runs it through .ci/run; running it here would recurse);
* `make publish`: the real index becomes a local pypiserver, `...` credentials real ones.

One step the README states in prose is done before its commands, as a reader would: "Edit
`openapi/<slug>.yaml`, bump its `info.version`" (the regenerate recipe), here an optional field added to
Revox's create body and a minor bump; the later `make check`, `make wheels` and `make publish` then
carry the regenerated client.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SLUGS
from support.index import PASSWORD, USER, pypiserver  # a loopback index with an htpasswd file

README = (ROOT / "README.md").read_text(encoding="utf-8")
PUBLISH = "TWINE_USERNAME=... TWINE_PASSWORD=... make publish REPOSITORY_URL=https://upload.pypi.org/legacy/"
REGENERATE = "make generate SLUG=revox"
SPEC_EDIT = """
import re, yaml
path = "openapi/revox.yaml"
text = open(path, encoding="utf-8").read()
data = yaml.safe_load(text)
data["components"]["schemas"]["CreateAssistantRequest"]["properties"]["nickname"] = {
    "type": "string", "description": "A short name for the assistant."}
major, minor, _ = (int(n) for n in str(data["info"]["version"]).split("."))
data["info"]["version"] = new = f"{major}.{minor + 1}.0"
open(path, "w", encoding="utf-8").write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
print(f"revox spec edited: version {new}")
"""
"""The prose step before the regenerate recipe: an optional field, a minor bump (``REGENERATE``)."""


def blocks() -> list[tuple[str, str]]:
    """(language, text) of every bash and python block, in document order."""
    return re.findall(r"```(bash|python)\n(.*?)```", README, re.S)


def shell_commands() -> list[str]:
    return [
        line.split("  #")[0].strip()
        for language, text in blocks()
        if language == "bash"
        for line in text.splitlines()
        if line.split("  #")[0].strip()
    ]


def expected_status(line: str) -> int:
    comment = line.partition("  #")[2]
    match = re.match(r"\s*exit (\d+)", comment)
    return int(match.group(1)) if match else 0


def script(publish: tuple[str, str, str]) -> str:
    """The README as one bash script; each step checks its exit status."""
    url, user, password = publish
    lines = [
        "set -uo pipefail",
        "trap 'kill $(jobs -p) 2>/dev/null' EXIT",  # the mocks the README starts in the background
        'step() { want=$1; cmd=$(cat); eval "$cmd"; rc=$?; '
        'if [ "$rc" -ne "$want" ]; then echo "README step failed (exit $rc, wanted $want): $cmd" >&2; exit 99; fi; }',
    ]
    for language, text in blocks():
        if language == "python":
            lines += ["step 0 <<'README_STEP'", f"python - <<'README_PY'\n{text}README_PY", "README_STEP"]
            continue
        for raw in text.splitlines():
            command = raw.split("  #")[0].strip()
            if not command or command == "make test":
                continue
            if command == "make demo":
                command = "make setup"
            elif command == REGENERATE:
                lines += ["step 0 <<'README_STEP'", f"python - <<'README_PY'\n{SPEC_EDIT}README_PY", "README_STEP"]
            elif command == PUBLISH:
                command = (
                    f"TWINE_USERNAME={user} TWINE_PASSWORD={shlex.quote(password)} make publish REPOSITORY_URL={url}/"
                )
            lines += [f"step {expected_status(raw)} <<'README_STEP'", command, "README_STEP"]
    lines.append("exit 0")
    return "\n".join(lines) + "\n"


def test_the_readme_starts_with_the_two_commands() -> None:
    assert shell_commands()[:2] == ["make demo", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert (ROOT / "tests" / "e2e" / "test_demo.py").read_text(encoding="utf-8").count('["make", "demo"]') == 1


def test_every_extra_in_the_readme_is_quoted() -> None:
    unquoted = re.findall(r"pip install (?!')[^`\n]*\[", README)
    assert unquoted == []
    assert "pip install 'voiceagents[revox]'" in README


def test_the_readme_says_how_to_run_the_cli_and_a_mock() -> None:
    commands = shell_commands()
    assert commands.index("source .venv/bin/activate") < min(
        i for i, c in enumerate(commands) if c.startswith("voiceagents ")
    )
    assert any(c.startswith("voiceagents mock --vendor") for c in commands)
    assert "voiceagents example assistant > assistant.yaml" in README  # from wheels: the examples ship


@pytest.mark.slow
@pytest.mark.xdist_group("clone")
def test_the_readme_runs_top_to_bottom_in_a_fresh_shell(clone: Path, tmp_path: Path) -> None:
    with pypiserver(tmp_path / "index") as (url, packages):
        text = script((url, USER, PASSWORD))
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.endswith(("_API_KEY", "_BASE_URL")) and k not in ("VIRTUAL_ENV", "PYTHONPATH")
        }
        env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if ".venv" not in p)
        temp = tmp_path / "tmp"  # the recipes' $WORK (mktemp -d) lands here
        temp.mkdir()
        env["TMPDIR"] = str(temp)
        proc = subprocess.run(
            ["bash", "-c", text], cwd=clone, env=env, capture_output=True, text=True, timeout=900, check=False
        )
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        assert PASSWORD not in proc.stdout + proc.stderr
        assert {p.name for p in packages.iterdir()} == {p.name for p in (clone / "dist").iterdir()}
    out = proc.stdout
    for slug in SLUGS:
        assert re.search(rf"^{slug}\s", out, re.M)  # `voiceagents vendors`
    (state,) = temp.glob("*/voiceagents.state.json")  # the deploy recipe ran, in its temporary directory
    assert json.loads(state.read_text(encoding="utf-8"))
    assert not (clone / "voiceagents.state.json").exists()  # and left nothing in the checkout
    assert "Plan for 2 definition(s) at their vendors: 1 to update, 1 unchanged." in out  # the fleet recipe
    assert "1 unchanged; 1 orphan (`apply --prune` deletes it)." in out
    assert "Applied: 1 unchanged, 1 deleted." in out
    (body,) = temp.glob("*/revox-body.json")
    moved = json.loads(body.read_text(encoding="utf-8"))  # the move recipe, extras in
    imported = json.loads((clone / "examples/autocalls-pipeline.json").read_text(encoding="utf-8"))
    assert moved["name"] == imported["name"]
    assert moved["call_retry_config"]["max_retry_attempts"] == 2
    (version,) = re.findall(r"^revox spec edited: version (\S+)$", out, re.M)  # the regenerate recipe
    assert f'revox = ["voiceagents-revox>={version},' in (clone / "pyproject.toml").read_text(encoding="utf-8")
    assert f"`voiceagents-revox` 2.0.0 → {version}" in (clone / "CHANGELOG.md").read_text(encoding="utf-8")
    changelog = (clone / "generated/revox/CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {version}" in changelog
    assert "nickname" in changelog
    query = "import importlib.metadata as m; print(m.version('voiceagents-revox'))"
    python = str(clone / ".venv/bin/python")
    installed = subprocess.run([python, "-c", query], capture_output=True, text=True, check=True)
    assert installed.stdout.strip() == version  # the project's own setup installed the new client
    assert f"voiceagents_revox-{version}-py3-none-any.whl" in {p.name for p in packages.iterdir()}


def _env_without_keys() -> dict[str, Any]:
    return {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and not k.endswith("_BASE_URL")}


@pytest.mark.slow
@pytest.mark.xdist_group("packaging")
def test_make_demo_real_skips_every_vendor_without_a_key() -> None:
    """`make demo TARGET=real` (quoted in prose): no key is set here, so nothing is created anywhere."""
    assert "`make demo TARGET=real`" in README
    env = _env_without_keys()
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    proc = subprocess.run(
        [sys.executable, "-m", "voiceagents_tools", "demo", "--real", "--skip-build"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    for slug in SLUGS:
        assert re.search(rf"^{slug}\s+\| skipped", proc.stdout, re.M), proc.stdout[-2000:]
