"""An answer that lacks what the spec says is always there, through ``voiceagents.client``: it
parses, the misfit is on ``result.warnings`` of every answer and logged once per vendor, operation
and field in a process, and reading the field raises ``MissingFieldError`` (never a wrong value)."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
import voiceagents
from voiceagents import spec as vspec
from voiceagents_revox.types import MissingFieldError

BASE = "https://revox.example/api"


def _client(body: dict[str, Any]) -> voiceagents.clients.RevoxClient:
    payload = json.dumps(body).encode()
    transport = httpx.MockTransport(lambda _: httpx.Response(200, content=payload))
    return voiceagents.client("revox", api_key="sk-test", base_url=BASE, transport=transport)


def _example(**change: Any) -> dict[str, Any]:
    body = dict(vspec.operation("revox", "getAssistant").success.example)
    for key, value in change.items():
        if value is ...:
            body.pop(key)
        else:
            body[key] = value
    return body


def _logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "voiceagents"]


def test_a_missing_field_is_warned_once_and_reading_it_raises(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="voiceagents")
    revox = _client(_example(name=...))
    results = [revox.get_assistant("asst_1") for _ in range(3)]
    assert _logged(caplog) == ["revox getAssistant: name: missing, although the docs say it is always there"]
    for result in results:
        assert result.warnings == ["name: missing, although the docs say it is always there"]
        assert result.parsed.id == result.id == "asst_3b9d1c"
        with pytest.raises(MissingFieldError, match=r"^GetAssistantResponse\.name: missing from the answer"):
            _ = result.parsed.name
        assert "name" not in result.parsed.to_dict()
    assert len(_logged(caplog)) == 1  # reading them logged nothing more


def test_a_later_answer_is_parsed_when_read_and_a_new_field_is_logged_then(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="voiceagents")
    _client(_example(name=...)).get_assistant("asst_1")  # the operation's first misfit: parsed at once
    later = _client(_example(name=..., prompt=None)).get_assistant("asst_1")
    assert len(_logged(caplog)) == 1  # not parsed yet: nothing more logged
    assert later.warnings == [
        "name: missing, although the docs say it is always there",
        "prompt: null does not fit str; kept as sent",
    ]
    assert _logged(caplog)[1:] == ["revox getAssistant: prompt: null does not fit str; kept as sent"]
    with pytest.raises(MissingFieldError, match=r"prompt: null does not fit str"):
        _ = later.parsed.prompt
    assert later.parsed.to_dict()["prompt"] is None  # given back as sent


def test_no_model_at_all_is_a_typed_error() -> None:
    payload = b"[1, 2]"
    transport = httpx.MockTransport(lambda _: httpx.Response(200, content=payload))
    result = voiceagents.client("revox", api_key="sk-test", base_url=BASE, transport=transport).get_assistant("a")
    assert result.raw == [1, 2]
    with pytest.raises(voiceagents.APIResponseValidationError, match="no model to read"):
        _ = result.parsed
