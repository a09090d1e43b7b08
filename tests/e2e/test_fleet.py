"""Fleet deploys: a folder of definitions in one run, against the stateful mocks.

Files and folders, each definition's own ``vendors:``, unique names; orphans shown, kept, and deleted
by ``--prune`` only (a vendor without delete, a failed delete, an id that is path syntax); saved
plans carried out exactly or refused; the state read once and each vendor listed once per run;
requests per vendor bounded and a 429 pausing the whole vendor; a vendor that never answers costs
one deadline and frees the lock; the progress display; ``kill -9`` mid-run loses no id and creates
no duplicate.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceagents
from click.testing import CliRunner, Result
from conftest import ROOT, example_definition, yaml_dump
from voiceagents import cli
from voiceagents import deploy as vdeploy
from voiceagents import spec as vspec
from voiceagents._exceptions import InputError
from voiceagents._http import Throttle
from voiceagents.cli._progress import Display
from voiceagents.deploy import Event, State
from voiceagents.testing import MockServer, Reply, serve

KEY = "sk-fleet-test-3c1d"
WRITES = ("createAssistant", "updateAssistant", "deleteAssistant")


class Fleet:
    """A project folder of definitions, its state file, and a mock per vendor (keys in the env)."""

    def __init__(self, root: Path, mocks: dict[str, MockServer]) -> None:
        self.root = root
        self.mocks = mocks
        self.agents = root / "agents"
        self.agents.mkdir()
        self.state = root / "voiceagents.state.json"

    def write(self, stem: str, name: str, vendors: list[str] | None = None, **changes: Any) -> Path:
        data = example_definition()
        data.update(name=name, **changes)
        if vendors is not None:
            data["vendors"] = vendors
        path = self.agents / f"{stem}.yaml"
        path.write_text(yaml_dump(data, sort_keys=False), encoding="utf-8")
        return path

    def run(self, *args: str) -> Result:
        return CliRunner().invoke(cli.main, list(args), catch_exceptions=False)

    def apply(self, *args: str) -> Result:
        return self.run("apply", *args, "--allow-drop", "--json")

    def plan(self, *args: str) -> Result:
        return self.run("plan", *args, "--allow-drop", "--json")

    def writes(self, slug: str) -> dict[str, int]:
        received = self.mocks[slug].received
        return {op: received[op] for op in WRITES if received.get(op)}

    def entries(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.state.read_text(encoding="utf-8"))["definitions"]
        return data


@pytest.fixture
def fleet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Fleet]:
    mocks = {slug: serve(slug) for slug in ("revox", "autocalls", "callhq")}
    try:
        for slug, mock in mocks.items():
            monkeypatch.setenv(f"{slug.upper()}_BASE_URL", mock.url)
            monkeypatch.setenv(f"{slug.upper()}_API_KEY", KEY)
        monkeypatch.chdir(tmp_path)
        yield Fleet(tmp_path, mocks)
    finally:
        for mock in mocks.values():
            mock.stop()


def _json(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _actions(data: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {
        (key, slug): plan["action"] for key, d in data["definitions"].items() for slug, plan in d["vendors"].items()
    }


# -- many definitions, one run --------------------------------------------------------------


def test_a_folder_is_applied_in_one_run_each_definition_to_its_own_vendors(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox", "autocalls"])
    fleet.write("b", "Agent B")
    fleet.write("c", "Agent C")
    (fleet.agents / "notes.txt").write_text("not a definition", encoding="utf-8")
    (fleet.agents / ".hidden.yaml").write_text("not: [read", encoding="utf-8")

    plan = fleet.plan("agents", "--vendor", "revox")
    assert plan.exit_code == 0, plan.output
    assert _actions(_json(plan)) == {
        ("agents/a.yaml", "revox"): "create",
        ("agents/a.yaml", "autocalls"): "create",
        ("agents/b.yaml", "revox"): "create",
        ("agents/c.yaml", "revox"): "create",
    }
    assert _json(plan)["summary"] == {"create": 4}
    assert plan.stderr == ""  # --json: no progress display

    applied = fleet.apply("agents", "--vendor", "revox")
    assert applied.exit_code == 0, applied.output
    assert _json(applied)["summary"] == {"created": 4}
    assert fleet.mocks["revox"].count == 3
    assert fleet.mocks["autocalls"].count == 1
    assert fleet.mocks["callhq"].count == 0  # --vendor applies only to files without their own
    assert set(fleet.entries()) == {"agents/a.yaml", "agents/b.yaml", "agents/c.yaml"}
    assert not (fleet.root / "voiceagents.state.json.journal").exists()  # folded into the state

    fleet.write("b", "Agent B", voice={**example_definition()["voice"], "speed": 1.1})
    again = fleet.plan("agents", "--vendor", "revox")
    assert {k: v for k, v in _actions(_json(again)).items() if v != "none"} == {("agents/b.yaml", "revox"): "update"}
    human = fleet.run("plan", "agents", "--vendor", "revox", "--allow-drop")
    assert "agents/b.yaml ('Agent B')" in human.stdout
    assert "agents/a.yaml" not in human.stdout  # unchanged definitions are only counted
    assert "1 to update, 3 unchanged" in human.stdout
    assert human.stderr.splitlines() == ["autocalls  read 1/1", "revox      read 3/3"]  # not a TTY: once, at the end


def test_files_and_folders_mix_and_each_file_counts_once(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox"])
    other = fleet.root / "other.yaml"
    other.write_text(yaml_dump({**example_definition(), "name": "Other"}), encoding="utf-8")
    result = fleet.plan("agents", "agents/a.yaml", str(other), "--vendor", "revox")
    assert result.exit_code == 0, result.output
    assert set(_json(result)["definitions"]) == {"agents/a.yaml", "other.yaml"}


def test_vendors_key_is_checked_and_a_definition_without_vendors_is_a_usage_error(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox", "nosuchvendor"])
    bad = fleet.plan("agents")
    assert bad.exit_code == 1
    assert "agents/a.yaml: vendors names 'nosuchvendor', not a vendor" in bad.stderr

    fleet.write("a", "Agent A")
    missing = fleet.plan("agents")
    assert missing.exit_code == 2
    assert "Missing option '--vendor'" in missing.stderr
    assert "agents/a.yaml" in missing.stderr
    assert fleet.run("plan", "agents/a.yaml").exit_code == 2  # one file: as it always was

    empty = fleet.root / "empty"
    empty.mkdir()  # a folder emptied on purpose: nothing of its own, and no other folder's orphans
    nothing = fleet.run("plan", "empty", "--vendor", "revox")
    assert nothing.exit_code == 0, nothing.output
    assert "Plan for 0 definition(s) at their vendors: nothing to do" in nothing.stdout


def test_two_definitions_of_one_name_are_refused_before_anything_is_sent(fleet: Fleet) -> None:
    fleet.write("a", "Same name", ["revox"])
    fleet.write("b", "Same name", ["autocalls"])
    result = fleet.apply("agents")
    assert result.exit_code == 1
    assert "agents/a.yaml and agents/b.yaml both define an assistant named 'Same name'" in result.stderr
    assert fleet.mocks["revox"].received.total() == 0
    assert fleet.mocks["autocalls"].received.total() == 0
    assert not fleet.state.exists()


def test_the_state_is_read_once_and_each_vendor_listed_once(fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(6):
        fleet.write(f"d{i}", f"Agent {i}", ["revox", "autocalls"])
    loads: list[Path] = []
    real = State.load.__func__  # type: ignore[attr-defined]

    def counting(cls: type[State], path: Any) -> State:
        loads.append(Path(path))
        state: State = real(cls, path)
        return state

    monkeypatch.setattr(State, "load", classmethod(counting))
    assert fleet.apply("agents").exit_code == 0
    assert len(loads) == 1
    for slug in ("revox", "autocalls"):
        assert fleet.mocks[slug].received["listAssistants"] == 1  # adoption by name: one listing, 6 definitions
        assert fleet.mocks[slug].received["createAssistant"] == 6
    fleet.mocks["autocalls"].reset()  # the listing answers for the 6 it would hold: make it the plan's only read
    for i in range(6):
        fleet.write(f"d{i}", f"Agent {i}", ["autocalls"])
    loads.clear()
    assert fleet.plan("agents").exit_code == 0
    assert len(loads) == 1
    assert fleet.mocks["autocalls"].received["listAssistants"] == 1  # no get at autocalls: read by the listing


# -- orphans and prune ---------------------------------------------------------------------


def test_orphans_are_shown_kept_and_deleted_only_with_prune(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox"])
    gone = fleet.write("b", "Agent B", ["revox", "autocalls"])
    assert fleet.apply("agents").exit_code == 0
    gone.unlink()

    plan = fleet.plan("agents")
    assert plan.exit_code == 0
    orphans = _json(plan)["orphans"]
    assert {slug: p["action"] for slug, p in orphans["agents/b.yaml"]["vendors"].items()} == {
        "autocalls": "delete",
        "revox": "delete",
    }
    human = fleet.run("plan", "agents", "--allow-drop")
    assert "1 unchanged; 2 orphans (`apply --prune` deletes them)" in human.stdout

    kept = fleet.apply("agents")
    assert kept.exit_code == 0
    assert _json(kept)["summary"] == {"unchanged": 1, "kept": 2}
    assert fleet.mocks["revox"].count == 1 + 1
    assert "agents/b.yaml" in fleet.entries()

    with voiceagents.client("autocalls", api_key=KEY, base_url=fleet.mocks["autocalls"].url) as api:
        api.delete_assistant(next(iter(fleet.mocks["autocalls"].assistants)))  # gone already: a 404 counts as gone
    pruned = fleet.apply("agents", "--prune")
    assert pruned.exit_code == 0, pruned.output
    assert _json(pruned)["summary"] == {"unchanged": 1, "deleted": 2}
    assert "already gone" in _json(pruned)["orphans"]["agents/b.yaml"]["vendors"]["autocalls"]["message"]
    assert fleet.mocks["revox"].count == 1
    assert set(fleet.entries()) == {"agents/a.yaml"}
    assert fleet.plan("agents").exit_code == 0
    assert _json(fleet.plan("agents"))["orphans"] == {}


def test_orphans_are_looked_for_only_where_the_run_looked_for_definitions(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox"])
    fleet.write("b", "Agent B", ["revox"])
    other = fleet.root / "other"
    other.mkdir()
    data = example_definition()
    (other / "c.yaml").write_text(yaml_dump({**data, "name": "Agent C", "vendors": ["revox"]}), encoding="utf-8")
    assert fleet.apply("agents").exit_code == 0
    assert fleet.apply("other").exit_code == 0
    piped = CliRunner().invoke(cli.main, ["apply", "-", "--vendor", "revox", "--allow-drop"], input=yaml_dump(data))
    assert piped.exit_code == 0, piped.output  # a definition without a file: in no folder's scope
    assert fleet.mocks["revox"].count == 4

    one = fleet.plan("agents/a.yaml")  # one file: the rest of the folder is not an orphan
    assert one.exit_code == 0
    assert _json(one)["revox"]["action"] == "none"  # keyed by vendor, as it always was
    assert "orphans" not in _json(one)
    pruned = fleet.apply("agents/a.yaml", "--prune")
    assert pruned.exit_code == 0
    assert fleet.writes("revox") == {"createAssistant": 4}

    (fleet.agents / "b.yaml").unlink()
    plan = fleet.plan("agents")  # a file gone from a folder given: its orphan, and only it
    assert set(_json(plan)["orphans"]) == {"agents/b.yaml"}
    assert set(_json(fleet.plan("other"))["orphans"]) == set()
    missing = fleet.plan("agents/a.yaml", "agents/b.yaml")  # a file given must be there
    assert missing.exit_code != 0
    assert "agents/b.yaml" in missing.stderr
    assert fleet.apply("agents", "--prune").exit_code == 0
    assert fleet.writes("revox") == {"createAssistant": 4, "deleteAssistant": 1}
    assert set(fleet.entries()) == {"agents/a.yaml", "other/c.yaml", f"name:{data['name']}"}

    (other / "c.yaml").unlink()  # a whole folder emptied: apply it with --prune
    assert fleet.apply("other", "--prune").exit_code == 0
    assert set(fleet.entries()) == {"agents/a.yaml", f"name:{data['name']}"}
    assert fleet.mocks["revox"].count == 2


def test_the_cli_documents_where_orphans_are_looked_for(fleet: Fleet) -> None:
    text = fleet.run("plan", "--help").stdout + fleet.run("apply", "--help").stdout
    assert "no longer in the folders (or files) given" in " ".join(text.split())


def test_prune_where_the_vendor_cannot_delete_is_reported_and_the_state_keeps_it(fleet: Fleet) -> None:
    gone = fleet.write("a", "Agent A", ["callhq"])
    fleet.write("b", "Agent B", ["revox"])
    assert fleet.apply("agents").exit_code == 0
    gone.unlink()
    result = fleet.apply("agents", "--prune")
    assert result.exit_code == 5
    outcome = _json(result)["orphans"]["agents/a.yaml"]["vendors"]["callhq"]
    assert outcome["status"] == "blocked"
    assert "documents no way to delete" in outcome["message"]
    assert "voiceagents state forget agents/a.yaml --vendor callhq" in outcome["message"]
    assert fleet.writes("callhq") == {"createAssistant": 1}
    assert "agents/a.yaml" in fleet.entries()
    # the way out it names: the entry goes, and the next prune has nothing left to do
    assert fleet.run("state", "forget", "agents/a.yaml", "--vendor", "callhq").exit_code == 0
    assert fleet.apply("agents", "--prune").exit_code == 0


def test_a_failed_delete_keeps_the_entry_and_an_id_that_is_path_syntax_is_never_sent(fleet: Fleet) -> None:
    gone = fleet.write("a", "Agent A", ["revox"])
    fleet.write("b", "Agent B", ["revox"])
    assert fleet.apply("agents").exit_code == 0
    gone.unlink()
    fleet.mocks["revox"].program("deleteAssistant", [Reply(403)])
    refused = fleet.apply("agents", "--prune")
    assert refused.exit_code == 4
    assert _json(refused)["orphans"]["agents/a.yaml"]["vendors"]["revox"]["status"] == "failed"
    assert "agents/a.yaml" in fleet.entries()

    data = json.loads(fleet.state.read_text(encoding="utf-8"))
    data["definitions"]["agents/a.yaml"]["vendors"]["revox"]["id"] = ".."
    fleet.state.write_text(json.dumps(data), encoding="utf-8")
    fleet.mocks["revox"].reset()
    odd = fleet.apply("agents", "--prune")
    assert odd.exit_code == 1
    assert "is not a usable assistant id" in _json(odd)["orphans"]["agents/a.yaml"]["vendors"]["revox"]["message"]
    assert fleet.mocks["revox"].received["deleteAssistant"] == 0
    assert "agents/a.yaml" in fleet.entries()


# -- saved plans ---------------------------------------------------------------------------


def test_a_saved_plan_is_carried_out_exactly(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox", "autocalls"])
    fleet.write("b", "Agent B", ["revox"])
    saved = fleet.run("plan", "agents", "--allow-drop", "-o", "fleet.txt")  # named anything: known by content
    assert saved.exit_code == 0, saved.output
    assert "Saved the plan to fleet.txt" in saved.stderr
    assert (fleet.root / "fleet.txt").stat().st_mode & 0o777 == 0o600
    document = json.loads((fleet.root / "fleet.txt").read_text(encoding="utf-8"))
    assert document["format"] == "voiceagents-plan"
    assert document["version"] == 1
    assert document["state"]["fingerprint"].startswith("sha256:")
    target = document["definitions"][0]["targets"]["revox"]
    assert target["action"] == "create"
    assert target["send"]["operation"] == "createAssistant"
    assert target["send"]["body"]["name"] == "Agent A"
    assert target["seen"] == "absent"
    assert fleet.mocks["revox"].count == 0

    fleet.write("b", "Agent B (edited after the plan)", ["revox"])  # the saved plan holds what was planned
    applied = fleet.run("apply", "fleet.txt", "--json")
    assert applied.exit_code == 0, applied.output
    assert _json(applied)["summary"] == {"created": 3}
    assert sorted(a["name"] for a in fleet.mocks["revox"].assistants.values()) == ["Agent A", "Agent B"]

    again = fleet.run("apply", "fleet.txt")
    assert again.exit_code == 1
    assert "changed since the plan fleet.txt was made" in again.stderr
    assert fleet.mocks["revox"].count == 2
    assert fleet.run("apply", "fleet.txt", "--vendor", "revox").exit_code == 2


def test_a_saved_plan_keeps_where_it_looked_for_orphans(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox"])
    fleet.write("b", "Agent B", ["revox"])
    assert fleet.apply("agents").exit_code == 0
    one = fleet.run("plan", "agents/a.yaml", "--allow-drop", "-o", "one.plan")
    assert one.exit_code == 0, one.output
    assert json.loads((fleet.root / "one.plan").read_text(encoding="utf-8"))["scope"] == ["agents/a.yaml"]
    assert fleet.run("apply", "one.plan", "--prune").exit_code == 0
    assert fleet.writes("revox") == {"createAssistant": 2}  # b is not an orphan of a plan of a.yaml

    (fleet.agents / "b.yaml").unlink()
    folder = fleet.run("plan", "agents", "--allow-drop", "-o", "folder.plan")
    assert folder.exit_code == 0, folder.output
    assert json.loads((fleet.root / "folder.plan").read_text(encoding="utf-8"))["scope"] == ["agents"]
    pruned = fleet.run("apply", "folder.plan", "--prune", "--json")
    assert pruned.exit_code == 0, pruned.output
    assert _json(pruned)["summary"] == {"unchanged": 1, "deleted": 1}
    assert set(fleet.entries()) == {"agents/a.yaml"}


def test_a_saved_plan_is_refused_when_a_live_assistant_changed(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox"])
    assert fleet.apply("agents").exit_code == 0
    fleet.write("a", "Agent A", ["revox"], voice={**example_definition()["voice"], "speed": 1.1})
    assert fleet.run("plan", "agents", "--allow-drop", "--out", "a.plan").exit_code == 0
    (ident,) = fleet.mocks["revox"].assistants
    with voiceagents.client("revox", api_key=KEY, base_url=fleet.mocks["revox"].url) as api:
        api.update_assistant(ident, {"prompt": "Edited in the dashboard."})
    before = fleet.writes("revox")
    refused = fleet.run("apply", "a.plan")
    assert refused.exit_code == 1
    assert "out of date, so nothing was sent" in refused.stderr
    assert "agents/a.yaml at revox: the live assistant changed since the plan" in refused.stderr
    assert fleet.writes("revox") == before


# -- concurrency and rate limits ------------------------------------------------------------


class Recording(httpx.AsyncHTTPTransport):
    """Every request's start and end (``time.monotonic()``), and the most in flight at once."""

    def __init__(self, log: list[tuple[float, float, str, int]], flight: list[int]) -> None:
        super().__init__()
        self.log, self.flight = log, flight

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.flight[0] += 1
        self.flight[1] = max(self.flight[1], self.flight[0])
        start = time.monotonic()
        try:
            response = await super().handle_async_request(request)
        finally:
            self.flight[0] -= 1
        self.log.append((start, time.monotonic(), request.method, response.status_code))
        return response


