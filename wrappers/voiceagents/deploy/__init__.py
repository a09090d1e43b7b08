"""Declarative deploys: keep assistants at several vendors in step with their definitions.

    from voiceagents import deploy

    plans = asyncio.run(deploy.plan_definition(assistant, ["revox"], file="agents/front-desk.yaml"))
    outcomes = asyncio.run(deploy.apply_definition(assistant, ["revox"], file="agents/front-desk.yaml"))

    fleet = deploy.load_definitions(["agents/"], vendors=["revox"])     # a folder of definitions
    plan = asyncio.run(deploy.plan_fleet(fleet))                         # every definition, and the orphans
    deploy.write_plan("fleet.plan", plan)                                # a saved plan ...
    asyncio.run(deploy.apply_saved(deploy.read_plan("fleet.plan")))      # ... carried out exactly
    result = asyncio.run(deploy.apply_fleet(fleet, prune=True))          # or apply, deleting the orphans

``plan_definition`` reads the state file (``State``) and the vendors and says what ``apply`` would do
(``VendorPlan``: create, adopt, update, none, blocked, error, each change named); ``apply_definition``
does it, recording ids in the state as results arrive. ``plan_fleet``/``apply_fleet`` do the same
for many definitions in one run (``_fleet``: the state read once, a write-ahead journal, bounded
concurrency per vendor, orphans and ``prune``); ``write_plan``/``apply_saved`` save a plan and carry
out exactly it (``_saved``). ``pull`` reads a live assistant back as a neutral definition;
``migrate`` moves one between vendors. Nothing here prints or exits: the command line (``voiceagents
plan|apply|pull|migrate|state``) renders the plans and outcomes and picks the exit code.
"""

from __future__ import annotations

from ._apply import Progress, Status, VendorOutcome, pull
from ._fleet import (
    DEFAULT_PARALLELISM,
    Applied,
    Definition,
    Event,
    FleetOutcome,
    FleetPlan,
    Observer,
    Planned,
    apply_definition,
    apply_fleet,
    definition_files,
    lines,
    load_definitions,
    migrate,
    plan_definition,
    plan_fleet,
    read_definition,
    split_vendors,
)
from ._plan import Action, Change, Connector, Desired, ErrorKind, Reader, Target, VendorPlan, connector, desired_state
from ._saved import PLAN_FORMAT, SavedPlan, apply_saved, is_saved_plan, read_plan, write_plan
from ._state import DEFAULT_STATE, DefinitionEntry, Pending, State, StateFileError, VendorEntry, digest, seal

__all__ = [
    "DEFAULT_PARALLELISM",
    "DEFAULT_STATE",
    "PLAN_FORMAT",
    "Action",
    "Applied",
    "Change",
    "Connector",
    "Definition",
    "DefinitionEntry",
    "Desired",
    "ErrorKind",
    "Event",
    "FleetOutcome",
    "FleetPlan",
    "Observer",
    "Pending",
    "Planned",
    "Progress",
    "Reader",
    "SavedPlan",
    "State",
    "StateFileError",
    "Status",
    "Target",
    "VendorEntry",
    "VendorOutcome",
    "VendorPlan",
    "apply_definition",
    "apply_fleet",
    "apply_saved",
    "connector",
    "definition_files",
    "desired_state",
    "digest",
    "is_saved_plan",
    "lines",
    "load_definitions",
    "migrate",
    "plan_definition",
    "plan_fleet",
    "pull",
    "read_definition",
    "read_plan",
    "seal",
    "split_vendors",
    "write_plan",
]
