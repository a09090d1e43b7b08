"""Collecting the comparisons imports no official SDK (``support.sdk``): every xdist worker collects
every module, one worker runs the comparisons, and importing ``retell`` alone costs about 2 s of CPU."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

COLLECT = """
import sys
import pytest
code = pytest.main(["--collect-only", "-q", "-n", "0", "-p", "no:cacheprovider", "tests/comparisons"])
print("imported:", sorted(name for name in ("retell", "revox") if name in sys.modules))
sys.exit(code)
"""


def test_collecting_the_comparisons_imports_no_sdk() -> None:
    proc = subprocess.run([sys.executable, "-c", COLLECT], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert proc.stdout.splitlines()[-1] == "imported: []"
