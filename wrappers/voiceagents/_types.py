"""Types shared across the public API."""

from __future__ import annotations

from typing import Any, Protocol

__all__ = ["RequestModel"]


class RequestModel(Protocol):
    """A generated request model of a vendor client (``voiceagents_<slug>.models.*Request``)."""

    def to_dict(self) -> dict[str, Any]: ...
