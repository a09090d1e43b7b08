"""Child processes of the tests: a clean environment, a free loopback port, waiting for a server
to answer, and stopping what we started."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: no PYTHONPATH, no venv of ours, no colours."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    return {**env, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1", "NO_COLOR": "1", **extra}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_http(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    """Until ``url`` gives any HTTP answer; fail with the log if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            pytest.fail(f"{process.args!r} exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 - loopback URL built here
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{url} did not answer within {timeout:.0f}s:\n{log.read_text(errors='replace')}")
            time.sleep(0.1)


def stop(process: subprocess.Popen[bytes]) -> None:
    """End one process we started, by its PID."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
