"""The async section: creates per second through ``voiceagents.async_client`` against raw
``httpx.AsyncClient``, many at once, on the stateful Revox mock (a process of its own)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import voiceagents
from voiceagents import spec as vspec

from .common import FAKE_KEY, POOL, mocks
from .report import Report, Specs, median

__all__ = ["NAME", "TITLE", "async_rounds", "run", "specs"]

NAME = "async"
TITLE = "Async throughput"


def specs() -> Specs:
    s = Specs(NAME)
    for kind, what, goal in (("", "concurrent", ">= 0.9"), (".capped", f"at most {POOL} in flight", None)):
        s.add(f"async{kind}.raw_httpx", f"N creates, {what}: raw httpx.AsyncClient", "/s")
        s.add(f"async{kind}.voiceagents", f"N creates, {what}: voiceagents", "/s", f"async{kind}.raw_httpx", goal)
    return s


async def async_rounds(url: str, body: dict[str, Any], rounds: int, burst: int) -> dict[str, list[float]]:
    """Creates per second, per figure name: ``burst`` creates at once (capped: at most ``POOL`` in flight)."""
    untyped: voiceagents.AsyncClient = voiceagents.async_client("revox", api_key=FAKE_KEY, base_url=url)
    async with (
        untyped as ours,
        httpx.AsyncClient(base_url=url, timeout=ours.timeout) as raw,
    ):
        auth = {"Authorization": f"Bearer {FAKE_KEY}"}

        async def raw_create() -> object:
            response = await raw.post("/assistants", json=body, headers=auth)
            response.raise_for_status()
            return response.json()

        async def our_create() -> object:
            return (await ours.create_assistant(body)).id

        creators: dict[str, Callable[[], Awaitable[object]]] = {"voiceagents": our_create, "raw_httpx": raw_create}
        samples: dict[str, list[float]] = {}
        for fn in creators.values():  # warm-up: compiled validators, imports, a connection
            await fn()
        for _ in range(rounds):
            for kind, cap in (("", None), (".capped", POOL)):
                for client, fn in creators.items():
                    gate = asyncio.Semaphore(cap or burst)

                    async def one(fn: Callable[[], Awaitable[object]] = fn, gate: asyncio.Semaphore = gate) -> None:
                        async with gate:
                            await fn()

                    t0 = time.perf_counter()
                    await asyncio.gather(*(one() for _ in range(burst)))
                    samples.setdefault(f"async{kind}.{client}", []).append(burst / (time.perf_counter() - t0))
    return samples


def run(report: Report) -> None:
    rounds, burst = (1, 50) if report.quick else (4, 500)
    create = dict(vspec.operation("revox", "createAssistant").request_examples["all_fields"])
    report.methods[NAME] = (
        f"N = {burst} Revox creates (the all_fields body) started at once with asyncio.gather (capped: at most {POOL}"
        f" in flight, an asyncio.Semaphore), against the wrapper's stateful Revox mock on 127.0.0.1 in a process of"
        f" its own; both clients with httpx's default pool ({POOL} connections, 20 kept alive 5 s) and the same"
        f" timeout; {rounds} interleaved round(s) after one warm-up create each; median creates per second."
        f" Baseline: raw httpx.AsyncClient.post(...).json(). voiceagents validates each body and checks each answer"
        f" against the spec. Uncapped, the requests queued in httpcore's pool dominate (the capped pair shows the"
        f" cost of the clients themselves)."
    )
    most = 2 * 2 * rounds * burst + 2  # every create of the run is held
    with mocks(["revox"], max_assistants=most) as urls:
        samples = asyncio.run(async_rounds(urls["revox"], create, rounds, burst))
    report.add_all({name: median(values) for name, values in samples.items()})
