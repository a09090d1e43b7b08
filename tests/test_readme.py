"""Every command in README.md is run by a test, so the README cannot rot.

Each shell line and Python block of the README is matched to a runner below; a command with no
runner fails `test_every_readme_command_has_a_runner`. Commands run as written, except where a
placeholder must point at something local (the package index, the mock servers), which is said.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SLUGS

README = (ROOT / "README.md").read_text(encoding="utf-8")
VENV_BIN = Path(sys.executable).parent

# These build into dist/ or share the package index: all on one xdist worker.
pytestmark = pytest.mark.xdist_group("packaging")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def shell_commands() -> list[str]:
    commands = []
    for block in blocks("bash"):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command:
                commands.append(command)
    return commands


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and not k.endswith("_BASE_URL")}
    base["PATH"] = f"{VENV_BIN}{os.pathsep}{base.get('PATH', '')}"
    return {**base, **extra}


def sh(command: str, cwd: Path = ROOT, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env(**extra), capture_output=True, text=True, check=False, timeout=600
    )


# --------------------------------------------------------------------------- runners, one per command


def make_test(command: str, _: Any) -> None:
    """`make test` is the suite itself: CI runs it through .ci/run (running it here would recurse)."""
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def make_demo(command: str, _: Any) -> None:
    """Run end to end by tests/test_demo.py (it takes ~15 s; not run twice)."""
    assert (ROOT / "tests" / "test_demo.py").read_text(encoding="utf-8").count('["make", "demo"]') == 1


def run_ok(command: str, _: Any) -> subprocess.CompletedProcess[str]:
    proc = sh(command)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return proc


def make_generate(command: str, tmp: Any) -> None:
    proc = run_ok(command, tmp)
    assert re.search(r"^revox\s+(unchanged|generated)", proc.stdout, re.M), proc.stdout


def make_check(command: str, tmp: Any) -> None:
    assert "check: ok" in run_ok(command, tmp).stdout


def make_wheels(command: str, tmp: Any) -> None:
    run_ok(command, tmp)
    for slug in SLUGS:
        assert list((ROOT / "dist").glob(f"voiceagents_{slug}-*.whl"))
    assert list((ROOT / "dist").glob("voiceagents-*.whl"))


def make_publish(command: str, tmp: Any) -> None:
    """The real index is replaced by a local pypiserver with authentication (see test_publish.py)."""
    from test_publish import PASSWORD, USER, pypiserver  # a loopback index with an htpasswd file

    with pypiserver(tmp["path"]) as (url, packages):
        local = command.replace("TWINE_USERNAME=...", f"TWINE_USERNAME={USER}")
        local = local.replace("TWINE_PASSWORD=...", f"TWINE_PASSWORD={shlex.quote(PASSWORD)}")
        local = local.replace("https://upload.pypi.org/legacy/", url + "/")
        proc = sh(local)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        assert PASSWORD not in proc.stdout + proc.stderr
        assert {p.name for p in packages.iterdir()} == {p.name for p in (ROOT / "dist").iterdir()}


def make_demo_real(command: str, _: Any) -> None:
    """No key is set here, so every vendor is skipped: nothing is created anywhere."""
    proc = run_ok(command, _)
    for slug in SLUGS:
        assert re.search(rf"^{slug}\s+\| skipped", proc.stdout, re.M), proc.stdout[-2000:]


def cli_validate(command: str, _: Any) -> None:
    proc = sh(command)
    if "--vendor revox" in command:
        assert proc.returncode == 3
        assert "llm.temperature" in proc.stderr  # names the fields Revox would drop
    else:
        assert proc.returncode == 0, proc.stderr


def cli_convert(command: str, tmp: Any) -> None:
    proc = sh(command, cwd=ROOT if "examples/" in command else tmp["cwd"])
    assert proc.returncode == 0, proc.stderr
    if ">" not in command:
        assert json.loads(proc.stdout)["name"] == "Bright Smile reminders"
        assert "conversion to revox" in proc.stderr
    else:
        assert json.loads((tmp["cwd"] / "revox-body.json").read_text())["name"] == "Sales Assistant"


def cli_import(command: str, tmp: Any) -> None:
    proc = sh(command.replace("examples/", f"{ROOT}/examples/"), cwd=tmp["cwd"])
    assert proc.returncode == 0, proc.stderr
    assert "vendor_extras" in (tmp["cwd"] / "assistant.yaml").read_text()


RUNNERS: dict[str, Callable[[str, Any], Any]] = {
    "make demo": make_demo,
    "make test": make_test,
    "make generate SLUG=revox": make_generate,
    "make check": make_check,
    "make wheels": make_wheels,
    "TWINE_USERNAME=... TWINE_PASSWORD=... make publish REPOSITORY_URL=https://upload.pypi.org/legacy/": make_publish,
    "voiceagents validate examples/assistant.yaml": cli_validate,
    "voiceagents validate --vendor revox examples/assistant.yaml": cli_validate,
    "voiceagents convert --to revox --allow-drop examples/assistant.yaml": cli_convert,
    "voiceagents import --from autocalls examples/autocalls-pipeline.json > assistant.yaml": cli_import,
    "voiceagents convert --to revox --allow-drop assistant.yaml > revox-body.json": cli_convert,
}
INLINE = {"make demo TARGET=real": make_demo_real}  # commands quoted in prose


def test_every_readme_command_has_a_runner() -> None:
    assert shell_commands()[:2] == ["make demo", "make test"]  # the README starts with the two commands
    assert set(shell_commands()) == set(RUNNERS)
    for command in INLINE:
        assert f"`{command}`" in README


@pytest.mark.slow
def test_readme_shell_commands_run(tmp_path: Path) -> None:
    """In README order (the move recipe's second command uses the first one's output)."""
    work = tmp_path / "cwd"
    work.mkdir()
    state = {"cwd": work, "path": tmp_path}
    for command in shell_commands():
        RUNNERS[command](command, state)
    for command, runner in INLINE.items():
        runner(command, state)


@pytest.mark.prism
@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_readme_python_blocks_run_against_prism(
    index: int, prism_servers: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = blocks("python")[index]
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("REVOX_BASE_URL", prism_servers["revox"].url)
    monkeypatch.setenv("REVOX_API_KEY", "k-readme")
    exec(compile(code, f"README.md python block {index}", "exec"), {})  # noqa: S102 - our own README
    out = capsys.readouterr().out
    assert re.search(r"\b200\b", out), out
