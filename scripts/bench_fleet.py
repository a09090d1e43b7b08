"""Fleet deploys at the scale of a team: plan and apply of 10, 100 and 1000 definitions x 2 vendors.

    python scripts/bench_fleet.py [--quick] [--sizes 10,100,1000] [--json OUT]

Method: for each size N, N definition files (examples/assistant.yaml under numbered names, each with
``vendors: [revox, autocalls]``: Revox is read by get, Autocalls by its paged list) are applied
(every assistant created) and then planned (nothing to do) with ``voiceagents.deploy.apply_fleet`` /
``plan_fleet``, at the default parallelism (4 requests at a time per vendor, the vendors in
parallel), against the stateful mocks (``voiceagents.testing.serve(slug, latency=0.02)``: 20 ms per
request), each in a process of its own. Median of 3 rounds (``--rounds``), each on fresh mocks and a
fresh state. Reported per definition, so that linear cost shows as a flat figure (goal: 1000 within
20 % of 100).

Baseline of the plan: the very reads the plan sent (recorded by a transport), replayed with raw
``httpx.AsyncClient`` (one per vendor) at the same concurrency (a semaphore of 4 per vendor, the
vendors in parallel), each answer's JSON read (goal: plan <= 1.3x). Loading the definition files is
reported on its own. Peak memory: ``tracemalloc`` over a plan of N definitions (its own run: tracing
slows it); linear growth shows as a flat figure per definition. Timings never gate anything: the
figures are printed, with their baselines and goals; ``--quick`` (10 definitions) is the smoke run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "assistant.yaml"
VENDORS = ("revox", "autocalls")
LATENCY = 0.02
PARALLELISM = 4
KEY = "bench-key-not-a-secret"
SIZES = (10, 100, 1000)
Read = tuple[str, str, dict[str, str]]

_MOCK = """
import sys, time
from voiceagents.testing import Limits, serve
slug, latency, most = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
limits = Limits(max_assistants=most, max_requests=100)
with serve(slug, latency=latency, limits=limits) as mock:
    print(mock.url, flush=True)
    sys.stdin.read()
"""


@dataclass
class Figure:
    name: str
    what: str
    value: float
    unit: str
    baseline: str | None = None
    goal: float | None = None
    ratio: float | None = None

    @property
    def met(self) -> str:
        if self.goal is None or self.ratio is None:
            return ""
        return "met" if self.ratio <= self.goal else "NOT MET"


class Mock:
    """A vendor's stateful mock in a process of its own."""

    def __init__(self, slug: str, most: int) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "wrappers"), os.environ.get("PYTHONPATH", "")])}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _MOCK, slug, str(LATENCY), str(most)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        if not self.url:
            raise RuntimeError(f"the {slug} mock did not start")

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Recorder(httpx.AsyncBaseTransport):
    """Notes each request (method, URL, the headers the client set) before sending it."""

    _DEFAULTS = frozenset({"host", "accept", "accept-encoding", "connection", "user-agent", "content-length"})

    def __init__(self, log: list[Read]) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._log = log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in self._DEFAULTS}
        self._log.append((request.method, str(request.url), headers))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def write_definitions(folder: Path, count: int) -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    folder.mkdir(parents=True)
    for i in range(count):
        body = {**data, "name": f"{data['name']} {i:04d}", "vendors": list(VENDORS)}
        (folder / f"agent{i:04d}.yaml").write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")


def connector(urls: Mapping[str, str], log: dict[str, list[Read]] | None = None) -> Callable[[str], Any]:
    import voiceagents
    from voiceagents._http import Throttle

    throttles = {slug: Throttle() for slug in urls}

    def connect(slug: str) -> Any:
        transport = Recorder(log.setdefault(slug, [])) if log is not None else None
        return voiceagents.async_client(
            slug, api_key=KEY, base_url=urls[slug], transport=transport, throttle=throttles[slug]
        )

    return connect


async def replay(reads: Mapping[str, Sequence[Read]], parallelism: int) -> None:
    """The same reads with raw httpx: per vendor at most ``parallelism`` at once, vendors in parallel."""

    async def vendor(items: Sequence[Read]) -> None:
        limit = asyncio.Semaphore(parallelism)
        async with httpx.AsyncClient(timeout=60) as client:

            async def one(method: str, url: str, headers: dict[str, str]) -> None:
                async with limit:
                    response = await client.request(method, url, headers=headers)
                    response.raise_for_status()
                    response.json()

            await asyncio.gather(*(one(*read) for read in items))

    await asyncio.gather(*(vendor(items) for items in reads.values()))


def measure(count: int, rounds: int) -> dict[str, float]:
    """The medians over ``rounds`` (each on fresh mocks and a fresh state) of one size's seconds:
    load, apply, plan, raw reads; and the plan's peak memory (MiB, the last round)."""
    samples = [_round(count, memory=r == rounds - 1) for r in range(rounds)]
    return {key: statistics.median(s[key] for s in samples if key in s) for key in samples[-1]}


