"""`make demo`, end to end, as a newcomer runs it: the main job cannot break unnoticed."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import ROOT, SLUGS, warm_checkout_caches

# These build into dist/ or share the package index: all on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("packaging")]


def test_make_demo_creates_the_example_on_every_vendor_mock() -> None:
    warm_checkout_caches()  # this checkout's mypy cache and lint verdicts, filled once for the whole run
    proc = subprocess.run(["make", "demo"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = proc.stdout
    for step in (
        "checking that the generated code is current",
        "building every wheel",
        "starting Prism",
        "creating it on Prism for each vendor",
        "the lifecycle on each vendor's stateful mock",
        "applying it to every vendor's stateful mock",
        "nothing to do: every vendor matches the definition",
    ):
        assert step in out
    table = out[out.index("vendor       | HTTP status") :]
    for slug in SLUGS:
        row = re.search(rf"^{slug}\s+\| (\d{{3}})\s+\| (.+?)\s+\| (\d+)\s+\| (\d+)\s+\| (\d+)\s*$", table, re.M)
        assert row, f"no table row for {slug}:\n{table}"
        assert row.group(1).startswith("2")
        assert int(row.group(3)) > 0  # some fields mapped
        if slug != "callhq":  # CallHQ documents no response body, so no id to show
            assert row.group(2).strip() not in ("", "None")
    for slug in SLUGS:
        assert f"--- {slug}: conversion to {slug}" in out  # the report is shown per vendor
    for slug in SLUGS:
        assert re.search(rf"^    plan {slug}\s+none$", out, re.M), f"{slug} did not converge"
