"""Shared pieces of the benchmark: loopback servers, RSS and CPU time, statistics, result rows.

Every server listens on 127.0.0.1 on a free port and is stopped by its context manager; every
wait loop is bounded in time.
"""

from __future__ import annotations

import contextlib
import os
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ops.streamlit_server import StreamlitServer

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


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


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of processes (all their threads), from /proc (Linux)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / CLOCK_TICKS


class BenchServer(StreamlitServer):
    """The loopback server of ops/streamlit_server.py, plus the agent API switch and its RSS."""

    def __init__(self, script: Path, *, agent_api: bool = False) -> None:
        extra = ["--server.enableAgentApi=true", "--server.agentMaxSessions=400"]
        super().__init__(script, extra_args=extra if agent_api else ())
        self.agent_api = agent_api

    def rss_mb(self) -> float:
        assert self.proc is not None
        return rss_mb(self.proc.pid)


@contextlib.contextmanager
def servers(*scripts: Path, agent_api: bool = False) -> Iterator[list[BenchServer]]:
    """Several servers at once (started together so they warm up under the same load)."""
    started = [BenchServer(s, agent_api=agent_api) for s in scripts]
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
