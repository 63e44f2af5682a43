"""A local `streamlit run` server on a free loopback port, for the tests, the bench and deploy.

Every server listens on 127.0.0.1 on a free port, writes its output to a file (never a pipe that
nobody reads), and is stopped by its owner; every wait is bounded in time.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

from app.paths import ROOT  # noqa: F401  (re-exported: where `streamlit run` starts)


def stop_process_group(proc: subprocess.Popen[bytes] | None) -> None:
    """Terminate a child started with `start_new_session=True` and all it started; kill the
    group if it has not ended within 10 s."""
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


# Ports this process has handed out. A port is only taken once its server binds it, so the
# kernel may offer the same free port twice in a row: two servers of one deployment then got one
# port, and the second never started.
_HANDED_OUT: set[int] = set()


def free_port() -> int:
    """A loopback port nothing listens on right now, and never one this process handed out."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port


def health(url: str) -> str | None:
    """The body of `/_stcore/health` ("ok" once serving), or None if nothing answers."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read().decode()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


class StreamlitServer:
    """`streamlit run <script>` from the project root (so .streamlit/config.toml applies)."""

    def __init__(
        self,
        script: Path,
        *,
        log_path: Path | None = None,
        extra_args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        cwd: Path = ROOT,
    ) -> None:
        self.script = script
        self.cwd = cwd  # where `streamlit run` starts: its .streamlit/config.toml applies
        self.env = dict(env) if env is not None else None  # None: this process's environment
        self.port = free_port()
        self.log_path = log_path
        self.extra_args = list(extra_args)
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "streamlit", "run", str(self.script),
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(self.port),
            "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
            *self.extra_args,
        ]  # fmt: skip

    def start(self) -> StreamlitServer:
        # Read back by log_tail(), so a named log is opened for reading too.
        self._log = self.log_path.open("w+b") if self.log_path else tempfile.TemporaryFile()
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            self.command(),
            cwd=self.cwd,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stop() ends any children too
        )
        return self

    def log_tail(self, chars: int = 2000) -> str:
        if self._log is None:
            return ""
        self._log.flush()
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-chars:]

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Wait until the health endpoint answers "ok"; return seconds since start().

        Between checks it waits on the process itself, so a crash ends the wait at once.
        """
        assert self.proc is not None, "start() first"
        deadline = time.perf_counter() + timeout
        while health(self.url) != "ok":
            try:
                code = self.proc.wait(timeout=0.02)
            except subprocess.TimeoutExpired:
                if time.perf_counter() < deadline:
                    continue
                raise TimeoutError(
                    f"{self.script.name} was not healthy at {self.url} after {timeout:.0f} s:\n"
                    + self.log_tail()
                ) from None
            raise RuntimeError(f"{self.script.name} exited with code {code}:\n{self.log_tail()}")
        return time.perf_counter() - self.started_at

    def stop(self) -> None:
        """Terminate the server's process group; kill it if it does not stop within 10 s."""
        stop_process_group(self.proc)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> StreamlitServer:
        self.start()
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
