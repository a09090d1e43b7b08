"""About the installation: ``vendors``, ``example``, and the text of ``--version``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from . import _common as common
from ._common import EXIT_USAGE, fail, output_option

__all__ = ["example", "vendors", "version_text"]


def version_text() -> str:
    from .. import spec
    from .._version import __version__

    lines = [f"voiceagents {__version__}"]
    for vendor in spec.vendors():
        installed = vendor.installed_version
        state = f"client {installed}" if installed else f"client not installed ({vendor.install_hint()})"
        lines.append(f"  {vendor.slug:<14} spec {vendor.version:<8} {state}")
    return "\n".join(lines)


def _table(rows: Iterable[tuple[str, ...]]) -> str:
    rows = list(rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the vendors as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="Print the slugs only, one per line.")
def vendors(as_json: bool, quiet: bool) -> None:
    """List the vendors: slug, name, spec version, auth, operations and whether the client is installed."""
    from .. import spec

    found = spec.vendors()
    if quiet:
        for vendor in found:
            click.echo(vendor.slug)
        return
    if as_json:
        common.emit(
            [
                {
                    "slug": vendor.slug,
                    "vendor": vendor.title,
                    "spec": vendor.version,
                    "auth": vendor.describe_auth(),
                    "operations": list(vendor.operations),
                    "client": vendor.installed_version,
                    "install": vendor.install_hint(),
                }
                for vendor in found
            ]
        )
        return
    rows = [("slug", "vendor", "spec", "auth", "operations", "client")]
    for vendor in found:
        ops = ",".join(o.removesuffix("Assistants").removesuffix("Assistant") for o in vendor.operations)
        client = vendor.installed_version or f"not installed: pip install 'voiceagents[{vendor.extra}]'"
        rows.append((vendor.slug, vendor.title, vendor.version, vendor.describe_auth(), ops, client))
    click.echo(_table(rows))


def _examples() -> dict[str, Any]:
    """The example files: shipped in the wheel (``voiceagents/examples``), or a checkout's ``examples/``."""
    from importlib import resources

    shipped = resources.files("voiceagents").joinpath("examples")
    folder: Any = shipped if shipped.is_dir() else Path(__file__).resolve().parents[3] / "examples"
    if not folder.is_dir():
        return {}
    files = sorted(folder.iterdir(), key=lambda f: f.name)
    return {Path(f.name).stem: f for f in files if f.name.endswith((".yaml", ".json"))}


@click.command()
@click.argument("name", required=False)
@output_option
def example(name: str | None, output_file: str | None) -> None:
    """Print an example file (`voiceagents example assistant > assistant.yaml`); without NAME, list them."""
    found = _examples()
    if name is None:
        for key, path in found.items():
            click.echo(f"{key}  ({path.name})")
        return
    if name not in found:
        fail(f"no example {name!r}; there are: {', '.join(found) or 'none'}", EXIT_USAGE)
    with common.output(output_file):
        common.echo(found[name].read_text(encoding="utf-8"), nl=False)
