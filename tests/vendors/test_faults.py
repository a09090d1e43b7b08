"""Fault injection against the mock of each vendor on 127.0.0.1 (``voiceagents.testing``, its
programmed replies): creates.

Every scenario runs for every vendor, through the sync and the async client, and checks what the
server counted: no scenario creates a duplicate. Retry waits are recorded instead of slept; the only
real waiting is a hanging server's short timeout. Then timeouts (defaults, a client you bring, per
call) and Ctrl-C during a create: in-process (sync, async) and ``voiceagents create`` as a
subprocess. The other operations' retries are in test_lifecycle, their answers in test_answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import ROOT, SLUGS
from support.answers import (
    answer_bodies,
    closed_port_url,
    json_reply,
    pin,
    request_body,
    success_pointer,
    success_status,
)
from voiceagents import _json
from voiceagents import spec as vspec
from voiceagents._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    UnprocessableEntityError,
)
from voiceagents._http._client import AsyncClient, Client
from voiceagents._http._response import Result
from voiceagents.spec import schema as spec_schema
from voiceagents.testing import MockServer, Reply

KEY = "sk-fault-NEVER-PRINT-1a2b3c4d"
CREATE = "createAssistant"
HANG = 30.0
"""How long a hanging server waits before answering (it stops waiting when the server stops)."""
SHORT = 0.1
MARGIN = 1.0


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, MockServer]]:
    """The mock of each vendor, requiring ``KEY``."""
    with contextlib.ExitStack() as stack:
        yield {slug: stack.enter_context(MockServer(vspec.vendor(slug).spec, key=KEY)) for slug in SLUGS}


@pytest.fixture(autouse=True)
def _never_a_duplicate(mocks: dict[str, MockServer]) -> Iterator[None]:
    yield
    for slug, mock in mocks.items():
        assert mock.created <= 1, f"{slug}: {mock.created} assistants created by one call"


def program(mocks: dict[str, MockServer], slug: str, replies: list[Reply]) -> MockServer:
    """``slug``'s mock, its counters and state reset, answering the next creates with ``replies``."""
    mock = mocks[slug]
    mock.reset()
    mock.program(CREATE, replies)
    return mock


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def valid_body(slug: str) -> dict[str, Any]:
    return request_body(slug, CREATE) or {}


def success_body(slug: str) -> Any:
    return answer_bodies(slug, CREATE)[0][1]


def expected_id(slug: str) -> Any:
    where = success_pointer(slug, CREATE, "id")
    return None if where is None else _json.read_pointer(success_body(slug), where)


def created(slug: str) -> Reply:
    return json_reply(success_status(slug, CREATE), success_body(slug), {"x-request-id": "req_ok"}, creates=True)


class Caller:
    """Runs one create through the sync or the async client, recording the retry waits."""

    def __init__(self, mode: str, slug: str, base_url: str, **kwargs: Any) -> None:
        self.mode = mode
        self.slug = slug
        self.base_url = base_url
        self.kwargs = {"api_key": KEY, **kwargs}
        self.sleeps: list[float] = []

    def create(self, body: dict[str, Any], **options: Any) -> Result:
        if self.mode == "sync":
            with Client(self.slug, base_url=self.base_url, **self.kwargs) as c:
                self.sleeps = pin(c)
                return c.create_assistant(body, **options)

        async def go() -> Result:
            async with AsyncClient(self.slug, base_url=self.base_url, **self.kwargs) as c:
                self.sleeps = pin(c)
                return await c.create_assistant(body, **options)

        return asyncio.run(go())


def _no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text


# -- scenarios -------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_created(mocks: dict[str, MockServer], mode: str, slug: str) -> None:
    mock = program(mocks, slug, [created(slug)])
    result = Caller(mode, slug, mock.url).create(valid_body(slug))
    assert (mock.received.total(), mock.created) == (1, 1)
    assert result.status_code == success_status(slug, CREATE)
    assert result.id == expected_id(slug)
    assert result.raw == success_body(slug)
    assert result.headers["x-request-id"] == "req_ok"
    request = mock.requests[0]
    assert json.loads(request.body) == valid_body(slug)
    location, name, prefix = vspec.vendor(slug).auth
    if location == "query":
        assert request.query[name] == [KEY]
        assert "authorization" not in request.headers
    else:
        assert request.headers[name.lower()] == (f"{prefix} {KEY}" if prefix else KEY)


