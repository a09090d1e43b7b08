"""The fleet section: plan and apply of 10, 100 and 1000 definitions x 2 vendors at the scale of a team,
through the public API (``deploy.load_definitions``, ``apply_fleet``, ``plan_fleet``) against the
stateful mocks with a realistic latency per request.

Each size N: N definition files (``examples/assistant.yaml`` completed for the vendors, numbered
names, ``vendors: [revox, autocalls]``: Revox is read by get, Autocalls by its paged list). Each round
starts fresh mocks (``voiceagents.testing.serve(slug, latency=0.02)``, a process per vendor) and a
fresh state: the files are loaded, applied (every assistant created), planned (nothing to do; the
plan's requests recorded by its transport), then the recorded reads are replayed with raw httpx at
the plan's concurrency. Reported per definition, so that linear cost shows as a flat figure.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import voiceagents
import yaml
from voiceagents import deploy
from voiceagents import spec as vspec

from .common import FAKE_KEY, example_data, mocks
from .report import Report, Specs, median

__all__ = ["NAME", "SIZES", "TITLE", "VENDORS", "Recorder", "measure", "replay", "run", "specs"]

NAME = "fleet"
TITLE = "Fleet deploys against the mocks"
VENDORS = ("revox", "autocalls")
SIZES = (10, 100, 1000)
REFERENCE = 100
"""The size every per-definition figure is divided by: flat from it on is linear."""
LATENCY = 0.02
ROUNDS = 3
PARALLELISM = deploy.DEFAULT_PARALLELISM
TIMEOUT = httpx.Timeout(60.0, connect=5.0)  # the wrapper's default, for the raw clients
Read = tuple[str, str, dict[str, str], bytes]
"""A recorded request: method, URL, the headers the client added, the body."""


def specs() -> Specs:
    s = Specs(NAME)
    for n in SIZES:
        goal = "<= 1.2" if n > REFERENCE else None
        what, flat = f"{n} definitions x {len(VENDORS)} vendors", "flat = linear"
        per_def = {kind: f"fleet.{kind}.{REFERENCE}" for kind in ("load", "apply", "plan", "peak_memory")}
        s.add(f"fleet.load.{n}", f"load {n} definition files, per definition", "ms/def", per_def["load"], note=flat)
        label = f"apply, {what} (every assistant created), per definition"
        s.add(f"fleet.apply.{n}", label, "ms/def", per_def["apply"], goal, flat)
        label = f"plan, {what} (nothing to do), per definition"
        s.add(f"fleet.plan.{n}", label, "ms/def", per_def["plan"], goal, flat)
        s.add(f"fleet.raw_reads.{n}", f"the plan's reads, {what}: raw httpx.AsyncClient", "s")
        s.add(f"fleet.plan_vs_raw.{n}", f"plan, {what}: voiceagents", "s", f"fleet.raw_reads.{n}", "<= 1.3")
        label = f"peak memory of a plan (tracemalloc), {what}, per definition"
        s.add(f"fleet.peak_memory.{n}", label, "KiB/def", per_def["peak_memory"], goal, flat)
    return s


# =========================================================================== the definitions
def write_definitions(folder: Path, count: int) -> None:
    """``count`` definition files: the example, completed for the vendors, under numbered names."""
    data = example_data(VENDORS)
    folder.mkdir(parents=True)
    for i in range(count):
        body = {**data, "name": f"{data['name']} {i:04d}", "vendors": list(VENDORS)}
        (folder / f"agent{i:04d}.yaml").write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")


# =========================================================================== recorded reads, replayed
@functools.cache
def _ssl_context() -> Any:
    return httpx.create_ssl_context()


class Recorder(httpx.AsyncBaseTransport):
    """A transport that notes each request (method, URL, the headers the client added, the body) before
    sending it as the client's own transport would."""

    _DEFAULTS = frozenset({"host", "accept", "accept-encoding", "connection", "user-agent", "content-length"})

    def __init__(self, log: list[Read]) -> None:
        self._inner, self._log = httpx.AsyncHTTPTransport(verify=_ssl_context()), log  # ~20 ms per context

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in self._DEFAULTS}
        self._log.append((request.method, str(request.url), headers, request.content))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def recording(urls: Mapping[str, str], log: dict[str, list[Read]]) -> deploy.Connector:
    """A connector whose clients record their requests into ``log``, by vendor."""

    def connect(slug: str) -> Any:
        transport = Recorder(log.setdefault(slug, []))
        return voiceagents.async_client(slug, api_key=FAKE_KEY, base_url=urls[slug], transport=transport)

    return connect


def chains(slug: str, reads: Sequence[Read]) -> list[list[Read]]:
    """The reads as the plan holds its slots: a listing's pages one after the other in one slot,
    every other read in a slot of its own."""
    listing = None
    if "listAssistants" in vspec.vendor(slug).operations:
        listing = vspec.operation(slug, "listAssistants")
    pages: list[Read] = []
    alone: list[Read] = []
    for read in reads:
        is_page = listing is not None and read[0] == listing.method and urlsplit(read[1]).path.endswith(listing.path)
        (pages if is_page else alone).append(read)
    return ([pages] if pages else []) + [[read] for read in alone]


async def replay(log: Mapping[str, Sequence[Read]]) -> None:
    """The recorded reads with raw httpx: an ``AsyncClient`` per vendor, at most ``PARALLELISM`` at
    once per vendor (a semaphore), vendors in parallel, each answer's JSON read."""

    async def vendor(slug: str, reads: Sequence[Read]) -> None:
        slots = asyncio.Semaphore(PARALLELISM)
        async with httpx.AsyncClient(timeout=TIMEOUT) as client:

            async def one(chain: Sequence[Read]) -> None:
                async with slots:
                    for method, url, headers, content in chain:
                        response = await client.request(method, url, headers=headers, content=content or None)
                        response.raise_for_status()
                        response.json()

            await asyncio.gather(*(one(chain) for chain in chains(slug, reads)))

    await asyncio.gather(*(vendor(slug, reads) for slug, reads in log.items()))


