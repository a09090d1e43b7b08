"""make bench: what our layer costs and how it grows, measured in one run and printed as one table.

    python scripts/bench.py [--quick] [--json OUT] [--readme] [--only SECTION ...]

``--json OUT`` writes the figures (default ``bench.json``), ``--readme`` puts the table into
README.md (between the bench markers), ``--quick`` is the smoke test's short run (few rounds; the
10- and 20-vendor generations are skipped and import times come from the dev venv, not the wheels).

Method: every figure is the median of repeated measurements taken in this run, and is printed
with the baseline it is divided by, measured in the same run under the same conditions (per-call
costs in interleaved rounds, so that machine noise hits every variant alike). Goals are printed next
to the figures (met / NOT MET), never enforced: nothing here is asserted and timings never gate
tests. Each goal that is not met is profiled (cProfile, or -X importtime for imports) and its top
costs are printed under the table.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import functools
import hashlib
import importlib
import json
import logging
import os
import platform
import pstats
import re
import resource
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
from typing import Any, Literal

import httpx
import yaml
from voiceagents import _vendors

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SLUGS: tuple[str, ...] = _vendors.SLUGS  # the registry is the one list of vendors
EXAMPLE = ROOT / "examples" / "assistant.yaml"
FAKE_KEY = "bench-key-not-a-secret"
BENCH_DIR = ROOT / ".tmp" / "bench"
OPS = ("create", "get", "list", "update", "delete")
GEN_SIZES = (5, 10, 20)
REVOX_BASE = "https://www.getrevox.com/api"
ASSISTANT_ID = "asst_3b9d1c"
BURST = 500
POOL = 100  # httpx's default max_connections
SECTIONS = ("calls", "generation", "plan", "async", "imports")

Key = tuple[str, int, str]
Read = tuple[str, str, dict[str, str]]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{mem_kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        memory = "unknown"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
    }


# =========================================================================== what is measured


@dataclass(frozen=True)
class Goal:
    op: Literal["<=", ">="]
    limit: float
    text: str = ""

    def met(self, ratio: float) -> bool:
        return ratio <= self.limit if self.op == "<=" else ratio >= self.limit

    def __str__(self) -> str:
        return f"{self.op} {self.text or f'{self.limit:g}x'}"


@dataclass(frozen=True)
class Spec:
    """What one figure is: its section, words, unit, the figure it is divided by, and its goal."""

    section: str
    label: str
    unit: str
    baseline: str
    goal: Goal | None = None
    note: str = ""


def _call_specs() -> dict[str, Spec]:
    specs: dict[str, Spec] = {}
    for op in OPS:
        raw = f"call.{op}.raw_httpx"
        what = "create (dict body)" if op == "create" else op
        specs[raw] = Spec("calls", f"{what}: raw httpx.Client", "us", raw)
        specs[f"call.{op}.voiceagents"] = Spec("calls", f"{what}: voiceagents", "us", raw, Goal("<=", 1.15))
        specs[f"call.{op}.generated"] = Spec("calls", f"{what}: generated sync_detailed", "us", raw, Goal("<=", 1.3))
        specs[f"call.{op}.revox_sdk"] = Spec("calls", f"{what}: revox 0.5.0 (official SDK)", "us", raw)
        if op == "create":
            neutral = "call.create_neutral.raw_httpx"
            specs[neutral] = Spec("calls", "create (the converted body): raw httpx.Client", "us", neutral)
            specs["call.create_neutral.voiceagents"] = Spec(
                "calls", "create from a neutral Assistant: voiceagents", "us", neutral, Goal("<=", 1.4)
            )
    return specs


def catalogue(slugs: Sequence[str] = SLUGS) -> dict[str, Spec]:
    """Every figure ``make bench`` reports, by name, in the order of the table."""
    specs = _call_specs()
    for slug in slugs:
        specs[f"convert.{slug}"] = Spec(
            "calls", f"to_vendor + validation: {slug}", "us", "call.create.raw_httpx", Goal("<=", 0.5)
        )
    one = "generate.one_run"
    specs[one] = Spec("generation", "one openapi-python-client run on one spec", "s", one)
    specs["generate.full"] = Spec(
        "generation", "generate.py --force (every vendor + neutral model)", "s", one, Goal("<=", 3)
    )
    specs["generate.noop"] = Spec("generation", "generate.py with nothing to do", "s", one, Goal("<=", 0.2))
    first = f"generate.per_vendor.{GEN_SIZES[0]}"
    for n in GEN_SIZES:
        specs[f"generate.per_vendor.{n}"] = Spec(
            "generation",
            f"generate.py --force per vendor, {n} vendors",
            "s",
            one if n == GEN_SIZES[0] else first,
            note="flat = good",
        )
    specs["plan.raw_httpx"] = Spec("plan", "the same reads: raw httpx.AsyncClient", "s", "plan.raw_httpx")
    specs["plan.voiceagents"] = Spec(
        "plan", "plan, every definition x every vendor: voiceagents", "s", "plan.raw_httpx", Goal("<=", 1.5)
    )
    peak = "plan.peak_memory.raw_httpx"
    specs[peak] = Spec("plan", "peak memory (tracemalloc): raw httpx reads", "MiB", peak)
    specs["plan.peak_memory.voiceagents"] = Spec("plan", "peak memory (tracemalloc): voiceagents plan", "MiB", peak)
    for kind, what, goal in (("", "concurrent", Goal(">=", 0.9)), (".capped", f"at most {POOL} in flight", None)):
        raw = f"async{kind}.raw_httpx"
        specs[raw] = Spec("async", f"{BURST} creates, {what}: raw httpx.AsyncClient", "/s", raw)
        specs[f"async{kind}.voiceagents"] = Spec("async", f"{BURST} creates, {what}: voiceagents", "/s", raw, goal)
    third = Goal("<=", 1 / 3, "1/3 of revox")
    specs["import.revox"] = Spec("imports", "import revox (official SDK)", "ms", "import.revox")
    specs["import.httpx"] = Spec("imports", "import httpx (every client imports it)", "ms", "import.revox")
    for module in ("voiceagents", *(_vendors.package_name(slug) for slug in slugs)):
        specs[f"import.{module}"] = Spec("imports", f"import {module}", "ms", "import.revox", third)
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
        self.quick = quick
        self.specs = catalogue()
        self.figures: dict[str, Figure] = {}
        self.methods: dict[str, str] = {}
        self.profiles: dict[str, list[str]] = {}

    def add(self, name: str, value: float | None, *, method: str | None = None, skipped: str | None = None) -> Figure:
        spec = self.specs[name]
        base = self.figures.get(spec.baseline)
        base_value = value if spec.baseline == name else (base.value if base is not None else None)
        ratio = value / base_value if value is not None and base_value else None
        met = spec.goal.met(ratio) if spec.goal is not None and ratio is not None else None
        figure = Figure(
            name=name,
            section=spec.section,
            label=spec.label,
            unit=spec.unit,
            value=value,
            method=method or self.methods.get(spec.section, ""),
            baseline=spec.baseline,
            baseline_value=base_value,
            ratio=ratio,
            goal=str(spec.goal) if spec.goal is not None else None,
            met=met,
            note=spec.note,
            skipped=skipped,
        )
        self.figures[name] = figure
        return figure

    def add_all(self, values: Mapping[str, float]) -> None:
        """Baselines first, so every ratio has its denominator."""
        for name in sorted(values, key=lambda n: self.specs[n].baseline != n):
            self.add(name, values[name])

    def unmet(self, name: str) -> bool:
        figure = self.figures.get(name)
        return figure is not None and figure.met is False

    def ordered(self) -> list[Figure]:
        return [self.figures[name] for name in self.specs if name in self.figures]


# =========================================================================== profiles


@dataclass
class Profile:
    """Self and cumulative time per function, in microseconds per unit of work."""

    own: dict[Key, float]
    cumulative: dict[Key, float]
    total: float


def _profile_of(prof: cProfile.Profile, elapsed: float, units: int) -> Profile:
    stats: Any = pstats.Stats(prof)
    entries: dict[Key, tuple[Any, ...]] = stats.stats
    own = {k: v[2] / units * 1e6 for k, v in entries.items()}
    cumulative = {k: v[3] / units * 1e6 for k, v in entries.items()}
    return Profile(own, cumulative, elapsed / units * 1e6)


def profile(fn: Callable[[], object], repeat: int, units: int | None = None) -> Profile:
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for _ in range(repeat):
        fn()
    prof.disable()
    return _profile_of(prof, time.perf_counter() - t0, units or repeat)


def where(key: Key) -> str:
    file, line, name = key
    if file == "~":
        return name
    short = re.sub(r"^.*/(site-packages|wrappers|generated/[^/]+|scripts)/", "", file)
    short = re.sub(r"^.*/python3\.\d+/", "", short)
    return f"{short}:{line}({name})"


def top_lines(ours: Profile, unit: str, own_code: str, base: Profile | None = None, top: int = 8) -> list[str]:
    """The largest self times (over the baseline's, function by function, when there is one) and
    the cumulative times of our own functions."""
    lines = [f"cProfile: {ours.total:,.0f} {unit} profiled" + (f", baseline {base.total:,.0f} {unit}" if base else "")]
    keys = {k for k in ours.own.keys() | (base.own.keys() if base else set()) if k[0] != __file__}  # not the harness
    extra = sorted(((ours.own.get(k, 0.0) - (base.own.get(k, 0.0) if base else 0.0), k) for k in keys), reverse=True)
    lines.append("  largest extra self time over the baseline:" if base else "  largest self time:")
    lines += [f"    {d:+9.1f} {unit}  {where(k)}" for d, k in extra[:top] if d > 0]
    mine = sorted(((v, k) for k, v in ours.cumulative.items() if own_code in k[0]), reverse=True)[:top]
    if mine:
        lines.append(f"  {own_code.strip('/')} functions by cumulative time:")
        lines += [f"    {v:10.1f} {unit}  {where(k)}" for v, k in mine]
    return lines


# =========================================================================== per call (MockTransport)


def _example(op: Any) -> Any:
    content = op.success.get("content", {}).get("application/json", {})
    return next(iter(content["examples"].values()))["value"]


def revox_bodies() -> tuple[dict[str, Any], dict[str, Any]]:
    """The Revox create body (the ``all_fields`` case: every create field of revox 0.5.0) and an
    update body (``change_voice_and_model``)."""
    cases = yaml.safe_load((ROOT / "tests" / "spec_cases" / "revox.yaml").read_text(encoding="utf-8"))
    create = next(c["body"] for c in cases["valid"] if c["name"] == "all_fields")
    updates = cases["operations"]["updateAssistant"]["valid"]
    update = next(c["body"] for c in updates if c["name"] == "change_voice_and_model")
    return create, update


def revox_transport() -> httpx.MockTransport:
    """Answers every Revox operation with the spec's example of its success answer."""
    from voiceagents import _operations

    prefix = httpx.URL(REVOX_BASE).path.rstrip("/")
    routes = []
    for name in OPS:
        op = _operations.get("revox", _operations.NAMES[name])
        pattern = "^" + re.escape(prefix) + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$"
        routes.append((op.method, re.compile(pattern), json.dumps(_example(op)).encode()))

    def handler(request: httpx.Request) -> httpx.Response:
        for method, pattern, payload in routes:
            if request.method == method and pattern.match(request.url.path):
                return httpx.Response(200, content=payload, headers={"content-type": "application/json"})
        return httpx.Response(404, json={"message": "Not Found"})

    return httpx.MockTransport(handler)


def call_variants() -> dict[str, Callable[[], object]]:
    """Every per-call variant by figure name: raw httpx, voiceagents, the generated client and the
    official SDK doing each operation on the same transport, and to_vendor for every vendor."""
    import revox
    import voiceagents
    from voiceagents._convert import to_vendor_body

    create, update = revox_bodies()
    assistant = voiceagents.load_assistant(EXAMPLE)
    converted, _ = to_vendor_body(assistant, "revox", allow_drop=True)
    transport = revox_transport()
    raw = httpx.Client(base_url=REVOX_BASE, transport=transport)
    auth = {"Authorization": f"Bearer {FAKE_KEY}"}
    ours = voiceagents.client("revox", api_key=FAKE_KEY, base_url=REVOX_BASE, transport=transport)
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

    aid = ASSISTANT_ID
    variants: dict[str, Callable[[], object]] = {
        "call.create.raw_httpx": raw_call("POST", "/assistants", create),
        "call.create.voiceagents": lambda: ours.create_assistant(create).id,
        "call.create.generated": lambda: (
            api["create"].sync_detailed(client=gen, body=models.CreateAssistantRequest.from_dict(create)).parsed
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
            api["update"].sync_detailed(aid, client=gen, body=models.UpdateAssistantRequest.from_dict(update)).parsed
        ),
        "call.update.revox_sdk": lambda: official.assistants.update(aid, **update),
        "call.delete.raw_httpx": raw_call("DELETE", f"/assistants/{aid}"),
        "call.delete.voiceagents": lambda: ours.delete_assistant(aid).id,
        "call.delete.generated": lambda: api["delete"].sync_detailed(aid, client=gen).parsed,
        "call.delete.revox_sdk": lambda: official.assistants.delete(aid),
    }
    for slug in SLUGS:
        variants[f"convert.{slug}"] = functools.partial(voiceagents.to_vendor, assistant, slug, allow_drop=True)
    return variants


def interleave(variants: Mapping[str, Callable[[], object]], rounds: int, calls: int) -> dict[str, float]:
    """Median microseconds per call of each variant; every round times every variant in turn."""
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
    return {name: median(values) for name, values in samples.items()}


def bench_calls(report: Report) -> None:
    rounds, calls = (3, 20) if report.quick else (15, 50)
    report.methods["calls"] = (
        f"Revox operations on an httpx.MockTransport that answers the spec's example of each success answer (no"
        f" network); {rounds} rounds, each timing {calls} calls of every variant in turn; median us per call."
        " Baseline: a raw httpx.Client sending the same request (same body, same auth header) and reading the same"
        " JSON (.json()). voiceagents validates the body against the spec, sends, checks the answer against the spec"
        " and reads the id; generated: <op>_assistant.sync_detailed(...).parsed, its request model built from the"
        " dict; revox: client.assistants.<method>(...) (its parsed model). to_vendor: examples/assistant.yaml to each"
        " vendor's request model (neutral validation, conversion, validation against the vendor's spec), divided by"
        " one raw create of the same rounds."
    )
    variants = call_variants()
    report.add_all(interleave(variants, rounds, calls))
    for name, fn in variants.items():
        if report.unmet(name):
            baseline = report.figures[name].baseline
            own = "/voiceagents_revox/" if name.endswith(".generated") else "/voiceagents/"
            repeat = 50 if report.quick else 200
            base = profile(variants[baseline], repeat) if not name.startswith("convert.") else None
            report.profiles[name] = top_lines(profile(fn, repeat), "us/call", own, base)


# =========================================================================== generation


def copy_repo(parent: Path) -> Path:
    """A throwaway copy of what the generator reads and writes (as tests/conftest.py's ``repo``)."""
    repo = parent / "repo"
    repo.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache")
    for name in ("openapi", "scripts", "generated", "wrappers", "examples"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    for name in ("LICENSE", "pyproject.toml", "README.md", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo / name)
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    return repo


def repo_env(repo: Path) -> dict[str, str]:
    """The venv trick: the copy's wrapper and generated projects first on the path, nothing installed."""
    paths = [repo / "wrappers", *sorted(p for p in (repo / "generated").iterdir() if p.is_dir())]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in paths)
    env["PATH"] = os.pathsep.join([str(Path(PY).parent), str(repo / "node_modules" / ".bin"), env.get("PATH", "")])
    return env


def add_vendor_copies(repo: Path, count: int) -> None:
    """``count`` more vendors: copies of the existing specs and converter modules under new slugs
    (as tests/test_add_vendor.py adds one), each with an (empty) project directory on the path."""
    templates = sorted(p.stem for p in (repo / "openapi").glob("*.yaml"))
    for i in range(count):
        template = templates[i % len(templates)]
        slug = f"{template}_x{i}"
        spec = (repo / "openapi" / f"{template}.yaml").read_text(encoding="utf-8")
        spec = spec.replace(f"x-voiceagents-slug: {template}", f"x-voiceagents-slug: {slug}")
        spec = re.sub(r"^  title: .*$", f"  title: Copy {i} of {template} Assistants API", spec, count=1, flags=re.M)
        (repo / "openapi" / f"{slug}.yaml").write_text(spec, encoding="utf-8")
        convert = repo / "wrappers" / "voiceagents" / "_convert"
        module = (convert / f"{template}.py").read_text(encoding="utf-8")
        module = module.replace(f'VendorMapping(\n    "{template}",', f'VendorMapping(\n    "{slug}",')
        (convert / f"{slug}.py").write_text(module, encoding="utf-8")
        (repo / "generated" / slug).mkdir(exist_ok=True)


def run_timed(cmd: Sequence[str], repo: Path) -> tuple[float, str, float]:
    """Wall seconds, stdout, and the CPU seconds its child processes used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(list(cmd), cwd=repo, env=repo_env(repo), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed in {repo}:\n{proc.stdout}{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, proc.stdout, cpu


ONE_RUN = """
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, "scripts")
import generate
vendor = generate.discover([sys.argv[1]])[0]
spent = []
run = generate.run
def timed(cmd, cwd, what):
    t0 = time.perf_counter()
    run(cmd, cwd, what)
    spent.append(time.perf_counter() - t0)