def _round(count: int, *, memory: bool) -> dict[str, float]:
    from voiceagents import deploy

    mocks = {slug: Mock(slug, count + 10) for slug in VENDORS}
    try:
        urls = {slug: m.url for slug, m in mocks.items()}
        with tempfile.TemporaryDirectory(prefix="bench-fleet-") as tmp:
            folder, state = Path(tmp) / "agents", Path(tmp) / "state.json"
            write_definitions(folder, count)
            start = time.perf_counter()
            definitions = deploy.load_definitions([str(folder)])
            load = time.perf_counter() - start

            def common() -> dict[str, Any]:
                return {"state_path": state, "allow_drop": True, "parallelism": PARALLELISM}

            start = time.perf_counter()
            applied = asyncio.run(deploy.apply_fleet(definitions, connect=connector(urls), **common()))
            apply = time.perf_counter() - start
            statuses = applied.summary()
            if set(statuses) != {"created"}:
                raise RuntimeError(f"apply did not create every assistant: {statuses}")

            log: dict[str, list[Read]] = {}
            start = time.perf_counter()
            planned = asyncio.run(deploy.plan_fleet(definitions, connect=connector(urls, log), **common()))
            plan = time.perf_counter() - start
            if set(planned.summary()) != {"none"}:
                raise RuntimeError(f"the plan after apply is not empty: {planned.summary()}")

            start = time.perf_counter()
            asyncio.run(replay(log, PARALLELISM))
            raw = time.perf_counter() - start

            out = {"load": load, "apply": apply, "plan": plan, "raw": raw, "reads": sum(len(v) for v in log.values())}
            if memory:
                tracemalloc.start()
                try:
                    asyncio.run(deploy.plan_fleet(definitions, connect=connector(urls), **common()))
                    out["peak"] = tracemalloc.get_traced_memory()[1] / 2**20
                finally:
                    tracemalloc.stop()
    finally:
        for mock in mocks.values():
            mock.stop()
    return out


def figures(results: Mapping[int, Mapping[str, float]]) -> list[Figure]:
    out: list[Figure] = []
    sizes = sorted(results)
    reference = 100 if 100 in results else sizes[0]
    for n in sizes:
        r = results[n]
        per = {k: r[k] / n * 1000 for k in ("load", "apply", "plan", "raw")}
        flat = None if n == reference else 1.2 if n > reference else None
        base = f"fleet.{{}}.{reference}" if n != reference else None
        ref = results[reference]
        for kind, what in (
            ("apply", f"apply, {n} definitions x {len(VENDORS)} vendors (all created), per definition"),
            ("plan", f"plan, {n} definitions x {len(VENDORS)} vendors (nothing to do), per definition"),
        ):
            ratio = per[kind] / (ref[kind] / reference * 1000)
            out.append(Figure(f"fleet.{kind}.{n}", what, per[kind], "ms", base and base.format(kind), flat, ratio))
        out.append(
            Figure(
                f"fleet.plan_vs_raw.{n}",
                f"plan / the same {int(r['reads'])} reads with raw httpx.AsyncClient ({r['raw']:.2f} s)",
                r["plan"],
                "s",
                f"raw httpx {n}",
                1.3,
                r["plan"] / r["raw"],
            )
        )
        out.append(Figure(f"fleet.load.{n}", f"loading {n} definition files, per definition", per["load"], "ms"))
        kib = r["peak"] * 1024 / n
        peak_ratio = kib / (ref["peak"] * 1024 / reference)
        out.append(
            Figure(
                f"fleet.peak_memory.{n}",
                f"plan's peak memory (tracemalloc): {r['peak']:.1f} MiB in all, per definition",
                kib,
                "KiB",
                base and base.format("peak_memory"),
                None,
                peak_ratio,
            )
        )
    return out


def table(rows: Sequence[Figure]) -> str:
    header = ("figure", "what", "value", "ratio", "baseline", "goal", "")
    body = [
        (
            f.name,
            f.what,
            f"{f.value:,.2f} {f.unit}",
            "" if f.ratio is None else f"{f.ratio:.2f}x",
            f.baseline or "",
            "" if f.goal is None else f"<= {f.goal}x",
            f.met,
        )
        for f in rows
    ]
    widths = [max(len(str(row[i])) for row in (header, *body)) for i in range(len(header))]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in (header, *body)]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one size, 10 definitions (the smoke run)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated numbers of definitions")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per size, each on fresh mocks (the median)")
    parser.add_argument("--json", dest="out", type=Path, help="also write the figures as JSON into this file")
    args = parser.parse_args(argv)
    logging.getLogger("voiceagents").setLevel(logging.ERROR)  # the mock's answers lack documented fields
    sizes = [10] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    rounds = 1 if args.quick else max(args.rounds, 1)
    results: dict[int, dict[str, float]] = {}
    for n in sizes:
        print(f"fleet: {n} definitions x {len(VENDORS)} vendors ...", file=sys.stderr, flush=True)
        results[n] = measure(n, rounds)
    rows = figures(results)
    print(__doc__.split("\n\n")[2].replace("\n", " ").strip())
    print()
    print(table(rows))
    if args.out is not None:
        args.out.write_text(json.dumps([asdict(f) for f in rows], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
