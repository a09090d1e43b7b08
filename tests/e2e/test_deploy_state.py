"""The deploy state file is as safe as Terraform's.

A symbolic link is followed (the real file is read, written and locked: applies through the link and
through the real path exclude each other); the file is replaced atomically keeping its permissions,
the previous one kept as ``<state>.backup``; a FIFO, a device or a directory is refused without
blocking; parsing is bounded (a deeply nested file is a clear error); permission and disk problems
are clear ``InputError``\\ s (exit 1) and nothing is sent, lost or created twice. An assistant listed
with an id that is path syntax is never adopted, and nothing is sent to it.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result
from conftest import ROOT, example_definition, yaml_dump
from voiceagents import cli
from voiceagents.deploy import State, StateFileError, VendorEntry
from voiceagents.deploy import _state as state_module
from voiceagents.testing import MockServer, Reply, serve

KEY = "sk-state-test-9a2b"


class Project:
    def __init__(self, root: Path, mock: MockServer) -> None:
        self.root, self.mock = root, mock
        self.file = root / "agent.yaml"
        self.file.write_text(yaml_dump(example_definition(), sort_keys=False), encoding="utf-8")
        self.state = root / "voiceagents.state.json"

    def run(self, *args: str) -> Result:
        return CliRunner().invoke(cli.main, list(args), catch_exceptions=False)

    def apply(self, *extra: str) -> Result:
        return self.run("apply", "agent.yaml", "--vendor", "revox", "--allow-drop", "--json", *extra)

    def plan(self, *extra: str) -> Result:
        return self.run("plan", "agent.yaml", "--vendor", "revox", "--allow-drop", "--json", *extra)

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "REVOX_BASE_URL": self.mock.url,
            "REVOX_API_KEY": KEY,
            "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("wrappers", "tests")),
        }


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Project]:
    with serve("revox") as mock:
        monkeypatch.setenv("REVOX_BASE_URL", mock.url)
        monkeypatch.setenv("REVOX_API_KEY", KEY)
        monkeypatch.chdir(tmp_path)
        yield Project(tmp_path, mock)


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail instead of hanging if something blocks (a FIFO opened for reading waits for a writer)."""

    def timeout(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError("blocked")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# -- symbolic links ------------------------------------------------------------------------


def test_a_symlinked_state_is_read_written_and_locked_at_its_target(project: Project) -> None:
    real = project.root / "shared" / "real.json"
    real.parent.mkdir()
    project.state.symlink_to(real)
    assert project.apply().exit_code == 0
    assert project.state.is_symlink()  # still a link: the target was replaced, not the link
    assert json.loads(real.read_text(encoding="utf-8"))["definitions"]
    data = example_definition()
    data["voice"]["speed"] = 1.1
    project.file.write_text(yaml_dump(data), encoding="utf-8")
    assert project.apply().exit_code == 0  # a second write keeps the previous state next to the target
    assert (real.parent / "real.json.backup").exists()
    assert not (project.root / "voiceagents.state.json.backup").exists()
    with State(real).lock():  # one lock, whichever path names it
        refused = project.apply()
    assert refused.exit_code == 1
    assert "wait for it to finish" in refused.stderr
    assert project.mock.count == 1


@pytest.mark.slow
def test_concurrent_applies_through_the_link_and_the_real_path_never_duplicate(project: Project) -> None:
    real = project.root / "real" / "state.json"
    real.parent.mkdir()
    link = project.root / "link.json"
    link.symlink_to(real)
    project.mock.program("createAssistant", [Reply(delay=0.5)])  # processed, then answered half a second later
    command = [sys.executable, "-m", "voiceagents.cli", "apply", "agent.yaml", "--vendor", "revox", "--allow-drop"]
    procs = [
        subprocess.Popen(
            [*command, "--state", str(path)],
            cwd=project.root,
            env=project.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in (link, real)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    codes = sorted(p.returncode for p in procs)
    assert codes in ([0, 0], [0, 1]), outputs
    if codes == [0, 1]:
        assert any("wait for it to finish" in err for _, err in outputs)
    assert project.mock.count == 1  # never a duplicate
    assert project.mock.received["createAssistant"] == 1
    assert not link.with_name("link.json.lock").exists()  # the lock is the target's


# -- the file itself -----------------------------------------------------------------------


def test_the_file_keeps_its_permissions_and_every_write_keeps_a_backup(project: Project) -> None:
    assert project.apply().exit_code == 0
    assert stat.S_IMODE(project.state.stat().st_mode) == 0o600  # a new state: private
    first = project.state.read_text(encoding="utf-8")
    project.state.chmod(0o640)
    state = State.load(project.state)
    (definition,) = state.definitions.values()
    definition.vendors["revox"].applied_at = "2000-01-01T00:00:00Z"
    state.save()
    assert stat.S_IMODE(project.state.stat().st_mode) == 0o640
    backup = project.root / "voiceagents.state.json.backup"
    assert backup.read_text(encoding="utf-8") == first
    assert stat.S_IMODE(backup.stat().st_mode) == 0o640  # the old file itself, kept
    assert "2000-01-01" in project.state.read_text(encoding="utf-8")
    leftovers = [p.name for p in project.root.iterdir() if p.name.startswith(".")]
    assert leftovers == []


@pytest.mark.usefixtures("alarm")
def test_a_fifo_a_device_or_a_directory_is_refused_without_blocking(project: Project) -> None:
    fifo = project.root / "fifo.json"
    os.mkfifo(fifo)
    folder = project.root / "folder.json"
    folder.mkdir()
    for path, kind in ((fifo, "a FIFO"), ("/dev/zero", "a character device"), (folder, "a directory")):
        result = project.plan("--state", str(path))
        assert result.exit_code == 1, result.output
        assert kind in result.stderr
        assert "not a regular file" in result.stderr
    lock = project.root / "voiceagents.state.json.lock"
    os.mkfifo(lock)
    refused = project.apply()
    assert refused.exit_code == 1
    assert "a FIFO" in refused.stderr
    assert project.mock.received.total() == 0


def test_a_deeply_nested_or_oversized_state_is_a_clear_error(project: Project) -> None:
    depth = 100_000
    nested = "[" * depth + "]" * depth
    text = '{"version": 1, "definitions": {"a": {"vendors": {"revox": {"applied": {"x": ' + nested + "}}}}}}"
    project.state.write_text(text, encoding="utf-8")
    result = project.plan()
    assert result.exit_code == 1
    assert "is not a voiceagents state (nested more than 72 deep" in result.stderr
    assert "Traceback" not in result.output

    project.state.write_text('{"version": 1, "version": 1, "definitions": {}}', encoding="utf-8")
    duplicate = project.plan()
    assert duplicate.exit_code == 1
    assert "duplicate key" in duplicate.stderr


# -- permissions ---------------------------------------------------------------------------


def _refuse(monkeypatch: pytest.MonkeyPatch, refused: Path, code: int = errno.EACCES, *, create: bool = False) -> None:
    """``os.open`` fails like the OS would for ``refused`` (for creating it only, with ``create``)."""
    real = os.open

    def fake(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path) == refused and (not create or flags & os.O_CREAT):
            raise OSError(code, os.strerror(code), str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake)


def test_an_unreadable_state_is_an_input_error(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    assert project.apply().exit_code == 0
    _refuse(monkeypatch, project.state.resolve())
    result = project.plan()
    assert result.exit_code == 1
    assert "cannot read the state file voiceagents.state.json: Permission denied" in result.stderr
    assert "check the permissions" in result.stderr


def test_a_read_only_directory_is_an_input_error_and_nothing_is_sent(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = (project.root / "voiceagents.state.json.lock").resolve()
    with monkeypatch.context() as patch:
        _refuse(patch, lock, errno.EROFS, create=True)
        result = project.apply()
    assert result.exit_code == 1
    assert "cannot lock the state file" in result.stderr
    assert "read-only file system" in result.stderr
    assert project.mock.received.total() == 0

    lock.touch()  # the lock file exists, but the journal cannot be made: still nothing is sent
    with monkeypatch.context() as patch:
        _refuse(patch, (project.root / "voiceagents.state.json.journal").resolve(), create=True)
        result = project.apply()
    assert result.exit_code == 1
    assert "cannot write the journal" in result.stderr
    assert project.mock.received.total() == 0
    assert not project.state.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only directories")
def test_a_really_read_only_directory(project: Project) -> None:
    assert project.apply().exit_code == 0
    project.root.chmod(0o555)
    try:
        result = project.apply()
    finally:
        project.root.chmod(0o755)
    assert result.exit_code == 1
    assert "Permission denied" in result.stderr


def test_a_state_that_cannot_be_written_at_the_end_loses_nothing(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = state_module.write_atomically

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(state_module, "write_atomically", full)
    result = project.apply()
    assert result.exit_code == 1
    assert "cannot write the state file voiceagents.state.json: No space left on device" in result.stderr
    assert "Traceback" not in result.output
    assert project.mock.count == 1
    assert (project.root / "voiceagents.state.json.journal").exists()  # the id is in the journal

    monkeypatch.setattr(state_module, "write_atomically", real)
    (ident,) = project.mock.assistants
    entry = State.load(project.state).vendor("agent.yaml", "revox")  # no state file: the journal, replayed
    assert isinstance(entry, VendorEntry)
    assert entry.id == ident
    assert entry.pending is None
    again = project.apply()
    assert again.exit_code == 0
    assert json.loads(again.stdout)["revox"]["status"] == "unchanged"
    assert project.mock.count == 1
    assert not (project.root / "voiceagents.state.json.journal").exists()


def test_state_file_errors_are_input_errors_and_os_errors() -> None:
    error = StateFileError("cannot write x: disk full")
    assert isinstance(error, OSError)
    assert str(error) == "cannot write x: disk full"


# -- ids that are path syntax --------------------------------------------------------------


def test_a_listed_id_that_is_path_syntax_is_never_adopted_nor_sent_to(project: Project) -> None:
    import voiceagents

    with voiceagents.client("revox", api_key=KEY, base_url=project.mock.url) as api:
        api.create_assistant({"name": "Bright Smile reminders", "prompt": "Made elsewhere."})
    listing = httpx.get(f"{project.mock.url}/assistants", headers={"Authorization": f"Bearer {KEY}"}).json()
    listing["assistants"][0]["id"] = ".."
    project.mock.program("listAssistants", [Reply(200, listing)])
    before = len(project.mock.requests)

    plan = project.plan()
    assert plan.exit_code == 5
    assert json.loads(plan.stdout)["revox"]["action"] == "blocked"
    applied = project.apply()
    assert applied.exit_code == 5
    outcome = json.loads(applied.stdout)["revox"]
    assert outcome["status"] == "blocked"
    assert "without an id that can be used" in outcome["message"]
    assert "adopted" not in applied.output
    sent = [(r.method, r.path) for r in project.mock.requests[before:]]
    assert sent
    assert set(sent) == {("GET", "/assistants")}  # only the listing: nothing at /assistants/..
    assert project.mock.count == 1
    state = State.load(project.state)
    assert state.vendor("agent.yaml", "revox") is None  # nothing adopted, nothing pending
