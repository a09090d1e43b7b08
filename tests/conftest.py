"""Shared fixtures: the vendor specs and their test cases, and Prism serving every spec."""

from __future__ import annotations

import copy
import functools
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from voiceagents import _vendors

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import prism  # noqa: E402
import speclint  # noqa: E402

SLUGS = _vendors.SLUGS  # the registry is the one list of vendors
SPEC_DIR = ROOT / "openapi"
CASES_DIR = Path(__file__).parent / "spec_cases"


def spec_path(slug: str) -> Path:
    return SPEC_DIR / f"{slug}.yaml"


@functools.cache
def _spec(slug: str) -> dict[str, Any]:
    return speclint.load(spec_path(slug))


@functools.cache
def _cases(slug: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CASES_DIR / f"{slug}.yaml").read_text(encoding="utf-8"))
    return data


def load_spec(slug: str) -> dict[str, Any]:
    """The vendor's spec (a fresh copy: callers may change it)."""
    return copy.deepcopy(_spec(slug))


def load_cases(slug: str) -> dict[str, Any]:
    """The vendor's table of valid and invalid request bodies (a fresh copy)."""
    return copy.deepcopy(_cases(slug))


def credential(spec: dict[str, Any], key: str) -> dict[str, Any]:
    """httpx request kwargs that carry ``key`` the way the spec's security scheme says."""
    op = spec["paths"][next(iter(spec["paths"]))]["post"]
    scheme = spec["components"]["securitySchemes"][next(iter(op["security"][0]))]
    if scheme["type"] == "http":
        return {"headers": {"Authorization": f"Bearer {key}"}}
    if scheme["in"] == "query":
        return {"params": {scheme["name"]: key}}
    return {"headers": {scheme["name"]: key}}


@pytest.fixture(scope="session")
def prism_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, prism.PrismServer]]:
    """Prism serving each vendor spec on its own free port on 127.0.0.1, for the whole session."""
    logdir = tmp_path_factory.mktemp("prism")
    with prism.serve([spec_path(slug) for slug in SLUGS], logdir=logdir) as servers:
        yield servers


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway copy of the repository parts the generator and the check use."""
    copy_root = tmp_path / "repo"
    copy_root.mkdir()
    for name in ("openapi", "scripts", "generated", "wrappers"):
        shutil.copytree(ROOT / name, copy_root / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    for name in ("LICENSE", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, copy_root / name)
    (copy_root / "node_modules").symlink_to(ROOT / "node_modules")
    return copy_root


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a Python script of the (copied) repository, as `make` would."""
    return subprocess.run([sys.executable, *args], cwd=repo, capture_output=True, text=True, check=False)
