"""Declarative deploys: ``plan``, ``apply``, ``pull``, ``migrate`` and ``state``, against the stateful mock.

Every scenario runs for every vendor that documents the operations it needs (from the registry):
first apply creates, a second one sends nothing; an edit updates the changed fields; drift made on
the mock is shown and overwritten; a lost state adopts by name; a create whose answer was lost is
adopted (vendors that list) or refused until resolved (vendors that cannot); vendors run
concurrently; the state file is atomic, valid JSON and holds no secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import voiceagents
from click.testing import CliRunner, Result
from conftest import example_definition, name_field, yaml_dump, yaml_load
from voiceagents import _validation, cli
from voiceagents import spec as vspec
from voiceagents.cli._common import deploy_exit_code as exit_code
from voiceagents.convert import load_assistant
from voiceagents.deploy import State, apply_definition, connector, desired_state, plan_definition
from voiceagents.testing import MockServer, serve

KEY = "sk-deploy-test-7f3a9c2e5b"
BODY_SECRET = "sk-body-secret-4d8e1f0a"
SLUGS = vspec.SLUGS


def _has(slug: str, *operations: str) -> bool:
    return set(operations) <= set(vspec.vendor(slug).operations)


CREATABLE = [s for s in SLUGS if _has(s, "createAssistant")]
UPDATABLE = [s for s in CREATABLE if _has(s, "updateAssistant")]
READABLE = [s for s in UPDATABLE if _has(s, "getAssistant") or _has(s, "listAssistants")]
LISTABLE = [s for s in CREATABLE if _has(s, "listAssistants")]
UNLISTABLE = [s for s in CREATABLE if not _has(s, "listAssistants")]
PULLABLE = [s for s in SLUGS if _has(s, "getAssistant") or _has(s, "listAssistants")]
DELETABLE = [s for s in READABLE if _has(s, "deleteAssistant")]
WRITES = ("createAssistant", "updateAssistant", "deleteAssistant", "cloneAssistant")


GROUP: click.Group = cli.main


class Deploy:
    """One project directory (definition, state file) and a mock per vendor, keys in the env."""

    def __init__(self, root: Path, mocks: dict[str, MockServer]) -> None:
        self.root = root
        self.mocks = mocks
        self.file = root / "agent.yaml"
        self.state = root / "voiceagents.state.json"
        self.file.write_text(yaml_dump(example_definition(), sort_keys=False), encoding="utf-8")

    def run(self, *args: str) -> Result:
        return CliRunner().invoke(GROUP, list(args), catch_exceptions=False)

    def vendor_args(self, slugs: tuple[str, ...]) -> list[str]:
        return [a for s in (slugs or tuple(self.mocks)) for a in ("--vendor", s)]

    def apply(self, *slugs: str, file: str = "agent.yaml", extra: tuple[str, ...] = ()) -> Result:
        return self.run("apply", file, *self.vendor_args(slugs), "--allow-drop", "--json", *extra)

    def plan(self, *slugs: str, file: str = "agent.yaml", extra: tuple[str, ...] = ()) -> Result:
        return self.run("plan", file, *self.vendor_args(slugs), "--allow-drop", "--json", *extra)

    def plans(self, *slugs: str, **kwargs: Any) -> dict[str, Any]:
        result = self.plan(*slugs, **kwargs)
        assert result.exit_code in (0, 5), result.output
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    def definition(self) -> dict[str, Any]:
        data: dict[str, Any] = yaml_load(self.file.read_text(encoding="utf-8"))
        return data

    def edit(self, change: Callable[[dict[str, Any]], None]) -> None:
        data = self.definition()
        change(data)
        self.file.write_text(yaml_dump(data, sort_keys=False), encoding="utf-8")

    def writes(self, slug: str) -> dict[str, int]:
        received = self.mocks[slug].received
        return {op: received.get(op, 0) for op in WRITES if received.get(op)}

    def entry(self, slug: str, key: str = "agent.yaml") -> dict[str, Any]:
        data = json.loads(self.state.read_text(encoding="utf-8"))
        entry: dict[str, Any] = data["definitions"][key]["vendors"][slug]
        return entry

    def client(self, slug: str) -> voiceagents.Client:
        return voiceagents.client(slug, base_url=self.mocks[slug].url, api_key=KEY)

    def desired(self, slug: str) -> Any:
        return desired_state(load_assistant(self.definition()), slug, allow_drop=True)


@pytest.fixture
def deploy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Deploy]:
    mocks = {slug: serve(slug) for slug in SLUGS}
    try:
        for slug, mock in mocks.items():
            monkeypatch.setenv(f"{slug.upper()}_BASE_URL", mock.url)
            monkeypatch.setenv(f"{slug.upper()}_API_KEY", KEY)
        monkeypatch.chdir(tmp_path)
        yield Deploy(tmp_path, mocks)
    finally:
        for mock in mocks.values():
            mock.stop()


def _json(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _drift_field(deploy: Deploy, slug: str) -> tuple[str, Any]:
    """A field the vendor's update takes (not the name) and another valid value for it: an edited
    string, or another value of its enum."""
    from voiceagents.convert import _vendor_schema

    desired = deploy.desired(slug)
    for key, value in desired.update.items():
        if (key,) == desired.name_path or not isinstance(value, str):
            continue
        enums = [n["enum"] for n in _vendor_schema.field_schemas(slug, "updateAssistant", (key,)) if "enum" in n]
        other = next((e for e in enums[0] if e != value), None) if enums else value + " (edited)"
        if other is not None and not _validation.body_errors(slug, "updateAssistant", {**desired.update, key: other}):
            return str(key), other
    raise AssertionError(f"{slug}: no field to drift")


# -- create, no-op, update -----------------------------------------------------------------


@pytest.mark.parametrize("slug", CREATABLE)
def test_first_apply_creates_and_a_second_sends_nothing(deploy: Deploy, slug: str) -> None:
    first = deploy.apply(slug)
    assert first.exit_code == 0, first.output
    out = _json(first)[slug]
    assert out["action"] == "create"
    assert out["status"] == "created"
    assert out["converged"]
    assert deploy.mocks[slug].count == 1
    assert deploy.writes(slug) == {"createAssistant": 1}
    assert f"{slug}: created" in first.stderr
    entry = deploy.entry(slug)
    assert entry["pending"] is None
    assert entry["digest"].startswith("sha256:")
    if entry["id"] is not None:
        assert str(entry["id"]) == str(next(iter(deploy.mocks[slug].assistants)))

    second = deploy.apply(slug)
    assert second.exit_code == 0, second.output
    assert _json(second)[slug]["status"] == "unchanged"
    assert deploy.writes(slug) == {"createAssistant": 1}  # no create, no update
    assert deploy.mocks[slug].count == 1
    assert deploy.plans(slug)[slug]["action"] == "none"


def test_a_human_apply_says_each_outcome_once(deploy: Deploy) -> None:
    result = deploy.run("apply", str(deploy.file), "--vendor", "revox", "--allow-drop")
    assert result.exit_code == 0, result.output
    assert "revox: created" in result.stdout
    assert "revox: created" not in result.stderr  # stdout says it; stderr only announces the write
    assert "revox: creating" in result.stderr


def test_plan_sends_nothing_and_prints_one_entry_per_vendor(deploy: Deploy) -> None:
    result = deploy.plan()
    assert result.exit_code == 0, result.output
    plans = _json(result)
    assert set(plans) == set(SLUGS)
    for slug, plan in plans.items():
        assert plan["action"] == "create"
        assert plan["id"] is None
        assert plan["changes"] == []
        assert deploy.writes(slug) == {}
    assert not deploy.state.exists()  # plan writes nothing either
    human = deploy.run("plan", "agent.yaml", *deploy.vendor_args(()), "--allow-drop")
    assert human.exit_code == 0
    assert f"Plan: {len(SLUGS)} to create." in human.stdout


@pytest.mark.parametrize("slug", [s for s in UPDATABLE if s in READABLE])
def test_definition_edit_updates_the_changed_fields(deploy: Deploy, slug: str) -> None:
    assert deploy.apply(slug).exit_code == 0
    deploy.edit(lambda d: d.update(name="Bright Smile (spring)"))
    plan = deploy.plans(slug)[slug]
    assert plan["action"] == "update"
    name = ".".join(deploy.desired(slug).name_path)
    assert plan["changes"] == [
        {
            "field": name,
            "neutral": "name",
            "old": "Bright Smile reminders",
            "new": "Bright Smile (spring)",
            "drift": False,
            "in_place": True,
        }
    ]
    result = deploy.apply(slug)
    assert result.exit_code == 0, result.output
    assert _json(result)[slug]["status"] == "updated"
    assert deploy.writes(slug) == {"createAssistant": 1, "updateAssistant": 1}
    (live,) = deploy.mocks[slug].assistants.values()
    assert live[name] == "Bright Smile (spring)"
    assert deploy.apply(slug).exit_code == 0
    assert deploy.writes(slug) == {"createAssistant": 1, "updateAssistant": 1}
    assert deploy.plans(slug)[slug]["action"] == "none"


@pytest.mark.parametrize("slug", UPDATABLE)
def test_a_change_the_update_does_not_take_is_blocked_not_sent(deploy: Deploy, slug: str) -> None:
    keys = deploy.desired(slug).update_keys
    fixed = [k for k in deploy.desired(slug).create if keys is not None and k not in keys]
    if not fixed:
        pytest.skip(f"{slug}'s update takes every field")
    assert deploy.apply(slug).exit_code == 0
    if deploy.entry(slug)["id"] is None:  # the vendor gave no id: record it
        (ident,) = deploy.mocks[slug].assistants
        assert deploy.run("state", "adopt", "agent.yaml", "--vendor", slug, str(ident)).exit_code == 0
    deploy.edit(lambda d: d.update(system_prompt="You are Maya. Be brief."))
    plan = deploy.plans(slug)[slug]
    stuck = [c for c in plan["changes"] if not c["in_place"]]
    assert stuck, plan
    result = deploy.apply(slug)
    assert result.exit_code == 5, result.output
    assert "does not take" in _json(result)[slug]["message"]
    assert "updateAssistant" not in deploy.writes(slug) or any(c["in_place"] for c in plan["changes"])
    again = deploy.apply(slug)
    assert again.exit_code == 5
    assert deploy.writes(slug).get("updateAssistant", 0) <= 1  # never the same update twice


def test_callhq_like_vendors_need_the_id_before_an_update(deploy: Deploy) -> None:
    slugs = [s for s in UNLISTABLE if s in UPDATABLE and not _has(s, "getAssistant")]
    for slug in slugs:
        assert deploy.apply(slug).exit_code == 0
        if deploy.entry(slug)["id"] is not None:
            continue
        deploy.edit(lambda d: d.update(name="Renamed"))
        blocked = deploy.plans(slug)[slug]
        assert blocked["action"] == "blocked"
        assert f"state adopt agent.yaml --vendor {slug} ID" in blocked["message"]
        (ident,) = deploy.mocks[slug].assistants
        assert deploy.run("state", "adopt", "agent.yaml", "--vendor", slug, str(ident)).exit_code == 0
        assert deploy.plans(slug)[slug]["action"] == "update"
        assert deploy.apply(slug).exit_code == 0
        assert deploy.mocks[slug].assistants[ident][name_field(slug)] == "Renamed"
        assert deploy.writes(slug) == {"createAssistant": 1, "updateAssistant": 1}
        deploy.edit(lambda d: d.update(name="Bright Smile reminders"))


# -- drift ---------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", READABLE)
def test_drift_is_shown_by_plan_and_overwritten_by_apply(deploy: Deploy, slug: str) -> None:
    assert deploy.apply(slug).exit_code == 0
    (ident,) = deploy.mocks[slug].assistants
    field, edited = _drift_field(deploy, slug)
    wanted = deploy.desired(slug).update[field]
    with deploy.client(slug) as api:
        api.update_assistant(ident, {field: edited})
    updates = deploy.writes(slug)["updateAssistant"]

    plan = deploy.plans(slug)[slug]
    assert plan["action"] == "update"
    assert plan["drift"] == [field]
    (change,) = plan["changes"]
    assert change == {
        "field": field,
        "neutral": change["neutral"],
        "old": edited,
        "new": wanted,
        "drift": True,
        "in_place": True,
    }
    human = deploy.run("plan", "agent.yaml", "--vendor", slug, "--allow-drop")
    assert "drift: changed outside voiceagents" in human.stdout

    result = deploy.apply(slug)
    assert result.exit_code == 0, result.output
    assert f"overwrote edits made outside voiceagents: {field}" in result.stderr
    assert deploy.mocks[slug].assistants[ident][field] == wanted
    assert deploy.writes(slug)["updateAssistant"] == updates + 1
    assert deploy.plans(slug)[slug]["action"] == "none"


@pytest.mark.parametrize("slug", [s for s in READABLE if _has(s, "getAssistant")])
def test_vendor_defaults_and_server_fields_are_not_drift(deploy: Deploy, slug: str) -> None:
    assert deploy.apply(slug).exit_code == 0
    (ident,) = deploy.mocks[slug].assistants
    with deploy.client(slug) as api:  # a field the definition does not set
        live = api.get_assistant(ident).assistant_data() or {}
    assert set(live) - set(deploy.desired(slug).create)  # the server adds its id at least
    assert deploy.plans(slug)[slug]["action"] == "none"


@pytest.mark.parametrize("slug", DELETABLE)
def test_an_assistant_deleted_outside_is_created_again(deploy: Deploy, slug: str) -> None:
    assert deploy.apply(slug).exit_code == 0
    (ident,) = deploy.mocks[slug].assistants
    with deploy.client(slug) as api:
        api.delete_assistant(ident)
    plan = deploy.plans(slug)[slug]
    assert plan["action"] == "create"
    assert any("deleted outside" in n for n in plan["notes"])
    assert deploy.apply(slug).exit_code == 0
    assert deploy.mocks[slug].count == 1
    assert ident not in deploy.mocks[slug].assistants


# -- lost state, duplicates, faults ---------------------------------------------------------


@pytest.mark.parametrize("slug", LISTABLE)
def test_lost_state_adopts_the_assistant_by_name(deploy: Deploy, slug: str) -> None:
    assert deploy.apply(slug).exit_code == 0
    (ident,) = deploy.mocks[slug].assistants
    deploy.state.unlink()
    plan = deploy.plans(slug)[slug]
    assert plan["action"] == "adopt"
    assert str(plan["id"]) == str(ident)
    assert plan["changes"] == []
    result = deploy.apply(slug)
    assert result.exit_code == 0, result.output
    assert _json(result)[slug]["status"] == "adopted"
    assert deploy.mocks[slug].count == 1
    assert deploy.writes(slug) == {"createAssistant": 1}
    assert str(deploy.entry(slug)["id"]) == str(ident)
    assert deploy.plans(slug)[slug]["action"] == "none"


@pytest.mark.parametrize("slug", LISTABLE)
def test_an_adopted_assistant_that_differs_is_updated(deploy: Deploy, slug: str) -> None:
    if not _has(slug, "updateAssistant"):
        pytest.skip(f"{slug} documents no update")
    field, edited = _drift_field(deploy, slug)
    body = {**deploy.desired(slug).create, field: edited}
    with deploy.client(slug) as api:
        api.create_assistant(body)
    plan = deploy.plans(slug)[slug]
    assert plan["action"] == "adopt"
    assert [c["field"] for c in plan["changes"]] == [field]
    assert deploy.apply(slug).exit_code == 0
    assert deploy.writes(slug) == {"createAssistant": 1, "updateAssistant": 1}
    assert deploy.plans(slug)[slug]["action"] == "none"


@pytest.mark.parametrize("slug", LISTABLE)
def test_two_assistants_of_the_same_name_are_an_error_listing_their_ids(deploy: Deploy, slug: str) -> None:
    body = deploy.desired(slug).create
    with deploy.client(slug) as api:
        ids = [api.create_assistant(body).id for _ in range(2)]
    result = deploy.apply(slug)
    assert result.exit_code == 5, result.output
    message = _json(result)[slug]["message"]
    for ident in ids:
        assert str(ident) in message
    assert "state adopt" in message
    assert deploy.mocks[slug].count == 2
    assert deploy.writes(slug) == {"createAssistant": 2}


@pytest.mark.parametrize("fault", ["slow", "drop_after", "server_error"])
@pytest.mark.parametrize("slug", LISTABLE)
def test_a_create_whose_answer_was_lost_is_adopted_next_time(deploy: Deploy, slug: str, fault: str) -> None:
    deploy.mocks[slug].fault("createAssistant", fault, delay=2.0)
    failed = deploy.apply(slug, extra=("--timeout", "0.5"))
    assert failed.exit_code == 4, failed.output
    out = _json(failed)[slug]
    assert out["status"] == "failed"
    assert "may have been created" in out["message"]
    assert "looks it up by name" in out["message"]
    assert deploy.entry(slug)["pending"] is not None
    assert deploy.entry(slug)["id"] is None
    assert deploy.mocks[slug].count == 1  # the server did create it

    plan = deploy.plans(slug)[slug]
    assert plan["action"] == "adopt"
    again = deploy.apply(slug)
    assert again.exit_code == 0, again.output
    assert deploy.mocks[slug].count == 1
    assert deploy.writes(slug) == {"createAssistant": 1}
    assert deploy.entry(slug)["pending"] is None
    assert str(deploy.entry(slug)["id"]) == str(next(iter(deploy.mocks[slug].assistants)))


@pytest.mark.parametrize("slug", LISTABLE)
def test_a_create_that_made_nothing_is_created_next_time(deploy: Deploy, slug: str) -> None:
    deploy.mocks[slug].fault("createAssistant", "unavailable")  # 503 before processing: made nothing
    assert deploy.apply(slug).exit_code == 4
    assert deploy.mocks[slug].count == 0
    plan = deploy.plans(slug)[slug]
    assert plan["action"] == "create"
    assert any("made no assistant" in n for n in plan["notes"])
    assert deploy.apply(slug).exit_code == 0
    assert deploy.mocks[slug].count == 1


@pytest.mark.parametrize("slug", CREATABLE)
def test_a_create_refused_before_it_was_sent_leaves_no_pending(deploy: Deploy, slug: str) -> None:
    deploy.mocks[slug].fault("createAssistant", "drop_before", times=5)
    result = deploy.apply(slug, extra=("--timeout", "1"))
    assert result.exit_code == 4
    assert deploy.mocks[slug].count == 0


@pytest.mark.parametrize("fault", ["slow", "drop_after"])
@pytest.mark.parametrize("slug", UNLISTABLE)
def test_without_list_a_pending_create_is_refused_until_resolved(deploy: Deploy, slug: str, fault: str) -> None:
    deploy.mocks[slug].fault("createAssistant", fault, delay=2.0)
    assert deploy.apply(slug, extra=("--timeout", "0.5")).exit_code == 4
    assert deploy.mocks[slug].count == 1

    refused = deploy.apply(slug)
    assert refused.exit_code == 5, refused.output
    message = _json(refused)[slug]["message"]
    assert "may have succeeded" in message
    assert f"voiceagents state adopt agent.yaml --vendor {slug} ID" in message
    assert f"voiceagents state forget agent.yaml --vendor {slug}" in message
    assert deploy.writes(slug) == {"createAssistant": 1}  # not created again
    assert "pending create" in deploy.run("state", "show").stdout

    (ident,) = deploy.mocks[slug].assistants
    adopted = deploy.run("state", "adopt", "agent.yaml", "--vendor", slug, str(ident))
    assert adopted.exit_code == 0, adopted.output
    assert deploy.plans(slug)[slug]["action"] == "none"  # the pending body is what was created
    assert deploy.apply(slug).exit_code == 0
    assert deploy.writes(slug) == {"createAssistant": 1}


@pytest.mark.parametrize("slug", UNLISTABLE)
def test_forgetting_a_pending_create_lets_apply_create_it(deploy: Deploy, slug: str) -> None:
    deploy.mocks[slug].fault("createAssistant", "server_error")
    assert deploy.apply(slug).exit_code == 4
    deploy.mocks[slug].reset()  # say the dashboard shows nothing
    assert deploy.apply(slug).exit_code == 5
    forgot = deploy.run("state", "forget", "agent.yaml", "--vendor", slug)
    assert forgot.exit_code == 0, forgot.output
    assert deploy.apply(slug).exit_code == 0
    assert deploy.mocks[slug].count == 1
    assert deploy.run("state", "forget", "agent.yaml", "--vendor", slug, "--state", "other.json").exit_code == 1


@pytest.mark.parametrize("slug", CREATABLE)
def test_an_interrupted_create_is_recorded_as_pending(deploy: Deploy, slug: str) -> None:
    mock = deploy.mocks[slug]
    mock.fault("createAssistant", "slow", delay=2.0)
    assistant = load_assistant(deploy.definition())
    connect = connector({slug: mock.url}, api_keys={slug: KEY})

    async def interrupt() -> None:
        task = asyncio.ensure_future(
            apply_definition(
                assistant, [slug], file="agent.yaml", state_path=deploy.state, connect=connect, allow_drop=True
            )
        )
        while not mock.received["createAssistant"]:
            assert not task.done(), task.result()  # it ended before sending the create: say why
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(interrupt())
    assert deploy.entry(slug)["pending"]["reason"] == "interrupted before the answer came"
    expected = "adopt" if slug in LISTABLE else "blocked"
    assert deploy.plans(slug)[slug]["action"] == expected
    assert deploy.writes(slug) == {"createAssistant": 1}


# -- concurrency, identity, exit codes ------------------------------------------------------


def test_vendors_are_applied_concurrently_with_a_progress_line_each(deploy: Deploy) -> None:
    delay = 0.8
    for mock in deploy.mocks.values():
        mock.fault("createAssistant", "slow", delay=delay)
    start = time.monotonic()
    result = deploy.apply()
    elapsed = time.monotonic() - start
    assert result.exit_code == 0, result.output
    assert all(m.count == 1 for m in deploy.mocks.values())
    assert elapsed < delay * len(SLUGS) * 0.6, elapsed  # one after the other would take len * delay
    lines = result.stderr.splitlines()
    for slug in SLUGS:
        assert sum(line.startswith(f"{slug}: created") for line in lines) == 1
    assert set(_json(result)) == set(SLUGS)


def test_a_moved_file_keeps_its_assistants(deploy: Deploy) -> None:
    assert deploy.apply().exit_code == 0
    deploy.file.rename(deploy.root / "moved.yaml")
    result = deploy.apply(file="moved.yaml")
    assert result.exit_code == 0, result.output
    for slug in SLUGS:
        assert deploy.mocks[slug].count == 1
        assert deploy.writes(slug) == {"createAssistant": 1}
    state = json.loads(deploy.state.read_text())
    assert list(state["definitions"]) == ["moved.yaml"]


def test_two_files_with_the_same_name_are_refused(deploy: Deploy) -> None:
    slug = SLUGS[0]
    assert deploy.apply(slug).exit_code == 0
    shutil.copy(deploy.file, deploy.root / "copy.yaml")
    result = deploy.apply(slug, file="copy.yaml")
    assert result.exit_code == 1
    assert "already defines an assistant named" in result.stderr
    assert deploy.mocks[slug].count == 1


def test_a_definition_without_a_name_is_refused(deploy: Deploy) -> None:
    deploy.edit(lambda d: d.pop("name"))
    result = deploy.plan(SLUGS[0])
    assert result.exit_code == 1
    assert "has no name" in result.stderr


def test_exit_codes_follow_the_cli_conventions(deploy: Deploy, monkeypatch: pytest.MonkeyPatch) -> None:
    lossy = [s for s in CREATABLE if deploy.desired(s).report.dropped]
    assert lossy
    strict = deploy.run("apply", "agent.yaml", "--vendor", lossy[0], "--json")
    assert strict.exit_code == 3
    assert _json(strict)[lossy[0]]["hint"] == "pass --allow-drop to accept the drops"
    assert deploy.mocks[lossy[0]].count == 0

    api, needy = SLUGS[0], SLUGS[-1]
    with serve(api, key="another-key") as locked:
        monkeypatch.setenv(f"{api.upper()}_BASE_URL", locked.url)
        assert deploy.apply(api).exit_code == 4  # 401
        deploy.edit(lambda d: d["vendor_extras"].pop(needy))  # now it needs input, drops or not
        assert deploy.apply(needy).exit_code == 3
        assert deploy.apply(api, needy).exit_code == 5  # two kinds of failure

    monkeypatch.delenv(f"{SLUGS[1].upper()}_API_KEY")
    missing = deploy.apply(SLUGS[1])
    assert missing.exit_code == 1
    assert f"{SLUGS[1].upper()}_API_KEY" in _json(missing)[SLUGS[1]]["message"]


def test_base_url_option(deploy: Deploy, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = SLUGS[0], SLUGS[1]
    for slug in (a, b):
        monkeypatch.delenv(f"{slug.upper()}_BASE_URL")
    urls = (f"{a}={deploy.mocks[a].url}", f"{b}={deploy.mocks[b].url}")
    assert deploy.apply(a, b, extra=("--base-url", urls[0], "--base-url", urls[1])).exit_code == 0
    assert deploy.mocks[a].count == 1
    assert deploy.mocks[b].count == 1
    assert deploy.plan(a, extra=("--base-url", deploy.mocks[a].url)).exit_code == 0
    assert deploy.plan(a, b, extra=("--base-url", deploy.mocks[a].url)).exit_code == 2


def test_a_second_apply_waits_for_the_lock(deploy: Deploy) -> None:
    with State(deploy.state).lock():
        result = deploy.apply(SLUGS[0])
    assert result.exit_code == 1
    assert "wait for it to finish" in result.stderr
    assert deploy.mocks[SLUGS[0]].count == 0


# -- the state file ------------------------------------------------------------------------


def _with_secret(data: dict[str, Any], secret: str) -> None:
    data["vendor_extras"]["revox"]["llm_model"] = {
        "type": "custom",
        "api_url": "https://llm.example.com/v1",
        "api_key": secret,
        "model_name": "maya-8b",
    }


def test_the_state_file_is_written_atomically(deploy: Deploy, monkeypatch: pytest.MonkeyPatch) -> None:
    renames: list[tuple[Path, Path, Any]] = []
    real = os.replace

    def spy(src: Any, dst: Any) -> None:
        renames.append((Path(src), Path(dst), json.loads(Path(src).read_text(encoding="utf-8"))))
        real(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    assert deploy.apply(SLUGS[0]).exit_code == 0
    assert renames
    for src, dst, content in renames:
        assert dst.resolve() == deploy.state.resolve()
        assert src.parent.resolve() == dst.parent.resolve()
        assert src != dst
        assert src.name.startswith(".voiceagents.state.json.")
        assert content["version"] == 1
    assert [p.name for p in deploy.root.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.undo()

    before = deploy.state.read_bytes()

    def crash(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", crash)
    state = State.load(deploy.state)
    with pytest.raises(OSError, match="disk full"):
        state.save()
    assert deploy.state.read_bytes() == before  # the old state is intact
    assert [p.name for p in deploy.root.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.skipif("revox" not in SLUGS, reason="the secret lives in Revox's custom model")
def test_the_state_file_is_json_without_secrets_and_secrets_are_redacted(deploy: Deploy) -> None:
    deploy.edit(lambda d: _with_secret(d, BODY_SECRET))
    assert deploy.apply().exit_code == 0
    text = deploy.state.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["version"] == 1
    assert set(data["definitions"]) == {"agent.yaml"}
    assert KEY not in text
    assert BODY_SECRET not in text
    assert data["definitions"]["agent.yaml"]["vendors"]["revox"]["applied"]["llm_model"]["api_key"].startswith(
        "sha256:"
    )

    with deploy.client("revox") as api:  # the vendor shows a masked key: secrets are write-only
        (ident,) = deploy.mocks["revox"].assistants
        masked = {**deploy.desired("revox").update["llm_model"], "api_key": "sk-****"}
        api.update_assistant(ident, {"llm_model": masked})
    assert deploy.plans("revox")["revox"]["action"] == "none"

    deploy.edit(lambda d: _with_secret(d, BODY_SECRET + "-rotated"))
    result = deploy.plan("revox")
    assert BODY_SECRET not in result.output
    (change,) = _json(result)["revox"]["changes"]
    assert change["field"] == "llm_model.api_key"
    assert change["old"] == change["new"] == "<redacted>"
    applied = deploy.apply("revox")
    assert applied.exit_code == 0
    assert BODY_SECRET not in applied.output
    assert deploy.mocks["revox"].assistants[ident]["llm_model"]["api_key"] == BODY_SECRET + "-rotated"
    assert BODY_SECRET not in deploy.state.read_text(encoding="utf-8")


def test_a_broken_state_file_is_an_input_error(deploy: Deploy) -> None:
    deploy.state.write_text("{not json", encoding="utf-8")
    result = deploy.plan(SLUGS[0])
    assert result.exit_code == 1
    assert "is not a voiceagents state" in result.stderr
    shown = deploy.run("state", "show", "--state", "absent.json")
    assert shown.exit_code == 0
    assert "no definitions applied yet" in shown.stdout


# -- pull and migrate ----------------------------------------------------------------------


@pytest.mark.parametrize("slug", [s for s in PULLABLE if s in LISTABLE])
def test_pull_round_trips_to_an_assistant_that_needs_no_change(deploy: Deploy, slug: str) -> None:
    assert deploy.apply(slug).exit_code == 0
    (ident,) = deploy.mocks[slug].assistants
    pulled = deploy.run("pull", "--vendor", slug, str(ident))
    assert pulled.exit_code == 0, pulled.output
    definition = yaml_load(pulled.stdout)
    assert definition["name"] == "Bright Smile reminders"
    assert f"conversion from {slug}" in pulled.stderr
    (deploy.root / "pulled.yaml").write_text(pulled.stdout, encoding="utf-8")
    plan = deploy.plans(slug, file="pulled.yaml", extra=("--state", "fresh.json"))[slug]
    assert plan["action"] == "adopt", plan
    assert plan["changes"] == [], plan


def test_pull_from_a_vendor_that_cannot_read_is_an_input_error(deploy: Deploy) -> None:
    for slug in [s for s in SLUGS if s not in PULLABLE]:
        result = deploy.run("pull", "--vendor", slug, "some-id")
        assert result.exit_code == 1
        assert "does not document getAssistant" in result.stderr


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for target in CREATABLE:
        source = next((s for s in PULLABLE if s != target), None)
        if source is not None:
            pairs.append((source, target))
    return pairs


@pytest.mark.parametrize(("source", "target"), _pairs())
def test_migrate_moves_an_assistant_in_one_command(deploy: Deploy, source: str, target: str) -> None:
    assert deploy.apply(source).exit_code == 0
    (ident,) = deploy.mocks[source].assistants
    original = deploy.definition()
    # What the source's catalogue ids cannot say (voice, model, transcriber), and the target's extras.
    extras = {k: original[k] for k in ("voice", "llm", "transcriber", "opening")}
    extras["vendor_extras"] = {target: original["vendor_extras"].get(target, {})}
    (deploy.root / "extras.yaml").write_text(yaml_dump(extras), encoding="utf-8")
    args = ("migrate", "--from", source, "--to", target, str(ident), "--allow-drop", "--extras", "extras.yaml")
    moved = deploy.run(*args, "--json")
    assert moved.exit_code == 0, moved.output
    out = _json(moved)
    assert out["to"]["status"] == "created"
    assert out["to"]["converged"]
    assert out["to"]["report"]["vendor"] == target
    assert out["from"]["report"]["vendor"] == source
    assert deploy.mocks[target].count == 1
    assert deploy.mocks[source].count == 1
    (new,) = deploy.mocks[target].assistants
    if target in PULLABLE:
        back = deploy.run("pull", "--vendor", target, str(new), "--json")
        assert _json(back)["definition"]["name"] == "Bright Smile reminders"

    again = deploy.run(*args)
    assert again.exit_code == 0, again.output
    assert deploy.mocks[target].count == 1
    assert deploy.writes(target) == {"createAssistant": 1}
    assert f"{target}: nothing to do" in again.stdout


def test_migrate_says_what_the_target_needs(deploy: Deploy) -> None:
    source = next(s for s in PULLABLE if _has(s, "listAssistants") and not _has(s, "getAssistant"))
    assert deploy.apply(source).exit_code == 0
    (ident,) = deploy.mocks[source].assistants
    needy = []
    for target in [s for s in CREATABLE if s != source]:
        result = deploy.run("migrate", "--from", source, "--to", target, str(ident), "--allow-drop")
        if result.exit_code == 3:
            needy.append(target)
            assert "needs input" in result.stderr
            assert f"vendor_extras.{target}" in result.stderr
            assert deploy.mocks[target].count == 0
    assert needy


def test_migrate_needs_two_vendors(deploy: Deploy) -> None:
    result = deploy.run("migrate", "--from", PULLABLE[0], "--to", PULLABLE[0], "1")
    assert result.exit_code == 1
    assert "nothing to migrate" in result.stderr


# -- the library surface -------------------------------------------------------------------


def test_the_demo_converges_every_vendor_mock(tmp_path: Path) -> None:
    lines: list[str] = []
    definition = tmp_path / "assistant.yaml"
    definition.write_text(yaml_dump(example_definition(), sort_keys=False), encoding="utf-8")
    state = tmp_path / "state.json"
    with contextlib.ExitStack() as stack:
        mocks = {slug: stack.enter_context(serve(slug)) for slug in SLUGS}
        connect = connector({s: m.url for s, m in mocks.items()}, api_keys=dict.fromkeys(SLUGS, "demo-key"))
        common: dict[str, Any] = {"file": str(definition), "state_path": state, "connect": connect, "allow_drop": True}
        assistant = load_assistant(definition)
        asyncio.run(apply_definition(assistant, SLUGS, progress=lines.append, **common))
        plans = asyncio.run(plan_definition(assistant, SLUGS, **common))
    assert set(plans) == set(SLUGS)
    assert {p.action for p in plans.values()} == {"none"}
    assert all(any(line.startswith(f"{slug}: created") for line in lines) for slug in SLUGS)


def test_exit_code_classification() -> None:
    from voiceagents.deploy import VendorOutcome, VendorPlan

    def outcome(status: Any, kind: Any = None) -> VendorOutcome:
        return VendorOutcome(VendorPlan("x", "create"), status, kind=kind)

    assert exit_code([outcome("created"), outcome("unchanged")]) == 0
    assert exit_code([outcome("created"), outcome("failed", "api")]) == 4
    assert exit_code([outcome("failed", "lossy"), outcome("failed", "lossy")]) == 3
    assert exit_code([outcome("failed", "input")]) == 1
    assert exit_code([outcome("failed", "api"), outcome("failed", "lossy")]) == 5
    assert exit_code([outcome("blocked")]) == 5
    assert exit_code([VendorPlan("x", "update"), VendorPlan("y", "error", kind="api")]) == 4
    assert exit_code([VendorPlan("x", "blocked")]) == 5
