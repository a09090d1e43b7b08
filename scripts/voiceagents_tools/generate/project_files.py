"""Keep the project files that state vendor facts in step with the specs.

Owned by the generator (rewritten by ``make generate``; ``make check`` fails when one is stale), all
derived from ``openapi/<slug>.yaml`` and the converter's declarations, never typed by hand:

* ``wrappers/voiceagents/vendors.json``: the vendor registry the wrapper reads (slug, name, spec
  version, server, auth, documented operations);
* ``pyproject.toml``: the ``voiceagents[<slug>]`` and ``voiceagents[all]`` extras, pinned to the
  compatible range of each client's version, and the uv workspace's sources (every client project
  ``generated/<slug>`` is a member: ``make setup`` installs it);
* ``README.md``: the vendor table (auth, operations documented, extra) and the table of neutral
  fields by vendor (``voiceagents.convert.mapping_table``);
* the wrapper's own version (``pyproject.toml`` ``[project] version``, ``wrappers/voiceagents/_version.py``)
  and ``CHANGELOG.md``: when a client's version moves, so does the wrapper's (its extras changed, so a
  fresh ``pip install 'voiceagents[revox]'`` must find a new ``voiceagents`` on the index). A client's
  major version moves the wrapper's minor while it is 0.x (its major from 1.0), a vendor added or
  removed too; any other client move its patch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from voiceagents import convert
from voiceagents import spec as vspec

from .. import ROOT
from .discover import OPERATIONS

PYPROJECT = ROOT / "pyproject.toml"
README = ROOT / "README.md"
REGISTRY = ROOT / "wrappers" / "voiceagents" / "vendors.json"
VERSION_FILE = ROOT / "wrappers" / "voiceagents" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"
_VERSION_LINE = re.compile(r'^version = "(?P<version>[^"]+)"$', re.M)
_EXTRA_LINE = re.compile(r'^[a-z0-9-]+ = \["(?P<dist>voiceagents-[a-z0-9-]+)>=(?P<version>[^,"]+),', re.M)
EXTRAS_BEGIN = "# BEGIN generated: vendor extras (make generate)"
EXTRAS_END = "# END generated: vendor extras"
TABLE_BEGIN = "<!-- BEGIN generated: mapping table (make generate) -->"
TABLE_END = "<!-- END generated: mapping table -->"
VENDORS_BEGIN = "<!-- BEGIN generated: vendor table (make generate) -->"
VENDORS_END = "<!-- END generated: vendor table -->"
SOURCES_BEGIN = "# BEGIN generated: workspace sources (make generate)"
SOURCES_END = "# END generated: workspace sources"
TOOLS = "voiceagents-tools"

Facts = Mapping[str, Mapping[str, Any]]
"""slug -> the registry entry of that vendor (see ``registry_text``)."""


def compatible_range(version: str) -> str:
    """``>=X.Y.Z,<X+1`` (``<0.Y+1`` while the major version is 0): what a caller can rely on."""
    from packaging.version import Version

    parsed = Version(version)
    upper = f"{parsed.major + 1}" if parsed.major > 0 else f"0.{parsed.minor + 1}"
    return f">={version},<{upper}"


def registry_text(facts: Facts) -> str:
    body = {
        "comment": "Written by `make generate` from openapi/<slug>.yaml. Do not edit.",
        "vendors": {slug: dict(facts[slug]) for slug in sorted(facts)},
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def extras_block(facts: Facts) -> str:
    lines = [EXTRAS_BEGIN, "[project.optional-dependencies]"]
    for slug in sorted(facts):
        vendor = vspec.Vendor(slug)
        lines.append(f'{vendor.extra} = ["{vendor.distribution}{compatible_range(str(facts[slug]["version"]))}"]')
    lines.append("all = [" + ", ".join(f'"voiceagents[{vspec.Vendor(s).extra}]"' for s in sorted(facts)) + "]")
    lines.append(EXTRAS_END)
    return "\n".join(lines)


def sources_block(facts: Facts) -> str:
    """The uv workspace's members as sources: the tools and every client are installed from here."""
    lines = [SOURCES_BEGIN, "[tool.uv.sources]", f"{TOOLS} = {{ workspace = true }}"]
    lines += [f"{vspec.Vendor(slug).distribution} = {{ workspace = true }}" for slug in sorted(facts)]
    lines.append(SOURCES_END)
    return "\n".join(lines)


def _auth_text(auth: Mapping[str, str]) -> str:
    if auth["location"] == "query":
        return f"query `{auth['name']}`"
    return "Bearer" if auth["prefix"] == "Bearer" else f"header `{auth['name']}`"


def vendor_table(facts: Facts) -> str:
    ops = ["create", "get", "list", "update", "delete", "clone"]
    header = "| slug | vendor | spec | server | auth | " + " | ".join(ops) + " | install |"
    rows = [header, "|" + "---|" * (6 + len(ops))]
    for slug in sorted(facts):
        f = facts[slug]
        marks = ["✓" if op in f["operations"] else "—" for op in OPERATIONS]
        extra = vspec.Vendor(slug).extra
        rows.append(
            f"| `{slug}` | {f['title']} | {f['version']} | `{f['base_url']}` | {_auth_text(f['auth'])} | "
            + " | ".join(marks)
            + f" | `pip install 'voiceagents[{extra}]'` |"
        )
    return "\n".join(rows)