generate.run = timed
with tempfile.TemporaryDirectory() as tmp:
    generate.build_client(vendor, Path(tmp))
print(json.dumps(spent))
"""


def one_opc_run(repo: Path, slug: str) -> float:
    """Seconds of the one openapi-python-client run (its ruff post-hooks included) that
    generate.py's build_client makes for ``slug``, timed around that command alone."""
    _, out, _ = run_timed([PY, "-c", ONE_RUN, slug], repo)
    return float(sum(json.loads(out)))


def script_profile(repo: Path, args: Sequence[str]) -> list[str]:
    """cProfile of generate.py's main thread (the vendors' threads and child processes show as waits)."""
    out = repo / "generate.prof"
    run_timed([PY, "-m", "cProfile", "-o", str(out), "scripts/generate.py", *args], repo)
    stats: Any = pstats.Stats(str(out))
    entries: dict[Key, tuple[Any, ...]] = stats.stats
    total = max(v[3] for v in entries.values())
    own = sorted(((v[3], k) for k, v in entries.items() if "/scripts/" in k[0] or "/wrappers/" in k[0]), reverse=True)
    lines = [
        f"cProfile of generate.py {' '.join(args) or '(no-op)'} (main thread, {total:.2f} s):",
        "  cumulative, our code:",
    ]
    lines += [f"    {ct:6.2f} s  {where(k)}" for ct, k in own[1:11]]
    mine = sorted(((v[2], k) for k, v in entries.items()), reverse=True)[:6]
    lines.append("  largest self time:")
    lines += [f"    {tt:6.2f} s  {where(k)}" for tt, k in mine]
    return lines


