"""A real package index on loopback: pypiserver with an htpasswd file, for publishing tests."""

from __future__ import annotations

import contextlib
import secrets
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

with warnings.catch_warnings():  # passlib imports the stdlib `crypt`, deprecated in 3.11
    warnings.simplefilter("ignore", DeprecationWarning)
    from passlib.apache import HtpasswdFile

from .processes import clean_env, free_port, stop, wait_for_http

USER = "publisher"
PASSWORD = f"pw-{secrets.token_hex(12)}"  # random, so finding it in the output means it leaked


@contextlib.contextmanager
def pypiserver(workdir: Path) -> Iterator[tuple[str, Path]]:
    """pypiserver on a free loopback port, uploads authenticated against an htpasswd file."""
    workdir.mkdir(parents=True, exist_ok=True)
    packages = workdir / "packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(workdir / "htpasswd"), new=True, default_scheme="apr_md5_crypt")
    htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    port, log = free_port(), workdir / "pypiserver.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "pypi-server"),
                "run",
                "-i",
                "127.0.0.1",
                "-p",
                str(port),
                "-P",
                str(workdir / "htpasswd"),
                "-a",
                "update",
                "--disable-fallback",
                str(packages),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=clean_env(),
        )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_http(f"{url}/health", proc, log)
        yield url, packages
    finally:
        stop(proc)