def mapping_table() -> str | None:
    """The converter's mapping table, or None while the converter cannot be imported."""
    try:
        return convert.mapping_table()
    except ImportError:
        return None


def _replace_block(text: str, begin: str, end: str, block: str) -> str:
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: block, text)
    return text.rstrip("\n") + "\n\n" + block + "\n" if begin in (EXTRAS_BEGIN, SOURCES_BEGIN) else text


def _client_versions(pyproject: str) -> dict[str, str]:
    """distribution -> the lower bound of its extra, as the extras block on disk says."""
    match = re.search(re.escape(EXTRAS_BEGIN) + r".*?" + re.escape(EXTRAS_END), pyproject, re.S)
    return {m["dist"]: m["version"] for m in _EXTRA_LINE.finditer(match.group(0))} if match else {}


def release(pyproject: str, facts: Facts) -> tuple[str, list[str]]:
    """The wrapper version the extras of ``facts`` call for, and the changelog lines saying why."""
    from packaging.version import Version

    current = Version(_VERSION_LINE.search(pyproject)["version"])  # type: ignore[index]
    old = _client_versions(pyproject)
    new = {vspec.Vendor(slug).distribution: str(f["version"]) for slug, f in facts.items()}
    if not old or old == new:
        return str(current), []
    lines, kind = [], "patch"
    for dist in sorted(set(old) | set(new)):
        before, after = old.get(dist), new.get(dist)
        if before == after:
            continue
        if before is None or after is None:
            lines.append(f"- `{dist}` {'added' if before is None else 'removed'}" + (f" ({after})" if after else ""))
            kind = "minor"
            continue
        lines.append(f"- `{dist}` {before} → {after}")
        if Version(after).major != Version(before).major:
            kind = "minor"
    if kind == "minor" and current.major >= 1:
        bumped = f"{current.major + 1}.0.0"
    elif kind == "minor":
        bumped = f"{current.major}.{current.minor + 1}.0"
    else:
        bumped = f"{current.major}.{current.minor}.{current.micro + 1}"
    return bumped, lines


def _changelog(version: str, lines: list[str]) -> str:
    import datetime

    text = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else "# voiceagents\n"
    if f"\n## {version} " in text:
        return text
    entry = (
        f"## {version} ({datetime.date.today().isoformat()})\n\n"
        "The vendor clients moved (`voiceagents[<slug>]` extras; each client's own CHANGELOG says what changed):\n\n"
        + "\n".join(lines)
        + "\n"
    )
    head, _, rest = text.partition("\n## ")
    return f"{head.rstrip()}\n\n{entry}" + (f"\n## {rest}" if rest else "")


def expected(facts: Facts, *, with_mapping: bool = True) -> dict[Path, str]:
    """The content each owned file should have now.

    ``with_mapping=False`` leaves the mapping table as it is (it needs the converter, which needs
    the registry: the first pass of a generation writes the registry, the second the table)."""
    pyproject = PYPROJECT.read_text(encoding="utf-8")
    version, lines = release(pyproject, facts)
    pyproject = _VERSION_LINE.sub(f'version = "{version}"', pyproject, count=1)
    pyproject = _replace_block(pyproject, EXTRAS_BEGIN, EXTRAS_END, extras_block(facts))
    pyproject = _replace_block(pyproject, SOURCES_BEGIN, SOURCES_END, sources_block(facts))
    files = {
        VERSION_FILE: (
            '"""The version of the voiceagents wrapper (kept equal to pyproject.toml\'s by ``make generate``)."""\n\n'
            f'__version__ = "{version}"\n'
        )
    }
    if lines:
        files[CHANGELOG] = _changelog(version, lines)
    readme = README.read_text(encoding="utf-8")
    readme = _replace_block(
        readme, VENDORS_BEGIN, VENDORS_END, f"{VENDORS_BEGIN}\n{vendor_table(facts)}\n{VENDORS_END}"
    )
    table = mapping_table() if with_mapping else None
    if table is not None:
        readme = _replace_block(readme, TABLE_BEGIN, TABLE_END, f"{TABLE_BEGIN}\n{table.strip()}\n{TABLE_END}")
    return {REGISTRY: registry_text(facts), PYPROJECT: pyproject, README: readme, **files}


def stale(facts: Facts) -> list[str]:
    """Owned files or blocks that ``make generate`` would change."""
    problems = []
    for path, text in expected(facts).items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            problems.append(f"{path.relative_to(ROOT)}: its generated part is out of date (run `make generate`)")
    return problems


def write(facts: Facts, *, with_mapping: bool = True) -> list[Path]:
    """Rewrite the owned files and blocks; return the files that changed."""
    changed = []
    for path, text in expected(facts, with_mapping=with_mapping).items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    if REGISTRY in changed:
        vspec.reload()
    return changed
