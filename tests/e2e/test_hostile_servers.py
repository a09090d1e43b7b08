"""Each class of defence against real loopback servers that misbehave on purpose (the mock's
programmed replies), through the library and the command line: no hang, no traceback, no key
leaving its origin, nothing sent outside a documented path, output that is always valid JSON.

Verdicts of the official Revox SDK on the same cases are in the closing note of the change that
measured them: it follows a cross-origin redirect only when the caller's client does (httpx then
drops an ``Authorization`` header, not a key in another header such as CallHQ's ``x-api-key``), hangs
on a dripping answer, inflates a gzip bomb whole, and lets ``RecursionError`` and the digit-limit
``ValueError`` escape.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import ROOT
from support.answers import request_body
from voiceagents import spec as vspec
from voiceagents._exceptions import (
    APIPaginationError,
    APIResponseLimitError,
    APIStatusError,
    APITimeoutError,
    InputError,
)
from voiceagents._http import AnswerLimits, client
from voiceagents.testing import MockServer, Reply, serve

KEY = "sk-loopback/NEVER+PRINT-5a4b3c"


@pytest.fixture
def revox() -> Iterator[MockServer]:
    with serve("revox", key=KEY) as mock:
        yield mock


@pytest.fixture
def elsewhere() -> Iterator[MockServer]:
    """Another origin: it must never be reached with a key."""
    with serve("revox") as mock:
        yield mock


class Ran:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def cli(*args: str, env: dict[str, str] | None = None) -> Ran:
    """The command line, in this process (click's runner; an exception that escapes fails the test)."""
    from click.testing import CliRunner
    from voiceagents.cli import main

    environment: dict[str, str | None] = {k: None for k in os.environ if k.startswith(("VOICEAGENTS_", "REVOX_"))}
    result = CliRunner().invoke(main, list(args), env={**environment, "REVOX_API_KEY": KEY, **(env or {})})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)