def _definitions(count: int, slug: str) -> list[vdeploy.Definition]:
    return [
        vdeploy.Definition(voiceagents.load_assistant({**example_definition(), "name": f"Agent {i}"}), (slug,))
        for i in range(count)
    ]


def test_requests_per_vendor_are_bounded_and_a_429_pauses_the_whole_vendor(tmp_path: Path) -> None:
    log: list[tuple[float, float, str, int]] = []
    flight = [0, 0]
    throttle = Throttle()
    with serve("revox", latency=0.03) as mock:

        def connect(slug: str) -> voiceagents.AsyncClient:
            wire = Recording(log, flight)
            return voiceagents.async_client(slug, api_key=KEY, base_url=mock.url, transport=wire, throttle=throttle)

        mock.program("createAssistant", [Reply(429, headers={"Retry-After": "1"}), Reply()])
        state = tmp_path / "s.json"
        definitions = _definitions(8, "revox")
        run = vdeploy.apply_fleet(definitions, state_path=state, connect=connect, allow_drop=True, parallelism=3)
        outcome = asyncio.run(run)
    assert {o.status for o in outcome.results()} == {"created"}
    assert mock.count == 8
    assert flight[1] == 3  # parallel, and never more than --parallelism at once
    assert throttle.holds == 1
    (refused,) = [end for _, end, _, status in log if status == 429]
    assert not [start for start, _, _, _ in log if refused < start < refused + 0.9]  # the whole vendor waited


