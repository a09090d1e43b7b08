"""Saved plans: ``voiceagents plan -o FILE`` writes the plan, ``voiceagents apply FILE`` carries out
exactly it, or refuses (Terraform's saved-plan semantics).

The file is JSON, versioned, written atomically with mode 0600: it holds the bodies it will send,
secret values included (as the definitions do), so keep it as private as they are.

    {
      "format": "voiceagents-plan",
      "version": 1,
      "created_at": "2025-01-31T12:00:00Z",
      "state": {"path": "/abs/voiceagents.state.json", "fingerprint": "sha256:..."},
      "allow_drop": true,
      "vendors": {"revox": {"base_url": "http://127.0.0.1:8766"}},
      "definitions": [
        {"key": "agents/a.yaml", "name": "A", "source": "agents/a.yaml", "vendors": ["revox"],
         "definition": {...},                      # the neutral assistant, as read
         "targets": {"revox": {
           "action": "update", "id": "asst_1",
           "seen": "sha256:...",                   # the digest of the live assistant it read
           "send": {"operation": "updateAssistant", "body": {...}},
           "plan": {...}}}}                        # what `plan --json` showed
      ],
      "orphans": [{"key": "old.yaml", "name": "Old", "vendor": "revox", "id": "asst_2", "action": "delete"}]
    }

A saved plan is recognized by its content (``format``), whatever its file is called. ``apply`` of
it takes the state file's lock, and refuses (an ``InputError``, nothing sent) when the state file
changed since (its ``fingerprint``), then reads every vendor again exactly as the plan did and
refuses when anything differs: a live assistant (``seen``), an action, an id, a body to send (the
definition converting differently, e.g. under another voiceagents version) or a vendor's base URL.
Only then does it send the saved bodies. Orphans are deleted only with ``--prune``, as always.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._exceptions import DocumentError, InputError
from .._loading import DEFAULT_MAX_DEPTH, Limits, parse_json
from ..types import load_assistant
from ._files import StateFileError, now, open_regular, read_regular, write_atomically
from ._fleet import (
    DEFAULT_PARALLELISM,
    PLAN_FORMAT,
    Definition,
    FleetOutcome,
    FleetPlan,
    Observer,
    Run,
    _plan_run,
    carry_out,
    is_saved_plan,
)
from ._plan import Connector, VendorPlan, connector
from ._state import State

__all__ = ["PLAN_FORMAT", "PLAN_VERSION", "SavedPlan", "apply_saved", "is_saved_plan", "read_plan", "write_plan"]

PLAN_VERSION = 1
_MAX_PLAN_BYTES = 256 * 1024 * 1024
PLAN_LIMITS = Limits(max_bytes=_MAX_PLAN_BYTES, max_depth=DEFAULT_MAX_DEPTH + 8)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def target_record(plan: VendorPlan) -> dict[str, Any]:
    """What a saved plan keeps of one target, and compares again before acting."""
    send: dict[str, Any] | None = None
    desired = plan.desired
    if desired is not None and plan.action == "create":
        send = {"operation": "createAssistant", "body": desired.create}
    elif desired is not None and plan.action in ("update", "adopt") and plan.in_place and desired.update is not None:
        send = {"operation": "updateAssistant", "body": desired.update}
    return {"action": plan.action, "id": plan.id, "seen": plan.seen, "send": send}


def document(fleet: FleetPlan) -> dict[str, Any]:
    """The saved plan of ``fleet``, as JSON data."""
    definitions = []
    for planned in fleet.definitions:
        assert planned.target is not None
        targets = {slug: {**target_record(p), "plan": p.to_dict()} for slug, p in planned.vendors.items()}
        definitions.append(
            {
                "key": planned.key,
                "name": planned.name,
                "source": planned.source,
                "vendors": list(planned.vendors),
                "definition": planned.target.assistant.model_dump(mode="json", exclude_unset=True),
                "targets": targets,
            }
        )
    orphans = [
        {"key": o.key, "name": o.name, "vendor": slug, "id": p.id, "action": p.action, "message": p.message}
        for o in fleet.orphans
        for slug, p in o.vendors.items()
    ]
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        "created_at": now(),
        "comment": "Written by voiceagents plan -o; carry it out with voiceagents apply FILE. Holds the bodies it"
        " sends, secrets included: keep it private.",
        "state": {"path": str(fleet.state.file), "fingerprint": fleet.fingerprint},
        "allow_drop": fleet.allow_drop,
        "vendors": {slug: {"base_url": url} for slug, url in fleet.base_urls.items()},
        "definitions": definitions,
        "orphans": orphans,
        "scope": None if fleet.scope is None else list(fleet.scope),
    }


def write_plan(path: str | Path, fleet: FleetPlan) -> None:
    """Write the saved plan of ``fleet`` to ``path``, atomically, mode 0600."""
    data = json.dumps(document(fleet), indent=1, ensure_ascii=False) + "\n"
    try:
        write_atomically(Path(os.path.realpath(path)), data.encode("utf-8"), None, mode=0o600)
    except OSError as exc:
        raise StateFileError(f"cannot write the plan to {path}: {exc.strerror or exc}") from None


@dataclass
class SavedPlan:
    """A saved plan, read back (``read_plan``)."""

    path: str
    data: dict[str, Any]

    @property
    def state_path(self) -> str:
        return str(self.data["state"]["path"])

    @property
    def fingerprint(self) -> str:
        return str(self.data["state"]["fingerprint"])

    @property
    def allow_drop(self) -> bool:
        return bool(self.data.get("allow_drop"))

    @property
    def scope(self) -> tuple[str, ...] | None:
        """Where the plan looked for orphans (``None``: the whole state)."""
        scope = self.data.get("scope")
        return None if scope is None else tuple(str(k) for k in scope)

    @property
    def vendors(self) -> list[str]:
        slugs = [s for d in self.data["definitions"] for s in d["vendors"]]
        return list(dict.fromkeys([*slugs, *(o["vendor"] for o in self.data["orphans"])]))

    @classmethod
    def of(cls, path: str, data: Any) -> SavedPlan:
        """Check the shape of ``data``; ``InputError`` naming what is wrong."""
        problem = _problem(data)
        if problem:
            raise InputError(f"{path} is not a saved plan voiceagents can apply: {problem}")
        return cls(path, data)

    def definitions(self, state: State) -> list[Definition]:
        """The plan's definitions, as they were read when it was made."""
        out = []
        for item in self.data["definitions"]:
            source = item["source"]
            file = None if source is None else str(state.file.parent / source)
            out.append(Definition(load_assistant(item["definition"]), tuple(item["vendors"]), file))
        return out

    def differences(self, fleet: FleetPlan) -> list[str]:
        """What differs between this plan and ``fleet``, the same plan computed now."""
        problems = []
        saved_urls = {slug: v.get("base_url") for slug, v in self.data["vendors"].items()}
        for slug, url in fleet.base_urls.items():
            if slug in saved_urls and saved_urls[slug] != url:
                problems.append(f"{slug}: the base URL is now {url} (the plan read {saved_urls[slug]})")
        now_targets = {(p.key, s): plan for p in fleet.definitions for s, plan in p.vendors.items()}
        saved_targets = {(d["key"], s): t for d in self.data["definitions"] for s, t in d["targets"].items()}
        for key, slug in sorted(set(now_targets) ^ set(saved_targets)):
            what = "not in the plan" if (key, slug) in now_targets else "no longer planned"
            problems.append(f"{key} at {slug}: {what}")
        for (key, slug), saved in saved_targets.items():
            plan = now_targets.get((key, slug))
            if plan is not None:
                problems += [f"{key} at {slug}: {d}" for d in _differences(saved, target_record(plan))]
        now_orphans = {(o.key, s, str(p.id)) for o in fleet.orphans for s, p in o.vendors.items()}
        saved_orphans = {(o["key"], o["vendor"], str(o["id"])) for o in self.data["orphans"]}
        for key, slug, _ in sorted(now_orphans ^ saved_orphans):
            problems.append(f"{key} at {slug}: the orphans differ")
        return problems

    def verify(self, fleet: FleetPlan) -> None:
        problems = self.differences(fleet)
        if problems:
            shown = "\n".join(f"  - {p}" for p in problems[:20])
            more = f"\n  (and {len(problems) - 20} more)" if len(problems) > 20 else ""
            raise InputError(
                f"the saved plan {self.path} is out of date, so nothing was sent:\n{shown}{more}\n"
                "Plan again (voiceagents plan ... -o FILE) and apply the new plan."
            )


