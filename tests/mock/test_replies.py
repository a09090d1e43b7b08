"""The mock's programmed replies (what hostile-server tests need), its control endpoints, its
limits (nothing unauthenticated read, bounded bodies, records and assistants, flat memory) and its
latency (``voiceagents.testing``), on a small inline spec over loopback."""

from __future__ import annotations

import gc
import gzip
import json
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from voiceagents.testing import FAULTS, Limits, MockServer, Reply

KEY = "sk-replies-NEVER-PRINT-6a7b8c"
BEARER = {"Authorization": f"Bearer {KEY}"}

SPEC = yaml.safe_load("""
openapi: 3.1.0
info: {title: Small Assistants API, version: 1.0.0}
security: [{BearerAuth: []}]
paths:
  /assistants:
    post:
      operationId: createAssistant
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties: {name: {type: string}, prompt: {type: string}}
      responses:
        '201':
          x-voiceagents-id: /id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {type: object}, example: {id: asst_1a2b, name: Example}}}
  /assistants/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getAssistant
      responses:
        '200':
          x-voiceagents-id: /id
          x-voiceagents-assistant: ''
          content: {application/json: {schema: {type: object}}}
        '404':
          content: {application/json: {example: {error: no such assistant}}}
    delete:
      operationId: deleteAssistant
      responses:
        '204': {description: Deleted.}
components:
  securitySchemes:
    BearerAuth: {type: http, scheme: bearer}
""")


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer(SPEC, key=KEY) as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, headers=BEARER) as client:
        yield client


def create(http: httpx.Client, mock: MockServer, **body: Any) -> httpx.Response:
    return http.post(mock.url + "/assistants", json={"name": "a", **body})


