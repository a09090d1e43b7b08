"""The typed clients catch mistakes before anything is sent: ``tests/typecheck/user_code.py`` (wrapper
code as a user writes it) under ``mypy --strict`` and ``pyright`` (strict). Each line marked
``# error: ...`` must be an error for both (a key typo in a dict body, a wrong value type in a dict
body, a wrong attribute on a result's parsed model), and nothing else may be: reading a created
assistant's id needs no narrowing (``assert_type(..., str)``). One run of each checker, in parallel,
with mypy's cache kept in ``.mypy_cache/typing``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

USER_CODE = Path(__file__).parent / "user_code.py"
BIN = Path(sys.executable).parent
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def _marked() -> dict[int, str]:
    lines = USER_CODE.read_text(encoding="utf-8").splitlines()
    return {n: line.split("# error: ", 1)[1] for n, line in enumerate(lines, 1) if "# error: " in line}


def _errors(output: str, pattern: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for match in re.finditer(pattern, output, re.M):
        found.setdefault(int(match["line"]), []).append(match["message"])
    return found


@pytest.mark.slow
def test_both_checkers_catch_the_three_mistakes_and_nothing_else() -> None:
    env = {"PATH": f"{BIN}:/usr/bin:/bin"}
    mypy = subprocess.Popen(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(ROOT / ".mypy_cache" / "typing"), USER_CODE.name],
        cwd=USER_CODE.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    pyright = subprocess.Popen(
        [str(PYRIGHT), USER_CODE.name],
        cwd=USER_CODE.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    mypy_out, pyright_out = mypy.communicate(timeout=300)[0], pyright.communicate(timeout=300)[0]
    marked = _marked()
    assert len(marked) == 3
    by_mypy = _errors(mypy_out, rf"^{USER_CODE.name}:(?P<line>\d+): error: (?P<message>.*)$")
    by_pyright = _errors(pyright_out, r"^\s+\S+user_code\.py:(?P<line>\d+):\d+ - error: (?P<message>.*)$")
    assert set(by_mypy) == set(marked), mypy_out
    assert set(by_pyright) == set(marked), pyright_out
    typo, wrong_type, attribute = sorted(marked)
    assert "CreateAssistantParams" in by_mypy[typo][0]
    assert '"dict[str, str]"' in by_mypy[typo][0]  # the typo makes it no CreateAssistantParams
    assert "CreateAssistantParams" in by_mypy[wrong_type][0]
    assert '"dict[str, object]"' in by_mypy[wrong_type][0]
    assert by_mypy[attribute] == ['"GetAssistantResponse" has no attribute "nmae"  [attr-defined]']
    assert any("CreateAssistantParams" in m for m in by_pyright[typo])
    assert any("CreateAssistantParams" in m for m in by_pyright[wrong_type])
    assert any('Cannot access attribute "nmae" for class "GetAssistantResponse"' in m for m in by_pyright[attribute])