# =========================================================================== one round
def _expect(summary: Mapping[str, int], what: str, done: str) -> None:
    if set(summary) != {what}:
        raise RuntimeError(f"the {done} did not end as expected ({what} for every target): {dict(summary)}")


def _seconds(fn: Callable[[], object]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def one_round(count: int, folder: Path, *, memory: bool) -> dict[str, float]:
    """One round on fresh mocks and a fresh state: seconds to load, apply, plan, and replay the plan's
    reads raw; the number of reads; with ``memory``, a plan's peak memory (its own run, bytes)."""
    with mocks(VENDORS, latency=LATENCY, max_assistants=count + 10) as urls, tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "voiceagents.state.json"

        def connector() -> deploy.Connector:
            return deploy.connector(urls, api_keys=dict.fromkeys(VENDORS, FAKE_KEY))

        load, definitions = _seconds(lambda: deploy.load_definitions([str(folder)]))
        common: dict[str, Any] = {"state_path": state, "allow_drop": True}
        apply, applied = _seconds(lambda: asyncio.run(deploy.apply_fleet(definitions, connect=connector(), **common)))
        _expect(applied.summary(), "created", f"apply of {count} definitions")
        log: dict[str, list[Read]] = {}
        connect = recording(urls, log)
        plan, planned = _seconds(lambda: asyncio.run(deploy.plan_fleet(definitions, connect=connect, **common)))
        _expect(planned.summary(), "none", f"plan of {count} definitions after their apply")
        raw, _ = _seconds(lambda: asyncio.run(replay(log)))
        out = {"load": load, "apply": apply, "plan": plan, "raw": raw, "reads": sum(map(len, log.values()))}
        if memory:
            tracemalloc.start()
            try:
                asyncio.run(deploy.plan_fleet(definitions, connect=connector(), **common))
                out["peak"] = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
    return out


def measure(count: int, rounds: int, work: Path) -> dict[str, float]:
    """The medians over ``rounds`` of one size's round (the peak memory: the last round's)."""
    folder = work / f"agents-{count}"
    write_definitions(folder, count)
    samples = [one_round(count, folder, memory=r == rounds - 1) for r in range(rounds)]
    return {key: median([s[key] for s in samples if key in s]) for key in samples[-1]}


# =========================================================================== the section
def method(sizes: Sequence[int], rounds: int, results: Mapping[int, Mapping[str, float]]) -> str:
    reads = ", ".join(f"{n}: {results[n]['reads']:.0f}" for n in sizes)
    peaks = ", ".join(f"{n}: {results[n]['peak'] / 2**20:.1f} MiB" for n in sizes)
    return (
        f"for each size N, N definition files (examples/assistant.yaml completed for the vendors from their"
        f" documented request examples, numbered names, `vendors: [{', '.join(VENDORS)}]`: Revox is read by get,"
        f" Autocalls by its paged list) loaded with deploy.load_definitions, applied (every assistant created) with"
        f" deploy.apply_fleet, then planned (nothing to do) with deploy.plan_fleet, at the default parallelism"
        f" ({PARALLELISM} requests at a time per vendor, the vendors in parallel), against the stateful mocks"
        f" (voiceagents.testing.serve(slug, latency={LATENCY}): {LATENCY * 1000:.0f} ms per request, a process per"
        f" vendor); {rounds} round(s) per size, each on fresh mocks and a fresh state, median. Per definition:"
        f" the wall time divided by N (baseline: the same figure at {REFERENCE}; flat = linear). Plan vs raw: the"
        f" very reads the plan sent (recorded by its transport; reads per plan, by size: {reads}), replayed in the"
        f" same round with raw httpx.AsyncClient (one per vendor, a semaphore of {PARALLELISM} per vendor, a"
        f" listing's pages one after the other in one slot as the plan reads them, vendors in parallel, each"
        f" answer's JSON read). Peak memory: tracemalloc over a plan of its own (tracing slows it) in the last"
        f" round ({peaks} in all)." + (" --quick: 10 definitions, 1 round." if len(sizes) < len(SIZES) else "")
    )


def run(report: Report) -> None:
    sizes, rounds = ((SIZES[0],), 1) if report.quick else (SIZES, ROUNDS)
    logger = logging.getLogger("voiceagents")
    level = logger.level
    logger.setLevel(logging.ERROR)  # the mocks' answers lack fields the specs promise
    try:
        with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
            write_definitions(Path(tmp) / "warm-up", 2)
            one_round(2, Path(tmp) / "warm-up", memory=False)  # imports, compiled validators: not timed
            results = {n: measure(n, rounds, Path(tmp)) for n in sizes}
    finally:
        logger.setLevel(level)
    report.methods[NAME] = method(sizes, rounds, results)
    values: dict[str, float | None] = {}
    for n, r in results.items():
        values.update({f"fleet.{kind}.{n}": r[kind] / n * 1000 for kind in ("load", "apply", "plan")})
        values.update({f"fleet.raw_reads.{n}": r["raw"], f"fleet.plan_vs_raw.{n}": r["plan"]})
        values[f"fleet.peak_memory.{n}"] = r["peak"] / 1024 / n
    report.skip([name for name in specs() if int(name.rsplit(".", 1)[1]) not in sizes], "--quick")
    report.add_all(values)