LINT_PHASES = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, "scripts")
import speclint
spent = {}
def timed(name, fn):
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
    return wrapper
for name in ("_read", "_house", "_validate", "_spectral"):
    if hasattr(speclint, name):
        setattr(speclint, name, timed(name, getattr(speclint, name)))
t0 = time.perf_counter()
speclint.check(sorted(Path("openapi").glob("*.yaml")))
spent["check"] = time.perf_counter() - t0
print(json.dumps(spent))
"""


def full_run_profile(repo: Path, out: str, cpu: float) -> list[str]:
    """Where a full run's time goes: generate.py's own timing of its steps, and its first step, the
    lint of every spec (speclint.check, before any vendor starts), timed phase by phase."""
    lines = [f"generate.py's own timing of its last full run (CPU {cpu:.1f} s over {os.cpu_count()} cores):"]
    lines += [f"    {line}" for line in out.splitlines()]
    phases = json.loads(run_timed([PY, "-c", LINT_PHASES], repo)[1])
    words = {
        "_spectral": "Spectral (a Node process), all specs",
        "_validate": "openapi-spec-validator, per spec",
        "_read": "YAML parse, per spec",
        "_house": "house rules, per spec",
    }
    lines.append(f"  before that, sequentially: speclint.check of every spec, {phases.pop('check'):.2f} s:")
    lines += [f"    {v:6.2f} s  {words.get(k, k)}" for k, v in sorted(phases.items(), key=lambda kv: -kv[1])]
    return lines


def _generation_rounds(report: Report, repo: Path) -> tuple[float, str, float]:
    runs = 1 if report.quick else 2
    slugs = SLUGS[:1] if report.quick else SLUGS
    one = [one_opc_run(repo, slug) for slug in slugs]  # the baseline, then rounds of full and no-op runs
    full, noop, cpu = [], [], []
    out = ""
    for _ in range(runs):
        seconds, out, used = run_timed([PY, "scripts/generate.py", "--force"], repo)
        full.append(seconds)
        cpu.append(used)
        noop += [run_timed([PY, "scripts/generate.py"], repo)[0] for _ in range(2)]
    report.add("generate.one_run", median(one))
    report.add("generate.full", median(full))
    report.add("generate.noop", median(noop))
    return median(full), out, median(cpu)


def bench_generation(report: Report) -> None:
    report.methods["generation"] = (
        f"generate.py in a throwaway copy of the repository (scripts, specs, generated projects), run with"
        f" PYTHONPATH on the copy's wrapper and generated projects (nothing installed); wall time of the whole"
        f" command; the baseline, then {'1 round' if report.quick else '2 rounds'} of a full run (--force) and 2"
        f" no-op runs. Baseline: one openapi-python-client run on one spec (the command build_client runs, ruff"
        f" post-hooks included; median over {'the first spec' if report.quick else 'every spec'}). Per vendor: a"
        f" full run divided by the number of vendors, with copies of the existing specs and converter modules under new"
        f" slugs for 10 and 20 vendors; {os.cpu_count()} cores."
    )
    with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
        repo = copy_repo(Path(tmp))
        full, out, cpu = _generation_rounds(report, repo)
        if report.unmet("generate.full"):
            report.profiles["generate.full"] = full_run_profile(repo, out, cpu)
        if report.unmet("generate.noop"):
            report.profiles["generate.noop"] = script_profile(repo, [])
    for n in GEN_SIZES:
        name = f"generate.per_vendor.{n}"
        if n == len(SLUGS):
            report.add(name, full / n)
        elif n < len(SLUGS):
            report.add(name, None, skipped=f"the project holds {len(SLUGS)} vendors")
        elif report.quick:
            report.add(name, None, skipped="--quick")
        else:
            with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
                repo = copy_repo(Path(tmp))
                add_vendor_copies(repo, n - len(SLUGS))
                report.add(name, run_timed([PY, "scripts/generate.py", "--force"], repo)[0] / n)


# =========================================================================== plan against the mocks


CHILD_MOCKS = """
import json, sys
from voiceagents._mockserver import serve
mocks = {slug: serve(slug) for slug in sys.argv[1:]}
print(json.dumps({slug: mock.url for slug, mock in mocks.items()}), flush=True)
sys.stdin.read()
for mock in mocks.values():
    mock.stop()
