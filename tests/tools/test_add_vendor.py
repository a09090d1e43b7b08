"""Adding a vendor is three files and the project's own commands (README, "Add a vendor").

In a clone with a venv of its own, a copy of an existing vendor goes in under a new slug: its spec,
its converter module and its case file. Then ``make generate``, ``make snapshots``, ``make check``
and the tests that concern the new vendor run, as a contributor would run them. Nothing else is
edited by hand: every other file that changes is one the generator owns.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import make

NEW = "echo"
TEMPLATE = "revox"
OWNED = (
    "generated/",
    "wrappers/voiceagents/vendors.json",
    "wrappers/voiceagents/types/",
    "wrappers/voiceagents/_version.py",
    "wrappers/voiceagents/clients.py",  # the typed clients: the new vendor's overload and classes
    "README.md",
    "pyproject.toml",
    "CHANGELOG.md",
    "uv.lock",
    "tests/__snapshots__/",
)


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout


def _renamed(text: str) -> str:
    """What a contributor renames in a copied module or case file: the slug where it names the vendor's
    own settings (``vendor_extras.<slug>`` and its key), never a value that happens to equal it."""
    text = text.replace(f"vendor_extras.{TEMPLATE}", f"vendor_extras.{NEW}")
    text = text.replace(f"/vendor_extras/{TEMPLATE}/", f"/vendor_extras/{NEW}/")
    text = text.replace(f"vendor_extras: {{{TEMPLATE}: ", f"vendor_extras: {{{NEW}: ")
    return re.sub(rf"^(\s+){TEMPLATE}:$", rf"\g<1>{NEW}:", text, flags=re.M)


def _add_vendor(clone: Path) -> None:
    """The three files, copied from the template vendor under the new slug."""
    spec = (clone / "openapi" / f"{TEMPLATE}.yaml").read_text(encoding="utf-8")
    spec = spec.replace(f"x-voiceagents-slug: {TEMPLATE}", f"x-voiceagents-slug: {NEW}")
    spec = re.sub(r"^  title: .*$", "  title: Echo Assistants API", spec, count=1, flags=re.M)
    spec = re.sub(r"^  version: .*$", "  version: 1.0.0", spec, count=1, flags=re.M)
    (clone / "openapi" / f"{NEW}.yaml").write_text(spec, encoding="utf-8")
    module = (clone / "wrappers/voiceagents/convert" / f"{TEMPLATE}.py").read_text(encoding="utf-8")
    module = _renamed(module.replace(f'VendorMapping(\n    "{TEMPLATE}",', f'VendorMapping(\n    "{NEW}",'))
    (clone / "wrappers/voiceagents/convert" / f"{NEW}.py").write_text(module, encoding="utf-8")
    cases = (clone / "tests/spec_cases" / f"{TEMPLATE}.yaml").read_text(encoding="utf-8")
    cases = _renamed(re.sub(rf"^slug: {TEMPLATE}$", f"slug: {NEW}", cases, count=1, flags=re.M))
    for generic in ("has no field for it", "does not accept"):  # the wrapper's own reasons name the spec's title
        cases = cases.replace(f"Revox {generic}", f"Echo {generic}")
    # The example carries no settings for the new vendor: its case file says what deploying it needs.
    example = yaml.safe_load((clone / "examples/assistant.yaml").read_text(encoding="utf-8"))
    extras = yaml.safe_dump({"example_extras": example["vendor_extras"][TEMPLATE]}, sort_keys=False)
    (clone / "tests/spec_cases" / f"{NEW}.yaml").write_text(f"{cases}\n{extras}", encoding="utf-8")


@pytest.mark.slow
def test_a_new_vendor_is_three_files_and_the_make_targets(clone: Path) -> None:
    assert make(clone, "setup").returncode == 0
    _git(clone, "init", "-q")
    _git(clone, "add", "-A")
    _git(clone, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "before")
    _add_vendor(clone)

    for target in ("generate", "snapshots", "check"):
        done = make(clone, target)
        assert done.returncode == 0, f"make {target}:\n{done.stdout}\n{done.stderr}"

    registry = json.loads((clone / "wrappers/voiceagents/vendors.json").read_text(encoding="utf-8"))
    assert registry["vendors"][NEW]["title"] == "Echo"
    schema = json.loads((clone / "wrappers/voiceagents/types/assistant.schema.json").read_text(encoding="utf-8"))
    assert NEW in schema["$defs"]["VendorExtras"]["properties"]
    assert f"| `{NEW}` | Echo |" in (clone / "README.md").read_text(encoding="utf-8")
    assert f'{NEW} = ["voiceagents-{NEW}>=1.0.0,<2"]' in (clone / "pyproject.toml").read_text(encoding="utf-8")
    typed = (clone / "wrappers/voiceagents/clients.py").read_text(encoding="utf-8")
    assert f'Literal["{NEW}"]' in typed  # its overload of client(), generated
    assert f"voiceagents_{NEW}.params.CreateAssistantParams" in typed
    python = str(clone / ".venv/bin/python")
    shown = subprocess.run(
        [python, "-m", "voiceagents.cli", "vendors"], cwd=clone, capture_output=True, text=True, check=True
    )
    assert re.search(rf"^{NEW}\s+Echo\s+1\.0\.0\s.*\s1\.0\.0$", shown.stdout, re.M), shown.stdout

    # Everything the vendor is tested for, from its case file and its spec, passes.
    tests = make(clone, "test", f"PYTEST_ARGS=-k {NEW} -m 'not slow'", timeout=900)
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert re.search(r"\b\d+ passed", tests.stdout), tests.stdout[-2000:]

    changed = [line[3:] for line in _git(clone, "status", "--porcelain", "-uall").splitlines()]
    by_hand = [
        path
        for path in changed
        if not path.startswith(OWNED)
        and path
        not in (
            f"openapi/{NEW}.yaml",
            f"wrappers/voiceagents/convert/{NEW}.py",
            f"tests/spec_cases/{NEW}.yaml",
        )
    ]
    assert by_hand == [], f"files that changed without being generated: {by_hand}"
