"""The mock behaves like the vendor: what it fills in itself is computed once per assistant, the
documented path never warns for any vendor, and lists come in every documented shape (cursor paging,
POST with a body, a bare array, the id at any pointer) (``voiceagents.testing``).

Small inline specs cover the shapes; the every-vendor test runs the real specs through
``voiceagents.client``. Retell's spec (branch ``retell-spec``) is served when the repository has it.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import voiceagents
import yaml
from conftest import ROOT, SLUGS
from support.answers import request_body
from voiceagents import _json
from voiceagents import spec as vspec
from voiceagents.testing import MockServer, serve
from voiceagents.testing import _server as mock_server

KEY = "sk-vendorlike-NEVER-PRINT-3e4f5a"
BEARER = {"Authorization": f"Bearer {KEY}"}

CURSOR_LIKE = yaml.safe_load("""
openapi: 3.1.0
info: {title: Cursorlike Assistants API, version: 1.0.0}
security: [{BearerAuth: []}]
paths:
  /create-agent:
    post:
      operationId: createAssistant
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/CreateAssistantRequest'}}}
      responses:
        '201':
          x-voiceagents-id: /agent_id
          x-voiceagents-assistant: ''
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Agent'}
              example: {agent_id: agent_1a2b3c, voice_id: v-1, version: 0, last_modification_timestamp: 1767348600000}
  /get-agent/{agent_id}:
    parameters: [{name: agent_id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getAssistant
      responses:
        2XX:
          x-voiceagents-id: /agent_id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {$ref: '#/components/schemas/Agent'}}}
  /v2/list-agents:
    post:
      operationId: listAssistants
      x-voiceagents-pagination: {cursor: pagination_key, size: limit, next: /pagination_key, has_more: /has_more}
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: pagination_key, in: query, schema: {type: string}}
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ListAssistantsRequest'}}}
      responses:
        2XX:
          x-voiceagents-items: /items
          x-voiceagents-item-id: /agent_id
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ListAssistantsResponse'}
              example:
                has_more: true
                items: [{agent_id: agent_9d31f6, channel: voice, suspended: 0, user_modified_timestamp: 1767348600000}]
                pagination_key: agent_9d31f6
  /update-agent/{agent_id}:
    parameters: [{name: agent_id, in: path, required: true, schema: {type: string}}]
    patch:
      operationId: updateAssistant
      x-voiceagents-update: merge
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/UpdateAssistantRequest'}}}
      responses:
        2XX:
          x-voiceagents-id: /agent_id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {$ref: '#/components/schemas/Agent'}}}
  /delete-agent/{agent_id}:
    parameters: [{name: agent_id, in: path, required: true, schema: {type: string}}]
    delete:
      operationId: deleteAssistant
      responses:
        2XX: {description: Deleted; no body.}
components:
  securitySchemes:
    BearerAuth: {type: http, scheme: bearer}
  schemas:
    CreateAssistantRequest:
      type: object
      required: [voice_id]
      properties: {voice_id: {type: string}, agent_name: {type: string}, suspended: {type: boolean}}
    UpdateAssistantRequest:
      type: object
      properties: {agent_name: {type: string}, suspended: {type: boolean}}
    ListAssistantsRequest:
      type: object
      additionalProperties: false
      properties: {filter_criteria: {type: object}}
    Agent:
      type: object
      required: [agent_id, voice_id, version, last_modification_timestamp]
      properties:
        agent_id: {type: string}
        voice_id: {type: string}
        agent_name: {type: string}
        suspended: {type: boolean}
        version: {type: integer}
        last_modification_timestamp: {type: integer}
        is_modified: {type: boolean, description: not a time, though named like one}
    ListAssistantsResponse:
      type: object
      properties:
        has_more: {type: boolean}
        items: {type: array, items: {$ref: '#/components/schemas/AgentSummary'}}
        pagination_key: {type: [string, 'null']}
    AgentSummary:
      type: object
      required: [agent_id, channel, user_modified_timestamp]
      properties:
        agent_id: {type: string}
        agent_name: {type: string}
        channel: {type: string, enum: [voice, chat]}
        suspended: {type: integer, description: 0 or 1 in listings}
        user_modified_timestamp: {type: integer}