@pytest.mark.parametrize("slug", SLUGS)
def test_rate_limited_then_created_once(mocks: dict[str, MockServer], mode: str, slug: str) -> None:
    limited = json_reply(429, {"message": "Too Many Attempts."}, {"Retry-After": "1"})
    mock = program(mocks, slug, [limited, created(slug)])
    caller = Caller(mode, slug, mock.url)
    result = caller.create(valid_body(slug))
    assert result.id == expected_id(slug)
    assert (mock.received.total(), mock.created) == (2, 1)
    assert caller.sleeps == [1.0]  # the server's Retry-After


@pytest.mark.parametrize("slug", SLUGS)
def test_connection_refused_is_retried_then_raised(mode: str, slug: str) -> None:
    caller = Caller(mode, slug, closed_port_url(), max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        caller.create(valid_body(slug))
    assert type(info.value) is APIConnectionError
    assert info.value.may_have_created is False
    assert caller.sleeps == [0.5 * 0.875, 1.0 * 0.875]  # backoff, jitter pinned
    assert "after 3 attempts" in str(info.value)
    assert "may have been created" not in str(info.value)


@pytest.mark.parametrize("slug", SLUGS)
def test_slow_response_times_out_without_retry(mocks: dict[str, MockServer], mode: str, slug: str) -> None:
    mock = program(mocks, slug, [Reply(success_status(slug, CREATE), b"{}", creates=True, delay=HANG)])
    caller = Caller(mode, slug, mock.url)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as info:
        caller.create(valid_body(slug), timeout=SHORT)
    assert time.monotonic() - started < SHORT + MARGIN
    assert info.value.may_have_created is True
    assert "may have been created" in str(info.value)
    assert f"limit {SHORT:g} s" in str(info.value)
    assert (mock.received.total(), mock.created, caller.sleeps) == (1, 1, [])


@pytest.mark.parametrize("slug", SLUGS)
def test_server_error_is_not_retried(mocks: dict[str, MockServer], mode: str, slug: str) -> None:
    mock = program(
        mocks, slug, [json_reply(500, {"message": "Server Error"}, {"x-request-id": "req_500"}, creates=True)]
    )
    caller = Caller(mode, slug, mock.url)
    with pytest.raises(InternalServerError) as info:
        caller.create(valid_body(slug))
    assert (mock.received.total(), mock.created, caller.sleeps) == (1, 1, [])
    error = info.value
    assert (error.status_code, error.body, error.request_id) == (500, {"message": "Server Error"}, "req_500")
    assert error.may_have_created is True
    assert "may have been created" in str(error)


@pytest.mark.parametrize("slug", SLUGS)
def test_dropped_connection_after_the_work_is_not_retried(mocks: dict[str, MockServer], mode: str, slug: str) -> None:
    """The server did the work, then closed the connection without answering."""
    mock = program(mocks, slug, [Reply(500, creates=True, drop=True)])
    caller = Caller(mode, slug, mock.url)
    with pytest.raises(APIConnectionError) as info:
        caller.create(valid_body(slug))
    assert info.value.may_have_created is True
    assert (mock.received.total(), caller.sleeps) == (1, [])


@pytest.mark.parametrize("slug", SLUGS)
def test_malformed_json_keeps_the_raw_body(mocks: dict[str, MockServer], mode: str, slug: str) -> None:
    raw = b'{"id": "asst_1", "data": {"id": 7, "name": "Sales'
    mock = program(mocks, slug, [Reply(success_status(slug, CREATE), raw, creates=True)])
    with pytest.raises(APIResponseValidationError) as info:
        Caller(mode, slug, mock.url).create(valid_body(slug))
    assert info.value.raw_body == raw
    assert info.value.status_code == success_status(slug, CREATE)
    assert info.value.may_have_created is True
    assert "not JSON" in str(info.value)
    assert (mock.received.total(), mock.created) == (1, 1)


def _fields(slug: str) -> tuple[str, str]:
    """A top-level and a nested member of the vendor's create body, read from its spec."""
    spec = vspec.vendor(slug).spec.document
    root = spec["components"]["schemas"]["CreateAssistantRequest"]
    props = {k: v for m in spec_schema.members(spec, root) for k, v in (m.get("properties") or {}).items()}
    top = next(iter(props))
    for name, sub in props.items():
        inner = {k for m in spec_schema.members(spec, sub) for k in (m.get("properties") or {})}
        if inner:
            return top, f"{name}.{sorted(inner)[0]}"
    return top, f"{top}.inner"


def _unprocessable(style: str, errors: dict[str, list[str]]) -> Reply:
    if style == "laravel":
        return json_reply(422, {"message": "The given data was invalid.", "errors": errors})
    if style == "fastapi":
        detail = [
            {"loc": ["body", *f.split(".")], "msg": m, "type": "value_error"} for f, ms in errors.items() for m in ms
        ]
        return json_reply(422, {"detail": detail})
    validation = [
        {"location": ["body", *f.split(".")], "severity": "Error", "code": "x", "message": m}
        for f, ms in errors.items()
        for m in ms
    ]
    problem = {
        "title": "Invalid request",
        "status": 422,
        "detail": "Your request is not valid.",
        "validation": validation,
    }
    return json_reply(422, problem, {"Content-Type": "application/problem+json"})


@pytest.mark.parametrize("style", ["laravel", "fastapi", "prism"])
@pytest.mark.parametrize("slug", SLUGS)
def test_unprocessable_carries_field_errors(mocks: dict[str, MockServer], mode: str, slug: str, style: str) -> None:
    top, nested = _fields(slug)
    errors = {top: ["The field is required."], nested: ["must be <= 1.2", "is too fast"]}
    mock = program(mocks, slug, [_unprocessable(style, errors)])
    with pytest.raises(UnprocessableEntityError) as info:
        Caller(mode, slug, mock.url).create(valid_body(slug))
    assert info.value.field_errors == errors
    assert f"{nested}: must be <= 1.2 / is too fast" in str(info.value)
    assert info.value.may_have_created is False
    assert (mock.received.total(), mock.created) == (1, 0)


@pytest.mark.parametrize("slug", SLUGS)
def test_wrong_key_is_an_authentication_error(mocks: dict[str, MockServer], mode: str, slug: str) -> None:
    mock = program(mocks, slug, [created(slug)])
    wrong = "sk-wrong-" + KEY[9:][::-1]
    caller = Caller(mode, slug, mock.url, api_key=wrong)
    with pytest.raises(AuthenticationError) as info:
        caller.create(valid_body(slug))
    assert info.value.status_code == 401
    assert info.value.body == {"message": "Unauthenticated."}
    assert info.value.may_have_created is False
    assert (mock.received.total(), mock.created, caller.sleeps) == (0, 0, [])
    assert len(mock.requests) == 1
    assert wrong not in str(info.value)


def test_no_key_in_any_output(
    mocks: dict[str, MockServer], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    scenarios = [
        [json_reply(429, {"message": "slow"}, {"Retry-After": "0"}), json_reply(201, {})],
        [json_reply(500, {"message": f"boom {KEY}"})],
        [_unprocessable("laravel", {"api_key": [f"{KEY} is wrong"]})],
    ]
    for slug in SLUGS:
        for replies in scenarios:
            mock = program(mocks, slug, replies)
            for mode in ("sync", "async"):
                try:
                    Caller(mode, slug, mock.url).create(valid_body(slug))
                except Exception as exc:
                    _no_key(str(exc), repr(exc))
    out, err = capsys.readouterr()
    _no_key(out, err, caplog.text, *(r.getMessage() for r in caplog.records))


# -- timeouts on a hanging server ------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_a_client_you_bring_keeps_its_timeout(mocks: dict[str, MockServer], slug: str) -> None:
    mock = program(mocks, slug, [Reply(200, b"{}", creates=True, delay=HANG)])
    with httpx.Client(timeout=SHORT) as http:
        c = Client(slug, api_key=KEY, base_url=mock.url, http_client=http)
        assert c.timeout == httpx.Timeout(SHORT)
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=rf"limit {SHORT:g} s"):
            c.create_assistant(valid_body(slug))
        assert time.monotonic() - started < SHORT + MARGIN
    with httpx.Client(timeout=5.0) as five:
        assert Client(slug, api_key=KEY, base_url=mock.url, http_client=five).timeout == httpx.Timeout(5.0)


def test_none_disables_the_timeout_and_per_call_values_win(mocks: dict[str, MockServer]) -> None:
    slug = SLUGS[0]
    mock = program(
        mocks, slug, [Reply(success_status(slug, CREATE), json.dumps(success_body(slug)).encode(), delay=0.3)]
    )
    with httpx.Client(timeout=0.05) as http:
        c = Client(slug, api_key=KEY, base_url=mock.url, http_client=http)
        assert c.create_assistant(valid_body(slug), timeout=None).id == expected_id(slug)  # waits as long as needed
        with pytest.raises(APITimeoutError):
            c.create_assistant(valid_body(slug))  # the client's own 0.05 s
        assert c.create_assistant(valid_body(slug), timeout=2.0).id == expected_id(slug)
    never = Client(slug, api_key=KEY, base_url=mock.url, timeout=None)
    assert never.timeout == httpx.Timeout(None)
    assert never.create_assistant(valid_body(slug)).id == expected_id(slug)
    default = Client(slug, api_key=KEY, base_url=mock.url)
    assert default.timeout == httpx.Timeout(60.0, connect=5.0)
    assert default._http.timeout == httpx.Timeout(60.0, connect=5.0)


# -- Ctrl-C during a create ------------------------------------------------------------------------


def _interrupt_when_received(mock: MockServer, count: int = 1) -> threading.Thread:
    """SIGINT to the main thread once the mock holds the request (so it lands mid-request)."""

    def run() -> None:
        deadline = time.monotonic() + 20
        while mock.received.total() < count and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def sigint() -> Iterator[None]:
    """Python's own SIGINT handler (KeyboardInterrupt) for the test, whatever the runner installed."""
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signals reach the main thread only")
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("slug", SLUGS)
def test_ctrl_c_during_a_create_says_it_may_exist(mocks: dict[str, MockServer], slug: str, sigint: None) -> None:
    mock = program(mocks, slug, [Reply(201, b"{}", creates=True, delay=HANG)])
    c = Client(slug, api_key=KEY, base_url=mock.url)
    thread = _interrupt_when_received(mock)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt) as info:
        c.create_assistant(valid_body(slug))
    thread.join()
    assert time.monotonic() - started < HANG / 2
    notes = getattr(info.value, "__notes__", [])
    assert any("may have been created" in n and slug in n for n in notes), notes
    _no_key(*notes)