def test_the_connector_shares_one_throttle_per_vendor() -> None:
    connect = vdeploy.connector({"revox": "http://127.0.0.1:9", "autocalls": "http://127.0.0.1:9"}, api_keys=None)
    os.environ.setdefault("REVOX_API_KEY", KEY)
    os.environ.setdefault("AUTOCALLS_API_KEY", KEY)
    one, two, other = connect("revox"), connect("revox"), connect("autocalls")
    assert one.throttle is two.throttle is not None
    assert other.throttle is not one.throttle


def test_a_vendor_that_never_answers_costs_one_deadline_and_frees_the_lock(fleet: Fleet) -> None:
    for i in range(6):
        fleet.write(f"d{i}", f"Agent {i}", ["revox"])
    fleet.mocks["revox"].program("listAssistants", [Reply(delay=30)])
    start = time.monotonic()
    result = fleet.apply("agents", "--timeout", "0.2", "--parallelism", "2")
    elapsed = time.monotonic() - start
    assert result.exit_code == 4, result.output
    assert elapsed < 10, elapsed  # not one stalled call per definition
    messages = [v["message"] for d in _json(result)["definitions"].values() for v in d["vendors"].values()]
    assert any("timed out" in m or "did not answer" in m for m in messages)
    assert any(m.startswith("not attempted: revox did not answer earlier in this run") for m in messages)
    assert fleet.mocks["revox"].received["createAssistant"] == 0
    with State(fleet.state).lock():  # the lock is free
        pass