def _differences(saved: Mapping[str, Any], now: Mapping[str, Any]) -> list[str]:
    out = []
    if saved.get("action") != now["action"]:
        out.append(f"the action is now {now['action']} (the plan said {saved.get('action')})")
    if str(saved.get("id")) != str(now["id"]):
        out.append(f"the assistant is now {now['id']} (the plan said {saved.get('id')})")
    if saved.get("seen") != now["seen"]:
        out.append("the live assistant changed since the plan (an edit made outside voiceagents, or another apply)")
    if _canonical(saved.get("send")) != _canonical(now["send"]):
        out.append("the body to send is not the plan's (the definition converts differently now)")
    return out


def _problem(data: Any) -> str:
    """What is wrong with the shape of a saved plan (``""``: nothing)."""
    if not is_saved_plan(data):
        return f"its format is not {PLAN_FORMAT!r}"
    if data.get("version") != PLAN_VERSION:
        return f"its version is {data.get('version')!r}, not {PLAN_VERSION} (made by another voiceagents?)"
    state = data.get("state")
    if not isinstance(state, Mapping) or not isinstance(state.get("path"), str) or not state.get("fingerprint"):
        return "it names no state file"
    definitions, orphans = data.get("definitions"), data.get("orphans")
    if not isinstance(definitions, list) or not isinstance(orphans, list) or not isinstance(data.get("vendors"), dict):
        return "its definitions, orphans or vendors are missing"
    for item in definitions:
        if not (
            isinstance(item, Mapping)
            and isinstance(item.get("key"), str)
            and isinstance(item.get("definition"), Mapping)
            and isinstance(item.get("vendors"), list)
            and isinstance(item.get("targets"), Mapping)
            and (item.get("source") is None or isinstance(item.get("source"), str))
        ):
            return "a definition is malformed"
    for item in orphans:
        if not (isinstance(item, Mapping) and isinstance(item.get("key"), str) and isinstance(item.get("vendor"), str)):
            return "an orphan is malformed"
    scope = data.get("scope")
    if scope is not None and not (isinstance(scope, list) and all(isinstance(k, str) for k in scope)):
        return "its scope is malformed"
    return ""


