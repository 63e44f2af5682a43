"""Where a real server's CPU goes per click, and how it grows with the sessions it holds:
`python -m bench.probes.profile_rerun [--idle 0,50,100] [--clicks 30] [--data N] [--setups N]
[--py-spy]`.

One `streamlit run Home.py` on loopback; K idle sessions are opened on quick-start (websocket
protocol, ops/ws_client.py), then one more session clicks *Increment* `clicks` times, one
rerun at a time. Reported: the server's CPU time per click (from /proc) and the wall time per
click, in three set-ups: the app as shipped (Streamlit's `runner.postScriptGC` on, and the
objects the process imported frozen by app/frame/gc_tuning.py), the same without the freeze,
and `runner.postScriptGC` off.
With `--py-spy`, py-spy (pip install py-spy) samples the server during the clicks at the last K
and the functions with the most samples of their own are listed (idle waits left out).
docs/BENCHMARKS.md reads its output under "The collection after every run".

The server's resident memory is read after each level's clicks. With `--data N`, on a server
of their own, two sessions first build too-much-data's table to its 300,000-row limit (30
clicks, each a new DataFrame from `pd.concat`), one after the other, and end without deleting
it: the memory given back when the server's first session ends (its objects were frozen with
the imports, see app/frame/gc_tuning.py) and when a later one does. After the clicks, N
sessions (one after another, each left open) build the table and delete it: the memory after
that, GC on and off, is what the forced collection is there to give back.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app.frame.gc_tuning import SWITCH
from app.paths import HOME
from bench.lib.common import cpu_seconds, rss_mb
from ops.streamlit_server import StreamlitServer
from ops.ws_client import ProtocolSession

# The page and button every timed click uses.
COUNTER = ("quick-start", "Increment")
BIG_TABLE = ("too-much-data", "Add 10,000 rows", "Delete the table", 30)
DISCONNECTED_TTL = 1  # seconds a closed session is kept for a reconnect (Streamlit: 120)

# Frames that are a thread waiting, not working.
IDLE_FRAMES = ("select (selectors.py", "task (streamlit/watcher/", "wait (threading.py", "_worker")


def top_frames(raw: Path, count: int = 12) -> list[tuple[float, str]]:
    """(share of busy samples, frame) for the frames with the most samples of their own."""
    own: collections.Counter[str] = collections.Counter()
    for line in raw.read_text().splitlines():
        stack, _, samples = line.rpartition(" ")
        leaf = stack.split(";")[-1]
        if not any(idle in leaf for idle in IDLE_FRAMES):
            own[leaf] += int(samples)
    busy = sum(own.values()) or 1
    return [(n / busy, frame) for frame, n in own.most_common(count)]


def build_table(url: str) -> ProtocolSession:
    """A new session that builds the largest table too-much-data allows (30 clicks)."""
    page, add, _, clicks = BIG_TABLE
    session = ProtocolSession(url, page).open()
    for _ in range(clicks):
        session.click(add)
    if not any("300,000 rows" in text for text in session.run_markdown):
        raise RuntimeError(f"the table did not reach its limit: {session.run_markdown}")
    return session


def build_and_drop_tables(url: str, sessions: int) -> list[ProtocolSession]:
    """Each session builds the largest table too-much-data allows, then deletes it."""
    opened = []
    for _ in range(sessions):
        opened.append(build_table(url))
        opened[-1].click(BIG_TABLE[2])
    return opened


def memory_back_after_session_ends(server: StreamlitServer) -> float:
    """MB of RSS the server gives back when a session holding the big table ends."""
    assert server.proc is not None
    session = build_table(server.url)
    held = rss_mb(server.proc.pid)
    session.close()
    time.sleep(DISCONNECTED_TTL + 2)
    # A new connection makes the server drop sessions disconnected for longer than the TTL.
    ProtocolSession(server.url, COUNTER[0]).open().close()
    time.sleep(1)
    return held - rss_mb(server.proc.pid)


@dataclass(frozen=True)
class Setup:
    name: str
    post_script_gc: bool
    freeze: bool  # app/frame/gc_tuning.py freezes the startup objects (the app as shipped)


SETUPS = (
    Setup("as shipped (postScriptGC on, imports frozen)", True, True),
    Setup("postScriptGC on, nothing frozen", True, False),
    Setup("postScriptGC off", False, True),
)


def click_cost(server: StreamlitServer, clicks: int) -> tuple[float, float]:
    """(server CPU ms, wall ms) per click of a new session on quick-start's Increment."""
    assert server.proc is not None
    clicker = ProtocolSession(server.url, COUNTER[0]).open()
    try:
        clicker.click(COUNTER[1])  # the first click's imports are not measured
        cpu, start = cpu_seconds([server.proc.pid]), time.perf_counter()
        for _ in range(clicks):
            clicker.click(COUNTER[1])
        wall = (time.perf_counter() - start) / clicks
        return (cpu_seconds([server.proc.pid]) - cpu) / clicks * 1000, wall * 1000
    finally:
        clicker.close()


