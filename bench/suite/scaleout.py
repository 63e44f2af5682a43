"""Scale-out: the same websocket load on one process and on two processes behind nginx.

Set-ups (SETUPS), each started by the benchmark on loopback and stopped after its run:
- `1 process`: `streamlit run Home.py`, the clients connect to it directly;
- `2 processes + nginx`: the recipe of deploy/ (ops/nginx_deployment.py) with two processes and
  sticky sessions;
and at the detail levels only (`detail_at`):
- `1 process + nginx`: one process behind nginx, to show what the proxy itself costs;
- both of the first two with `--runner.postScriptGC false`, a what-if: Streamlit's full garbage
  collection after every run is what bench/probes/profile_rerun.py measures.

Every session does what a learner's browser does, over Streamlit's own protocol
(ops/ws_client.py): load the page over HTTP (which gives it nginx's route cookie and
Streamlit's XSRF cookie), open the websocket with those cookies and its Origin, then
`interactions` reruns, each sent when the previous one has finished (a closed loop):
clicks on quick-start's "Increment", a switch to widget-keys, two names typed there (tagged
with the session's number), a switch back, then clicks on "Increment (callback)".
Each session clicks a different number of times. Checked on every answer:
- lost updates: each counter shows this session's own number of clicks, also after the page
  switches; the typed name comes back;
- leaks: no other session's tag appears in anything the session is shown;
- stickiness (behind nginx): nginx's access log shows the page and the websocket of each
  session on the same process.

Reported per set-up and number of sessions: sustained interactions per second (completions
between the 10th and the 90th percentile of completion times: the ramp-up and the tail, when
few sessions are left, are left out), p50/p95 latency of an interaction, errors, lost updates,
leaks, how the sessions spread over the processes, and the CPU seconds used by the Streamlit
processes, nginx and the load client (this process), since all of them share the machine.
"""

from __future__ import annotations

import os
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from typing import Any

from app.paths import HOME
from bench.lib.common import Row, Section, cpu_seconds, percentile, skipped_section
from bench.suite.load import TAG, SessionResult
from ops.nginx_deployment import ROUTE_COOKIE, Deployment, find_nginx
from ops.streamlit_server import StreamlitServer
from ops.ws_client import ProtocolSession

COUNTER = ("quick-start", "Increment", "Count: ")
CALLBACK = ("quick-start", "Increment (callback)", "Count (callback): ")
NAME = ("widget-keys", "Project name")
GC_OFF = ("--runner.postScriptGC", "false")


@dataclass(frozen=True)
class Setup:
    label: str
    processes: int
    nginx: bool
    streamlit_args: tuple[str, ...] = ()
    detail: bool = False  # only at the detail levels (the same at every level, or a what-if)

    @property
    def baseline(self) -> str:
        """The set-up its throughput is compared with: 1 process, the same Streamlit options."""
        return next(
            s.label
            for s in SETUPS
            if s.processes == 1 and not s.nginx and s.streamlit_args == self.streamlit_args
        )


SETUPS = (
    Setup("1 process", 1, False),
    Setup("1 process + nginx", 1, True, detail=True),  # what the proxy itself costs
    Setup("2 processes + nginx", 2, True),
    # What-if: without Streamlit's full garbage collection after every script run
    # (python -m bench.probes.profile_rerun measures what it costs per click).
    Setup("1 process, postScriptGC off", 1, False, GC_OFF, detail=True),
    Setup("2 processes + nginx, postScriptGC off", 2, True, GC_OFF, detail=True),
)
TARGET_RATIO = 1.6
TARGET_SESSIONS = 100
REPLY_TIMEOUT_S = 180.0


@dataclass
class WsSessionResult(SessionResult):
    done_at: list[float] = field(default_factory=list)  # perf_counter of each finished rerun
    route: str = ""  # nginx's route cookie ("" when connected directly)


@dataclass
class Target:
    """Where the sessions connect, and the processes whose CPU time is counted."""

    url: str
    server_pids: list[int]
    deployment: Deployment | None = None


@contextmanager
def started(setup: Setup) -> Iterator[Target]:
    if not setup.nginx:
        with StreamlitServer(HOME, extra_args=setup.streamlit_args) as server:
            assert server.proc is not None
            yield Target(server.url, [server.proc.pid])
        return
    with Deployment(setup.processes, streamlit_args=setup.streamlit_args) as deployment:
        pids = [s.proc.pid for s in deployment.servers if s.proc is not None]
        yield Target(deployment.url, pids, deployment)