"""


@contextlib.contextmanager
def child(code: str, *args: str) -> Iterator[str]:
    """A server in a process of its own (its own GIL), on 127.0.0.1; yields its first line of output."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "wrappers"), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen([PY, "-c", code, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        yield proc.stdout.readline().strip()
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@functools.cache
def _ssl_context() -> Any:
    return httpx.create_ssl_context()


class Recorder(httpx.AsyncBaseTransport):
    """A transport that notes each request (method, URL, the headers the client added) before sending it."""

    _DEFAULTS = frozenset({"host", "accept", "accept-encoding", "connection", "user-agent", "content-length"})

    def __init__(self, log: list[Read]) -> None:
        self._inner = httpx.AsyncHTTPTransport(verify=_ssl_context())  # built once: ~20 ms each
        self._log = log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in self._DEFAULTS}
        self._log.append((request.method, str(request.url), headers))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def definitions(directory: Path, count: int) -> list[tuple[str, Any]]:
    """``count`` definition files: examples/assistant.yaml under numbered names."""
    import voiceagents

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    out = []
    for i in range(count):
        path = directory / f"agent{i:03d}.yaml"
        path.write_text(yaml.safe_dump({**data, "name": f"{data['name']} {i:03d}"}, sort_keys=False), encoding="utf-8")
        out.append((str(path), voiceagents.load_assistant(path)))
    return out


