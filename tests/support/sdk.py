"""The official SDKs the comparisons hold us against (``revox``, ``retell-sdk``), imported when a test
first uses one, not when its module is collected.

Every xdist worker collects every test module, and importing ``retell`` costs about 2 s of CPU: at
module level, each worker would pay it although one worker runs the comparisons (their
``xdist_group("sdk")``)."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import Any

import pytest


class Sdk:
    """Stands for the module ``name``: its attributes are the module's, imported on first use."""

    def __init__(self, name: str) -> None:
        self._name = name

    def module(self) -> ModuleType:
        return importlib.import_module(self._name)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # what collection asks of every module-level name (``__test__``)
            raise AttributeError(attribute)
        return getattr(self.module(), attribute)


def imported_on_use(name: str) -> Any:
    """The official SDK module ``name`` (dotted names too), imported on first use; the calling test
    module is skipped, as ``pytest.importorskip`` would, when its distribution is not installed."""
    if importlib.util.find_spec(name.partition(".")[0]) is None:  # the package only: nothing is imported
        pytest.skip(f"could not import {name!r}: not installed", allow_module_level=True)
    return Sdk(name)