def page_load(url: str) -> tuple[dict[str, str], str]:
    """GET the page as a browser does first; returns the websocket's headers and the route."""
    with urllib.request.urlopen(f"{url}/{COUNTER[0]}", timeout=REPLY_TIMEOUT_S) as response:
        response.read()
        jar: SimpleCookie = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar.load(header)
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in jar.items())
    route = jar[ROUTE_COOKIE].value if ROUTE_COOKIE in jar else ""
    return {"Origin": url, "Cookie": cookies}, route


def plan(index: int, interactions: int) -> dict[str, int]:
    """How many of each interaction session `index` does (adds up to `interactions`): 3 to 7
    counter clicks, the page switches and names (4), the rest callback clicks (at least 1)."""
    if interactions < 8:  # too few for the page switches: counter clicks only
        return {"clicks": interactions, "names": 0, "callback_clicks": 0}
    clicks = min(3 + index % 5, interactions - 5)
    return {"clicks": clicks, "names": 2, "callback_clicks": interactions - clicks - 4}


def run_session(url: str, index: int, todo: dict[str, int], deadline: float) -> WsSessionResult:
    result = WsSessionResult(index)
    own = f"{index:03d}"
    try:
        headers, result.route = page_load(url)
        session = ProtocolSession(url, COUNTER[0], headers=headers)
        session.open(REPLY_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        result.errors.append(f"open: {type(exc).__name__}: {exc}")
        return result

    def step(action: str, *args: str) -> bool:
        if time.perf_counter() > deadline:
            result.errors.append("time budget used up")
            return False
        start = time.perf_counter()
        try:
            getattr(session, action)(*args, timeout=REPLY_TIMEOUT_S)
        except (OSError, TimeoutError, KeyError) as exc:  # KeyError: no such widget drawn
            result.errors.append(f"{action}{args}: {type(exc).__name__}: {exc}")
            return False
        now = time.perf_counter()
        (result.navigations if action == "switch" else result.latencies).append(now - start)
        result.done_at.append(now)
        result.interactions += 1
        foreign = {m.group(1) for text in session.run_texts for m in TAG.finditer(text)} - {own}
        if foreign:
            result.leaks.append(f"after {action}{args}: saw sessions {sorted(foreign)}")
        return True

    def expect_count(prefix: str, count: int, when: str) -> None:
        shown = next((m for m in session.run_markdown if m.startswith(prefix)), None)
        if shown != f"{prefix}`{count}`":
            result.lost.append(f"{when}: expected {prefix}`{count}`, page shows {shown!r}")

    try:
        for _ in range(todo["clicks"]):
            if not step("click", COUNTER[1]):
                return result
        expect_count(COUNTER[2], todo["clicks"], "after the clicks")
        if todo["names"]:
            if not step("switch", NAME[0]):
                return result
            for n in range(todo["names"]):
                tag = f"s{own}n{n:02d}"
                if not step("set_text", NAME[1], tag):
                    return result
                if tag not in session.run_texts:
                    result.lost.append(f"typed {tag!r}, page shows no such text")
            if not step("switch", COUNTER[0]):
                return result
            expect_count(COUNTER[2], todo["clicks"], "back from widget-keys")
        for _ in range(todo["callback_clicks"]):
            if not step("click", CALLBACK[1]):
                return result
        if todo["callback_clicks"]:
            expect_count(CALLBACK[2], todo["callback_clicks"], "after the callback clicks")
            expect_count(COUNTER[2], todo["clicks"], "after the callback clicks")
    finally:
        session.close()
    return result


def warm_up(target: Target) -> None:
    """One session per process walks the pages of the load once (imports, first runs)."""
    urls = (
        [f"http://127.0.0.1:{s.port}" for s in target.deployment.servers]
        if target.deployment
        else [target.url]
    )
    for url in urls:
        session = ProtocolSession(url, COUNTER[0], headers={"Origin": url}).open(REPLY_TIMEOUT_S)
        try:
            session.switch(NAME[0], timeout=REPLY_TIMEOUT_S)
            session.switch(COUNTER[0], timeout=REPLY_TIMEOUT_S)
        finally:
            session.close()


def sticky_check(
    deployment: Deployment, results: list[WsSessionResult]
) -> tuple[list[str], dict[int, int]]:
    """From nginx's access log: (sessions whose requests reached more than one process,
    sessions per process number)."""
    routes = {r.route for r in results if r.route}
    names = deployment.upstream_names()
    deadline = time.monotonic() + 15
    while True:  # a websocket is logged when it closes: wait until every one is there
        records = [r for r in deployment.nginx.routed() if r.route in routes]
        sockets = {r.route for r in records if r.path.startswith("/_stcore/stream")}
        if sockets >= routes or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    by_route: dict[str, set[str]] = {}
    for record in records:
        by_route.setdefault(record.route, set()).add(record.upstream)
    problems = [f"route {route}: {sorted(ups)}" for route, ups in by_route.items() if len(ups) > 1]
    problems += [f"route {route}: websocket not in the log" for route in routes - sockets]
    spread: dict[int, int] = {}
    for ups in by_route.values():
        if len(ups) == 1:
            number = names.get(next(iter(ups)), 0)
            spread[number] = spread.get(number, 0) + 1
    return problems, dict(sorted(spread.items()))


def measure(setup: Setup, sessions: int, interactions: int, budget: float) -> dict[str, Any]:
    load_at_start = round(os.getloadavg()[0], 1)
    with started(setup) as target:
        warm_up(target)
        nginx_pids = target.deployment.nginx.pids() if target.deployment else []
        plans = [plan(i, interactions) for i in range(sessions)]
        barrier = threading.Barrier(sessions)
        deadline = time.perf_counter() + budget

        def worker(i: int) -> WsSessionResult:
            barrier.wait(timeout=60)
            return run_session(target.url, i, plans[i], deadline)

        cpu_before = (cpu_seconds(target.server_pids), cpu_seconds(nginx_pids), time.process_time())
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=sessions) as pool:
            results = list(pool.map(worker, range(sessions)))
        wall = time.perf_counter() - start
        cpu_after = (cpu_seconds(target.server_pids), cpu_seconds(nginx_pids), time.process_time())
        not_sticky, spread = (
            sticky_check(target.deployment, results) if target.deployment else ([], {1: sessions})
        )
    done_at = sorted(t - start for r in results for t in r.done_at)
    latencies = [t for r in results for t in (*r.latencies, *r.navigations)]
    done = len(done_at)
    sustained = float("nan")
    low, high = done // 10, done * 9 // 10 - 1  # the 10th and the 90th percentile
    if done >= 10 and done_at[high] > done_at[low]:
        sustained = (high - low) / (done_at[high] - done_at[low])
    cpu = [after - before for before, after in zip(cpu_before, cpu_after, strict=True)]
    return {
        "setup": setup.label,
        "baseline": setup.baseline,
        "processes": setup.processes,
        "nginx": setup.nginx,
        "streamlit_args": list(setup.streamlit_args),
        "sessions": sessions,
        "interactions_per_session": interactions,
        "interactions_done": done,
        "wall_s": round(wall, 2),
        "sustained_per_s": round(sustained, 2),
        "overall_per_s": round(done / wall, 2) if wall else None,
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "errors": [f"session {r.index}: {e}" for r in results for e in r.errors][:20],
        "error_count": sum(len(r.errors) for r in results),
        "lost_updates": [f"session {r.index}: {e}" for r in results for e in r.lost][:20],
        "lost_count": sum(len(r.lost) for r in results),
        "leaks": [f"session {r.index}: {e}" for r in results for e in r.leaks][:20],
        "leak_count": sum(len(r.leaks) for r in results),
        "not_sticky": not_sticky[:20],
        "not_sticky_count": len(not_sticky),
        "sessions_per_process": spread,
        "cpu_s": {
            "streamlit": round(cpu[0], 1),
            "nginx": round(cpu[1], 1),
            "load_client": round(cpu[2], 1),
        },
        "cores_busy": round(sum(cpu) / wall, 2) if wall else None,
        "streamlit_cpu_ms_per_interaction": round(1000 * cpu[0] / done, 1) if done else None,
        "finished": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_at_start": load_at_start,
    }