@dataclass
class Deployment:
    defs: list[tuple[str, Any]]
    state: Path
    urls: dict[str, str]

    def connect(self, transport: Callable[[str], httpx.AsyncBaseTransport] | None = None) -> Any:
        import voiceagents

        def connect(slug: str) -> Any:
            chosen = transport(slug) if transport else None
            return voiceagents.async_client(slug, api_key=FAKE_KEY, base_url=self.urls[slug], transport=chosen)

        return connect

    async def apply(self) -> None:
        from voiceagents._apply import apply_definition

        for file, assistant in self.defs:
            await apply_definition(
                assistant, SLUGS, file=file, state_path=self.state, connect=self.connect(), allow_drop=True
            )

    async def plan(self, defs: Sequence[tuple[str, Any]] | None = None, connect: Any = None) -> list[str]:
        """Plan every definition at every vendor, one definition after the other (as ``voiceagents
        plan`` runs for each file), the vendors concurrently; the actions."""
        from voiceagents._apply import plan_definition

        actions: list[str] = []
        for file, assistant in self.defs if defs is None else defs:
            plans = await plan_definition(
                assistant, SLUGS, file=file, state_path=self.state, connect=connect or self.connect(), allow_drop=True
            )
            actions += [p.action for p in plans.values()]
        return actions

    async def record(self) -> tuple[list[dict[str, list[Read]]], list[str]]:
        """The reads each definition's plan makes, vendor by vendor, and the plans' actions."""
        reads: list[dict[str, list[Read]]] = []
        actions: list[str] = []
        for definition in self.defs:
            log: dict[str, list[Read]] = {}

            def recorder(slug: str, log: dict[str, list[Read]] = log) -> httpx.AsyncBaseTransport:
                return Recorder(log.setdefault(slug, []))

            actions += await self.plan([definition], self.connect(recorder))
            reads.append(log)
        return reads, actions


