"""Property: apply is idempotent. For random small edits of a definition, applying it and applying it
again sends nothing the second time, and plan then says ``none`` (every vendor, its stateful mock).

Where an edit touches a field the vendor's update does not take, the first apply cannot converge
(``blocked``, exit 5); the property is then that nothing is sent the second time either, and that
this happens only for such fields.
"""

from __future__ import annotations

import asyncio
import copy
import tempfile
from pathlib import Path
from typing import Any

import pytest
from conftest import example_definition, yaml_dump, yaml_load
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from voiceagents import spec as vspec
from voiceagents._exceptions import InputError
from voiceagents.convert import load_assistant
from voiceagents.deploy import Connector, State, apply_definition, connector, desired_state, plan_definition
from voiceagents.testing import MockServer, serve

KEY = "sk-property-test-5e1b"
EXAMPLE: dict[str, Any] = example_definition()
CREATABLE = [s for s in vspec.SLUGS if "createAssistant" in vspec.vendor(s).operations]
WRITES = ("createAssistant", "updateAssistant", "deleteAssistant", "cloneAssistant")

_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=24).map(str.strip).filter(bool)
EDITS = st.fixed_dictionaries(
    {},
    optional={
        "name": _words.map(lambda w: f"Bright Smile {w}"),
        "system_prompt": _words.map(lambda w: f"You are Maya. {w.capitalize()}."),
        "opening": _words.map(lambda w: f"Hi, this is Maya: {w}."),
        "temperature": st.sampled_from([0.0, 0.2, 0.3, 0.5, 0.7, 1.0]),
        "speed": st.sampled_from([0.9, 1.0, 1.1]),
        "max_duration": st.integers(min_value=60, max_value=1800),
        "recording": st.booleans(),
        "faq": _words,
    },
)


def edited(edit: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE)
    setters = {
        "name": lambda v: data.update(name=v),
        "system_prompt": lambda v: data.update(system_prompt=v),
        "opening": lambda v: data["opening"].update(message=v),
        "temperature": lambda v: data["llm"].update(temperature=v),
        "speed": lambda v: data["voice"].update(speed=v),
        "max_duration": lambda v: data["call"].update(max_duration_seconds=v),
        "recording": lambda v: data["call"].update(recording=v),
        "faq": lambda v: data["faq"].append({"question": f"{v}?", "answer": "Yes."}),
    }
    for key, value in edit.items():
        setters[key](value)
    return data


def writes(mock: MockServer) -> dict[str, int]:
    received = mock.received
    return {op: received.get(op, 0) for op in WRITES}


class Project:
    def __init__(self, mock: MockServer, slug: str) -> None:
        self.mock, self.slug = mock, slug
        self.dir = Path(tempfile.mkdtemp(prefix="voiceagents-prop-"))
        self.file = self.dir / "agent.yaml"
        self.state = self.dir / "voiceagents.state.json"
        self.connect: Connector = connector({slug: mock.url}, api_keys={slug: KEY})

    def write(self, data: dict[str, Any]) -> None:
        self.file.write_text(yaml_dump(data, sort_keys=False), encoding="utf-8")

    def apply(self) -> Any:
        assistant = load_assistant(yaml_load(self.file.read_text(encoding="utf-8")))
        outcomes = asyncio.run(
            apply_definition(
                assistant,
                [self.slug],
                file=str(self.file),
                state_path=self.state,
                connect=self.connect,
                allow_drop=True,
            )
        )
        return outcomes[self.slug]

    def plan(self) -> Any:
        assistant = load_assistant(yaml_load(self.file.read_text(encoding="utf-8")))
        plans = asyncio.run(
            plan_definition(
                assistant,
                [self.slug],
                file=str(self.file),
                state_path=self.state,
                connect=self.connect,
                allow_drop=True,
            )
        )
        return plans[self.slug]

    def record_id(self) -> None:
        """Vendors whose create answer holds no id: record it, as `voiceagents state adopt` does."""
        state = State.load(self.state)
        (definition,) = state.definitions.values()
        entry = definition.vendors[self.slug]
        if entry.id is None:
            (entry.id,) = self.mock.assistants
            state.save()


def _converts(slug: str, data: dict[str, Any]) -> bool:
    try:
        desired_state(load_assistant(data), slug, allow_drop=True)
    except InputError:
        return False
    return True


def _only_in_place(slug: str, before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether every vendor field the edit changes is one the vendor's update takes."""
    old = desired_state(load_assistant(before), slug, allow_drop=True).create
    new = desired_state(load_assistant(after), slug, allow_drop=True)
    changed = {k for k in set(old) | set(new.create) if old.get(k) != new.create.get(k)}
    if new.update is None:
        return not changed
    return new.update_keys is None or changed <= new.update_keys


@pytest.mark.parametrize("slug", CREATABLE)
def test_apply_twice_sends_nothing_the_second_time(slug: str) -> None:
    with serve(slug) as mock:

        @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(edit=EDITS)
        def check(edit: dict[str, Any]) -> None:
            data = edited(edit)
            assume(_converts(slug, data))

            # From scratch: create, then nothing.
            mock.reset()
            fresh = Project(mock, slug)
            fresh.write(data)
            assert fresh.apply().ok
            sent = writes(mock)
            assert fresh.apply().sent == []
            assert writes(mock) == sent
            assert fresh.plan().action == "none"

            # From the example: the edit is an update (or blocked), then nothing.
            mock.reset()
            project = Project(mock, slug)
            project.write(EXAMPLE)
            assert project.apply().ok
            project.record_id()
            project.write(data)
            first = project.apply()
            assert first.ok == _only_in_place(slug, EXAMPLE, data), first.to_dict()
            sent = writes(mock)
            second = project.apply()
            assert second.sent == [], second.to_dict()
            assert writes(mock) == sent
            assert mock.count == 1
            plan = project.plan()
            if first.ok:
                assert plan.action == "none", plan.to_dict()
            else:
                assert plan.action == "blocked", plan.to_dict()
                assert plan.stuck
                assert not plan.in_place

        check()