def test_cancelling_an_async_create_says_it_may_exist(mocks: dict[str, MockServer]) -> None:
    slug = SLUGS[0]
    mock = program(mocks, slug, [Reply(201, b"{}", creates=True, delay=HANG)])

    async def go() -> BaseException:
        async with AsyncClient(slug, api_key=KEY, base_url=mock.url) as c:
            task = asyncio.ensure_future(c.create_assistant(valid_body(slug)))
            while mock.received.total() < 1:
                await asyncio.sleep(0.01)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError as exc:
                return exc
        raise AssertionError("not cancelled")

    cancelled = asyncio.run(go())
    assert any("may have been created" in n for n in getattr(cancelled, "__notes__", []))


def test_ctrl_c_during_an_async_create_says_it_may_exist(
    mocks: dict[str, MockServer], sigint: None, caplog: pytest.LogCaptureFixture
) -> None:
    slug = SLUGS[0]
    mock = program(mocks, slug, [Reply(201, b"{}", creates=True, delay=HANG)])

    async def go() -> None:
        async with AsyncClient(slug, api_key=KEY, base_url=mock.url) as c:
            await c.create_assistant(valid_body(slug))

    thread = _interrupt_when_received(mock)
    with caplog.at_level("WARNING", logger="voiceagents"), pytest.raises(KeyboardInterrupt) as info:
        asyncio.run(go())
    thread.join()
    # asyncio.run raises a KeyboardInterrupt of its own; the cancellation it interrupted carries the note,
    # and the warning is logged (stderr by default), so the user is told either way.
    cancelled = info.value.__context__
    assert any("may have been created" in n for n in getattr(cancelled, "__notes__", []))
    assert any("may have been created" in r.getMessage() for r in caplog.records)


def test_ctrl_c_during_voiceagents_create_exits_130_with_the_warning(
    mocks: dict[str, MockServer], tmp_path: Path
) -> None:
    slug = next(s for s in SLUGS if vspec.vendor(s).auth[0] == "header")
    mock = program(mocks, slug, [Reply(201, b"{}", creates=True, delay=HANG)])
    body = tmp_path / "body.json"
    body.write_text(json.dumps(valid_body(slug)), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "wrappers"), os.environ.get("PYTHONPATH", "")]),
        vspec.vendor(slug).api_key_env: KEY,
    }
    env.pop("VOICEAGENTS_LOG", None)
    command = [sys.executable, "-m", "voiceagents.cli", "create", "--vendor", slug, "--base-url", mock.url, str(body)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while mock.received.total() < 1 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert mock.received.total() == 1, proc.poll()
        time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert "warning: voiceagents: the createAssistant request" in err
    assert "may have been created" in err
    assert err.rstrip().endswith("interrupted")
    assert out == ""
    _no_key(out, err)
