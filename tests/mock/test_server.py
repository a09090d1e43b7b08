"""The stateful mock (``voiceagents.testing``) against a real loopback server, with httpx.

Three tiny inline specs use every convention of ``openapi/CONVENTIONS.md``: integer ids and a
Laravel-style paginated list (like autocalls, Bearer auth), string ids with an unpaginated
``{assistants: [...]}`` list and a clone (like Revox; here with the ``api_key`` query parameter, to
cover that auth style), and only create + update with uuid ids (like CallHQ, ``x-api-key`` header).
The real ``openapi/revox.yaml`` and ``openapi/autocalls.yaml`` are served for create.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import yaml
from conftest import ROOT, load_cases, load_spec
from voiceagents.testing import FAULTS, MockServer, serve

KEY = "sk-mock-NEVER-PRINT-9f8e7d"

AUTOCALLS_LIKE = yaml.safe_load("""
openapi: 3.1.0
info: {title: Intlike Assistants API, version: 1.0.0}
security: [{BearerAuth: []}]
paths:
  /user/assistant:
    post:
      operationId: createAssistant
      security: [{BearerAuth: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/CreateAssistantRequest'}
      responses:
        2XX:
          x-voiceagents-id: /data/id
          x-voiceagents-assistant: /data
          content:
            application/json:
              examples:
                created: {value: {message: Assistant created successfully, data: {id: 789, name: Example}}}
  /user/assistants:
    get:
      operationId: listAssistants
      security: [{BearerAuth: []}]
      x-voiceagents-pagination: {page: page, size: per_page, last_page: /last_page}
      parameters:
        - {name: page, in: query, schema: {type: integer, minimum: 1, default: 1}}
        - {name: per_page, in: query, schema: {type: integer, minimum: 1, maximum: 5, default: 2}}
      responses:
        '200':
          x-voiceagents-items: /data
          x-voiceagents-item-id: /id
          content:
            application/json:
              example: {data: [{id: 1}], current_page: 1, last_page: 9, per_page: 15}
  /user/assistant/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
    get:
      operationId: getAssistant
      security: [{BearerAuth: []}]
      responses:
        '200':
          x-voiceagents-id: /data/id
          x-voiceagents-assistant: /data
          content: {application/json: {schema: {type: object}}}
        '404':
          content:
            application/json:
              examples: {missing: {value: {message: Assistant not found}}}
    put:
      operationId: updateAssistant
      x-voiceagents-update: replace
      security: [{BearerAuth: []}]
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/UpdateAssistantRequest'}
      responses:
        '200':
          x-voiceagents-id: /data/id
          x-voiceagents-assistant: /data
          content:
            application/json:
              example: {message: Assistant updated successfully, data: {}}
    delete:
      operationId: deleteAssistant
      security: [{BearerAuth: []}]
      responses:
        '200':
          content:
            application/json:
              example: {message: Assistant deleted successfully}
components:
  securitySchemes:
    BearerAuth: {type: http, scheme: bearer}
  schemas:
    Voice:
      type: object
      properties: {speed: {type: number, maximum: 2}}
    CreateAssistantRequest:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 20}
        voice: {$ref: '#/components/schemas/Voice'}
        language: {type: string}
    UpdateAssistantRequest:
      type: object
      properties:
        name: {type: string, maxLength: 20}
        voice: {$ref: '#/components/schemas/Voice'}
        language: {type: string}
""")

REVOX_LIKE = yaml.safe_load("""
openapi: 3.1.0
info: {title: Strlike Assistants API, version: 1.0.0}
security: [{ApiKeyQuery: []}]
paths:
  /assistants:
    parameters: []
    post:
      operationId: createAssistant
      security: [{ApiKeyQuery: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name, prompt]
              properties:
                name: {type: string}
                prompt: {type: string}
                webhook_url: {type: [string, 'null']}
      responses:
        '200':
          x-voiceagents-id: /assistant/id
          x-voiceagents-assistant: /assistant
          content:
            application/json:
              examples: {created: {value: {assistant: {id: asst_3b9d1c, name: Example}}}}
    get:
      operationId: listAssistants
      security: [{ApiKeyQuery: []}]
      responses:
        '200':
          x-voiceagents-items: /assistants
          x-voiceagents-item-id: /id
          content: {application/json: {schema: {type: object}}}
  /assistants/{assistant_id}:
    parameters:
      - {name: assistant_id, in: path, required: true, schema: {type: string, examples: [asst_3b9d1c]}}
    get:
      operationId: getAssistant
      security: [{ApiKeyQuery: []}]
      responses:
        '200':
          x-voiceagents-id: /id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {type: object}}}
    patch:
      operationId: updateAssistant
      x-voiceagents-update: merge
      security: [{ApiKeyQuery: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
                prompt: {type: string}
                webhook_url: {type: [string, 'null']}
      responses:
        '200':
          x-voiceagents-id: /assistant/id
          x-voiceagents-assistant: /assistant
          content: {application/json: {schema: {type: object}}}
    delete:
      operationId: deleteAssistant
      security: [{ApiKeyQuery: []}]
      responses:
        '204': {description: Deleted.}
  /assistants/{assistant_id}/clone:
    parameters:
      - {name: assistant_id, in: path, required: true, schema: {type: string}}
    post:
      operationId: cloneAssistant
      security: [{ApiKeyQuery: []}]
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string, minLength: 1}}}
      responses:
        '201':
          x-voiceagents-id: /assistant/id
          x-voiceagents-assistant: /assistant
          content: {application/json: {schema: {type: object}}}
