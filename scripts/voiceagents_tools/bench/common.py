"""What several sections share: the constants, the example assistant (completed where a vendor needs
input) and the wrapper's stateful mocks, each vendor's in a process of its own."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import voiceagents
import yaml
from voiceagents import spec as vspec

from .. import ROOT, documented

__all__ = [
    "BENCH_DIR",
    "EXAMPLE",
    "FAKE_KEY",
    "OPS",
    "POOL",
    "PY",
    "SLUGS",
    "example",
    "example_data",
    "mocks",
]

PY = sys.executable
SLUGS: tuple[str, ...] = tuple(vspec.SLUGS)  # the registry is the one list of vendors
EXAMPLE = ROOT / "examples" / "assistant.yaml"
FAKE_KEY = "bench-key-not-a-secret"
BENCH_DIR = ROOT / ".tmp" / "bench"
OPS: tuple[vspec.Kind, ...] = ("create", "get", "list", "update", "delete")
POOL = 100  # httpx's default max_connections


def example_data(vendors: Sequence[str] = SLUGS) -> dict[str, Any]:
    """``examples/assistant.yaml`` (neutral data), completed where one of ``vendors`` needs a value no
    neutral field gives, from that vendor's documented request examples (``documented``)."""
    data, _ = documented.supply(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")), vendors)
    return data


def example() -> Any:
    """The example as a neutral ``Assistant``, ready for every vendor."""
    return voiceagents.Assistant.model_validate(example_data())


MOCK = """
import sys
from voiceagents.testing import Limits, serve
slug, latency, most = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
with serve(slug, latency=latency, limits=Limits(max_assistants=most, max_requests=100)) as mock:
    print(mock.url, flush=True)
    sys.stdin.read()
"""


@contextlib.contextmanager
def mocks(slugs: Sequence[str], *, latency: float = 0.0, max_assistants: int = 1000) -> Iterator[dict[str, str]]:
    """The wrapper's stateful mock of each vendor (``voiceagents.testing.serve``), each in a process of
    its own (its own GIL), ``latency`` seconds added to every request, holding at most
    ``max_assistants`` (and recording only the last 100 requests); their URLs by vendor."""
    procs: dict[str, subprocess.Popen[str]] = {}
    try:
        for slug in slugs:  # started together, then each URL read: the start-ups overlap
            procs[slug] = subprocess.Popen(
                [PY, "-c", MOCK, slug, str(latency), str(max_assistants)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )  # fmt: skip
        urls = {}
        for slug, proc in procs.items():
            assert proc.stdout is not None
            urls[slug] = proc.stdout.readline().strip()
            if not urls[slug]:
                raise RuntimeError(f"the {slug} mock did not start (exit code {proc.wait()})")
        yield urls
    finally:
        for proc in procs.values():
            assert proc.stdin is not None
            proc.stdin.close()
        for proc in procs.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
