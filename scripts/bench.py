"""make bench: the performance figures, all measured in one run, printed as one table and written
to bench.json (``--readme`` also puts the table into README.md).

Method: every figure is the median of repeated runs taken in this process (or in fresh
subprocesses where start-up is the thing measured); per-create costs are interleaved rounds so that
machine noise hits every variant alike, and are reported as ratios to raw httpx measured in the same
rounds. Nothing here is asserted: timings never gate tests.
"""

from __future__ import annotations

import inspect
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import yaml
from voiceagents import _vendors

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SLUGS = _vendors.SLUGS  # the registry is the one list of vendors
EXAMPLE = ROOT / "examples" / "assistant.yaml"
FAKE_KEY = "bench-key-not-a-secret"


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
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


# --------------------------------------------------------------------------- generation and wheels


@contextmanager
def repo_copy() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
        copy = Path(tmp) / "repo"
        copy.mkdir()
        for name in ("openapi", "scripts", "generated", "wrappers"):
            shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        for name in ("LICENSE", "pyproject.toml", "README.md"):
            shutil.copy(ROOT / name, copy / name)
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
        yield copy


def timed_run(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def bench_generation(runs: int = 3) -> dict[str, float]:
    with repo_copy() as repo:
        full = [timed_run([PY, "scripts/generate.py", "--force"], repo) for _ in range(runs)]
        noop = [timed_run([PY, "scripts/generate.py"], repo) for _ in range(runs + 2)]
    return {"full_s": median(full), "noop_s": median(noop)}


BENCH_DIR = ROOT / ".tmp" / "bench"


def bench_wheels(runs: int = 3) -> dict[str, float]:
    out = BENCH_DIR / "dist"
    times = [timed_run([PY, "scripts/wheels.py", "--outdir", str(out)], ROOT) for _ in range(runs)]
    return {"all_wheels_s": median(times), "wheels": len(list(out.glob("*.whl")))}


# --------------------------------------------------------------------------- import times


def user_venv() -> Path:
    """A venv holding what a user installs: the built wheels (voiceagents[all]) and, as the
    baseline, the official revox SDK; dependency versions constrained by requirements.lock. Our dev
    venv would not do: its extra packages (twine pulls in rich) slow down `import httpx` itself."""
    venv = BENCH_DIR / "user-venv"
    python = venv / "bin" / "python"
    wheels = sorted(p.name for p in (BENCH_DIR / "dist").glob("*.whl"))
    stamp = venv / "installed.json"
    wanted = json.dumps({"wheels": wheels, "lock": (ROOT / "requirements.lock").read_text()})
    if stamp.exists() and stamp.read_text() == wanted:
        return python
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([PY, "-m", "venv", str(venv)], check=True)
    pins = [line.split()[0] for line in (ROOT / "requirements.lock").read_text().splitlines() if "==" in line]
    constraints = BENCH_DIR / "constraints.txt"
    constraints.write_text("\n".join(p for p in pins if not p.startswith(("voiceagents", "-"))) + "\n")
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(constraints),
            "--find-links",
            str(BENCH_DIR / "dist"),
            "voiceagents[all]",
            "revox",
        ],
        check=True,
        capture_output=True,
    )
    stamp.write_text(wanted)
    return python


def import_time(python: Path, module: str, runs: int = 7) -> float:
    """Median wall time of ``import module`` in a fresh interpreter (start-up itself excluded)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    values = []
    for _ in range(runs):
        proc = subprocess.run(
            [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir()
        )
        values.append(float(proc.stdout.strip()))
    return median(values)


def bench_imports() -> dict[str, float]:
    python = user_venv()
    modules = ["httpx", "revox", "voiceagents", *(f"voiceagents_{slug}" for slug in SLUGS)]
    return {module: import_time(python, module) * 1000 for module in modules}


# --------------------------------------------------------------------------- per-create client cost


def revox_case() -> tuple[dict[str, Any], dict[str, Any]]:
    """The Revox request body (the `all_fields` seed case) and the spec's 200 example body."""
    cases = yaml.safe_load((ROOT / "tests" / "spec_cases" / "revox.yaml").read_text(encoding="utf-8"))
    body = next(c["body"] for c in cases["valid"] if c["name"] == "all_fields")
    spec = yaml.safe_load((ROOT / "openapi" / "revox.yaml").read_text(encoding="utf-8"))
    media = spec["paths"]["/assistants"]["post"]["responses"]["200"]["content"]["application/json"]
    answer = next(iter(media["examples"].values()))["value"]
    return body, answer