components:
  securitySchemes:
    ApiKeyQuery: {type: apiKey, in: query, name: api_key}
""")

CALLHQ_LIKE = yaml.safe_load("""
openapi: 3.1.0
info: {title: Uuidlike Assistants API, version: 1.0.0}
security: [{ApiKeyHeader: []}]
paths:
  /assistants:
    post:
      operationId: createAssistant
      security: [{ApiKeyHeader: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties: {name: {type: string}, firstMessage: {type: string}}
      responses:
        '201':
          x-voiceagents-id: /id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {type: object}}}
  /assistants/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
    patch:
      operationId: updateAssistant
      x-voiceagents-update: merge
      security: [{ApiKeyHeader: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}, firstMessage: {type: [string, 'null']}}}
      responses:
        '200':
          x-voiceagents-id: /id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {type: object}}}
components:
  securitySchemes:
    ApiKeyHeader: {type: apiKey, in: header, name: x-api-key}
""")

SPECS = {"autocalls_like": AUTOCALLS_LIKE, "revox_like": REVOX_LIKE, "callhq_like": CALLHQ_LIKE}
CREATE_PATH = {"autocalls_like": "/user/assistant", "revox_like": "/assistants", "callhq_like": "/assistants"}
AUTH: dict[str, dict[str, Any]] = {
    "autocalls_like": {"headers": {"Authorization": f"Bearer {KEY}"}},
    "revox_like": {"params": {"api_key": KEY}},
    "callhq_like": {"headers": {"x-api-key": KEY}},
}
WRONG: dict[str, dict[str, Any]] = {
    "autocalls_like": {"headers": {"Authorization": "Bearer sk-wrong"}},
    "revox_like": {"params": {"api_key": "sk-wrong"}},
    "callhq_like": {"headers": {"x-api-key": "sk-wrong"}},
}


def _body(which: str, **extra: Any) -> dict[str, Any]:
    """A valid create body for the inline spec ``which``."""
    base = {
        "autocalls_like": {"name": "Sales", "voice": {"speed": 1.0}},
        "revox_like": {"name": "Sales", "prompt": "Sell."},
    }
    return {**base.get(which, {"name": "Sales"}), **extra}


@pytest.fixture
def autocalls() -> Iterator[MockServer]:
    with MockServer(AUTOCALLS_LIKE, key=KEY) as server:
        yield server


@pytest.fixture
def revox() -> Iterator[MockServer]:
    with MockServer(REVOX_LIKE, key=KEY) as server:
        yield server


@pytest.fixture
def callhq() -> Iterator[MockServer]:
    with MockServer(CALLHQ_LIKE, key=KEY) as server:
        yield server


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as client:
        yield client


def _create(http: httpx.Client, server: MockServer, which: str, **extra: Any) -> httpx.Response:
    return http.post(server.url + CREATE_PATH[which], json=_body(which, **extra), **AUTH[which])


# -- integer ids, paginated list, replace update ---------------------------------------------------


def test_integer_ids_full_lifecycle(autocalls: MockServer, http: httpx.Client) -> None:
    auth = AUTH["autocalls_like"]
    first = _create(http, autocalls, "autocalls_like")
    assert first.status_code == 200  # 2XX is answered as 200
    assert first.json() == {
        "message": "Assistant created successfully",  # the rest of the documented example is kept
        "data": {"name": "Sales", "voice": {"speed": 1.0}, "id": 1},
    }
    second = _create(http, autocalls, "autocalls_like", name="Support")
    assert second.json()["data"]["id"] == 2
    assert autocalls.count == 2

    got = http.get(f"{autocalls.url}/user/assistant/2", **auth)
    assert got.status_code == 200
    assert got.json() == {"data": {"name": "Support", "voice": {"speed": 1.0}, "id": 2}}

    updated = http.put(f"{autocalls.url}/user/assistant/2", json={"language": "fr"}, **auth)
    assert updated.status_code == 200
    assert updated.json() == {"message": "Assistant updated successfully", "data": {"language": "fr", "id": 2}}
    assert autocalls.assistants[2] == {"language": "fr", "id": 2}  # replace: what was left out is gone

    deleted = http.delete(f"{autocalls.url}/user/assistant/2", **auth)
    assert deleted.status_code == 200
    assert deleted.json() == {"message": "Assistant deleted successfully"}
    assert autocalls.count == 1
    assert list(autocalls.assistants) == [1]

    again = http.get(f"{autocalls.url}/user/assistant/2", **auth)
    assert again.status_code == 404
    assert again.json() == {"message": "Assistant not found"}  # the documented 404 example
    assert http.delete(f"{autocalls.url}/user/assistant/2", **auth).status_code == 404
    assert http.put(f"{autocalls.url}/user/assistant/2", json={"name": "x"}, **auth).status_code == 404
    assert http.get(f"{autocalls.url}/user/assistant/abc", **auth).status_code == 404
    assert autocalls.received == {
        "createAssistant": 2,
        "listAssistants": 0,
        "getAssistant": 3,
        "updateAssistant": 2,
        "deleteAssistant": 2,
    }


def test_pagination_across_three_pages(autocalls: MockServer, http: httpx.Client) -> None:
    for i in range(7):
        assert _create(http, autocalls, "autocalls_like", name=f"a{i}").status_code == 200
    url, auth = f"{autocalls.url}/user/assistants", AUTH["autocalls_like"]
    pages = [http.get(url, params={"page": page, "per_page": 3}, **auth).json() for page in (1, 2, 3, 4)]
    assert [[item["id"] for item in page["data"]] for page in pages] == [[1, 2, 3], [4, 5, 6], [7], []]
    assert {page["last_page"] for page in pages} == {3}
    assert pages[0]["data"][0] == {"name": "a0", "voice": {"speed": 1.0}, "id": 1}  # id at the item-id pointer
    assert pages[0]["per_page"] == 15  # the rest of the example stays as documented

    clamped = http.get(url, params={"per_page": 100}, **auth).json()
    assert [item["id"] for item in clamped["data"]] == [1, 2, 3, 4, 5]  # clamped to the maximum, 5
    assert clamped["last_page"] == 2
    default = http.get(url, **auth).json()
    assert [item["id"] for item in default["data"]] == [1, 2]  # the documented default size, 2
    assert default["last_page"] == 4


# -- string ids, unpaginated list, merge update, clone ---------------------------------------------


def test_string_ids_list_merge_clone_delete(revox: MockServer, http: httpx.Client) -> None:
    auth = AUTH["revox_like"]
    created = _create(http, revox, "revox_like", webhook_url="https://example.com/hook")
    assert created.status_code == 200
    ident = created.json()["assistant"]["id"]
    assert re.fullmatch(r"asst_[0-9a-f]{12}", ident)  # prefix taken from the documented example id
    assert created.json() == {
        "assistant": {"id": ident, "name": "Sales", "prompt": "Sell.", "webhook_url": "https://example.com/hook"}
    }

    got = http.get(f"{revox.url}/assistants/{ident}", **auth)
    assert got.json() == {"id": ident, "name": "Sales", "prompt": "Sell.", "webhook_url": "https://example.com/hook"}

    patched = http.patch(f"{revox.url}/assistants/{ident}", json={"prompt": "Help.", "webhook_url": None}, **auth)
    assert patched.status_code == 200
    assistant = {"id": ident, "name": "Sales", "prompt": "Help.", "webhook_url": None}
    assert patched.json() == {"assistant": assistant}  # merge: name kept, null stored as null
    assert revox.assistants[ident] == assistant

    clone = http.post(f"{revox.url}/assistants/{ident}/clone", json={"name": "Copy"}, **auth)
    assert clone.status_code == 201
    copy_id = clone.json()["assistant"]["id"]
    assert copy_id != ident
    assert clone.json()["assistant"] == {**assistant, "id": copy_id, "name": "Copy"}
    assert revox.assistants[ident]["name"] == "Sales"  # the original is unchanged
    assert http.post(f"{revox.url}/assistants/asst_nope/clone", json={}, **auth).status_code == 404

    listed = http.get(f"{revox.url}/assistants", **auth)
    assert listed.status_code == 200
    assert listed.json() == {"assistants": [assistant, {**assistant, "id": copy_id, "name": "Copy"}]}

    deleted = http.delete(f"{revox.url}/assistants/{ident}", **auth)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert http.delete(f"{revox.url}/assistants/{ident}", **auth).status_code == 404
    assert http.get(f"{revox.url}/assistants/{ident}", **auth).json() == {"message": "Not Found"}
    assert [a["id"] for a in http.get(f"{revox.url}/assistants", **auth).json()["assistants"]] == [copy_id]


# -- uuid ids, create + update only ----------------------------------------------------------------


def test_uuid_ids_create_update_and_missing_operations(callhq: MockServer, http: httpx.Client) -> None:
    auth = AUTH["callhq_like"]
    created = _create(http, callhq, "callhq_like", firstMessage="Hi")
    assert created.status_code == 201
    ident = created.json()["id"]
    assert uuid.UUID(ident).version == 4
    assert created.json() == {"name": "Sales", "firstMessage": "Hi", "id": ident}  # no example: an empty object

    patched = http.patch(f"{callhq.url}/assistants/{ident}", json={"firstMessage": None}, **auth)
    assert patched.json() == {"name": "Sales", "firstMessage": None, "id": ident}

    get = http.get(f"{callhq.url}/assistants/{ident}", **auth)  # the spec has no getAssistant
    assert get.status_code == 405
    assert get.headers["allow"] == "PATCH"
    assert http.get(f"{callhq.url}/assistants", **auth).status_code == 405
    assert http.delete(f"{callhq.url}/assistants/{ident}", **auth).status_code == 405
    assert http.get(f"{callhq.url}/elsewhere", **auth).status_code == 404
    assert callhq.count == 1
    assert callhq.operations == ("createAssistant", "updateAssistant")
    with pytest.raises(ValueError, match="no operation 'getAssistant'"):
        callhq.fault("getAssistant", "server_error")


# -- validation ------------------------------------------------------------------------------------


def test_invalid_create_is_422_and_stores_nothing(autocalls: MockServer, http: httpx.Client) -> None:
    url, auth = autocalls.url + "/user/assistant", AUTH["autocalls_like"]
    answer = http.post(url, json={"voice": {"speed": 3}}, **auth)
    assert answer.status_code == 422
    assert answer.json()["message"]
    assert set(answer.json()["errors"]) == {"name", "voice.speed"}
    assert all(isinstance(m, list) and m for m in answer.json()["errors"].values())
    assert http.post(url, json={"name": "x" * 21}, **auth).json()["errors"] == {"name": ["at most 20 characters"]}
    assert http.post(url, **auth).status_code == 422  # the body is required
    assert http.post(url, content=b"{not json", **auth).status_code == 400
    assert autocalls.count == 0
    assert autocalls.received["createAssistant"] == 4


def test_invalid_update_changes_nothing(revox: MockServer, http: httpx.Client) -> None:
    ident = _create(http, revox, "revox_like").json()["assistant"]["id"]
    before = revox.assistants
    answer = http.patch(f"{revox.url}/assistants/{ident}", json={"name": 5, "webhook_url": None}, **AUTH["revox_like"])
    assert answer.status_code == 422
    assert answer.json()["errors"] == {"name": ["must be a string"]}
    bad_clone = http.post(f"{revox.url}/assistants/{ident}/clone", json={"name": ""}, **AUTH["revox_like"])
    assert bad_clone.status_code == 422
    assert revox.assistants == before


# -- auth ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SPECS))
def test_401_without_or_with_a_wrong_key(name: str, http: httpx.Client) -> None:
    with MockServer(SPECS[name], key=KEY) as server:
        url = server.url + CREATE_PATH[name]
        missing = http.post(url, json=_body(name))
        assert missing.status_code == 401
        assert missing.json() == {"message": "Unauthenticated."}
        assert http.post(url, json=_body(name), **WRONG[name]).status_code == 401
        assert server.count == 0
        assert server.received["createAssistant"] == 0  # nor counted, nor consuming a fault
        assert http.post(url, json=_body(name), **AUTH[name]).is_success
        assert server.count == 1


def test_any_key_is_accepted_without_a_required_key(http: httpx.Client) -> None:
    with MockServer(AUTOCALLS_LIKE) as server:
        url = server.url + "/user/assistant"
        assert http.post(url, json=_body("autocalls_like"), headers={"Authorization": "Bearer whatever"}).is_success
        assert http.post(url, json=_body("autocalls_like"), headers={"Authorization": "Bearer"}).status_code == 401
        assert http.post(url, json=_body("autocalls_like"), headers={"Authorization": "whatever"}).status_code == 401
        assert (
            http.post(url, json=_body("autocalls_like"), headers={"Authorization": "Basic whatever"}).status_code == 401
        )


def test_recorded_requests_never_show_the_key(revox: MockServer, callhq: MockServer, http: httpx.Client) -> None:
    _create(http, revox, "revox_like")
    _create(http, callhq, "callhq_like")
    for server in (revox, callhq):
        (recorded,) = server.requests
        assert recorded.method == "POST"
        assert recorded.path == "/assistants"
        assert recorded.operation_id == "createAssistant"
        assert recorded.json()["name"] == "Sales"
        assert KEY in str(recorded.query) + str(recorded.headers)  # kept for tests to check
        assert KEY not in repr(recorded)
        assert "***" in repr(recorded)


# -- the real specs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["revox", "autocalls"])
def test_real_spec_create(slug: str, http: httpx.Client) -> None:
    spec = load_spec(slug)
    create = next(
        (path, op)
        for path, item in spec["paths"].items()
        for op in item.values()
        if op.get("operationId") == "createAssistant"
    )
    path, op = create
    body = load_cases(slug)["valid"][0]["body"]
    with serve(spec=spec, key=KEY) as server:
        answer = http.post(server.url + path, json=body, headers={"Authorization": f"Bearer {KEY}"})
        assert answer.status_code == 200
        (ident,) = server.assistants
        assert {k: v for k, v in server.assistants[ident].items() if k in body} == body
        success = next(r for code, r in op["responses"].items() if str(code).startswith("2"))
        if "x-voiceagents-id" in success:  # the documented pointers, once the specs carry them
            found = answer.json()
            for part in str(success["x-voiceagents-id"]).split("/")[1:]:
                found = found[part]
            assert found == ident
        invalid = {k: v for k, v in body.items() if k != "name"}  # name is required by both
        assert http.post(server.url + path, json=invalid, headers={"Authorization": f"Bearer {KEY}"}).status_code == 422
        assert server.count == 1


def test_serve_by_slug_reads_the_installed_spec(http: httpx.Client) -> None:
    start = time.perf_counter()
    with serve("revox") as server:
        started = time.perf_counter() - start
        answer = http.post(
            server.url + "/assistants", json={"name": "a", "prompt": "b"}, headers={"Authorization": "Bearer k"}
        )
        assert answer.status_code == 200
        assert server.count == 1
    assert started < 1.0
    with pytest.raises(httpx.ConnectError):
        http.post(server.url + "/assistants", json={})


# -- faults ----------------------------------------------------------------------------------------


def test_rate_limited_before_processing_stores_nothing(autocalls: MockServer, http: httpx.Client) -> None:
    autocalls.fault("createAssistant", "rate_limited")
    limited = _create(http, autocalls, "autocalls_like")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert autocalls.count == 0
    assert _create(http, autocalls, "autocalls_like").status_code == 200  # only the next call
    assert autocalls.count == 1
    assert autocalls.received["createAssistant"] == 2


def test_unavailable_with_a_custom_retry_after(autocalls: MockServer, http: httpx.Client) -> None:
    autocalls.fault("createAssistant", "unavailable", times=2, retry_after="7")
    answers = [_create(http, autocalls, "autocalls_like") for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert answers[0].headers["retry-after"] == "7"
    assert autocalls.count == 1


def test_server_error_after_processing_stores(autocalls: MockServer, http: httpx.Client) -> None:
    autocalls.fault("createAssistant", "server_error")
    answer = _create(http, autocalls, "autocalls_like")
    assert answer.status_code == 500
    assert answer.json() == {"message": "Server Error"}
    assert autocalls.count == 1


def test_faults_run_in_the_order_queued(autocalls: MockServer, http: httpx.Client) -> None:
    autocalls.fault("createAssistant", "rate_limited", times=2)
    autocalls.fault("createAssistant", "server_error", status=502)
    statuses = [_create(http, autocalls, "autocalls_like").status_code for _ in range(4)]
    assert statuses == [429, 429, 502, 200]
    assert autocalls.count == 2


def test_faults_apply_to_other_operations(autocalls: MockServer, http: httpx.Client) -> None:
    _create(http, autocalls, "autocalls_like")
    autocalls.fault("deleteAssistant", "drop_after")
    with pytest.raises(httpx.RemoteProtocolError):
        http.delete(f"{autocalls.url}/user/assistant/1", **AUTH["autocalls_like"])
    assert autocalls.count == 0  # deleted, though the client never heard of it


def test_slow_after_processing_stores_though_the_client_gave_up(autocalls: MockServer) -> None:
    autocalls.fault("createAssistant", "slow", delay=3)
    with httpx.Client(timeout=0.2) as impatient, pytest.raises(httpx.ReadTimeout):
        _create(impatient, autocalls, "autocalls_like")
    assert autocalls.count == 1
    start = time.perf_counter()
    autocalls.stop()  # the pending slow answer does not hold the stop
    assert time.perf_counter() - start < 1.0


def test_drop_after_processing_stores(autocalls: MockServer, http: httpx.Client) -> None:
    autocalls.fault("createAssistant", "drop_after")
    with pytest.raises(httpx.RemoteProtocolError):
        _create(http, autocalls, "autocalls_like")
    assert autocalls.count == 1
    assert _create(http, autocalls, "autocalls_like").json()["data"]["id"] == 2


def test_drop_before_processing_stores_nothing(autocalls: MockServer, http: httpx.Client) -> None:
    autocalls.fault("createAssistant", "drop_before")
    with pytest.raises(httpx.RemoteProtocolError):
        _create(http, autocalls, "autocalls_like")
    assert autocalls.count == 0
    assert autocalls.received["createAssistant"] == 1


def test_unknown_fault_is_refused(autocalls: MockServer) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        autocalls.fault("createAssistant", "explode")
    assert set(FAULTS) == {"rate_limited", "unavailable", "server_error", "slow", "drop_after", "drop_before"}


def test_faults_stats_and_reset_over_http(autocalls: MockServer, http: httpx.Client) -> None:
    control, auth = autocalls.url + "/__mock__", AUTH["autocalls_like"]
    order = {"operation": "createAssistant", "fault": "rate_limited", "times": 2}
    queued = http.post(control + "/faults", json=order, **auth)
    assert queued.status_code == 201
    assert [_create(http, autocalls, "autocalls_like").status_code for _ in range(3)] == [429, 429, 200]
    stats = http.get(control + "/stats", **auth).json()
    assert stats["count"] == 1
    assert stats["received"]["createAssistant"] == 3
    bad = {"operation": "createAssistant", "fault": "explode"}
    assert http.post(control + "/faults", json=bad, **auth).status_code == 400
    assert http.post(control + "/faults", json={"operation": "nope", "fault": "slow"}, **auth).status_code == 400
    assert http.post(control + "/faults", content=b"[", **auth).status_code == 400
    assert http.get(control + "/elsewhere", **auth).status_code == 404
    assert http.post(control + "/reset", **auth).status_code == 200
    assert autocalls.count == 0
    assert autocalls.requests == []
    assert _create(http, autocalls, "autocalls_like").json()["data"]["id"] == 1  # ids start again


# -- concurrency and the command ---------------------------------------------------------------------


def test_parallel_creates_get_distinct_ids(autocalls: MockServer, revox: MockServer) -> None:
    with httpx.Client(timeout=10, limits=httpx.Limits(max_connections=50)) as client:
        for server, name in ((autocalls, "autocalls_like"), (revox, "revox_like")):
            pointer = "data" if name == "autocalls_like" else "assistant"
            with ThreadPoolExecutor(max_workers=25) as pool:
                answers = list(pool.map(lambda i: _create(client, server, name, name=f"a{i}"), range(50)))  # noqa: B023
            ids = {answer.json()[pointer]["id"] for answer in answers}
            assert len(ids) == 50
            assert server.count == 50
            assert set(server.assistants) == ids
    assert set(autocalls.assistants) == set(range(1, 51))


def test_main_prints_the_url_and_stops_on_ctrl_c() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "wrappers"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "voiceagents.cli", "mock", "--vendor", "revox", "--key", KEY, "--latency", "0.01"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        answer = httpx.post(
            url + "/assistants", json={"name": "a", "prompt": "b"}, headers={"Authorization": f"Bearer {KEY}"}
        )
        assert answer.status_code == 200
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=5)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "POST /assistants createAssistant -> 200" in out
    assert KEY not in out