def test_timeout_bounds_each_whole_call_of_a_run_even_an_answer_that_trickles(fleet: Fleet) -> None:
    fleet.write("a", "Agent A", ["revox"])
    assert fleet.apply("agents").exit_code == 0
    fleet.mocks["revox"].program("getAssistant", [Reply(status=200, body={"name": "x" * 4000}, drip=200)] * 3)
    start = time.monotonic()
    result = fleet.plan("agents", "--timeout", "0.5")  # every byte comes in time; the whole answer does not
    elapsed = time.monotonic() - start
    assert result.exit_code == 4, result.output
    assert elapsed < 8, elapsed  # the deadline --timeout sets, not the default of 30 s or more
    (message,) = [v["message"] for d in _json(result)["definitions"].values() for v in d["vendors"].values()]
    assert "0.5" in message or "deadline" in message or "timed out" in message, message


# -- the progress display ------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_display_redraws_in_place_on_a_terminal_only() -> None:
    events = [Event("read", "revox", 1, 2, ""), Event("read", "revox", 2, 2, ""), Event("done", "revox", 1, 2, "")]
    terminal = _Terminal()
    display = Display(apply=True, stream=terminal, interval=0)
    for event in events:
        display(event)
    display.finish()
    assert "\x1b[1F" in terminal.getvalue()  # back up over the line drawn before
    assert terminal.getvalue().rstrip().endswith("revox  read 2/2  applied 1/2")

    plain = io.StringIO()
    display = Display(apply=True, stream=plain, interval=0)
    for event in events:
        display(event)
    assert plain.getvalue() == ""  # nothing until the end
    display.finish()
    assert plain.getvalue() == "revox  read 2/2  applied 1/2\n"

    silent = _Terminal()
    display = Display(apply=True, stream=silent, enabled=False)
    for event in events:
        display(event)
    display.finish()
    assert silent.getvalue() == ""