def per_create_variants(body: dict[str, Any], answer: dict[str, Any]) -> dict[str, Callable[[], object]]:
    import revox
    import voiceagents
    from voiceagents_revox import AuthenticatedClient
    from voiceagents_revox.api.assistants import create_assistant
    from voiceagents_revox.models import CreateAssistantRequest

    payload = json.dumps(answer).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=payload, headers={"content-type": "application/json"})

    base = "https://www.getrevox.com/api"
    raw = httpx.Client(base_url=base, transport=httpx.MockTransport(handler))
    generated = AuthenticatedClient(
        base_url=base, token=FAKE_KEY, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    ours = voiceagents.client("revox", api_key=FAKE_KEY, base_url=base, transport=httpx.MockTransport(handler))
    official = revox.Revox(
        api_key=FAKE_KEY, base_url=base, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )

    accepted = inspect.signature(official.assistants.create).parameters
    known = {k: v for k, v in body.items() if k in accepted}
    extra = {k: v for k, v in body.items() if k not in accepted}

    def raw_httpx() -> object:
        response = raw.post("/assistants", json=body, headers={"Authorization": f"Bearer {FAKE_KEY}"})
        response.raise_for_status()
        return response.json()

    return {
        "raw httpx": raw_httpx,
        "generated client": lambda: (
            create_assistant.sync_detailed(client=generated, body=CreateAssistantRequest.from_dict(body)).parsed
        ),
        "voiceagents": lambda: ours.create_assistant(body).id,
        # revox 0.5.0 is a newer snapshot than our spec: fields it no longer names go in extra_body
        "revox (official SDK)": lambda: official.assistants.create(**known, extra_body=extra),
    }


def bench_per_create(rounds: int = 9, calls: int = 200) -> dict[str, dict[str, float]]:
    body, answer = revox_case()
    variants = per_create_variants(body, answer)
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for fn in variants.values():  # warm-up
        for _ in range(20):
            fn()
    for _ in range(rounds):
        for name, fn in variants.items():
            t0 = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - t0) / calls * 1e6)
    baseline = median(samples["raw httpx"])
    return {name: {"us": median(values), "ratio": median(values) / baseline} for name, values in samples.items()}


# --------------------------------------------------------------------------- conversion


def bench_conversion(rounds: int = 7, calls: int = 300) -> dict[str, float]:
    import voiceagents

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assistant = voiceagents.Assistant.model_validate(data)
    result = {}
    for slug in SLUGS:
        voiceagents.to_vendor(assistant, slug, allow_drop=True)  # warm-up (compiles the validator)
        values = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            for _ in range(calls):
                voiceagents.to_vendor(assistant, slug, allow_drop=True)
            values.append((time.perf_counter() - t0) / calls * 1e6)
        result[slug] = median(values)
    return result


# --------------------------------------------------------------------------- end to end on loopback


class _Answer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each answer waits ~40 ms for a delayed ACK
    payload = b"{}"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(self.payload)))
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def bench_end_to_end(creates: int = 400, rounds: int = 3) -> dict[str, float]:
    import voiceagents

    body, answer = revox_case()
    _Answer.payload = json.dumps(answer).encode()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        rates = {"voiceagents": [], "raw httpx": []}  # type: dict[str, list[float]]
        with voiceagents.client("revox", api_key=FAKE_KEY, base_url=url) as ours, httpx.Client(base_url=url) as raw:
            for _ in range(rounds):
                t0 = time.perf_counter()
                for _ in range(creates):
                    ours.create_assistant(body)
                rates["voiceagents"].append(creates / (time.perf_counter() - t0))
                t0 = time.perf_counter()
                for _ in range(creates):
                    raw.post("/assistants", json=body, headers={"Authorization": f"Bearer {FAKE_KEY}"}).json()
                rates["raw httpx"].append(creates / (time.perf_counter() - t0))
    finally:
        server.shutdown()
        server.server_close()
    return {name: median(values) for name, values in rates.items()}


