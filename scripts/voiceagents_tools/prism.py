"""Start and stop Prism mock servers for the vendor specs, on free loopback ports.

    with serve([Path("openapi/revox.yaml"), ...]) as servers:
        servers["revox"].url  # http://127.0.0.1:<port>

Prism validates each request against the spec (422 for a bad body, 401 for a missing credential)
and answers with the spec's examples. The binary is run directly (not through npx) so the PID we
kill is node's own (tooling.md §4.3). Servers start in parallel; startup takes a few seconds each.

Prism logs at ``warn`` by default (request violations and errors; logging every request at ``info``
doubles its answer time); ``VOICEAGENTS_PRISM_LOG=info`` (or ``log_level=``) logs each request to
the log file of each server.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
LOG_LEVELS = ("trace", "debug", "info", "warn", "error", "fatal", "silent")


def default_log_level() -> str:
    level = os.environ.get("VOICEAGENTS_PRISM_LOG", "warn").strip().lower()
    if level not in LOG_LEVELS:
        raise ValueError(f"VOICEAGENTS_PRISM_LOG must be one of {', '.join(LOG_LEVELS)}, not {level!r}")
    return level


@dataclass
class PrismServer:
    """One running Prism process serving one spec."""

    slug: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=0.5):  # noqa: S310 - loopback URL we built
            return True
    except urllib.error.HTTPError:
        return True  # any HTTP answer means it is up
    except OSError:
        return False


def start(spec: Path, *, logdir: Path, log_level: str | None = None) -> PrismServer:
    """Launch Prism for ``spec`` on a free port (does not wait for it)."""
    level = log_level or default_log_level()
    if level not in LOG_LEVELS:
        raise ValueError(f"log_level must be one of {', '.join(LOG_LEVELS)}, not {level!r}")
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `make setup` (npm ci)")
    port = free_port()
    log = logdir / f"prism-{spec.stem}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", level, str(spec)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "NO_COLOR": "1"},
        )
    return PrismServer(spec.stem, f"http://127.0.0.1:{port}", process, log)


def wait_ready(servers: Sequence[PrismServer], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    pending = list(servers)
    while pending:
        for server in list(pending):
            if server.process.poll() is not None:
                raise RuntimeError(f"prism for {server.slug} exited: {server.log.read_text(errors='replace')[-2000:]}")
            if _answers(server.url + "/__voiceagents_ready"):
                pending.remove(server)
        if pending and time.monotonic() > deadline:
            raise RuntimeError(f"prism did not start in {timeout:.0f}s for: {', '.join(s.slug for s in pending)}")
        if pending:
            time.sleep(0.2)


@contextlib.contextmanager
def serve(
    specs: Sequence[Path], *, logdir: Path | None = None, log_level: str | None = None
) -> Iterator[dict[str, PrismServer]]:
    """Serve every spec on its own free port until the block ends; keyed by slug (file stem)."""
    with contextlib.ExitStack() as stack:
        if logdir is None:
            logdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="voiceagents-prism-")))
        servers: list[PrismServer] = []
        try:
            for spec in specs:
                servers.append(start(spec, logdir=logdir, log_level=log_level))
            wait_ready(servers)
            yield {s.slug: s for s in servers}
        finally:
            for server in servers:
                server.stop()