""")

BARE_LIKE = yaml.safe_load("""
openapi: 3.1.0
info: {title: Barelike Assistants API, version: 1.0.0}
paths:
  /bots:
    post:
      operationId: createAssistant
      requestBody:
        content: {application/json: {schema: {type: object, properties: {name: {type: string}, meta: {type: object}}}}}
      responses:
        '201':
          x-voiceagents-id: /meta/id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {$ref: '#/components/schemas/Bot'}}}
    get:
      operationId: listAssistants
      x-voiceagents-pagination: {page: page, size: size}
      parameters:
        - {name: page, in: query, schema: {type: integer, minimum: 1}}
        - {name: size, in: query, schema: {type: integer, minimum: 1, maximum: 3, default: 2}}
      responses:
        '200':
          x-voiceagents-items: ''
          x-voiceagents-item-id: /meta/id
          content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Bot'}}}}
  /bots/{bot}:
    parameters: [{name: bot, in: path, required: true, schema: {type: string, format: uuid}}]
    get:
      operationId: getAssistant
      responses:
        '200':
          x-voiceagents-id: /meta/id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {$ref: '#/components/schemas/Bot'}}}
components:
  schemas:
    Bot:
      type: object
      required: [kind, createdAt]
      properties:
        name: {type: string}
        kind: {type: string, default: bot}
        createdAt: {type: string, format: date-time}
        meta: {type: object, properties: {id: {type: string}}}
""")


class Clock:
    """``time.time`` of the mock, moved by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    found = Clock(1_767_348_600.25)
    monkeypatch.setattr(mock_server, "time", SimpleNamespace(time=found.time))
    return found


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, headers=BEARER) as client:
        yield client


# -- the documented path, every vendor -------------------------------------------------------------


def _assistant(slug: str, operation_id: str, result: Any) -> Any:
    where = vspec.operation(slug, operation_id).pointer("assistant")
    return _json.read_pointer(result.raw, where, None) if where is not None else None


@pytest.mark.parametrize("slug", SLUGS)
def test_the_documented_path_never_warns(slug: str, caplog: pytest.LogCaptureFixture) -> None:
    """create, get, list, update, clone and delete through ``voiceagents.client``: no warning, and
    what the server filled in (a value the user never sent) reads the same in every answer."""
    caplog.set_level(logging.WARNING, logger="voiceagents")
    documented = vspec.vendor(slug).operations
    sent = request_body(slug, "createAssistant") or {}
    warnings: dict[str, list[str]] = {}
    seen: dict[str, Any] = {}
    with serve(slug, key=KEY) as mock, voiceagents.client(slug, api_key=KEY, base_url=mock.url) as c:
        created = c.create_assistant(sent)
        (ident,) = mock.assistants
        stored = mock.assistants[ident]
        results = {"createAssistant": [created]}
        if "getAssistant" in documented:
            results["getAssistant"] = [c.get_assistant(ident)]
        if "listAssistants" in documented:
            results["listAssistants"] = list(c.list_assistants())
            assert [r.id for r in results["listAssistants"]] == [ident]
        for operation_id, found in results.items():
            seen[operation_id] = _assistant(slug, operation_id, found[0]) if operation_id != "listAssistants" else None
        if "listAssistants" in results:
            seen["listAssistants"] = results["listAssistants"][0].raw
        if "updateAssistant" in documented:
            results["updateAssistant"] = [c.update_assistant(ident, request_body(slug, "updateAssistant") or {})]
        if "cloneAssistant" in documented:
            results["cloneAssistant"] = [c.clone_assistant(ident)]
        if "deleteAssistant" in documented:
            results["deleteAssistant"] = [c.delete_assistant(ident)]
    for operation_id, found in results.items():
        warnings[operation_id] = [w for r in found for w in r.warnings]
    assert warnings == {op: [] for op in documented}  # every documented operation, no warning
    assert [r.getMessage() for r in caplog.records if r.name == "voiceagents"] == []
    filled = {k: v for k, v in stored.items() if k not in sent}
    for operation_id, assistant in seen.items():
        if isinstance(assistant, dict):
            same = {k: assistant[k] for k in filled if k in assistant}
            assert same == {k: filled[k] for k in same}, operation_id