def cli_process(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The command line in a subprocess, as a user runs it (no VOICEAGENTS_LOG)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("VOICEAGENTS_", "REVOX_"))}
    environment.update({"PYTHONPATH": str(ROOT / "wrappers"), "REVOX_API_KEY": KEY, **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "voiceagents.cli", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def no_traceback(proc: Ran | subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert KEY not in proc.stdout + proc.stderr


# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize("nasty", ["..", ".", "%2e%2e", "a/b", "%2F", "x?y", "a#b", "", "x\n"])
@pytest.mark.parametrize("command", ["get", "delete", "clone"])
def test_the_command_line_refuses_an_id_that_is_path_syntax_and_sends_nothing(
    revox: MockServer, command: str, nasty: str
) -> None:
    proc = cli(command, "--vendor", "revox", "--base-url", revox.url, nasty)
    assert proc.returncode == 1, proc.stderr
    assert "assistant id" in proc.stderr
    no_traceback(proc)
    assert revox.received.total() == 0


def test_an_id_read_from_a_list_answer_that_is_path_syntax_is_never_used(revox: MockServer) -> None:
    created = request_body("revox", "createAssistant") or {}
    with client("revox", api_key=KEY, base_url=revox.url) as api:
        real = api.create_assistant(created).id
        revox.program("listAssistants", [Reply(200, {"assistants": [{"id": "..", "name": "X"}, {"id": real}]})])
        listed = [item.id for item in api.list_assistants()]
    assert listed == [None, real]
    outside = [r for r in revox.requests if r.operation_id is None]
    assert outside == []


# --------------------------------------------------------------------------- credentials


@pytest.mark.parametrize("status", [307, 308, 302])
def test_a_cross_origin_redirect_never_carries_the_key_or_the_body(
    revox: MockServer, elsewhere: MockServer, status: int
) -> None:
    revox.program("createAssistant", [Reply(status, b"", headers={"Location": f"{elsewhere.url}/assistants"})])
    mine = httpx.Client(follow_redirects=True)  # a caller's own client that follows redirects
    with (
        client("revox", api_key=KEY, base_url=revox.url, http_client=mine) as api,
        pytest.raises(APIStatusError) as info,
    ):
        api.create_assistant(request_body("revox", "createAssistant") or {})
    mine.close()
    assert elsewhere.received.total() == 0
    assert all(r.body == b"" for r in elsewhere.requests)
    assert info.value.status_code == status
    assert KEY not in repr(vars(info.value))


def test_the_command_line_never_shows_a_key_with_a_line_break(revox: MockServer) -> None:
    proc = cli("list", "--vendor", "revox", "--base-url", revox.url, env={"REVOX_API_KEY": "sk-abc\r\nX-Evil: 1"})
    assert proc.returncode == 1
    assert "control character" in proc.stderr
    assert "sk-abc" not in proc.stderr
    assert revox.received.total() == 0


def test_a_password_in_the_base_url_is_refused_and_not_shown(revox: MockServer) -> None:
    url = revox.url.replace("http://", "http://admin:pw-NEVER-SHOWN@")
    proc = cli("list", "--vendor", "revox", "--base-url", url)
    assert proc.returncode == 1
    assert "pw-NEVER-SHOWN" not in proc.stdout + proc.stderr
    assert revox.received.total() == 0


def test_an_empty_base_url_given_explicitly_is_an_error_not_the_environment(revox: MockServer) -> None:
    proc = cli("list", "--vendor", "revox", "--base-url", "", env={"REVOX_BASE_URL": revox.url})
    assert proc.returncode == 1
    assert "base URL from base_url is empty" in proc.stderr
    assert revox.received.total() == 0


def test_a_missing_key_names_the_environment_variable_for_a_command_line_user(revox: MockServer) -> None:
    proc = cli("list", "--vendor", "revox", "--base-url", revox.url, env={"REVOX_API_KEY": ""})
    assert proc.returncode == 1
    assert "set the environment variable REVOX_API_KEY" in proc.stderr
    assert "api_key=" not in proc.stderr


def test_errors_that_echo_the_key_in_headers_and_escaped_bodies_show_it_nowhere(revox: MockServer) -> None:
    escaped = json.dumps(KEY)[1:-1].replace("/", "\\/")
    body = ('{"message": "invalid key ' + escaped + '", "token": "' + KEY + '"}').encode()
    headers = {"WWW-Authenticate": f'Bearer error="invalid_token" token="{KEY}"', "Location": f"/x?api_key={KEY}"}
    revox.program("getAssistant", [Reply(401, body, headers=headers)])
    with client("revox", api_key=KEY, base_url=revox.url) as api, pytest.raises(APIStatusError) as info:
        api.get_assistant("asst_x")
    error = info.value
    shown = repr(vars(error)) + str(error) + repr(error.headers) + json.dumps(error.body)
    assert KEY not in shown
    assert escaped not in shown
    proc = cli("get", "--vendor", "revox", "--base-url", revox.url, "asst_x")
    assert proc.returncode == 4
    no_traceback(proc)


# --------------------------------------------------------------------------- bounded answers


def test_a_gzip_bomb_is_refused_in_bounded_memory(revox: MockServer) -> None:
    bomb = gzip.compress(b"\0" * (96 << 20), compresslevel=6)  # 96 MiB of zeros in about 100 KiB
    revox.program("getAssistant", [Reply(200, bomb, gzip=True)])
    proc = cli_process("get", "--vendor", "revox", "--base-url", revox.url, "asst_x")
    assert proc.returncode == 4, proc.stderr
    assert "decompressed" in proc.stderr
    no_traceback(proc)


def test_a_large_answer_is_refused_without_reading_it_all(revox: MockServer) -> None:
    revox.program("getAssistant", [Reply(200, b"[" + b"1," * (8 << 20) + b"1]")])  # 16 MiB
    with (
        client("revox", api_key=KEY, base_url=revox.url, limits=AnswerLimits(max_bytes=1 << 20)) as api,
        pytest.raises(APIResponseLimitError) as info,
    ):
        api.get_assistant("asst_x")
    assert info.value.limit == "max_bytes"


def test_a_dripping_answer_ends_at_the_deadline_given_by_timeout(revox: MockServer) -> None:
    revox.program("getAssistant", [Reply(200, b'{"id": "asst_x", "name": "' + b"a" * 200 + b'"}', drip=20)])
    start = time.monotonic()
    proc = cli_process("get", "--vendor", "revox", "--base-url", revox.url, "--timeout", "1", "asst_x")
    assert time.monotonic() - start < 8
    assert proc.returncode == 4, proc.stderr
    assert "deadline" in proc.stderr
    no_traceback(proc)


@pytest.mark.parametrize(
    ("payload", "limit"), [(b"[" * 500 + b"]" * 500, "max_depth"), (b'{"id": ' + b"7" * 5000 + b"}", "max_digits")]
)
def test_a_deep_or_long_number_answer_to_a_create_says_the_assistant_may_exist(
    revox: MockServer, payload: bytes, limit: str, tmp_path: Path
) -> None:
    revox.program("createAssistant", [Reply(200, payload, creates=True)])
    body = tmp_path / "body.json"
    body.write_text(json.dumps(request_body("revox", "createAssistant")), encoding="utf-8")
    proc = cli("create", "--vendor", "revox", "--base-url", revox.url, str(body))
    assert proc.returncode == 4, proc.stderr
    assert "may have been created" in proc.stderr
    assert limit.split("_")[1] in proc.stderr or "nests" in proc.stderr
    no_traceback(proc)
    assert revox.count == 1


def test_nan_and_infinity_are_printed_as_valid_json(revox: MockServer) -> None:
    revox.program("getAssistant", [Reply(200, b'{"id": "asst_x", "background_sound_volume": NaN, "v": Infinity}')])
    proc = cli("get", "--vendor", "revox", "--base-url", revox.url, "asst_x")
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout, parse_constant=lambda c: pytest.fail(f"printed {c}"))
    assert printed["background_sound_volume"] is None


# --------------------------------------------------------------------------- listings


def _paged_vendor() -> str:
    for slug in vspec.SLUGS:
        op = vspec.vendor(slug).spec.operations.get("listAssistants")
        if op is not None and op.pagination is not None and op.pagination.style == "page":
            return slug
    pytest.skip("no vendor pages by number")


def test_a_list_whose_pages_never_end_stops_in_the_library_and_the_command_line() -> None:
    slug = _paged_vendor()
    op = vspec.operation(slug, "listAssistants")
    assert op.pagination is not None
    assert op.pagination.size_param is not None
    size = int(op.pagination.size_param.schema["maximum"])
    items = op.pointer("items") or ""
    page: dict[str, Any] = {}
    node = page
    parts = items.strip("/").split("/")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = [{"id": i} for i in range(1, size + 1)]
    if op.pagination.last_page:
        last = op.pagination.last_page.strip("/").split("/")
        node = page
        for part in last[:-1]:
            node = node.setdefault(part, {})
        node[last[-1]] = 10**9
    with serve(slug, key=KEY) as mock:
        mock.program("listAssistants", [Reply(200, page)])
        with client(slug, api_key=KEY, base_url=mock.url) as api, pytest.raises(APIPaginationError):
            list(api.list_assistants())
        assert mock.received["listAssistants"] == 2
        env = {vspec.vendor(slug).api_key_env: KEY}
        proc = cli("list", "--vendor", slug, "--base-url", mock.url, env=env)
    assert proc.returncode == 4
    assert "does not advance" in proc.stderr
    no_traceback(proc)


def test_a_stalled_list_ends_at_the_deadline(revox: MockServer) -> None:
    revox.program("listAssistants", [Reply(200, {"assistants": []}, delay=30)])
    with client("revox", api_key=KEY, base_url=revox.url, timeout=5, deadline=1.0) as api:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            list(api.list_assistants())
    assert time.monotonic() - start < 4


def test_an_unknown_vendor_encoding_is_a_clear_error(revox: MockServer) -> None:
    revox.program("getAssistant", [Reply(200, b"x", headers={"Content-Encoding": "br"})])
    with client("revox", api_key=KEY, base_url=revox.url) as api, pytest.raises(APIResponseLimitError, match="br"):
        api.get_assistant("asst_x")


def test_input_errors_never_reach_the_network(revox: MockServer) -> None:
    with client("revox", api_key=KEY, base_url=revox.url) as api, pytest.raises(InputError):
        api.delete_assistant("..")
    assert revox.received.total() == 0
