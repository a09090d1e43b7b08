"""``make bench`` (``python -m voiceagents_tools bench``) reports every figure it promises, each with its method, its
baseline (measured in the same run) and the ratio to it. The values themselves are never checked:
timings never gate tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SLUGS

OPS = ("create", "get", "list", "update", "delete")
VARIANTS = ("raw_httpx", "voiceagents", "generated")
GEN_SIZES = sorted({len(SLUGS), 10, 20})  # the project's own vendors, then copies up to 10 and 20
FLEET_SIZES = (10, 100, 1000)
FLEET = ("load", "apply", "plan", "raw_reads", "plan_vs_raw", "peak_memory")
EXPECTED = [
    *(f"call.{op}.{variant}" for op in OPS for variant in (*VARIANTS, "revox_sdk")),
    "call.create_neutral.raw_httpx",
    "call.create_neutral.voiceagents",
    *(f"call.retell.{op}.{variant}" for op in OPS for variant in (*VARIANTS, "retell_sdk")),
    *(f"misfit.{read}.{answer}" for read in ("parsed", "id") for answer in ("clean", "missing")),
    *(f"convert.{slug}" for slug in SLUGS),
    "generate.one_run",
    "generate.full",
    "generate.noop",
    *(f"generate.per_vendor.{n}" for n in GEN_SIZES),
    *(f"fleet.{kind}.{n}" for n in FLEET_SIZES for kind in FLEET),
    "async.raw_httpx",
    "async.voiceagents",
    "async.capped.raw_httpx",
    "async.capped.voiceagents",
    "import.revox",
    "import.httpx",
    "import.voiceagents",
    *(f"import.voiceagents_{slug}" for slug in SLUGS),
]
GOALS = {
    "call.create.voiceagents": "<= 1.15x",
    "call.create_neutral.voiceagents": "<= 1.4x",
    **{f"call.{op}.voiceagents": "<= 1.15x" for op in OPS[1:]},
    **{f"call.{op}.generated": "<= 1.3x" for op in OPS},
    **{f"call.retell.{op}.voiceagents": "<= 1.15x" for op in OPS},
    **{f"call.retell.{op}.generated": "<= 1.3x" for op in OPS},
    **{f"misfit.{read}.missing": "<= 1.2x" for read in ("parsed", "id")},
    **{f"convert.{slug}": "<= 0.5x" for slug in SLUGS},
    "generate.full": "<= 4x",
    **{f"fleet.{kind}.1000": "<= 1.2x" for kind in ("apply", "plan", "peak_memory")},
    **{f"fleet.plan_vs_raw.{n}": "<= 1.3x" for n in FLEET_SIZES},
    "async.voiceagents": ">= 0.9x",
    "import.voiceagents": "<= 1/3 of revox",
    **{f"import.voiceagents_{slug}": "<= 1/3 of revox" for slug in SLUGS},
}
QUICK_SKIPS = {  # what --quick leaves out: every generation figure but its baseline, the fleet's larger sizes
    "generate.full",
    "generate.noop",
    *(f"generate.per_vendor.{n}" for n in GEN_SIZES),
    *(f"fleet.{kind}.{n}" for n in FLEET_SIZES[1:] for kind in FLEET),
}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run(
        [sys.executable, "-m", "voiceagents_tools", "bench", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    data: dict[str, Any] = json.loads(Path(out).read_text(encoding="utf-8"))
    return data, proc.stdout


@pytest.mark.slow
def test_quick_bench_reports_every_figure_with_method_baseline_and_ratio(quick_run: tuple[dict[str, Any], str]) -> None:
    data, printed = quick_run
    assert {"cpu", "cores", "memory", "python", "os", "date"} <= set(data["machine"])
    assert data["method"]
    assert data["quick"] is True
    figures = {f["name"]: f for f in data["figures"]}
    assert [n for n in EXPECTED if n not in figures] == [], "figures missing from bench.json"
    for name in EXPECTED:
        figure = figures[name]
        assert figure["method"], f"{name}: no method"
        assert figure["method"] == data["sections"][figure["section"]]
        assert figure["baseline"] in figures, f"{name}: its baseline {figure['baseline']} is not measured"
        assert figure["goal"] == GOALS.get(name), name
        if figure["skipped"]:
            assert name in QUICK_SKIPS, f"{name} skipped: {figure['skipped']}"
            continue
        baseline = figures[figure["baseline"]]
        assert isinstance(figure["value"], float), name
        assert figure["value"] > 0, name
        if baseline["skipped"]:  # measured, but its baseline is a size --quick leaves out
            assert figure["ratio"] is None, name
            assert figure["met"] is None, name
            continue
        assert figure["baseline_value"] == baseline["value"], name
        assert figure["ratio"] == pytest.approx(figure["value"] / baseline["value"]), name
        if figure["goal"]:
            assert figure["met"] in (True, False), name
        # printed: the figure with its ratio and baseline, under its section's method
        row = next((line for line in printed.splitlines() if line.startswith(f"| {name} ")), "")
        assert f"{figure['ratio']:.2f}x" in row, name
        assert figure["baseline"] in row, name
        assert figure["method"] in printed
    for name, lines in data["profiles"].items():  # every per-call goal not met is profiled
        assert figures[name]["met"] is False
        assert lines
    unmet = [n for n, f in figures.items() if f["met"] is False and f["section"] == "calls"]
    assert sorted(unmet) == sorted(data["profiles"])


def test_the_readme_block_is_replaced_and_nothing_else() -> None:
    from voiceagents_tools import bench

    report = bench.new_report(quick=True)
    report.methods["imports"] = "a method"
    report.add("import.revox", 300.0)
    report.add("import.voiceagents", 20.0)
    text = "# Title\n\n<!-- BEGIN bench figures -->\nold\n<!-- END bench figures -->\n\nAfter.\n"
    new = bench.readme_block(text, report, bench.machine())
    assert new.startswith("# Title\n\n<!-- BEGIN bench figures -->\nMeasured by `make bench` on ")
    assert new.endswith("<!-- END bench figures -->\n\nAfter.\n")
    assert "old" not in new
    assert "| import.voiceagents " in new
    assert "0.07x" in new
    assert "met" in new
    assert "a method" in new
