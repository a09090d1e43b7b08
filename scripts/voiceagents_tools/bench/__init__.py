"""make bench: what our layer costs and how it grows, measured in one run and printed as one table.

    python -m voiceagents_tools bench [--quick] [--json OUT] [--readme] [--only SECTION ...]

``--json OUT`` writes the figures (default ``bench.json``), ``--readme`` puts the table into README.md
(between the bench markers), ``--quick`` is the smoke test's short run (few rounds and small loads; the
generation section measures its baseline only, and import times come from the dev venv, not wheels).

Method: every figure is the median of repeated measurements taken in this run, and is printed
with the baseline it is divided by, measured in the same run under the same conditions (per-call
costs in interleaved rounds, so that machine noise hits every variant alike). Goals are printed next
to the figures (met / NOT MET), never enforced: nothing here is asserted and timings never gate
tests. Each per-call goal that is not met is profiled (cProfile) and its top costs are printed under
the table.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import functools
import importlib
import json
import logging
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
import voiceagents
import yaml
from voiceagents import convert, deploy
from voiceagents import spec as vspec

from .. import ROOT, documented

PY = sys.executable
SLUGS: tuple[str, ...] = tuple(vspec.SLUGS)  # the registry is the one list of vendors
EXAMPLE = ROOT / "examples" / "assistant.yaml"
FAKE_KEY = "bench-key-not-a-secret"
BENCH_DIR = ROOT / ".tmp" / "bench"
OPS: tuple[vspec.Kind, ...] = ("create", "get", "list", "update", "delete")
GEN_SIZES = (5, 10, 20)
REVOX_BASE = "https://www.getrevox.com/api"
ASSISTANT_ID = "asst_3b9d1c"
POOL = 100  # httpx's default max_connections
SECTIONS = ("calls", "generation", "plan", "async", "imports")
TITLES = dict(
    zip(SECTIONS, ("Per call", "Generation", "Plan against the mocks", "Async throughput", "Import times"), strict=True)
)


# =========================================================================== what is measured
@dataclass(frozen=True)
class Spec:
    """What one figure is: its section, words, unit, the figure it is divided by, and its goal
    (``"<= 1.15"``, ``">= 0.9"``; words after the limit name it: ``"<= 0.3334 1/3 of revox"``)."""

    section: str
    label: str
    unit: str
    baseline: str
    goal: str | None = None
    note: str = ""


def catalogue(slugs: Sequence[str] = SLUGS) -> dict[str, Spec]:
    """Every figure ``make bench`` reports, by name, in the order of the table."""
    specs: dict[str, Spec] = {}

    def add(name: str, section: str, label: str, unit: str, base: str | None = None, goal: str | None = None) -> None:
        specs[name] = Spec(section, label, unit, base or name, goal, "flat = good" if "per_vendor" in name else "")

    for op in OPS:
        raw, what = f"call.{op}.raw_httpx", "create (dict body)" if op == "create" else str(op)
        add(raw, "calls", f"{what}: raw httpx.Client", "us")
        add(f"call.{op}.voiceagents", "calls", f"{what}: voiceagents", "us", raw, "<= 1.15")
        add(f"call.{op}.generated", "calls", f"{what}: generated sync_detailed", "us", raw, "<= 1.3")
        add(f"call.{op}.revox_sdk", "calls", f"{what}: revox 0.5.0 (official SDK)", "us", raw)
        if op == "create":
            add("call.create_neutral.raw_httpx", "calls", "create (the converted body): raw httpx.Client", "us")
            neutral = "create from a neutral Assistant: voiceagents"
            add("call.create_neutral.voiceagents", "calls", neutral, "us", "call.create_neutral.raw_httpx", "<= 1.4")
    for read, what in (("parsed", "reading parsed.id"), ("id", "reading result.id")):
        clean = f"misfit.{read}.clean"
        add(clean, "calls", f"get, the answer as documented, {what}: voiceagents", "us")
        add(
            f"misfit.{read}.missing",
            "calls",
            f"get, the answer missing an always-there field (name), {what}: voiceagents",
            "us",
            clean,
            "<= 1.2",
        )
    for slug in slugs:
        add(f"convert.{slug}", "calls", f"to_vendor + validation: {slug}", "us", "call.create.raw_httpx", "<= 0.5")
    one = "generate.one_run"
    add(one, "generation", "one openapi-python-client run on one spec", "s")
    add("generate.full", "generation", "generate --force (every vendor + neutral model)", "s", one, "<= 4")
    add("generate.noop", "generation", "generate with nothing changed (regenerates all)", "s", one)
    for n in GEN_SIZES:
        base = one if n == GEN_SIZES[0] else f"generate.per_vendor.{GEN_SIZES[0]}"
        add(f"generate.per_vendor.{n}", "generation", f"generate --force per vendor, {n} vendors", "s", base)
    add("plan.raw_httpx", "plan", "the same reads: raw httpx.AsyncClient", "s")
    add(
        "plan.voiceagents",
        "plan",
        "plan, every definition x every vendor: voiceagents",
        "s",
        "plan.raw_httpx",
        "<= 1.5",
    )
    add("plan.peak_memory.raw_httpx", "plan", "peak memory (tracemalloc): raw httpx reads", "MiB")
    peak = "plan.peak_memory.raw_httpx"
    add("plan.peak_memory.voiceagents", "plan", "peak memory (tracemalloc): voiceagents plan", "MiB", peak)
    for kind, what, goal in (("", "concurrent", ">= 0.9"), (".capped", f"at most {POOL} in flight", None)):
        add(f"async{kind}.raw_httpx", "async", f"N creates, {what}: raw httpx.AsyncClient", "/s")
        add(
            f"async{kind}.voiceagents", "async", f"N creates, {what}: voiceagents", "/s", f"async{kind}.raw_httpx", goal
        )
    add("import.revox", "imports", "import revox (official SDK)", "ms")
    add("import.httpx", "imports", "import httpx (every client imports it)", "ms", "import.revox")
    for module in ("voiceagents", *(vspec.package_name(slug) for slug in slugs)):
        add(f"import.{module}", "imports", f"import {module}", "ms", "import.revox", "<= 0.3334 1/3 of revox")
    return specs


@dataclass
class Figure:
    name: str
    section: str
    label: str
    unit: str
    value: float | None
    method: str
    baseline: str
    baseline_value: float | None
    ratio: float | None
    goal: str | None
    met: bool | None
    note: str = ""
    skipped: str | None = None


class Report:
    """The figures of this run, each divided by its baseline as it is added."""

    def __init__(self, quick: bool) -> None:
        self.quick, self.specs = quick, catalogue()
        self.figures: dict[str, Figure] = {}
        self.methods: dict[str, str] = {}
        self.profiles: dict[str, list[str]] = {}

    def add(self, name: str, value: float | None, *, skipped: str | None = None) -> None:
        spec = self.specs[name]
        base = value if spec.baseline == name else getattr(self.figures.get(spec.baseline), "value", None)
        ratio = value / base if value is not None and base else None
        goal, met = None, None
        if spec.goal is not None:
            op, limit, *words = spec.goal.split(" ", 2)
            goal = f"{op} {words[0] if words else f'{float(limit):g}x'}"
            if ratio is not None:
                met = ratio <= float(limit) if op == "<=" else ratio >= float(limit)
        method = self.methods.get(spec.section, "")
        self.figures[name] = Figure(
            name, spec.section, spec.label, spec.unit, value, method, spec.baseline, base, ratio, goal, met, spec.note,
            skipped,
        )  # fmt: skip

    def add_all(self, values: Mapping[str, float]) -> None:
        """Baselines first, so every ratio has its denominator."""
        for name in sorted(values, key=lambda n: self.specs[n].baseline != n):
            self.add(name, values[name])

    def ordered(self) -> list[Figure]:
        return [self.figures[name] for name in self.specs if name in self.figures]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def profile_lines(fn: Callable[[], object], repeat: int, top: int = 8) -> list[str]:
    """The largest self times of ``fn`` (cProfile), in microseconds per call."""
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(repeat):
        fn()
    prof.disable()
    entries: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    own = sorted(((v[2] / repeat * 1e6, k) for k, v in entries.items() if k[0] != __file__), reverse=True)
    where = [re.sub(r"^.*/(site-packages|wrappers|generated/[^/]+)/", "", f"{k[0]}:{k[1]}({k[2]})") for _, k in own]
    return [
        "cProfile, largest self time:",
        *(f"    {own[i][0]:9.1f} us  {where[i]}" for i in range(min(top, len(own)))),
    ]


# =========================================================================== per call (MockTransport)
def _example(op: Any) -> Any:
    return op.success.example


def revox_bodies() -> tuple[dict[str, Any], dict[str, Any]]:
    """The Revox create body (the spec's ``all_fields`` example: every create field of revox 0.5.0)
    and an update body (its ``change_voice_and_model`` example)."""
    create = vspec.operation("revox", "createAssistant").request_examples["all_fields"]
    update = vspec.operation("revox", "updateAssistant").request_examples["change_voice_and_model"]
    return dict(create), dict(update)


def revox_transport(drop: str | None = None) -> httpx.MockTransport:
    """Answers every Revox operation with the spec's example of its success answer (the get answer
    without its member ``drop``, if given: a misfit)."""
    prefix, routes = httpx.URL(REVOX_BASE).path.rstrip("/"), []
    for name in OPS:
        op = vspec.operation("revox", vspec.OPERATION_IDS[name])
        pattern = "^" + re.escape(prefix) + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$"
        example = _example(op)
        if drop is not None and name == "get":
            example = {k: v for k, v in example.items() if k != drop}
        routes.append((op.method, re.compile(pattern), json.dumps(example).encode()))

    def handler(request: httpx.Request) -> httpx.Response:
        for method, pattern, payload in routes:
            if request.method == method and pattern.match(request.url.path):
                return httpx.Response(200, content=payload, headers={"content-type": "application/json"})
        return httpx.Response(404, json={"message": "Not Found"})

    return httpx.MockTransport(handler)


def example() -> Any:
    """``examples/assistant.yaml``, completed where a vendor needs a value no neutral field gives from
    that vendor's documented request examples (``documented``)."""
    data, _ = documented.supply(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")), SLUGS)
    return voiceagents.Assistant.model_validate(data)


def call_variants() -> dict[str, Callable[[], object]]:
    """Every per-call variant by figure name: raw httpx, voiceagents, the generated client and the
    official SDK doing each operation on the same transport, and to_vendor for every vendor."""
    import revox
    import voiceagents

    create, update = revox_bodies()
    assistant = example()
    converted, _ = convert.to_vendor_body(assistant, "revox", allow_drop=True)
    transport, auth, aid = revox_transport(), {"Authorization": f"Bearer {FAKE_KEY}"}, ASSISTANT_ID
    raw = httpx.Client(base_url=REVOX_BASE, transport=transport)
    # Typed as the untyped face: the bodies here are dict[str, Any] read from the spec's examples.
    ours: voiceagents.Client = voiceagents.client("revox", api_key=FAKE_KEY, base_url=REVOX_BASE, transport=transport)
    official = revox.Revox(api_key=FAKE_KEY, base_url=REVOX_BASE, http_client=httpx.Client(transport=transport))
    pkg = "voiceagents_revox"
    gen = importlib.import_module(pkg).AuthenticatedClient(
        base_url=REVOX_BASE, token=FAKE_KEY, httpx_args={"transport": transport}
    )
    api = {op: importlib.import_module(f"{pkg}.api.assistants.{op}_assistant{'s' * (op == 'list')}") for op in OPS}
    models = importlib.import_module(f"{pkg}.models")

    def raw_call(method: str, path: str, body: Any = None) -> Callable[[], object]:
        def call() -> object:
            response = raw.request(method, path, json=body, headers=auth)
            response.raise_for_status()
            return response.json()

        return call

    gen_body = {"create": models.CreateAssistantRequest, "update": models.UpdateAssistantRequest}
    variants: dict[str, Callable[[], object]] = {
        "call.create.raw_httpx": raw_call("POST", "/assistants", create),
        "call.create.voiceagents": lambda: ours.create_assistant(create).id,
        "call.create.generated": lambda: (
            api["create"].sync_detailed(client=gen, body=gen_body["create"].from_dict(create)).parsed
        ),
        "call.create.revox_sdk": lambda: official.assistants.create(**create),
        "call.create_neutral.raw_httpx": raw_call("POST", "/assistants", converted),
        "call.create_neutral.voiceagents": lambda: ours.create_assistant(assistant, allow_drop=True).id,
        "call.get.raw_httpx": raw_call("GET", f"/assistants/{aid}"),
        "call.get.voiceagents": lambda: ours.get_assistant(aid).id,
        "call.get.generated": lambda: api["get"].sync_detailed(aid, client=gen).parsed,
        "call.get.revox_sdk": lambda: official.assistants.retrieve(aid),
        "call.list.raw_httpx": raw_call("GET", "/assistants"),
        "call.list.voiceagents": lambda: [item.id for item in ours.list_assistants()],
        "call.list.generated": lambda: api["list"].sync_detailed(client=gen).parsed,
        "call.list.revox_sdk": lambda: official.assistants.list(),
        "call.update.raw_httpx": raw_call("PATCH", f"/assistants/{aid}", update),
        "call.update.voiceagents": lambda: ours.update_assistant(aid, update).id,
        "call.update.generated": lambda: (
            api["update"].sync_detailed(aid, client=gen, body=gen_body["update"].from_dict(update)).parsed
        ),
        "call.update.revox_sdk": lambda: official.assistants.update(aid, **update),
        "call.delete.raw_httpx": raw_call("DELETE", f"/assistants/{aid}"),
        "call.delete.voiceagents": lambda: ours.delete_assistant(aid).id,
        "call.delete.generated": lambda: api["delete"].sync_detailed(aid, client=gen).parsed,
        "call.delete.revox_sdk": lambda: official.assistants.delete(aid),
    }
    clean = voiceagents.client("revox", api_key=FAKE_KEY, base_url=REVOX_BASE, transport=revox_transport())
    missing = voiceagents.client("revox", api_key=FAKE_KEY, base_url=REVOX_BASE, transport=revox_transport("name"))
    variants["misfit.parsed.clean"] = lambda: clean.get_assistant(aid).parsed.id
    variants["misfit.parsed.missing"] = lambda: missing.get_assistant(aid).parsed.id
    variants["misfit.id.clean"] = lambda: clean.get_assistant(aid).id
    variants["misfit.id.missing"] = lambda: missing.get_assistant(aid).id
    for slug in SLUGS:
        variants[f"convert.{slug}"] = functools.partial(voiceagents.to_vendor, assistant, slug, allow_drop=True)
    return variants


def bench_calls(report: Report) -> None:
    rounds, calls = (3, 10) if report.quick else (15, 50)
    report.methods["calls"] = (
        f"Revox operations on an httpx.MockTransport that answers the spec's example of each success answer (no"
        f" network); {rounds} rounds, each timing {calls} calls of every variant in turn; median us per call."
        " Baseline: a raw httpx.Client sending the same request (same body, same auth header) and reading the same"
        " JSON (.json()). voiceagents validates the body against the spec, sends, checks the answer against the spec"
        " and reads the id; generated: <op>_assistant.sync_detailed(...).parsed, its request model built from the"
        " dict; revox: client.assistants.<method>(...) (its parsed model). to_vendor: examples/assistant.yaml"
        " (completed from a vendor's documented request examples where it needs input) to each vendor's request"
        " model (neutral validation, conversion, validation against the vendor's spec), divided by"
        " one raw create of the same rounds. misfit: the get answer as documented, and the same answer without"
        " `name` (always there, says the spec: a warning, logged once per field), read through `.parsed.id` or"
        " `.id`; the first misfit of the process is parsed at once in the warm-up, later ones when read."
    )
    variants = call_variants()
    for fn in variants.values():  # warm-up: caches, compiled validators, pooled connections
        for _ in range(max(5, calls // 5)):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, fn in variants.items():
            t0 = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - t0) / calls * 1e6)
    report.add_all({name: median(values) for name, values in samples.items()})
    for name, fn in variants.items():
        if report.figures[name].met is False:
            report.profiles[name] = profile_lines(fn, 50 if report.quick else 200)


# =========================================================================== generation
def copy_repo(parent: Path, extra_vendors: int = 0) -> Path:
    """A throwaway copy of what the generator reads and writes, with ``extra_vendors`` more vendors:
    copies of the existing specs and converter modules under new slugs (as tests/tools/test_add_vendor.py
    adds one), each with an (empty) project directory."""
    repo = parent / "repo"
    repo.mkdir(parents=True)
    for name in ("openapi", "generated", "wrappers", "examples", ".tmp/speclint-passed"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    for name in ("LICENSE", "pyproject.toml", "README.md", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo / name)
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    templates = sorted(p.stem for p in (repo / "openapi").glob("*.yaml"))
    convert = repo / "wrappers" / "voiceagents" / "_convert"
    for i in range(extra_vendors):
        template, slug = templates[i % len(templates)], f"{templates[i % len(templates)]}_x{i}"
        spec = (repo / "openapi" / f"{template}.yaml").read_text(encoding="utf-8")
        spec = spec.replace(f"x-voiceagents-slug: {template}", f"x-voiceagents-slug: {slug}")
        spec = re.sub(r"^  title: .*$", f"  title: Copy {i} of {template} Assistants API", spec, count=1, flags=re.M)
        (repo / "openapi" / f"{slug}.yaml").write_text(spec, encoding="utf-8")
        module = (convert / f"{template}.py").read_text(encoding="utf-8")
        module = module.replace(f'VendorMapping(\n    "{template}",', f'VendorMapping(\n    "{slug}",')
        (convert / f"{slug}.py").write_text(module, encoding="utf-8")
        (repo / "generated" / slug).mkdir(exist_ok=True)
    return repo


def run_timed(cmd: Sequence[str], repo: Path) -> float:
    """Wall seconds of ``cmd`` run in ``repo``, with the copy's wrapper and generated projects first
    on the path (nothing of the copy is installed)."""
    paths = [repo / "wrappers", *sorted(p for p in (repo / "generated").iterdir() if p.is_dir())]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, paths)), "VOICEAGENTS_ROOT": str(repo)}
    t0 = time.perf_counter()
    proc = subprocess.run(list(cmd), cwd=repo, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed in {repo}:\n{proc.stdout}{proc.stderr}")
    return time.perf_counter() - t0


ONE_RUN = """
import json, sys
from pathlib import Path
from voiceagents_tools.generate import discover, opc
vendor, work = discover([sys.argv[1]])[0], Path(sys.argv[2])
job = opc.prepare(vendor, work)
ruff = str(opc.BIN / "ruff")
config = {**job.config, "post_hooks": [" ".join([ruff, *opc.RUFF_FIX, "."]), " ".join([ruff, *opc.RUFF_FORMAT, "."])]}
(work / "config.json").write_text(json.dumps(config))
print(job.document, job.templates, job.package_dir)
"""


def one_opc_run(repo: Path, slug: str, work: Path) -> float:
    """Seconds of one openapi-python-client run as its CLI does it (ruff post-hooks included), on the
    document and templates the generator prepares for ``slug``."""
    work.mkdir(parents=True)
    out = subprocess.run([PY, "-c", ONE_RUN, slug, str(work)], cwd=repo, capture_output=True, text=True, check=True)
    document, templates, package = out.stdout.split()
    return run_timed(
        [str(Path(PY).parent / "openapi-python-client"), "generate", "--path", document, "--config",
         str(work / "config.json"), "--meta", "none", "--output-path", package, "--custom-template-path", templates,
         "--fail-on-warning", "--overwrite"],
        repo,
    )  # fmt: skip


def bench_generation(report: Report) -> None:
    runs = 2
    report.methods["generation"] = (
        "python -m voiceagents_tools generate in a throwaway copy of the repository (specs, generated projects, the"
        " specs' lint verdicts), with the copy's wrapper and generated projects first on the path; wall time of the"
        f" whole command; the baseline, then {runs} rounds of a full run (--force) and of a run with nothing"
        " changed (there is no incremental build: both regenerate everything). Baseline: one openapi-python-client"
        " CLI run on one spec (the generator's document and templates, ruff post-hooks included; median over"
        f" {'the first spec' if report.quick else 'every spec'}). Per vendor: a full run divided by the number of"
        f" vendors, with copies of the existing specs and converter modules under new slugs for 10 and 20 vendors;"
        f" {os.cpu_count()} cores." + (" --quick: the baseline only." if report.quick else "")
    )
    tools = [PY, "-m", "voiceagents_tools", "generate"]
    with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
        repo = copy_repo(Path(tmp))
        slugs = SLUGS[:1] if report.quick else SLUGS
        report.add("generate.one_run", median([one_opc_run(repo, s, Path(tmp) / f"one-{s}") for s in slugs]))
        if report.quick:
            for name in ("generate.full", "generate.noop", *(f"generate.per_vendor.{n}" for n in GEN_SIZES)):
                report.add(name, None, skipped="--quick")
            return
        full, noop = [], []
        for _ in range(runs):
            full.append(run_timed([*tools, "--force"], repo))
            noop.append(run_timed(tools, repo))
        report.add("generate.full", median(full))
        report.add("generate.noop", median(noop))
    for n in GEN_SIZES:
        name = f"generate.per_vendor.{n}"
        if n == len(SLUGS):
            report.add(name, median(full) / n)
            continue
        if n < len(SLUGS):
            report.add(name, None, skipped=f"the project holds {len(SLUGS)} vendors")
            continue
        with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
            repo = copy_repo(Path(tmp), n - len(SLUGS))
            report.add(name, run_timed([*tools, "--force"], repo) / n)


# =========================================================================== the stateful mocks
MOCKS = """
import json, sys
from voiceagents import testing
mocks = {slug: testing.serve(slug) for slug in sys.argv[1:]}
print(json.dumps({slug: mock.url for slug, mock in mocks.items()}), flush=True)
sys.stdin.read()
for mock in mocks.values():
    mock.stop()
"""


@contextlib.contextmanager
def mocks(slugs: Sequence[str]) -> Iterator[dict[str, str]]:
    """The wrapper's stateful mock of each vendor, in a process of their own (their own GIL); URLs."""
    proc = subprocess.Popen([PY, "-c", MOCKS, *slugs], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        urls: dict[str, str] = json.loads(proc.stdout.readline())
        yield urls
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# =========================================================================== plan against the mocks
Read = tuple[str, str, dict[str, str]]


@functools.cache
def _ssl_context() -> Any:
    return httpx.create_ssl_context()


class Recorder(httpx.AsyncBaseTransport):
    """A transport that notes each request (method, URL, the headers the client added) before sending it."""

    _DEFAULTS = frozenset({"host", "accept", "accept-encoding", "connection", "user-agent", "content-length"})

    def __init__(self, log: list[Read]) -> None:
        self._inner, self._log = httpx.AsyncHTTPTransport(verify=_ssl_context()), log  # ~20 ms per context

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in self._DEFAULTS}
        self._log.append((request.method, str(request.url), headers))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def plan_all(defs: Sequence[tuple[str, Any]], state: Path, urls: Mapping[str, str], record: bool = False) -> Any:
    """``voiceagents plan`` of each definition (one after the other) at every vendor (concurrently): the
    actions, or with ``record`` the reads each definition's plan made, vendor by vendor."""
    import voiceagents

    actions, reads = [], []
    for file, assistant in defs:
        log: dict[str, list[Read]] = {}

        def connect(slug: str, log: dict[str, list[Read]] = log) -> Any:
            transport = Recorder(log.setdefault(slug, [])) if record else None
            return voiceagents.async_client(slug, api_key=FAKE_KEY, base_url=urls[slug], transport=transport)

        plans = await deploy.plan_definition(
            assistant, SLUGS, file=file, state_path=state, connect=connect, allow_drop=True
        )
        actions += [p.action for p in plans.values()]
        reads.append(log)
    return (reads, actions) if record else actions


async def replay(reads: Sequence[Mapping[str, Sequence[Read]]]) -> None:
    """The same reads with raw httpx: per definition the vendors concurrently, a client per vendor."""
    timeout = voiceagents.client("revox", api_key="bench", base_url="http://127.0.0.1").timeout
    clients = {slug: httpx.AsyncClient(timeout=timeout) for slug in {s for per_vendor in reads for s in per_vendor}}

    async def sequence(slug: str, items: Sequence[Read]) -> None:
        for method, url, headers in items:
            response = await clients[slug].request(method, url, headers=headers)
            response.raise_for_status()
            if response.content:
                response.json()

    try:
        for per_vendor in reads:
            await asyncio.gather(*(sequence(slug, items) for slug, items in per_vendor.items()))
    finally:
        for client in clients.values():
            await client.aclose()


def peak_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def bench_plan(report: Report) -> None:
    import voiceagents

    count, rounds = (4, 1) if report.quick else (100, 3)
    some = max(1, min(10, count // 2))
    logging.getLogger("voiceagents").setLevel(logging.ERROR)  # the mocks' answers lack promised fields
    data = example().model_dump(mode="json", exclude_unset=True)
    with mocks(SLUGS) as urls, tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
        defs, state = [], Path(tmp) / "voiceagents.state.json"
        for i in range(count):
            path = Path(tmp) / f"agent{i:03d}.yaml"
            path.write_text(yaml.safe_dump({**data, "name": f"{data['name']} {i:03d}"}, sort_keys=False))
            defs.append((str(path), voiceagents.load_assistant(path)))
        t0 = time.perf_counter()
        asyncio.run(apply_all(defs, state, urls))  # not timed: every definition deployed at every vendor
        seeded = time.perf_counter() - t0
        reads, actions = asyncio.run(plan_all(defs, state, urls, record=True))  # also the warm-up

        def ours(n: int = count) -> object:
            return asyncio.run(plan_all(defs[:n], state, urls))

        def raw(n: int = count) -> object:
            return asyncio.run(replay(reads[:n]))

        variants: dict[str, Callable[..., object]] = {"plan.voiceagents": ours, "plan.raw_httpx": raw}
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(rounds):
            for name, fn in variants.items():
                t0 = time.perf_counter()
                fn()
                samples[name].append(time.perf_counter() - t0)
        counts = {a: actions.count(a) for a in sorted(set(actions))}
        report.methods["plan"] = (
            f"voiceagents plan (plan_definition) of {count} definitions (examples/assistant.yaml, renamed) at every"
            f" vendor ({len(SLUGS)}), each deployed first by apply ({seeded:.0f} s, not timed), against the stateful"
            f" mocks (the wrapper's mock server, in a process of their own on 127.0.0.1): definitions one after the"
            f" other, vendors concurrently; actions {counts}; {sum(len(r) for d in reads for r in d.values())} reads"
            f" (get, or list where a vendor has no get; none where it has neither). Baseline: raw httpx.AsyncClient"
            f" (one per vendor) sending the very requests the plan sent (recorded) in the same order and concurrency,"
            f" and reading their JSON. {rounds} interleaved round(s), median wall time. Peak memory: tracemalloc over"
            f" the first {some} definitions (the state holds all {count}), after warm-up."
        )
        report.add_all({name: median(values) for name, values in samples.items()})
        report.add("plan.peak_memory.raw_httpx", peak_mib(lambda: variants["plan.raw_httpx"](some)))
        report.add("plan.peak_memory.voiceagents", peak_mib(lambda: variants["plan.voiceagents"](some)))


async def apply_all(defs: Sequence[tuple[str, Any]], state: Path, urls: Mapping[str, str]) -> None:
    import voiceagents

    def connect(slug: str) -> Any:
        return voiceagents.async_client(slug, api_key=FAKE_KEY, base_url=urls[slug])

    for file, assistant in defs:
        await deploy.apply_definition(assistant, SLUGS, file=file, state_path=state, connect=connect, allow_drop=True)


# =========================================================================== async throughput
async def async_rounds(url: str, body: dict[str, Any], rounds: int, burst: int) -> dict[str, list[float]]:
    """Creates per second, per figure name: ``burst`` creates at once (capped: at most ``POOL`` in flight)."""
    import voiceagents

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


def bench_async(report: Report) -> None:
    rounds, burst = (1, 50) if report.quick else (4, 500)
    create, _ = revox_bodies()
    report.methods["async"] = (
        f"N = {burst} Revox creates (the all_fields body) started at once with asyncio.gather (capped: at most {POOL}"
        f" in flight, an asyncio.Semaphore), against the wrapper's stateful Revox mock on 127.0.0.1 in a process of"
        f" its own; both clients with httpx's default pool ({POOL} connections, 20 kept alive 5 s) and the same"
        f" timeout; {rounds} interleaved round(s) after one warm-up create each; median creates per second."
        f" Baseline: raw httpx.AsyncClient.post(...).json(). voiceagents validates each body and checks each answer"
        f" against the spec. Uncapped, the requests queued in httpcore's pool dominate (the capped pair shows the"
        f" cost of the clients themselves)."
    )
    with mocks(["revox"]) as urls:
        samples = asyncio.run(async_rounds(urls["revox"], create, rounds, burst))
    report.add_all({name: median(values) for name, values in samples.items()})


# =========================================================================== import times
def user_venv(dist: Path) -> Path:
    """A venv holding what a user installs: the built wheels (voiceagents[all]) and, as the baseline,
    the official revox SDK; dependency versions from uv.lock. Our dev venv would not do: its extra
    packages (twine pulls in rich) slow down `import httpx` itself."""
    venv, uv = BENCH_DIR / "user-venv", str(Path(PY).parent / "uv")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([uv, "venv", "--quiet", "--python", PY, str(venv)], check=True)
    pins = subprocess.run(
        [uv, "export", "--frozen", "--all-packages", "--no-hashes", "--no-emit-workspace", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    constraints = BENCH_DIR / "constraints.txt"
    constraints.write_text(pins, encoding="utf-8")
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), "-c", str(constraints),
         "--find-links", str(dist), "voiceagents[all]", "revox"],
        check=True, capture_output=True,
    )  # fmt: skip
    return venv / "bin" / "python"


def import_time(python: Path, module: str) -> float:
    """Wall seconds of ``import module`` in a fresh interpreter (its start-up excluded)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir(), env=env
    )
    return float(proc.stdout.strip())


def bench_imports(report: Report) -> None:
    runs = 1 if report.quick else 7
    if report.quick:
        python, how = Path(PY), "the dev venv (--quick: no wheels are built)"
    else:
        t0 = time.perf_counter()
        dist = BENCH_DIR / "dist"
        subprocess.run(
            [PY, "-m", "voiceagents_tools", "wheels", "--outdir", str(dist)], check=True, capture_output=True
        )
        python = user_venv(dist)
        how = (
            f"a fresh venv holding only what a user installs (the wheels built from this checkout and installed in"
            f" {time.perf_counter() - t0:.0f} s: voiceagents[all]; revox; dependency versions from uv.lock)"
        )
    report.methods["imports"] = (
        f"wall time of `import <module>` in a fresh interpreter of {how}, start-up excluded; {runs} interleaved"
        " round(s) over the modules, median. Baseline: import revox (the official SDK) in the same venv."
    )
    modules = ["revox", "httpx", "voiceagents", *(vspec.package_name(slug) for slug in SLUGS)]
    samples: dict[str, list[float]] = {m: [] for m in modules}
    for _ in range(runs):
        for module in modules:
            samples[module].append(import_time(python, module) * 1000)
    report.add_all({f"import.{m}": median(v) for m, v in samples.items()})


# =========================================================================== report
def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    formats = {"us": f"{value:,.0f} us", "ms": f"{value:.0f} ms", "s": f"{value:.2f} s", "/s": f"{value:,.0f} /s"}
    return formats.get(unit, f"{value:.1f} {unit}")


def status(figure: Figure) -> str:
    if figure.skipped is not None:
        return f"skipped ({figure.skipped})"
    if figure.baseline == figure.name:
        return "baseline"
    if figure.met is None:
        return figure.note
    return "met" if figure.met else "NOT MET"


def tables(report: Report) -> str:
    parts = []
    for section, title in TITLES.items():
        rows = [
            (f.name, f.label, fmt_value(f.value, f.unit), f"{f.ratio:.2f}x" if f.ratio is not None else "-",
             f.baseline, f.goal or "", status(f))
            for f in report.ordered() if f.section == section
        ]  # fmt: skip
        if not rows:
            continue
        head = ("figure", "what", "median", "ratio", "baseline", "goal", "")
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in [head, *rows]]
        lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
        parts.append(f"**{title}.** Method: {report.methods.get(section, '')}\n\n" + "\n".join(lines))
    return "\n\n".join(parts)


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), cpu)  # fmt: skip
    try:
        memory = f"{int(Path('/proc/meminfo').read_text().split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        memory = "unknown"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "os": platform.platform(),
            "python": platform.python_version(), "date": time.strftime("%Y-%m-%d")}  # fmt: skip


def machine_line(m: Mapping[str, Any]) -> str:
    return f"{m['cpu']}, {m['cores']} cores, {m['memory']}, Python {m['python']}, {m['os']} ({m['date']})"


def method_text() -> str:
    return (__doc__ or "").split("Method:", 1)[1].strip().replace("\n", " ")


def readme_block(text: str, report: Report, m: Mapping[str, Any]) -> str:
    """``text`` (README.md) with this run's table and machine between the bench markers."""
    begin, end = "<!-- BEGIN bench figures -->", "<!-- END bench figures -->"
    block = f"{begin}\nMeasured by `make bench` on {machine_line(m)}. {method_text()}\n\n{tables(report)}\n{end}"
    start, stop = text.index(begin), text.index(end) + len(end)
    return text[:start] + block + text[stop:]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools bench", description="The performance figures of voiceagents."
    )
    parser.add_argument("--quick", action="store_true", help="few rounds, small loads, no wheel venv")
    parser.add_argument("--json", type=Path, default=ROOT / "bench.json", help="where to write the figures")
    parser.add_argument("--readme", action="store_true", help="put the table into README.md")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="only this section (repeatable)")
    args = parser.parse_args(argv)
    started, report, m = time.perf_counter(), Report(quick=args.quick), machine()
    print(f"voiceagents bench{' --quick' if args.quick else ''}: {machine_line(m)}", file=sys.stderr)
    work = {"calls": bench_calls, "generation": bench_generation, "plan": bench_plan, "async": bench_async,
            "imports": bench_imports}  # fmt: skip
    for section, fn in work.items():
        if not args.only or section in args.only:
            t0 = time.perf_counter()
            fn(report)
            print(f"  {TITLES[section].lower()}: {time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started
    print(f"\nMachine: {machine_line(m)}\nMethod: {method_text()}\n\n{tables(report)}")
    for name, lines in report.profiles.items():
        print(f"\nProfile of {name} ({report.figures[name].label}: NOT MET, goal {report.figures[name].goal}):")
        print("\n".join(lines))
    print(f"\nbench took {total:.0f} s; figures written to {args.json}")
    figures = [asdict(f) for f in report.ordered()]
    data = {"machine": m, "method": method_text(), "quick": args.quick, "sections": report.methods,
            "figures": figures, "profiles": report.profiles, "total_s": total}  # fmt: skip
    args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    if args.readme:
        readme = ROOT / "README.md"
        readme.write_text(readme_block(readme.read_text(encoding="utf-8"), report, m), encoding="utf-8")
        print("README.md updated with these figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