async def replay(reads: Sequence[Mapping[str, Sequence[Read]]], timeout: httpx.Timeout) -> None:
    """The same reads with raw httpx: per definition the vendors concurrently, a client per vendor."""
    clients = {slug: httpx.AsyncClient(timeout=timeout) for slug in {s for per_vendor in reads for s in per_vendor}}

    async def sequence(slug: str, items: Sequence[Read]) -> None:
        client = clients[slug]
        for method, url, headers in items:
            response = await client.request(method, url, headers=headers)
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
    from voiceagents._constants import DEFAULT_TIMEOUT

    count, rounds, some = (20, 2, 10) if report.quick else (100, 3, 20)
    # The mock's answers lack fields the docs promise: each such answer is parsed and warned about.
    # The warnings are silenced (not the cost of finding them), so they do not flood the output.
    logging.getLogger("voiceagents").setLevel(logging.ERROR)
    with child(CHILD_MOCKS, *SLUGS) as line, tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
        deployment = Deployment(definitions(Path(tmp), count), Path(tmp) / "voiceagents.state.json", json.loads(line))
        t0 = time.perf_counter()
        asyncio.run(deployment.apply())  # not timed: every definition deployed at every vendor
        seeded = time.perf_counter() - t0
        reads, actions = asyncio.run(deployment.record())  # also the warm-up

        def ours(defs: int = count) -> object:
            return asyncio.run(deployment.plan(deployment.defs[:defs]))

        def raw(defs: int = count) -> object:
            return asyncio.run(replay(reads[:defs], DEFAULT_TIMEOUT))

        samples: dict[str, list[float]] = {"plan.voiceagents": [], "plan.raw_httpx": []}
        for _ in range(rounds):
            for name, fn in (("plan.voiceagents", ours), ("plan.raw_httpx", raw)):
                t0 = time.perf_counter()
                fn()
                samples[name].append(time.perf_counter() - t0)
        counts = {a: actions.count(a) for a in sorted(set(actions))}
        report.methods["plan"] = (
            f"voiceagents plan (plan_definition) of {count} definitions (examples/assistant.yaml, renamed) at every"
            f" vendor ({len(SLUGS)}), each deployed first by apply ({seeded:.0f} s, not timed), against the stateful"
            f" mocks (_mockserver.serve, in a process of their own on 127.0.0.1): definitions one after the other,"
            f" vendors concurrently; actions {counts}; {sum(len(r) for d in reads for r in d.values())} reads (get,"
            f" or list where a vendor has no get; none where it has neither). Baseline: raw httpx.AsyncClient (one"
            f" per vendor) sending the very requests the plan sent (recorded) in the same order and concurrency, and"
            f" reading their JSON. {rounds} interleaved rounds, median wall time. Peak memory: tracemalloc over the"
            f" first {some // 2} definitions (the state holds all {count}), after warm-up."
        )
        report.add_all({name: median(values) for name, values in samples.items()})
        report.add("plan.peak_memory.raw_httpx", peak_mib(functools.partial(raw, some // 2)))
        report.add("plan.peak_memory.voiceagents", peak_mib(functools.partial(ours, some // 2)))
        if report.unmet("plan.voiceagents"):
            mine, base = profile(functools.partial(ours, some), 1, some), profile(functools.partial(raw, some), 1, some)
            report.profiles["plan.voiceagents"] = [
                f"(the first {some} definitions; the state holds all {count})",
                *top_lines(mine, "us/definition", "/voiceagents/", base),
            ]


# =========================================================================== async throughput


ANSWER_SERVER = """
import asyncio, os, sys
from pathlib import Path
body = Path(sys.argv[1]).read_bytes()
head = b"HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\ncontent-length: %d\\r\\n\\r\\n" % len(body)
async def handle(reader, writer):
    try:
        while True:
            lines = (await reader.readuntil(b"\\r\\n\\r\\n")).split(b"\\r\\n")
            length = next((int(l.split(b":", 1)[1]) for l in lines if l.lower().startswith(b"content-length:")), 0)
            if length:
                await reader.readexactly(length)
            writer.write(head + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass
    finally:
        writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    os._exit(0)  # stdin closed: the bench is done (no cancelled handlers to report)
asyncio.run(main())
"""


async def burst(fn: Callable[[], Awaitable[object]], cap: int | None = None) -> None:
    """``BURST`` creates started at once; with ``cap``, at most that many in flight."""
    if cap is None:
        await asyncio.gather(*(fn() for _ in range(BURST)))
        return
    gate = asyncio.Semaphore(cap)

    async def one() -> None:
        async with gate:
            await fn()

    await asyncio.gather(*(one() for _ in range(BURST)))


def async_creators(
    ours: Any, raw: httpx.AsyncClient, body: dict[str, Any]
) -> dict[str, Callable[[], Awaitable[object]]]:
    auth = {"Authorization": f"Bearer {FAKE_KEY}"}

    async def raw_create() -> object:
        response = await raw.post("/assistants", json=body, headers=auth)
        response.raise_for_status()
        return response.json()

    async def our_create() -> object:
        return (await ours.create_assistant(body)).id

    return {"voiceagents": our_create, "raw_httpx": raw_create}


async def async_rounds(
    url: str, body: dict[str, Any], rounds: int, only: str | None = None, prof: cProfile.Profile | None = None
) -> dict[str, list[float]]:
    """Creates per second, per figure name; ``only`` (a figure name) with ``prof``: profile it alone."""
    import voiceagents

    async with (
        voiceagents.async_client("revox", api_key=FAKE_KEY, base_url=url) as ours,
        httpx.AsyncClient(base_url=url, timeout=ours.timeout) as raw,
    ):
        runs = {
            f"async{kind}.{client}": (fn, cap)
            for kind, cap in (("", None), (".capped", POOL))
            for client, fn in async_creators(ours, raw, body).items()
        }
        if only is not None:
            runs = {only: runs[only]}
        for fn, _ in runs.values():  # warm-up: compiled validators, imports, a connection
            await fn()
        samples: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(rounds):
            for name, (fn, cap) in runs.items():
                if prof is not None:
                    prof.enable()
                t0 = time.perf_counter()
                await burst(fn, cap)
                samples[name].append(BURST / (time.perf_counter() - t0))
                if prof is not None:
                    prof.disable()
    return samples


def async_profile(url: str, body: dict[str, Any], name: str) -> Profile:
    prof = cProfile.Profile()
    samples = asyncio.run(async_rounds(url, body, 1, name, prof))
    return _profile_of(prof, BURST / samples[name][0], BURST)


def bench_async(report: Report) -> None:
    rounds = 1 if report.quick else 4
    create, _ = revox_bodies()
    from voiceagents import _operations

    answer = json.dumps(_example(_operations.get("revox", "createAssistant"))).encode()
    report.methods["async"] = (
        f"{BURST} Revox creates (the all_fields body) started at once with asyncio.gather (capped: at most {POOL} in"
        f" flight, an asyncio.Semaphore), against a minimal HTTP/1.1 keep-alive server on 127.0.0.1 in a process of"
        f" its own (asyncio; it answers the spec's create example); both clients with httpx's default pool ({POOL}"
        f" connections, 20 kept alive 5 s) and the same timeout; {rounds} interleaved round(s) after one warm-up"
        f" create each; median creates per second. Baseline: raw httpx.AsyncClient.post(...).json(). voiceagents"
        f" validates each body and checks each answer against the spec. Uncapped, the {BURST - POOL} requests queued"
        f" in httpcore's pool dominate (the capped pair shows the cost of the clients themselves)."
    )
    with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
        payload = Path(tmp) / "answer.json"
        payload.write_bytes(answer)
        with child(ANSWER_SERVER, str(payload)) as port:
            url = f"http://127.0.0.1:{port}"
            samples = asyncio.run(async_rounds(url, create, rounds))
            report.add_all({name: median(values) for name, values in samples.items()})
            for name in ("async.voiceagents", "async.capped.voiceagents"):
                if report.unmet(name):
                    base = report.figures[name].baseline
                    ours, raw = async_profile(url, create, name), async_profile(url, create, base)
                    report.profiles[name] = top_lines(ours, "us/create", "/voiceagents/", raw)


# =========================================================================== import times


def build_wheels() -> float:
    out = BENCH_DIR / "dist"
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    subprocess.run([PY, "scripts/wheels.py", "--outdir", str(out)], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - t0


def user_venv() -> Path:
    """A venv holding what a user installs: the built wheels (voiceagents[all]) and, as the
    baseline, the official revox SDK; dependency versions constrained by requirements.lock. Our dev
    venv would not do: its extra packages (twine pulls in rich) slow down `import httpx` itself."""
    venv = BENCH_DIR / "user-venv"
    python = venv / "bin" / "python"
    dist = BENCH_DIR / "dist"
    wheels = sorted(p.name for p in dist.glob("*.whl"))
    stamp = venv / "installed.json"
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in dist.glob("*.whl")}
    wanted = json.dumps({"wheels": wheels, "sha256": digests, "lock": (ROOT / "requirements.lock").read_text()})
    if stamp.exists() and stamp.read_text() == wanted:
        return python
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([PY, "-m", "venv", str(venv)], check=True)
    pins = [line.split()[0] for line in (ROOT / "requirements.lock").read_text().splitlines() if "==" in line]
    constraints = BENCH_DIR / "constraints.txt"
    constraints.write_text("\n".join(p for p in pins if not p.startswith(("voiceagents", "-"))) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-c", str(constraints),
         "--find-links", str(dist), "voiceagents[all]", "revox"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    stamp.write_text(wanted)
    return python


def import_env(quick: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if quick:  # the dev venv: this checkout's wrapper first
        env["PYTHONPATH"] = str(ROOT / "wrappers")
    return env


def import_time(python: Path, module: str, env: Mapping[str, str]) -> float:
    """Wall seconds of ``import module`` in a fresh interpreter (its start-up excluded)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    proc = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir(), env=env
    )
    return float(proc.stdout.strip())


def importtime_lines(python: Path, module: str, env: Mapping[str, str]) -> list[str]:
    """The modules ``python -X importtime`` finds costliest for ``import module``."""
    proc = subprocess.run(
        [str(python), "-X", "importtime", "-c", f"import {module}"],
        capture_output=True, text=True, check=True, cwd=tempfile.gettempdir(), env=env,
    )  # fmt: skip
    rows = []
    for line in proc.stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if found:
            rows.append((int(found.group(1)), int(found.group(2)), len(found.group(3)) // 2, found.group(4)))
    top = [r for r in rows if r[2] == 1]
    lines = ["-X importtime, packages imported directly (cumulative ms):"]
    lines += [f"    {cum / 1000:7.1f} ms  {name}" for _, cum, _, name in sorted(top, key=lambda r: -r[1])[:8]]
    lines.append("  largest self time (ms):")
    lines += [f"    {own / 1000:7.1f} ms  {name}" for own, _, _, name in sorted(rows, key=lambda r: -r[0])[:8]]
    return lines


def bench_imports(report: Report) -> None:
    runs = 3 if report.quick else 7
    if report.quick:
        python, how = Path(PY), "the dev venv (--quick: no wheels are built), this checkout's wrapper first"
    else:
        built = build_wheels()
        python = user_venv()
        how = (
            f"a fresh venv holding only what a user installs (the wheels built from this checkout in {built:.0f} s:"
            " voiceagents[all]; revox; dependency versions from requirements.lock)"
        )
    report.methods["imports"] = (
        f"wall time of `import <module>` in a fresh interpreter of {how}, start-up excluded; {runs} interleaved"
        " rounds over the modules, median. Baseline: import revox (the official SDK) in the same venv."
    )
    env = import_env(report.quick)
    modules = ["revox", "httpx", "voiceagents", *(_vendors.package_name(slug) for slug in SLUGS)]
    samples: dict[str, list[float]] = {m: [] for m in modules}
    for _ in range(runs):
        for module in modules:
            samples[module].append(import_time(python, module, env) * 1000)
    report.add_all({f"import.{m}": median(v) for m, v in samples.items()})
    for module in modules:
        if report.unmet(f"import.{module}"):
            report.profiles[f"import.{module}"] = importtime_lines(python, module, env)


# =========================================================================== report


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    formats = {"us": f"{value:,.0f} us", "ms": f"{value:.0f} ms", "s": f"{value:.2f} s", "/s": f"{value:,.0f} /s"}
    return formats.get(unit, f"{value:.1f} {unit}")


def status(figure: Figure) -> str:
    if figure.skipped:
        return f"skipped ({figure.skipped})"
    if figure.baseline == figure.name:
        return "baseline"
    if figure.met is None:
        return figure.note
    return "met" if figure.met else "NOT MET"


TITLES = {
    "calls": "Per call",
    "generation": "Generation",
    "plan": "Plan against the mocks",
    "async": "Async throughput",
    "imports": "Import times",
}


def tables(report: Report) -> str:
    parts = []
    for section, title in TITLES.items():
        figures = [f for f in report.ordered() if f.section == section]
        if not figures:
            continue
        rows = [
            (
                f.name,
                f.label,
                fmt_value(f.value, f.unit),
                f"{f.ratio:.2f}x" if f.ratio is not None else "-",
                f.baseline,
                f.goal or "",
                status(f),
            )
            for f in figures
        ]
        head = ("figure", "what", "median", "ratio", "baseline", "goal", "")
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        lines = [
            "| " + " | ".join(c.ljust(w) for c, w in zip(head, widths, strict=True)) + " |",
            "|" + "|".join("-" * (w + 2) for w in widths) + "|",
        ]
        lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
        parts.append(f"**{title}.** Method: {report.methods.get(section, '')}\n\n" + "\n".join(lines))
    return "\n\n".join(parts)


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


def step(name: str, fn: Callable[[], None]) -> None:
    print(f"  measuring {name}...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    fn()
    print(f"    done in {time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The performance figures of voiceagents, against baselines.")
    parser.add_argument("--quick", action="store_true", help="few rounds, no 10/20-vendor generation, no wheel venv")
    parser.add_argument("--json", type=Path, default=ROOT / "bench.json", help="where to write the figures")
    parser.add_argument("--readme", action="store_true", help="put the table into README.md")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="only this section (repeatable)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    report = Report(quick=args.quick)
    m = machine()
    print(f"voiceagents bench{' --quick' if args.quick else ''}: {machine_line(m)}", file=sys.stderr)
    work: dict[str, Callable[[Report], None]] = {
        "calls": bench_calls,
        "generation": bench_generation,
        "plan": bench_plan,
        "async": bench_async,
        "imports": bench_imports,
    }
    for section, fn in work.items():
        if not args.only or section in args.only:
            step(TITLES[section].lower(), functools.partial(fn, report))
    total = time.perf_counter() - started
    print(f"\nMachine: {machine_line(m)}\nMethod: {method_text()}\n")
    print(tables(report))
    for name, lines in report.profiles.items():
        figure = report.figures[name]
        print(f"\nProfile of {name} ({figure.label}: {status(figure)}, goal {figure.goal}):")
        print("\n".join(lines))
    print(f"\nbench took {total:.0f} s; figures written to {args.json}")
    data = {
        "machine": m,
        "method": method_text(),
        "quick": args.quick,
        "sections": report.methods,
        "figures": [asdict(f) for f in report.ordered()],
        "profiles": report.profiles,
        "total_s": total,
    }
    args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    if args.readme:
        readme = ROOT / "README.md"
        readme.write_text(readme_block(readme.read_text(encoding="utf-8"), report, m), encoding="utf-8")
        print("README.md updated with these figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
