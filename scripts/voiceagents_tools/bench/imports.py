"""The import section: what ``import <module>`` costs a user (a fresh venv holding only the wheels of
this checkout and the official Revox SDK), against ``import revox``."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from voiceagents import spec as vspec

from .. import ROOT
from .common import BENCH_DIR, PY, SLUGS
from .report import Report, Specs, median

__all__ = ["NAME", "TITLE", "import_time", "run", "specs", "user_venv"]

NAME = "imports"
TITLE = "Import times"


def modules() -> list[str]:
    return ["revox", "httpx", "voiceagents", *(vspec.package_name(slug) for slug in SLUGS)]


def specs() -> Specs:
    s = Specs(NAME)
    s.add("import.revox", "import revox (official SDK)", "ms")
    s.add("import.httpx", "import httpx (every client imports it)", "ms", "import.revox")
    for module in modules()[2:]:
        s.add(f"import.{module}", f"import {module}", "ms", "import.revox", "<= 0.3334 1/3 of revox")
    return s


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


def run(report: Report) -> None:
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
    report.methods[NAME] = (
        f"wall time of `import <module>` in a fresh interpreter of {how}, start-up excluded; {runs} interleaved"
        " round(s) over the modules, median. Baseline: import revox (the official SDK) in the same venv."
    )
    samples: dict[str, list[float]] = {m: [] for m in modules()}
    for _ in range(runs):
        for module in samples:
            samples[module].append(import_time(python, module) * 1000)
    report.add_all({f"import.{m}": median(v) for m, v in samples.items()})