def raw_request(mock: MockServer, head: str, body: bytes = b"") -> tuple[bytes, float]:
    """Send ``head`` (and ``body``) on a socket; the whole answer (until the server closes) and how
    long it took."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", int(mock.url.rsplit(":", 1)[1])), timeout=5) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer, time.monotonic() - started


# -- programmed replies ------------------------------------------------------------------------------


def test_replies_in_turn_the_last_repeating(mock: MockServer, http: httpx.Client) -> None:
    mock.program("createAssistant", [Reply(429, headers={"Retry-After": "2"}), Reply(201, {"id": "x"})])
    answers = [create(http, mock) for _ in range(3)]
    assert [a.status_code for a in answers] == [429, 201, 201]
    assert answers[0].json() == {"message": "Too Many Attempts."}  # no documented 429: the default body
    assert answers[0].headers["retry-after"] == "2"
    assert answers[1].json() == {"id": "x"}
    assert answers[1].headers["content-type"] == "application/json"
    assert (mock.count, mock.created, mock.received.total()) == (0, 0, 3)  # answered, nothing done


def test_times_then_the_real_answers(mock: MockServer, http: httpx.Client) -> None:
    mock.fault("createAssistant", "server_error")
    mock.program("createAssistant", [Reply(503), Reply(502)], times=3)  # replaces the queued fault
    mock.fault("createAssistant", "rate_limited")  # runs after the program
    assert [create(http, mock).status_code for _ in range(6)] == [503, 502, 502, 429, 201, 201]
    assert mock.count == 2
    with pytest.raises(ValueError, match="no operation 'cloneAssistant'"):
        mock.program("cloneAssistant", [Reply(200)])
    with pytest.raises(ValueError, match="at least one Reply"):
        mock.program("createAssistant", [])
    with pytest.raises(ValueError, match="processes the request"):
        Reply(creates=False)
    assert set(FAULTS) == {"rate_limited", "unavailable", "server_error", "slow", "drop_after", "drop_before"}


def test_creates_does_the_work_first_and_no_status_is_the_real_answer(mock: MockServer, http: httpx.Client) -> None:
    mock.program("createAssistant", [Reply(500, creates=True), Reply(delay=0.2)])
    failed = create(http, mock, name="first")
    assert (failed.status_code, failed.json(), mock.count, mock.created) == (500, {"message": "Server Error"}, 1, 1)
    started = time.monotonic()
    real = create(http, mock, name="second")
    assert time.monotonic() - started >= 0.2
    assert (real.status_code, real.json()["name"], mock.created) == (201, "second", 2)
    ident = real.json()["id"]
    mock.program("getAssistant", [Reply(404)])
    assert http.get(f"{mock.url}/assistants/{ident}").json() == {"error": "no such assistant"}  # documented
    mock.program("deleteAssistant", [Reply(200, creates=True)])
    assert http.delete(f"{mock.url}/assistants/{ident}").json() == {"message": "OK"}
    assert mock.count == 1  # deleted before the programmed answer


def test_drop_closes_without_an_answer(mock: MockServer, http: httpx.Client) -> None:
    mock.program("createAssistant", [Reply(drop=True, creates=False), Reply(drop=True)])
    with pytest.raises(httpx.RemoteProtocolError):
        create(http, mock)
    assert mock.count == 0
    with pytest.raises(httpx.RemoteProtocolError):
        create(http, mock)
    assert mock.count == 1


def test_drip_sends_the_body_slowly(mock: MockServer) -> None:
    body = b'{"id": "' + b"x" * 588 + b'"}'  # 600 bytes at 2,000 per second: 0.3 s
    mock.program("createAssistant", [Reply(201, body, drip=2000)])
    started = time.monotonic()
    with httpx.Client(timeout=httpx.Timeout(5, read=0.2), headers=BEARER) as patient_per_read:
        answer = create(patient_per_read, mock)  # no read waits 0.2 s: only a total deadline would stop it
    assert time.monotonic() - started >= 0.28
    assert answer.content == body


def test_gzip_sends_given_bytes_or_compresses_json(mock: MockServer, http: httpx.Client) -> None:
    bomb = gzip.compress(b"0" * 2_000_000)
    mock.program("createAssistant", [Reply(201, bomb, gzip=True), Reply(201, {"id": "z"}, gzip=True)])
    with http.stream("POST", mock.url + "/assistants", json={"name": "a"}) as streamed:
        assert streamed.headers["content-encoding"] == "gzip"
        raw = b"".join(streamed.iter_raw())
    assert raw == bomb
    assert len(raw) < 10_000
    assert create(http, mock).json() == {"id": "z"}


def test_a_redirect_to_another_origin(mock: MockServer, http: httpx.Client) -> None:
    mock.program("createAssistant", [Reply(307, b"", headers={"Location": "http://elsewhere.invalid/steal"})])
    answer = create(http, mock)
    assert (answer.status_code, answer.headers["location"], answer.content) == (
        307,
        "http://elsewhere.invalid/steal",
        b"",
    )
    assert mock.count == 0


# -- control endpoints ---------------------------------------------------------------------------------


def test_program_over_http(mock: MockServer, http: httpx.Client) -> None:
    control = mock.url + "/__mock__"
    order = {"operation": "createAssistant", "replies": [{"status": 418, "text": "tea"}, {"creates": True}]}
    assert http.post(control + "/program", json=order).status_code == 201
    teapot = create(http, mock)
    assert (teapot.status_code, teapot.content) == (418, b"tea")
    assert create(http, mock).status_code == 201
    bad = {"operation": "createAssistant", "replies": [{"status": 200, "colour": "red"}]}
    refused = http.post(control + "/program", json=bad)
    assert (refused.status_code, "colour" in refused.json()["message"]) == (400, True)
    assert http.post(control + "/program", json={"operation": "createAssistant", "replies": 3}).status_code == 400
    stats = http.get(control + "/stats").json()
    assert stats == {"received": {"createAssistant": 2, "getAssistant": 0, "deleteAssistant": 0}} | {
        "created": 1,
        "count": 1,
        "requests": 2,
    }


@pytest.mark.parametrize("key", [KEY, None], ids=["given-key", "any-key"])
def test_control_endpoints_need_the_key(key: str | None) -> None:
    with MockServer(SPEC, key=key) as mock, httpx.Client(timeout=5) as http:
        stats = mock.url + "/__mock__/stats"
        assert http.get(stats).status_code == 401
        assert http.get(stats, headers={"Authorization": "Bearer"}).status_code == 401
        assert http.get(stats, headers={"Authorization": f"Basic {KEY}"}).status_code == 401
        assert http.post(mock.url + "/__mock__/reset", headers={"Authorization": "Bearer sk-other"}).status_code == (
            401 if key else 200
        )
        assert http.get(stats, headers=BEARER).status_code == 200
        fault = {"operation": "createAssistant", "fault": "unavailable"}
        assert http.post(mock.url + "/__mock__/faults", json=fault).status_code == 401
        assert http.post(mock.url + "/assistants", json={"name": "a"}, headers=BEARER).status_code == 201


# -- limits --------------------------------------------------------------------------------------------


def test_an_unauthenticated_body_is_never_read(mock: MockServer) -> None:
    head = "POST /assistants HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: 50000000\n"
    answer, took = raw_request(mock, head, b'{"name": "a"')  # 50 MB announced, 12 bytes sent
    assert answer.startswith(b"HTTP/1.1 401")
    assert b"Connection: close" in answer
    assert took < 2
    (recorded,) = mock.requests
    assert (recorded.body, recorded.operation_id, mock.received.total()) == (b"", "createAssistant", 0)


def test_a_body_over_the_limit_is_refused_unread() -> None:
    with MockServer(SPEC, key=KEY, limits=Limits(max_body=1000)) as mock:
        head = f"POST /assistants HTTP/1.1\nHost: x\nAuthorization: Bearer {KEY}\nContent-Length: 2000000\n"
        answer, took = raw_request(mock, head)
        assert answer.startswith(b"HTTP/1.1 413")
        assert b"at most 1000" in answer
        assert took < 2
        chunked, _ = raw_request(
            mock,
            f"POST /assistants HTTP/1.1\nHost: x\nAuthorization: Bearer {KEY}\nTransfer-Encoding: chunked\n",
            b"5\r\nhello\r\n0\r\n\r\n",
        )
        assert chunked.startswith(b"HTTP/1.1 411")
        with httpx.Client(timeout=5, headers=BEARER) as http:
            assert create(http, mock, prompt="p" * 2000).status_code == 413
            assert create(http, mock, prompt="p" * 900).status_code == 201
        assert (mock.count, mock.received.total()) == (1, 1)
        assert [len(r.body) for r in mock.requests][:3] == [0, 0, 0]  # refused unread
        assert len(mock.requests[3].body) > 900


def test_recorded_requests_are_a_bounded_ring(http: httpx.Client) -> None:
    with MockServer(SPEC, key=KEY, limits=Limits(max_requests=3, max_recorded_bytes=100)) as mock:
        for i in range(5):
            create(http, mock, name=f"n{i}")
        assert [r.json()["name"] for r in mock.requests] == ["n2", "n3", "n4"]
        create(http, mock, name="n5", prompt="p" * 70)  # 95 bytes: with any other, over the 100-byte budget
        assert [r.json()["name"] for r in mock.requests] == ["n5"]
        assert mock.count == 6


def test_assistants_are_bounded(http: httpx.Client) -> None:
    with MockServer(SPEC, key=KEY, limits=Limits(max_assistants=2)) as mock:
        first, _ = (create(http, mock).json()["id"] for _ in range(2))
        full = create(http, mock)
        assert full.status_code == 507
        assert "holds 2 assistants" in full.json()["message"]
        assert "max_assistants" in full.json()["message"]
        assert (mock.count, mock.created) == (2, 2)
        assert http.delete(f"{mock.url}/assistants/{first}").status_code == 204
        assert create(http, mock).status_code == 201


def _post_many(mock: MockServer, body: bytes, n: int) -> list[int]:
    """POST ``body`` to the create ``n`` times on one kept-alive connection; the statuses."""
    head = f"POST /assistants HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {KEY}\r\nContent-Length: {len(body)}\r\n\r\n"
    request = head.encode() + body
    statuses = []
    with socket.create_connection(("127.0.0.1", int(mock.url.rsplit(":", 1)[1])), timeout=10) as sock:
        answers = sock.makefile("rb")
        for _ in range(n):
            sock.sendall(request)
            statuses.append(int(answers.readline().split()[1]))
            length = 0
            while (line := answers.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            answers.read(length)
    return statuses


def test_memory_stays_flat_over_3000_posts_of_70_kb() -> None:
    """With the default limits: once the store (1,000 assistants) and the journal (16 MiB of bodies)
    are full, nothing a request brings is kept. Measured as what Python still holds of what the last
    2,000 posts allocated (tracemalloc: this process's resident size also moves with whatever ran
    before on the worker): the journal's newest bodies, within its budget, and nothing else; keeping
    every body would hold 2,000 x 70 kB = 140 MB."""
    body = json.dumps({"name": "big", "prompt": "p" * 70_000}).encode()
    with MockServer(SPEC, key=KEY) as mock:
        statuses = _post_many(mock, body, 1000)
        gc.collect()
        tracemalloc.start()
        try:
            statuses += _post_many(mock, body, 2000)
            gc.collect()
            kept = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert statuses == [201] * 1000 + [507] * 2000
        assert (mock.count, mock.received.total()) == (1000, 3000)
        assert len(mock.requests) == (16 << 20) // len(body)  # the journal's byte budget
    budget = Limits().max_recorded_bytes  # the journal keeps the newest bodies up to it: those are new
    assert kept < budget + (4 << 20), f"the last 2,000 posts left {kept / 2**20:.1f} MiB behind"


# -- latency -------------------------------------------------------------------------------------------


def test_latency_delays_each_request_without_holding_the_others() -> None:
    with MockServer(SPEC, key=KEY, latency=0.5) as mock:
        took: list[float] = []

        def one() -> None:
            started = time.monotonic()
            with httpx.Client(timeout=5, headers=BEARER) as http:
                assert create(http, mock).status_code == 201
            took.append(time.monotonic() - started)

        started = time.monotonic()
        threads = [threading.Thread(target=one) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        total = time.monotonic() - started
    assert len(took) == 5
    assert min(took) >= 0.5
    assert total < 2.0  # 5 requests side by side, not 2.5 s one after the other (a wide margin: CI is busy)