def test_filled_in_once_and_timestamps_move_only_on_update(http: httpx.Client, clock: Clock) -> None:
    with MockServer(CURSOR_LIKE, key=KEY) as mock:
        created = http.post(mock.url + "/create-agent", json={"voice_id": "v-9", "suspended": True}).json()
        ident = created["agent_id"]
        assert created == {
            "agent_id": ident,
            "voice_id": "v-9",  # the user's value wins over the documented one
            "suspended": True,
            "version": 0,  # required, valued as documented
            "last_modification_timestamp": 1_767_348_600_250,  # now, in milliseconds as documented
            "channel": "voice",  # required by the listing: there from creation on
            "user_modified_timestamp": 1_767_348_600_250,
        }
        clock.now += 60
        assert http.get(f"{mock.url}/get-agent/{ident}").json() == created  # the same, a minute later
        (item,) = http.post(mock.url + "/v2/list-agents", json={}).json()["items"]
        assert item == {**created, "suspended": 1}  # the listing documents 0/1
        updated = http.patch(f"{mock.url}/update-agent/{ident}", json={"agent_name": "Front"}).json()
        later = 1_767_348_660_250
        stamps = {"last_modification_timestamp": later, "user_modified_timestamp": later}
        assert updated == {**created, "agent_name": "Front", **stamps}  # the rest as at creation
        assert http.get(f"{mock.url}/get-agent/{ident}").json() == updated


def test_iso_timestamps_and_schema_defaults(clock: Clock) -> None:
    with MockServer(BARE_LIKE) as mock, httpx.Client(timeout=5) as http:
        created = http.post(mock.url + "/bots", json={"name": "a"}).json()
        assert created["kind"] == "bot"  # required, no example: the schema's default
        assert created["createdAt"] == "2026-01-02T10:10:00.250Z"


# -- list shapes -------------------------------------------------------------------------------------


def _agents(http: httpx.Client, mock: MockServer, n: int) -> list[str]:
    return [http.post(mock.url + "/create-agent", json={"voice_id": f"v{i}"}).json()["agent_id"] for i in range(n)]


def test_cursor_pages_through_a_post_list(http: httpx.Client) -> None:
    with MockServer(CURSOR_LIKE, key=KEY) as mock:
        ids = _agents(http, mock, 5)
        url = mock.url + "/v2/list-agents"
        first = http.post(url, params={"limit": 2}, json={}).json()
        assert [i["agent_id"] for i in first["items"]] == ids[:2]
        assert (first["has_more"], first["pagination_key"]) == (True, ids[1])  # the id of the page's last item
        second = http.post(url, params={"limit": 2, "pagination_key": ids[1]}, json={}).json()
        assert [i["agent_id"] for i in second["items"]] == ids[2:4]
        last = http.post(url, params={"limit": 2, "pagination_key": ids[3]}, json={"filter_criteria": {}}).json()
        assert [i["agent_id"] for i in last["items"]] == ids[4:]
        assert (last["has_more"], last["pagination_key"]) == (False, None)
        everything = http.post(url, json={}).json()  # no size given, none documented: up to 1,000
        assert ([i["agent_id"] for i in everything["items"]], everything["has_more"]) == (ids, False)

        assert http.delete(f"{mock.url}/delete-agent/{ids[1]}").status_code == 200
        after_gone = http.post(url, params={"limit": 2, "pagination_key": ids[1]}, json={}).json()
        assert [i["agent_id"] for i in after_gone["items"]] == ids[2:4]  # a deleted cursor still pages on
        unknown = http.post(url, params={"pagination_key": "agent_never"}, json={})
        assert unknown.status_code == 400
        assert "agent_never" in unknown.json()["message"]


