"""``voiceagents mock``: a local, stateful mock of a vendor's API, from its spec."""

from __future__ import annotations

import click

from ._common import guard, vendor_option

__all__ = ["mock"]


@click.command()
@vendor_option
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, show_default=True, help="Port on 127.0.0.1 (0: a free one)."
)
@click.option("--key", help="Accept only this API key (default: any non-empty key).")
@click.option("--quiet", "-q", is_flag=True, help="Print only the URL (no line per request).")
@click.option(
    "--latency",
    type=click.FloatRange(0, 60),
    default=0.0,
    show_default=True,
    help="Seconds added to every request (for benchmarks; other requests are not held).",
)
@guard
def mock(vendor: str, port: int, key: str | None, quiet: bool, latency: float) -> None:
    """Serve a local, stateful mock of the vendor's assistant API (from its spec) until Ctrl-C.

    Prints its URL first (a free port unless --port is given): use it as <SLUG>_BASE_URL, e.g.
    `export REVOX_BASE_URL=$(head -1 mock.out)`.
    """
    from ..testing import run

    try:
        run(vendor, port=port, key=key, quiet=quiet, latency=latency)
    except OSError as exc:  # the port is taken, or not ours to take
        from ._common import fail

        fail(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}; choose another with --port (0: a free one)")