def measure(
    idle_levels: list[int], clicks: int, setup: Setup, spy: bool, data: int = 0
) -> list[str]:
    lines = []
    args = [
        *("--runner.postScriptGC", "true" if setup.post_script_gc else "false"),
        *("--server.disconnectedSessionTTL", str(DISCONNECTED_TTL)),
    ]
    env = {**os.environ, SWITCH: "on" if setup.freeze else "off"}
    if data:
        # A server of its own, so that the clicks below run before any lesson imports pandas.
        with StreamlitServer(HOME, extra_args=args, env=env) as server:
            # The server's first session ran the freeze; its objects were frozen with it.
            first = memory_back_after_session_ends(server)
            later = memory_back_after_session_ends(server)
        lines.append(
            f"{setup.name}, a session that ends holding the 300,000-row table: "
            f"{first:5.1f} MB given back if it was the server's first session, "
            f"{later:5.1f} MB if a later one"
        )
    with StreamlitServer(HOME, extra_args=args, env=env) as server:
        assert server.proc is not None

        def report(what: str, cpu: float, wall: float) -> None:
            rss = rss_mb(server.proc.pid)  # type: ignore[union-attr]
            lines.append(
                f"{setup.name}, {what}: {cpu:6.1f} ms CPU per click, "
                f"{wall:6.1f} ms per click, RSS {rss:6.1f} MB"
            )

        idle: list[ProtocolSession] = []
        try:
            for level in idle_levels:
                while len(idle) < level:
                    idle.append(ProtocolSession(server.url, COUNTER[0]).open())
                sampler, raw = None, Path(tempfile.mkdtemp()) / "profile.raw"
                if spy and level == idle_levels[-1]:
                    sampler = subprocess.Popen(
                        ["py-spy", "record", "--pid", str(server.proc.pid), "--rate", "250",
                         "--format", "raw", "--nonblocking", "-o", str(raw)],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    )  # fmt: skip
                    time.sleep(1)
                report(f"{level:3d} idle sessions", *click_cost(server, clicks))
                if sampler is not None:
                    sampler.send_signal(2)  # SIGINT: py-spy writes its file and exits
                    sampler.wait(timeout=60)
                    lines.append(f"  py-spy, own samples of busy time ({level} idle sessions):")
                    lines += [f"  {share:5.1%}  {frame}" for share, frame in top_frames(raw)]
                    shutil.rmtree(raw.parent, ignore_errors=True)
            if data:
                before = rss_mb(server.proc.pid)
                start = time.perf_counter()
                idle += build_and_drop_tables(server.url, data)
                lines.append(
                    f"{setup.name}, {data} sessions built and deleted "
                    f"a 300,000-row table: RSS {before:6.1f} -> {rss_mb(server.proc.pid):6.1f} "
                    f"MB, {time.perf_counter() - start:5.1f} s"
                )
                # The table's page imported pandas: what a quick-start click costs from now on.
                report(f"after that, {len(idle):3d} sessions open", *click_cost(server, clicks))
        finally:
            for session in idle:
                session.close()
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.probes.profile_rerun", description=__doc__
    )
    parser.add_argument("--idle", default="0,50,100,200", help="idle sessions, comma-separated")
    parser.add_argument("--clicks", type=int, default=30)
    parser.add_argument("--py-spy", action="store_true", help="sample the server with py-spy")
    parser.add_argument("--data", type=int, default=0, help="sessions that build a big table")
    parser.add_argument(
        "--setups", type=int, default=len(SETUPS), help="measure only the first N set-ups"
    )
    args = parser.parse_args(argv)
    if args.py_spy and shutil.which("py-spy") is None:
        raise SystemExit("py-spy not found: pip install py-spy")
    levels = [int(n) for n in args.idle.split(",")]
    for setup in SETUPS[: args.setups]:
        for line in measure(levels, args.clicks, setup, args.py_spy, args.data):
            print(line, flush=True)


if __name__ == "__main__":
    main()