def read_plan(file: str) -> SavedPlan | None:
    """The saved plan in ``file``, or ``None`` when it is not one (a definition): a JSON object
    whose ``format`` is ``voiceagents-plan``."""
    if file == "-" or os.path.isdir(file):
        return None
    try:
        fd = open_regular(Path(file), os.O_RDONLY, file)
    except (OSError, InputError):
        return None  # the definition loader says what is wrong with it
    try:
        head = os.read(fd, 64)
    except OSError:
        return None
    finally:
        os.close(fd)
    if not head.lstrip().startswith(b"{"):
        return None
    raw = read_regular(Path(file), f"the saved plan {file}", _MAX_PLAN_BYTES)
    try:
        data = parse_json((raw or b"").decode("utf-8"), name=file, limits=PLAN_LIMITS)
    except (DocumentError, UnicodeDecodeError):
        return None
    return SavedPlan.of(file, data) if is_saved_plan(data) else None


async def apply_saved(
    saved: SavedPlan,
    *,
    state_path: str | Path | None = None,
    connect: Connector | None = None,
    parallelism: int = DEFAULT_PARALLELISM,
    progress: Observer | None = None,
    prune: bool = False,
) -> FleetOutcome:
    """Carry out exactly ``saved``, or refuse (``InputError``, nothing sent) when the state file or
    anything the plan read changed since."""
    path = saved.state_path if state_path is None else state_path
    if State(path).file != Path(saved.state_path):
        raise InputError(f"{saved.path} was planned for the state file {saved.state_path}, not {path}")
    with State(path).lock():
        state = State.load(path)
        if state.fingerprint() != saved.fingerprint:
            raise InputError(
                f"the state file {state.shown} changed since the plan {saved.path} was made (another apply, or a"
                " state command), so nothing was sent: plan again, and apply the new plan"
            )
        run = Run(state, connect or connector(), allow_drop=saved.allow_drop, parallelism=parallelism, observe=progress)
        definitions = saved.definitions(state)

        async def make_plan() -> FleetPlan:
            return await _plan_run(run, definitions, orphans=True, scope=saved.scope)

        return await carry_out(state, run, make_plan, prune=prune, check=saved.verify)