def row(result: dict[str, Any], baseline: dict[str, Any] | None) -> Row:
    ratio = None
    if baseline is not None and baseline["sustained_per_s"] > 0:
        ratio = result["sustained_per_s"] / baseline["sustained_per_s"]
    clean = (
        not (
            result["error_count"]
            or result["lost_count"]
            or result["leak_count"]
            or result["not_sticky_count"]
        )
        and result["interactions_done"] == result["sessions"] * result["interactions_per_session"]
    )
    is_target = (
        result["processes"] == 2
        and result["sessions"] == TARGET_SESSIONS
        and not result["streamlit_args"]
    )
    if is_target:
        target = f">= {TARGET_RATIO}x, 0 errors/lost/leaks"
        status = "ok" if clean and ratio is not None and ratio >= TARGET_RATIO else "MISSED"
    else:
        target = "0 errors/lost/leaks"
        status = "ok" if clean else "MISSED"
    cpu = result["cpu_s"]
    spread = "/".join(str(n) for n in result["sessions_per_process"].values())
    return Row(
        "scale-out (websocket)",
        f"{result['setup']}, {result['sessions']} sessions x {result['interactions_per_session']}",
        f"{result['sustained_per_s']:.1f}/s, p50 {result['p50_ms']:.0f} ms, "
        f"p95 {result['p95_ms']:.0f} ms",
        "-" if baseline is None or baseline is result else f"{baseline['sustained_per_s']:.1f}/s",
        ratio,
        target,
        status,
        f"{result['interactions_done']} interactions, {result['error_count']} errors, "
        f"{result['lost_count']} lost, {result['leak_count']} leaks, "
        f"{result['not_sticky_count']} not sticky; sessions per process {spread}; CPU s: "
        f"streamlit {cpu['streamlit']}, nginx {cpu['nginx']}, client {cpu['load_client']}",
    )