# -- a crash mid-run -----------------------------------------------------------------------


@pytest.mark.slow
def test_kill_9_mid_run_loses_no_id_and_the_next_apply_creates_no_duplicate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = 40
    agents = tmp_path / "agents"
    agents.mkdir()
    for i in range(count):
        data = {**example_definition(), "name": f"Agent {i:02d}", "vendors": ["revox"]}
        (agents / f"a{i:02d}.yaml").write_text(yaml_dump(data), encoding="utf-8")
    state = tmp_path / "voiceagents.state.json"
    with serve("revox", latency=0.05) as mock:
        env = {
            **os.environ,
            "REVOX_BASE_URL": mock.url,
            "REVOX_API_KEY": KEY,
            "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("wrappers", "tests")),
        }
        command = [sys.executable, "-m", "voiceagents.cli", "apply", "agents", "--state", str(state), "--allow-drop"]
        proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while mock.created < 10 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            assert proc.poll() is None, "the apply ended before it could be killed"
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert mock.created < count
        assert not state.exists()  # written at the end: everything so far is in the journal
        assert (tmp_path / "voiceagents.state.json.journal").exists()

        recovered = State.load(state)  # the journal, replayed
        recorded = {str(v.id) for d in recovered.definitions.values() for v in d.vendors.values() if v.id is not None}
        pending = {d.name for d in recovered.definitions.values() for v in d.vendors.values() if v.pending is not None}
        for ident, assistant in mock.assistants.items():  # every assistant made is known: by id, or as pending
            assert str(ident) in recorded or assistant["name"] in pending, (ident, assistant["name"])
        assert recorded <= {str(i) for i in mock.assistants}

        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("REVOX_BASE_URL", mock.url)
        monkeypatch.setenv("REVOX_API_KEY", KEY)
        result = CliRunner().invoke(cli.main, ["apply", "agents", "--allow-drop", "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert mock.count == count  # no duplicate
        final = State.load(state)
        ids = {str(v.id) for d in final.definitions.values() for v in d.vendors.values()}
        assert ids == {str(i) for i in mock.assistants}  # no id lost
        assert recorded <= ids
        assert not any(v.pending for d in final.definitions.values() for v in d.vendors.values())
        assert not (tmp_path / "voiceagents.state.json.journal").exists()


def test_the_journal_is_group_committed_and_replayed(tmp_path: Path) -> None:
    with serve("revox") as mock:
        connect = vdeploy.connector({"revox": mock.url}, api_keys={"revox": KEY})
        opened: list[Any] = []
        from voiceagents.deploy import _journal

        real = _journal.Journal.open.__func__  # type: ignore[attr-defined]

        def spy(cls: Any, path: Path, *, what: str) -> Any:
            journal = real(cls, path, what=what)
            opened.append(journal)
            return journal

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_journal.Journal, "open", classmethod(spy))
            asyncio.run(
                vdeploy.apply_fleet(
                    _definitions(12, "revox"), state_path=tmp_path / "s.json", connect=connect, allow_drop=True
                )
            )
    (journal,) = opened
    assert journal.records == 1 + 2 * 12  # the header; per create, pending then the id
    assert journal.writes < journal.records  # several records per fsync

    path = tmp_path / "replay.json"
    state = State(path)
    entry = vdeploy.VendorEntry(id="asst_1", applied={"name": "A"})
    lines = [
        {"op": "begin", "version": 1},
        state.put("a.yaml", "A", "a.yaml", "revox", entry),
        {"op": "move", "from": "a.yaml", "to": "b.yaml", "name": "A", "source": "b.yaml"},
    ]
    text = "".join(json.dumps(line) + "\n" for line in lines) + '{"op": "put", "key": "torn'
    (tmp_path / "replay.json.journal").write_text(text, encoding="utf-8")
    loaded = State.load(path)
    assert loaded.replayed == 3
    assert list(loaded.definitions) == ["b.yaml"]
    assert loaded.vendor("b.yaml", "revox") == entry
    (tmp_path / "replay.json.journal").write_text('{"op": "begin"}\nnot json\n{"op": "begin"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="unreadable at line 2"):
        State.load(path)


def test_vspec_has_the_vendors_these_tests_use() -> None:
    for slug in ("revox", "autocalls", "callhq"):
        assert slug in vspec.SLUGS
    assert "deleteAssistant" not in vspec.vendor("callhq").operations
    assert "getAssistant" not in vspec.vendor("autocalls").operations


def test_a_journal_that_cannot_be_written_stops_every_create_before_it_is_sent(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    from voiceagents.deploy import _journal

    for i in range(3):
        fleet.write(f"d{i}", f"Agent {i}", ["revox"])
    real = _journal.Journal.write

    def full(self: Any, lines: list[bytes]) -> None:
        if self.records:  # the header went in; the disk is full now
            raise vdeploy.StateFileError(f"cannot write {self.what}: No space left on device")
        real(self, lines)

    monkeypatch.setattr(_journal.Journal, "write", full)
    result = fleet.apply("agents")
    assert result.exit_code == 1
    assert "No space left on device" in result.output
    assert fleet.mocks["revox"].received["createAssistant"] == 0  # no create without its pending record on disk
