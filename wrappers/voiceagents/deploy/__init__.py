"""Declarative deploys: keep an assistant at several vendors in step with one definition.

    from voiceagents import deploy

    plans = asyncio.run(deploy.plan_definition(assistant, ["revox"], file="agents/front-desk.yaml"))
    outcomes = asyncio.run(deploy.apply_definition(assistant, ["revox"], file="agents/front-desk.yaml"))

``plan_definition`` reads the state file (``State``) and the vendors and says what ``apply`` would do
(``VendorPlan``: create, adopt, update, none, blocked, error, each change named); ``apply_definition``
does it, recording ids in the state as results arrive; ``pull`` reads a live assistant back as a
neutral definition; ``migrate`` moves one between vendors. Nothing here prints or exits: the command
line (``voiceagents plan|apply|pull|migrate|state``) renders the plans and outcomes and picks the
exit code.
"""

from __future__ import annotations

from ._apply import Progress, Status, VendorOutcome, apply_definition, migrate, plan_definition, pull
from ._plan import Action, Change, Connector, Desired, ErrorKind, Target, VendorPlan, connector, desired_state
from ._state import DEFAULT_STATE, DefinitionEntry, Pending, State, VendorEntry, digest, seal

__all__ = [
    "DEFAULT_STATE",
    "Action",
    "Change",
    "Connector",
    "DefinitionEntry",
    "Desired",
    "ErrorKind",
    "Pending",
    "Progress",
    "State",
    "Status",
    "Target",
    "VendorEntry",
    "VendorOutcome",
    "VendorPlan",
    "apply_definition",
    "connector",
    "desired_state",
    "digest",
    "migrate",
    "plan_definition",
    "pull",
    "seal",
]