def parse_levels(text: str) -> tuple[tuple[int, int], ...]:
    """ "50x20,200x10" -> ((50, 20), (200, 10)); a bare number means 20 interactions."""
    levels = []
    for part in text.split(","):
        sessions, _, interactions = part.strip().partition("x")
        levels.append((int(sessions), int(interactions or 20)))
    return tuple(levels)


def run(
    levels: tuple[tuple[int, int], ...], detail_at: tuple[int, ...], budget: float = 900.0
) -> Section:
    """Each (sessions, interactions) level on 1 process and on 2 behind nginx; at the levels
    in `detail_at` also the `detail` set-ups (what the proxy alone costs is the same at every
    level, and each set-up adds minutes)."""
    if find_nginx() is None:
        reason = "no nginx (apt-get install nginx)"
        return skipped_section("scaleout", "scale-out (websocket)", reason)
    section = Section("scaleout", data={"levels": [list(level) for level in levels], "runs": []})
    for sessions, interactions in levels:
        done: dict[str, dict[str, Any]] = {}
        for setup in SETUPS:
            if setup.detail and sessions not in detail_at:
                continue
            result = measure(setup, sessions, interactions, budget)
            section.data["runs"].append(result)
            done[setup.label] = result
            section.rows.append(row(result, done.get(setup.baseline)))
    return section


def merge(stored: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Earlier runs, each replaced by a new run of the same set-up and level; sorted by level
    and set-up, so that the docs table can be filled one level at a time."""

    def key(run: dict[str, Any]) -> tuple[int, int, str]:
        return run["sessions"], run["interactions_per_session"], run["setup"]

    fresh = {key(run) for run in new}
    order = [setup.label for setup in SETUPS]
    runs = [run for run in stored if key(run) not in fresh] + new
    return sorted(runs, key=lambda r: (r["sessions"], order.index(r["setup"])))


def markdown(runs: list[dict[str, Any]]) -> str:
    """The scale-out table for docs/BENCHMARKS.md, one line per set-up and number of sessions."""
    lines = [
        "| Sessions | Set-up | Interactions/s | vs its 1 process | p50 | p95 | Done | Errors "
        "| Lost | Leaks | Not sticky | Sessions per process | CPU s: streamlit / nginx / client "
        "| Cores busy | Streamlit CPU per interaction | Measured (load average) |",
        "|" + "---|" * 16,
    ]
    for result in runs:
        baseline = next(
            (
                r
                for r in runs
                if r["setup"] == result.get("baseline", SETUPS[0].label)
                and (r["sessions"], r["interactions_per_session"])
                == (result["sessions"], result["interactions_per_session"])
            ),
            None,
        )
        ratio = (
            f"{result['sustained_per_s'] / baseline['sustained_per_s']:.2f}x" if baseline else "-"
        )
        cpu = result["cpu_s"]
        cells = (
            str(result["sessions"]),
            result["setup"],
            f"{result['sustained_per_s']:.1f}",
            ratio,
            f"{result['p50_ms'] / 1000:.2f} s",
            f"{result['p95_ms'] / 1000:.2f} s",
            f"{result['interactions_done']} of "
            f"{result['sessions'] * result['interactions_per_session']}",
            str(result["error_count"]),
            str(result["lost_count"]),
            str(result["leak_count"]),
            str(result["not_sticky_count"]) if result["nginx"] else "-",
            " / ".join(str(n) for n in result["sessions_per_process"].values()),
            f"{cpu['streamlit']} / {cpu['nginx']} / {cpu['load_client']}",
            f"{result['cores_busy']}",
            f"{result['streamlit_cpu_ms_per_interaction']} ms",
            f"{result.get('finished', '?')} ({result.get('load_at_start', '?')})",
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
