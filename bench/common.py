"""Shared pieces of the benchmark: loopback servers, RSS, statistics, the result rows.

Every server listens on 127.0.0.1 on a free port and is stopped by its context manager; every
wait loop is bounded in time.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HOME = ROOT / "Home.py"
SNIPPETS = ROOT / "snippets"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def paired_ratio(frame: Sequence[float], bare: Sequence[float]) -> float:
    """Median of the per-repetition ratios of interleaved pairs: load drift cancels out."""
    pairs = [f / b for f, b in zip(frame, bare, strict=False) if b > 0]
    return median(pairs)


def rss_mb(pid: int) -> float:
    """Resident set size of one process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


class StreamlitServer:
    """`streamlit run <script>` on a free loopback port, stopped on exit."""

    def __init__(self, script: Path, *, agent_api: bool = False) -> None:
        self.script = script
        self.port = free_port()
        self.agent_api = agent_api
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> StreamlitServer:
        cmd = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(self.script),
            "--server.address=127.0.0.1",
            f"--server.port={self.port}",
            "--server.headless=true",
            "--server.fileWatcherType=none",
            "--browser.gatherUsageStats=false",
        ]
        if self.agent_api:
            cmd += ["--server.enableAgentApi=true", "--server.agentMaxSessions=400"]
        self.started_at = time.perf_counter()
        # Run from the project root so .streamlit/config.toml applies to every app alike.
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        return self

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Poll the health endpoint until it answers; returns seconds since start()."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"streamlit exited early: {err[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return time.perf_counter() - self.started_at
            except OSError:
                time.sleep(0.02)
        raise TimeoutError(f"{self.script.name} did not become healthy in {timeout}s")

    def rss_mb(self) -> float:
        assert self.proc is not None
        return rss_mb(self.proc.pid)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def __enter__(self) -> StreamlitServer:
        self.start()
        self.wait_ready()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def servers(*scripts: Path, agent_api: bool = False) -> Iterator[list[StreamlitServer]]:
    """Several servers at once (started together so they warm up under the same load)."""
    started = [StreamlitServer(s, agent_api=agent_api) for s in scripts]
    try:
        for server in started:
            server.start()
        for server in started:
            server.wait_ready()
        yield started
    finally:
        for server in started:
            server.stop()


@dataclass
class Row:
    """One line of the printed table."""

    measurement: str
    subject: str
    frame: str
    bare: str
    ratio: float | None
    target: str
    status: str
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Section:
    """Result of one measurement: table rows plus the raw numbers for results.json."""

    name: str
    rows: list[Row] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    skipped: str | None = None


def verdict(ratio: float | None, limit: float) -> str:
    if ratio is None or ratio != ratio:
        return "n/a"
    return "ok" if ratio <= limit else "MISSED"


def skipped_section(name: str, measurement: str, reason: str) -> Section:
    row = Row(measurement, "-", "-", "-", None, "-", "skipped", reason)
    return Section(name, [row], {"skipped": reason}, skipped=reason)