def test_a_post_list_validates_its_body(http: httpx.Client) -> None:
    with MockServer(CURSOR_LIKE, key=KEY) as mock:
        url = mock.url + "/v2/list-agents"
        assert http.post(url, json={"filter": 1}).status_code == 422  # the body schema is closed
        assert http.post(url).status_code == 422  # and required
        wrong = http.get(url)
        assert (wrong.status_code, wrong.headers["allow"]) == (405, "POST")
        assert mock.received["listAssistants"] == 2


def test_a_bare_array_list_with_the_id_nested(http: httpx.Client) -> None:
    with MockServer(BARE_LIKE) as mock:  # no security: nothing to check
        created = [http.post(mock.url + "/bots", json={"name": f"b{i}", "meta": {"tag": i}}) for i in range(5)]
        assert {r.status_code for r in created} == {201}
        ids = [r.json()["meta"]["id"] for r in created]
        assert created[0].json()["meta"] == {"tag": 0, "id": ids[0]}  # beside what the user put there
        pages = [http.get(mock.url + "/bots", params={"page": p}).json() for p in (1, 2, 3, 4)]
        assert [[bot["meta"]["id"] for bot in page] for page in pages] == [ids[:2], ids[2:4], ids[4:], []]
        assert [bot["meta"]["id"] for bot in http.get(mock.url + "/bots", params={"size": 9}).json()] == ids[:3]
        got = http.get(f"{mock.url}/bots/{ids[3]}").json()
        assert got == {"name": "b3", "meta": {"tag": 3, "id": ids[3]}, "kind": "bot", "createdAt": got["createdAt"]}
        assert mock.assistants[ids[3]]["meta"] == {"tag": 3, "id": ids[3]}
        plain = http.post(mock.url + "/bots", json={"name": "x"}).json()
        assert plain["meta"] == {"id": plain["meta"]["id"]}  # made on the way when the user set none


def _retell_spec(tmp: Path) -> Path:
    """Retell's spec from the ``retell-spec`` branch, copied into ``tmp`` (skip when there is none)."""
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", "retell-spec:openapi/retell.yaml"], capture_output=True, check=False
    )
    if shown.returncode != 0:
        pytest.skip("no retell-spec branch in this repository")
    path = tmp / "retell.yaml"
    path.write_bytes(shown.stdout)
    return path


def test_the_real_retell_spec_is_served(tmp_path: Path, http: httpx.Client) -> None:
    spec = vspec.VendorSpec.from_file(_retell_spec(tmp_path))
    with MockServer(spec, key=KEY) as mock:
        body = {"response_engine": {"type": "retell-llm", "llm_id": "llm_1"}, "voice_id": "retell-Cimo"}
        ids = []
        for name in ("Front desk", "Billing", "Chat"):
            answer = http.post(mock.url + "/create-agent", json={**body, "agent_name": name})
            assert answer.status_code == 200, answer.text  # 2XX is answered as 200
            ids.append(answer.json()["agent_id"])
        assert all(i.startswith("agent_") for i in ids)  # the documented id prefix
        agent = http.get(f"{mock.url}/get-agent/{ids[0]}").json()
        assert agent["version"] == spec.operation("getAssistant").success.example["version"]  # required, as documented
        assert agent["last_modification_timestamp"] >= 10**12  # now, in milliseconds as documented
        url = mock.url + "/v2/list-agents"
        first = http.post(url, params={"limit": 2}, json={"filter_criteria": {"query": "desk"}}).json()
        assert ([i["agent_id"] for i in first["items"]], first["has_more"]) == (ids[:2], True)
        rest = http.post(url, params={"limit": 2, "pagination_key": first["pagination_key"]}, json={}).json()
        assert ([i["agent_id"] for i in rest["items"]], rest["has_more"], rest["pagination_key"]) == (
            ids[2:],
            False,
            None,
        )
        assert {"channel", "is_suspended", "tags", "user_modified_timestamp"} <= set(rest["items"][0])
        assert http.post(url, json={"filter_criteria": {"channel": 3}}).status_code == 422
        deleted = http.delete(f"{mock.url}/delete-agent/{ids[0]}")
        assert (deleted.status_code, deleted.content) == (200, b"")
        assert mock.count == 2