# --------------------------------------------------------------------------- report


def step(name: str, fn: Callable[[], Any]) -> Any:
    print(f"  measuring {name}...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    value = fn()
    print(f"    done in {time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    return value


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str]] = []
    gen, wheels = results["generation"], results["wheels"]
    rows.append(("generation: full run, 5 vendors + neutral model", f"{gen['full_s']:.2f} s", "goal < 5 s"))
    rows.append(("generation: no-op run", f"{gen['noop_s']:.2f} s", "goal < 0.5 s"))
    rows.append((f"build all wheels + sdists ({wheels['wheels']} wheels)", f"{wheels['all_wheels_s']:.2f} s", ""))
    imports = results["imports_ms"]
    third = imports["revox"] / 3
    for module, ms in imports.items():
        note = "baseline" if module in ("revox", "httpx") else f"goal <= {third:.0f} ms (1/3 of revox)"
        rows.append((f"import {module}", f"{ms:.0f} ms", note))
    for name, value in results["per_create"].items():
        note = "baseline" if name == "raw httpx" else ("goal <= 1.5x" if name == "voiceagents" else "")
        rows.append((f"per create, Revox body: {name}", f"{value['us']:.0f} us ({value['ratio']:.2f}x)", note))
    for slug, us in results["conversion_us"].items():
        rows.append((f"to_vendor + validation: {slug}", f"{us:.0f} us", "goal < 200 us"))
    for name, rate in results["end_to_end_creates_per_s"].items():
        rows.append((f"creates/s on loopback HTTP: {name}", f"{rate:.0f} /s", ""))
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'measure':<{width}} | {'median':>22} | note |", f"|{'-' * (width + 2)}|{'-' * 24}|------|"]
    lines += [f"| {a:<{width}} | {b:>22} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def update_readme(results: dict[str, Any]) -> None:
    """Put this run's table (and machine) into README.md between the bench markers."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    begin, end = "<!-- BEGIN bench figures -->", "<!-- END bench figures -->"
    m = results["machine"]
    block = (
        f"{begin}\nMeasured by `make bench` on {m['date']}: {m['cpu']}, {m['cores']} cores, {m['memory']},"
        f" Python {m['python']}. Method: {results['method']}\n\n{table(results)}\n{end}"
    )
    start, stop = text.index(begin), text.index(end) + len(end)
    readme.write_text(text[:start] + block + text[stop:], encoding="utf-8")


def main() -> int:
    update = "--readme" in sys.argv[1:]
    started = time.perf_counter()
    print("voiceagents bench: medians over repeated runs, one process, this machine", file=sys.stderr)
    results: dict[str, Any] = {"machine": machine()}
    results["generation"] = step("generation (full x3, no-op x5, in a copy of the repo)", bench_generation)
    results["wheels"] = step("wheel builds (x3)", bench_wheels)
    results["imports_ms"] = step("import times (a user's venv from the wheels, fresh interpreter, x7)", bench_imports)
    results["per_create"] = step("per-create cost (MockTransport, 9 interleaved rounds x 200)", bench_per_create)
    results["conversion_us"] = step("to_vendor per vendor (7 rounds x 300)", bench_conversion)
    results["end_to_end_creates_per_s"] = step("creates/s against a loopback HTTP server", bench_end_to_end)
    results["method"] = (__doc__ or "").split("Method:", 1)[1].strip().replace("\n", " ")
    results["total_s"] = time.perf_counter() - started
    m = results["machine"]
    print(f"\nMachine: {m['cpu']}, {m['cores']} cores, {m['memory']}, Python {m['python']}, {m['os']} ({m['date']})")
    print(f"Method: {results['method']}\n")
    print(table(results))
    print(f"\nbench took {results['total_s']:.0f} s; figures written to bench.json")
    (ROOT / "bench.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if update:
        update_readme(results)
        print("README.md updated with these figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
