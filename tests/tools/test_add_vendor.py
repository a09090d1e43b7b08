"""Adding a vendor is three files and the project's own commands (README, "Add a vendor").

In a clone with a venv of its own, two vendors go in, each as three files: ``echo``, a copy of Revox
under a new slug, and ``bare``, made from Insighto the way a contributor would write a vendor whose
shapes nobody here chose: its list answers a bare JSON array (no envelope, no paging) and its name
field is ``label``, not ``name``. Then ``make generate``, ``make snapshots``, ``make check`` and the
tests that concern the new vendors run, as a contributor would run them. Nothing else is edited by
hand: every other file that changes is one the generator owns.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import make
from voiceagents.spec import schema as spec_schema

NEW = "echo"
TEMPLATE = "revox"
BARE = "bare"
BARE_TEMPLATE = "insighto"
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
    "tests/vendors/__snapshots__/",
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


def _labelled(node: Any) -> Any:
    """``node`` with every member ``name`` renamed ``label`` (the bare vendor's name field)."""
    if isinstance(node, dict):
        return {("label" if k == "name" else k): _labelled(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_labelled(v) for v in node]
    return node


def _bare_spec(text: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(text)
    spec["info"].update({"title": "Bare Assistants API", "version": "1.0.0", "x-voiceagents-slug": BARE})
    for schema in spec["components"]["schemas"].values():
        properties = schema.get("properties") or {}
        if "name" in properties:
            properties["label"] = properties.pop("name")
            schema["required"] = ["label" if r == "name" else r for r in schema.get("required", [])]
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            for body in [op.get("requestBody") or {}, *op.get("responses", {}).values()]:
                media = body.get("content", {}).get("application/json", {})
                for example in media.get("examples", {}).values():
                    example["value"] = _labelled(example["value"])
            if op["operationId"] == "listAssistants":  # a bare array of assistants, one page
                op.pop("x-voiceagents-pagination", None)
                op["parameters"] = [p for p in op.get("parameters", []) if p.get("in") != "query"]
                (answer,) = [r for code, r in op["responses"].items() if str(code).startswith("2")]
                media = answer["content"]["application/json"]
                where = [p for p in answer["x-voiceagents-items"].split("/") if p]
                (listed,) = [n for n in spec_schema.schema_at(spec, media["schema"], where) if "items" in n]
                answer["x-voiceagents-items"] = ""
                media["schema"] = {"type": "array", "items": listed["items"]}
    schemas = spec["components"]["schemas"]
    while unused := [name for name, ways in spec_schema.component_directions(spec).items() if not ways]:
        for name in unused:  # the envelope the list no longer has
            del schemas[name]
    return spec


def _extras_renamed(node: Any) -> Any:
    """``node`` with ``vendor_extras.<template>`` renamed ``vendor_extras.bare``."""
    if isinstance(node, dict):
        out = {k: _extras_renamed(v) for k, v in node.items()}
        extras = out.get("vendor_extras")
        if isinstance(extras, dict) and BARE_TEMPLATE in extras:
            extras[BARE] = extras.pop(BARE_TEMPLATE)
        return out
    if isinstance(node, list):
        return [_extras_renamed(v) for v in node]
    return node


def _bare_cases(text: str, example: dict[str, Any]) -> dict[str, Any]:
    cases: dict[str, Any] = _extras_renamed(yaml.safe_load(text))
    cases["slug"] = BARE
    groups = [cases["valid"], cases["invalid"], cases.get("conversions", []), cases.get("imports", [])]
    groups += [group for op in cases.get("operations", {}).values() for group in op.values()]
    groups += list(cases.get("answers", {}).values())
    for group in groups:
        for case in group:
            for key in ("body", "kept"):
                if key in case:
                    case[key] = _labelled(case[key])
            for key in ("set", "unset"):
                if isinstance(case.get(key), dict):
                    case[key] = {p.replace("/name", "/label"): v for p, v in case[key].items()}
                elif isinstance(case.get(key), list):
                    case[key] = [p.replace("/name", "/label") for p in case[key]]
            if "expect" in case and case["expect"].get("path") == "/name":
                case["expect"]["path"] = "/label"
    answers = cases.get("answers", {})
    if "listAssistants" in answers:  # a bare array now: the items of each documented answer
        for answer in answers["listAssistants"]:
            body = answer["body"]
            answer["body"] = body.get("data", {}).get("items", []) if isinstance(body, dict) else body
    cases["example_extras"] = example["vendor_extras"][BARE_TEMPLATE]
    return cases


def _add_bare_vendor(clone: Path) -> None:
    """The three files of a vendor shaped unlike the template ones (see the module docstring)."""
    spec = _bare_spec((clone / "openapi" / f"{BARE_TEMPLATE}.yaml").read_text(encoding="utf-8"))
    (clone / "openapi" / f"{BARE}.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    module = (clone / "wrappers/voiceagents/convert" / f"{BARE_TEMPLATE}.py").read_text(encoding="utf-8")
    module = module.replace(f'"{BARE_TEMPLATE}",', f'"{BARE}",', 1).replace(
        'Map("name", "name")', 'Map("name", "label")'
    )
    module = module.replace(f"vendor_extras.{BARE_TEMPLATE}", f"vendor_extras.{BARE}")
    (clone / "wrappers/voiceagents/convert" / f"{BARE}.py").write_text(module, encoding="utf-8")
    example = yaml.safe_load((clone / "examples/assistant.yaml").read_text(encoding="utf-8"))
    cases = _bare_cases((clone / "tests/spec_cases" / f"{BARE_TEMPLATE}.yaml").read_text(encoding="utf-8"), example)
    text = yaml.safe_dump(cases, sort_keys=False).replace(f"vendor_extras.{BARE_TEMPLATE}", f"vendor_extras.{BARE}")
    text = text.replace("Insighto ", "Bare ")
    (clone / "tests/spec_cases" / f"{BARE}.yaml").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_new_vendors_are_three_files_each_and_the_make_targets(clone: Path) -> None:
    assert make(clone, "setup").returncode == 0
    _git(clone, "init", "-q")
    _git(clone, "add", "-A")
    _git(clone, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "before")
    _add_vendor(clone)
    _add_bare_vendor(clone)

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
    assert registry["vendors"][BARE]["operations"][:2] == ["createAssistant", "getAssistant"]

    # Everything the vendors are tested for, from their case files and their specs, passes: every
    # folder of tests but the official SDKs' comparisons (Revox's and Retell's own, never a new
    # vendor's, and the costliest to collect: they import both SDKs). One worker: the outer suite
    # already keeps every core busy, and a second worker would collect it all again.
    folders = sorted(f"tests/{p.name}" for p in (clone / "tests").iterdir() if any(p.glob("test_*.py")))
    folders.remove("tests/comparisons")
    args = f"PYTEST_ARGS={' '.join(folders)} -k '{NEW} or {BARE}' -m 'not slow' -n 0"
    tests = make(clone, "test", args, timeout=900)
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert re.search(r"\b\d+ passed", tests.stdout), tests.stdout[-2000:]

    changed = [line[3:] for line in _git(clone, "status", "--porcelain", "-uall").splitlines()]
    by_hand = [
        path
        for path in changed
        if not path.startswith(OWNED)
        and path
        not in (
            *(f"openapi/{slug}.yaml" for slug in (NEW, BARE)),
            *(f"wrappers/voiceagents/convert/{slug}.py" for slug in (NEW, BARE)),
            *(f"tests/spec_cases/{slug}.yaml" for slug in (NEW, BARE)),
        )
    ]
    assert by_hand == [], f"files that changed without being generated: {by_hand}"
