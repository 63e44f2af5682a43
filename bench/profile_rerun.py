"""Where a real server's CPU goes per click, and how it grows with the sessions it holds:
`python -m bench.profile_rerun [--idle 0,50,100,200] [--clicks 30] [--py-spy]`.

One `streamlit run Home.py` on loopback; K idle sessions are opened on quick-start (websocket
protocol, bench/wsclient.py), then one more session clicks *Increment* `clicks` times, one
rerun at a time. Reported: the server's CPU time per click (from /proc) and the wall time per
click, with Streamlit's `runner.postScriptGC` as the app has it (on: the default) and off.
With `--py-spy`, py-spy (pip install py-spy) samples the server during the clicks at the last K
and the functions with the most samples of their own are listed (idle waits left out).
This is the profile the scale-out part of docs/BENCHMARKS.md refers to.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import HOME
from bench.scaleout import COUNTER, cpu_seconds
from bench.wsclient import ProtocolSession
from harness import StreamlitServer

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


def measure(idle_levels: list[int], clicks: int, gc: bool, spy: bool) -> list[str]:
    lines = []
    args = [] if gc else ["--runner.postScriptGC", "false"]
    with StreamlitServer(HOME, extra_args=args) as server:
        assert server.proc is not None
        idle: list[ProtocolSession] = []
        try:
            for level in idle_levels:
                while len(idle) < level:
                    idle.append(ProtocolSession(server.url, COUNTER[0]).open())
                clicker = ProtocolSession(server.url, COUNTER[0]).open()
                clicker.click(COUNTER[1])  # the first click's imports are not measured
                sampler, raw = None, Path(tempfile.mkdtemp()) / "profile.raw"
                if spy and level == idle_levels[-1]:
                    sampler = subprocess.Popen(
                        ["py-spy", "record", "--pid", str(server.proc.pid), "--rate", "250",
                         "--format", "raw", "--nonblocking", "-o", str(raw)],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    )  # fmt: skip
                    time.sleep(1)
                cpu, start = cpu_seconds([server.proc.pid]), time.perf_counter()
                for _ in range(clicks):
                    clicker.click(COUNTER[1])
                wall = (time.perf_counter() - start) / clicks
                per_click = (cpu_seconds([server.proc.pid]) - cpu) / clicks
                clicker.close()
                lines.append(
                    f"postScriptGC {'on ' if gc else 'off'}, {level:3d} idle sessions: "
                    f"{per_click * 1000:6.1f} ms CPU per click, {wall * 1000:6.1f} ms per click"
                )
                if sampler is not None:
                    sampler.send_signal(2)  # SIGINT: py-spy writes its file and exits
                    sampler.wait(timeout=60)
                    lines.append(f"  py-spy, own samples of busy time ({level} idle sessions):")
                    lines += [f"  {share:5.1%}  {frame}" for share, frame in top_frames(raw)]
                    shutil.rmtree(raw.parent, ignore_errors=True)
        finally:
            for session in idle:
                session.close()
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_rerun", description=__doc__)
    parser.add_argument("--idle", default="0,50,100,200", help="idle sessions, comma-separated")
    parser.add_argument("--clicks", type=int, default=30)
    parser.add_argument("--py-spy", action="store_true", help="sample the server with py-spy")
    args = parser.parse_args(argv)
    if args.py_spy and shutil.which("py-spy") is None:
        raise SystemExit("py-spy not found: pip install py-spy")
    levels = [int(n) for n in args.idle.split(",")]
    for gc in (True, False):
        for line in measure(levels, args.clicks, gc, args.py_spy):
            print(line, flush=True)


if __name__ == "__main__":
    main()
