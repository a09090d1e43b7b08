"""Keep the hand-written project files in step with generated facts.

Two blocks are owned by the generator, each between marker lines, and rewritten by
``make generate`` (``make check`` fails when they are out of date):

* ``pyproject.toml``: the ``voiceagents[<slug>]`` and ``voiceagents[all]`` extras, pinned to the
  compatible range of each client's version (from its spec's ``info.version``);
* ``README.md``: the table of neutral fields by vendor, rendered from the converter's declarations
  (``voiceagents._convert.mapping_table``), once the converter exists.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from pathlib import Path

from voiceagents import _vendors

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
README = ROOT / "README.md"
EXTRAS_BEGIN = "# BEGIN generated: vendor extras (make generate)"
EXTRAS_END = "# END generated: vendor extras"
TABLE_BEGIN = "<!-- BEGIN generated: mapping table (make generate) -->"
TABLE_END = "<!-- END generated: mapping table -->"


def compatible_range(version: str) -> str:
    """``>=X.Y.Z,<X+1`` (``<0.Y+1`` while the major version is 0): what a caller can rely on."""
    major, minor, *_ = (int(p) for p in [*re.findall(r"\d+", version)[:3], "0", "0"])
    upper = f"{major + 1}" if major > 0 else f"0.{minor + 1}"
    return f">={version},<{upper}"


def extras_block(versions: Mapping[str, str]) -> str:
    lines = [EXTRAS_BEGIN, "[project.optional-dependencies]"]
    for slug, version in versions.items():
        name = slug.replace("_", "-")  # extras are normalised this way anyway (PEP 685)
        lines.append(f'{name} = ["{_vendors.Vendor(slug).distribution}{compatible_range(version)}"]')
    lines.append("all = [" + ", ".join(f'"voiceagents[{slug.replace("_", "-")}]"' for slug in versions) + "]")
    lines.append(EXTRAS_END)
    return "\n".join(lines)


def mapping_table() -> str | None:
    """The converter's mapping table, or None while the converter does not exist."""
    try:
        convert = importlib.import_module("voiceagents._convert")
    except ImportError:
        return None
    render = getattr(convert, "mapping_table", None)
    if render is None:
        return None
    table: str = render()
    return table


def blocks() -> dict[str, str]:
    """The owned blocks as they are on disk now (empty when a marker is missing)."""
    found = {}
    for name, path, begin, end in (
        ("pyproject.toml#extras", PYPROJECT, EXTRAS_BEGIN, EXTRAS_END),
        ("README.md#mapping-table", README, TABLE_BEGIN, TABLE_END),
    ):
        match = re.search(re.escape(begin) + r".*?" + re.escape(end), path.read_text(encoding="utf-8"), re.S)
        found[name] = match.group(0) if match else ""
    return found


def _replace_block(text: str, begin: str, end: str, block: str, *, where: str) -> str:
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: block, text)
    return text.rstrip("\n") + "\n\n" + block + "\n" if where == "end" else text


def expected(versions: Mapping[str, str]) -> dict[Path, str]:
    """The content each owned file should have now."""
    result = {
        PYPROJECT: _replace_block(
            PYPROJECT.read_text(encoding="utf-8"), EXTRAS_BEGIN, EXTRAS_END, extras_block(versions), where="end"
        )
    }
    table = mapping_table()
    readme = README.read_text(encoding="utf-8")
    if table is not None and TABLE_BEGIN in readme:
        result[README] = _replace_block(
            readme, TABLE_BEGIN, TABLE_END, f"{TABLE_BEGIN}\n{table.strip()}\n{TABLE_END}", where="inside"
        )
    else:
        result[README] = readme
    return result


def stale(versions: Mapping[str, str]) -> list[str]:
    """Owned blocks that ``make generate`` would change."""
    return [
        f"{path.relative_to(ROOT)}: its generated block is out of date (run `make generate`)"
        for path, text in expected(versions).items()
        if path.read_text(encoding="utf-8") != text
    ]


def write(versions: Mapping[str, str]) -> list[Path]:
    """Rewrite the owned blocks; return the files that changed."""
    changed = []
    for path, text in expected(versions).items():
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
