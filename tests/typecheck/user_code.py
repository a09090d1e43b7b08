# pyright: strict
"""Wrapper code as a user writes it, type-checked by tests/typecheck/test_typing.py with ``mypy --strict`` and
``pyright`` (strict). A line ending in an "error" comment must be reported by both checkers, and no
other line may be."""

from __future__ import annotations

from typing import assert_type

import voiceagents
from voiceagents_revox.params import CreateAssistantParams


def create_front_desk() -> str:
    with voiceagents.client("revox", api_key="sk-test") as revox:
        created = revox.create_assistant({"name": "Front desk", "prompt": "Help callers.", "sms_enabled": True})
        assert_type(created.parsed.assistant.id, str)  # always there: no narrowing
        read = revox.get_assistant(created.parsed.assistant.id)
        assert_type(read.parsed.name, str)
        return created.parsed.assistant.id


async def rename(assistant_id: str) -> str:
    async with voiceagents.async_client("revox", api_key="sk-test") as revox:
        body: CreateAssistantParams = {"name": "Front desk", "prompt": "Help callers."}
        await revox.create_assistant(body)
        updated = await revox.update_assistant(assistant_id, {"name": "Reception"})
        return updated.parsed.assistant.name


def untyped(slug: str) -> object:
    with voiceagents.client(slug, api_key="sk-test") as anyone:  # any vendor: Mapping bodies, Result[Any]
        return anyone.create_assistant({"whatever": 1}).parsed


def mistakes() -> None:
    with voiceagents.client("revox", api_key="sk-test") as revox:
        revox.create_assistant({"nmae": "Front desk", "prompt": "Help callers."})  # error: a key typo
        revox.create_assistant({"name": 42, "prompt": "Help callers."})  # error: a wrong value type
        print(revox.get_assistant("asst_1").parsed.nmae)  # error: a wrong attribute
