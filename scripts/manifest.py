"""The generation manifest: what each generated artefact was made from.

``generated/manifest.json`` records, per vendor (and for the neutral model), the spec's sha256, a
digest of every generator input (spec, templates, generator code, tool versions), the package
version, and the sha256 of every file written. ``make generate`` uses it to skip work that is
already done; ``make check`` uses it to find stale output and hand edits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "generated" / "manifest.json"
TOOLS = ("openapi-python-client", "ruff", "datamodel-code-generator")


@dataclass
class Entry:
    """What one generated artefact was made from, and what it consists of."""

    spec: str
    spec_sha256: str
    inputs_sha256: str
    version: str
    output: str
    files: dict[str, str] = field(default_factory=dict)
    tools: dict[str, str] = field(default_factory=dict)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    return sha256(path.read_bytes())


def tool_versions() -> dict[str, str]:
    """Versions of the pinned generator tools (from metadata: nothing heavy is imported)."""
    return {name: metadata.version(name) for name in TOOLS}


def digest(parts: Iterable[tuple[str, bytes]]) -> str:
    """One sha256 over named byte strings, independent of the order they are given in."""
    h = hashlib.sha256()
    for name, data in sorted(parts):
        h.update(name.encode() + b"\0" + sha256(data).encode() + b"\n")
    return h.hexdigest()


def tree_files(directory: Path) -> dict[str, str]:
    """sha256 of every file under ``directory``, keyed by POSIX path relative to the repo root."""
    files = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[path.relative_to(ROOT).as_posix()] = file_sha256(path)
    return files


def load() -> dict[str, Entry]:
    if not MANIFEST.exists():
        return {}
    raw = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return {name: Entry(**value) for name, value in raw.get("artefacts", {}).items()}


def save(entries: Mapping[str, Entry]) -> None:
    body = {
        "comment": "Written by scripts/generate.py (make generate). Do not edit.",
        "artefacts": {name: asdict(entries[name]) for name in sorted(entries)},
    }
    text = json.dumps(body, indent=2) + "\n"
    if MANIFEST.exists() and MANIFEST.read_text(encoding="utf-8") == text:
        return  # a no-op run leaves the file (and its mtime) alone
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    MANIFEST.write_text(text, encoding="utf-8")


def drift(entry: Entry) -> list[str]:
    """How the files on disk differ from what was generated: edited, missing or stray files."""
    output = ROOT / entry.output
    if output.is_dir():  # a whole tree is generated: anything else in it is a stray file
        on_disk = tree_files(output)
    else:  # single generated files among hand-written ones: only those are ours
        on_disk = {path: file_sha256(ROOT / path) for path in entry.files if (ROOT / path).exists()}
    problems = []
    for path, expected in sorted(entry.files.items()):
        actual = on_disk.get(path)
        if actual is None:
            problems.append(f"{path} is missing")
        elif actual != expected:
            problems.append(f"{path} was edited by hand")
    problems.extend(f"{path} is not generated output (stray file)" for path in sorted(set(on_disk) - set(entry.files)))
    return problems
