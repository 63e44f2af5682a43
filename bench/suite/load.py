"""Load: concurrent sessions, each doing a fixed number of interactions through the agent API
(bench/lib/agent.py).

The interactions are the ones a real learner repeats (counter clicks, filter changes,
wizard steps); what each page offers is discovered from the running app, not hard-coded:
- on `quick-start`: clicks on "Increment" and (when present) "Increment (callback)"; each session
  clicks a different number of times, so a lost or foreign update shows as a wrong count;
- on the lessons in LOAD_LESSONS: their inputs (text inputs get a tag naming the session,
  selects and multiselects an option, toggles a value) and their buttons (wizard steps).
Lessons whose demos lose or overwrite values on purpose (multipage, troubleshooting, errors...)
are left out: their "lost" values would be the lesson working, not a lost update.
After each lesson visit the session checks that every value it set is still its own, and every
answer is scanned for another session's tag (a leak).
"""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from app.catalog import LESSONS
from app.paths import HOME
from bench.lib import agent
from bench.lib.common import BenchServer, Row, Section, percentile

COUNTER = ("quick-start", "Increment", "Count:")
CALLBACK = ("quick-start", "Increment (callback)", "Count (callback):")
TAG = re.compile(r"s(\d{3})n\d{2}", re.IGNORECASE)
TEXT_TYPES = {"text_input", "text_area"}
CHOICE_TYPES = {"selectbox", "radio", "segmented_control", "pills"}
MULTI_TYPES = {"multiselect"}
# Filter changes and wizard steps, besides the quick-start counters (see the docstring).
LOAD_LESSONS = ("filters", "wizard")
BOOL_TYPES = {"checkbox", "toggle"}


@dataclass(frozen=True)
class Slot:
    """One thing a session can do on a lesson page."""

    page: str
    kind: str  # "text" | "choice" | "multi" | "bool" | "click"
    key: str  # widget key, or button label for clicks
    options: tuple[Any, ...] = ()


@dataclass
class SessionResult:
    index: int
    latencies: list[float] = field(default_factory=list)
    navigations: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    interactions: int = 0


def discover(base_url: str) -> tuple[list[Slot], list[str]]:
    """Walk every lesson once in one session and list what can be changed or clicked."""
    slots: list[Slot] = []
    notes: list[str] = []
    reply = agent.interact(base_url)
    session = reply.session_id
    for lesson in LESSONS:
        if lesson.slug not in LOAD_LESSONS:
            continue
        reply = agent.interact(base_url, session_id=session, page=lesson.slug)
        if reply.status != 200:
            notes.append(f"{lesson.slug}: HTTP {reply.status}")
            continue
        found = 0
        for action in reply.body.get("actions", []):
            key, kind = action["key"], action["type"]
            if key.startswith("_"):
                continue  # the frame's own controls (reset, downloads)
            node = reply.node(key) or {}
            if node.get("form_id") or node.get("fragment"):
                continue
            if kind in TEXT_TYPES and not key.startswith("$$"):
                slots.append(Slot(lesson.slug, "text", key))
            elif kind in CHOICE_TYPES and not key.startswith("$$"):
                options = tuple(node.get("props", {}).get("options") or ())
                if options:
                    slots.append(Slot(lesson.slug, "choice", key, options))
            elif kind in MULTI_TYPES and not key.startswith("$$"):
                options = tuple(node.get("props", {}).get("options") or ())
                if options:
                    slots.append(Slot(lesson.slug, "multi", key, options))
            elif kind in BOOL_TYPES and not key.startswith("$$"):
                slots.append(Slot(lesson.slug, "bool", key))
            elif action.get("kind") == "trigger" and kind == "button":
                slots.append(Slot(lesson.slug, "click", action["label"]))
            else:
                continue
            found += 1
        if not found:
            notes.append(f"{lesson.slug}: nothing to change outside forms/fragments")
    missing = set(LOAD_LESSONS) - {lesson.slug for lesson in LESSONS}
    notes += [f"{slug}: not in the catalog" for slug in sorted(missing)]
    return slots, notes


def plan(index: int, slots: list[Slot], interactions: int, has_callback: bool) -> dict[str, Any]:
    clicks = min(interactions, 4 + index % 5)
    callback_clicks = min(interactions - clicks, 2 + index % 3) if has_callback else 0
    rest = interactions - clicks - callback_clicks
    chosen = [slots[(index + n) % len(slots)] for n in range(rest)] if slots else []
    if not slots:
        clicks += rest
    order = {lesson.slug: i for i, lesson in enumerate(LESSONS)}
    chosen.sort(key=lambda slot: order[slot.page])
    buttons: dict[str, list[str]] = {}
    for slot in slots:
        if slot.kind == "click":
            buttons.setdefault(slot.page, []).append(slot.key)
    return {
        "clicks": clicks,
        "callback_clicks": callback_clicks,
        "slots": chosen,
        "buttons": buttons,
    }


def run_session(base_url: str, index: int, todo: dict[str, Any], deadline: float) -> SessionResult:
    result = SessionResult(index)
    own = f"{index:03d}"

    def send(**body: Any) -> agent.Reply | None:
        if time.perf_counter() > deadline:
            result.errors.append("deadline passed")
            return None
        try:
            reply = agent.interact(base_url, **body)
        except OSError as exc:
            result.errors.append(f"{type(exc).__name__}: {exc}")
            return None
        if not reply.ok:
            result.errors.append(f"HTTP {reply.status} {reply.body.get('code', '')}".strip())
        foreign = {m.group(1) for m in TAG.finditer(reply.text)} - {own}
        if foreign:
            result.leaks.append(f"saw sessions {sorted(foreign)}")
        return reply

    reply = send()
    if reply is None or reply.status != 200:
        return result
    session = reply.session_id
    start = time.perf_counter()
    reply = send(session_id=session, page=COUNTER[0])
    result.navigations.append(time.perf_counter() - start)
    for (_, label, prefix), count in (
        (COUNTER, todo["clicks"]),
        (CALLBACK, todo["callback_clicks"]),
    ):
        for _ in range(count):
            action = reply.action(label) if reply else None
            if action is None:
                result.errors.append(f"no button {label!r}")
                break
            reply = send(session_id=session, trigger={"key": action["key"]})
            result.interactions += 1
            if reply is not None:
                result.latencies.append(reply.seconds)
        if count and reply is not None:
            shown = reply.markdown_starting(prefix)
            if shown != f"{prefix} `{count}`":
                result.lost.append(f"{label}: clicked {count}, page shows {shown!r}")
    page = COUNTER[0]
    expected: dict[str, Any] = {}
    for n, slot in enumerate(todo["slots"]):
        if slot.page != page:
            _check(result, reply, expected)
            expected = {}
            start = time.perf_counter()
            reply = send(session_id=session, page=slot.page)
            result.navigations.append(time.perf_counter() - start)
            page = slot.page
        if reply is None:
            return result
        if slot.kind == "click":
            # Step buttons come and go with the step (no "Back" on step 1): click the planned
            # one when it is there, else another of this page's step buttons that is.
            action = reply.action(slot.key) or next(
                (reply.action(label) for label in todo["buttons"][page] if reply.action(label)),
                None,
            )
            if action is None:
                result.errors.append(f"{slot.page}: no button {slot.key!r}")
                continue
            body: dict[str, Any] = {"trigger": {"key": action["key"]}}
        else:
            value = {
                "text": f"s{own}n{n:02d}",
                "choice": slot.options[(index + n) % len(slot.options)] if slot.options else None,
                "multi": [slot.options[(index + n) % len(slot.options)]] if slot.options else [],
                "bool": (index + n) % 2 == 0,
            }[slot.kind]
            expected[slot.key] = value
            body = {"widget_state": {slot.key: value}}
        reply = send(session_id=session, **body)
        result.interactions += 1
        if reply is not None:
            result.latencies.append(reply.seconds)
    _check(result, reply, expected)
    return result


def _check(result: SessionResult, reply: agent.Reply | None, expected: dict[str, Any]) -> None:
    """Every value this session set is still there. A text may come back transformed by the
    lesson (stripped, upper-cased, moved out of the input by a callback): it counts as kept when
    the session's tag is still in the widget or anywhere on the page."""
    if reply is None:
        return
    for key, value in expected.items():
        node = reply.node(key)
        shown = None if node is None else node.get("value")
        if shown == value:
            continue
        if isinstance(value, str) and value.lower() in reply.text.lower():
            continue
        result.lost.append(f"{key}: set {value!r}, page shows {shown!r}")


def run(sessions: int, interactions: int, time_budget: float = 300.0) -> Section:
    section = Section("load")
    with BenchServer(HOME, agent_api=True) as server:
        spec = agent.openapi(server.url)
        assert spec["info"].get("x-streamlit-agent-api") == "available", spec["info"]
        slots, notes = discover(server.url)
        probe = agent.interact(server.url, page=COUNTER[0])
        has_callback = probe.action(CALLBACK[1]) is not None
        if not has_callback:
            notes.append("quick-start has no callback counter: plain counter clicks only")
        plans = [plan(i, slots, interactions, has_callback) for i in range(sessions)]
        deadline = time.perf_counter() + time_budget
        barrier = threading.Barrier(sessions)

        def worker(i: int) -> SessionResult:
            barrier.wait(timeout=60)
            return run_session(server.url, i, plans[i], deadline)

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=sessions) as pool:
            results = list(pool.map(worker, range(sessions)))
        wall = time.perf_counter() - start
        rss = server.rss_mb()
    latencies = [t for r in results for t in r.latencies]
    errors = [f"session {r.index}: {e}" for r in results for e in r.errors]
    lost = [f"session {r.index}: {e}" for r in results for e in r.lost]
    leaks = [f"session {r.index}: {e}" for r in results for e in r.leaks]
    done = sum(r.interactions for r in results)
    p50, p95 = percentile(latencies, 50) * 1000, percentile(latencies, 95) * 1000
    per_s = sessions / wall if wall else float("nan")
    status = "ok" if not (errors or lost or leaks) and done == sessions * interactions else "MISSED"
    kinds = sorted({f"{s.page}:{s.kind}" for s in slots})
    section.rows.append(
        Row(
            "load (agent API)",
            f"{sessions} sessions x {interactions} interactions",
            f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, {per_s:.2f} sessions/s",
            "-",
            None,
            "0 errors, 0 leaks",
            status,
            f"{done} interactions, {len(errors)} errors, {len(lost)} lost updates, "
            f"{len(leaks)} leaks; quick-start, {', '.join(LOAD_LESSONS)} through Home.py",
        )
    )
    section.data = {
        "sessions": sessions,
        "interactions_per_session": interactions,
        "interactions_done": done,
        "wall_s": round(wall, 3),
        "sessions_per_s": round(per_s, 3),
        "p50_ms": round(p50, 1),
        "p95_ms": round(p95, 1),
        "navigation_p50_ms": round(
            percentile([t for r in results for t in r.navigations], 50) * 1000, 1
        ),
        "server_rss_mb_after": round(rss, 1),
        "errors": errors[:50],
        "lost_updates": lost[:50],
        "leaks": leaks[:50],
        "error_count": len(errors),
        "lost_count": len(lost),
        "leak_count": len(leaks),
        "interaction_kinds": kinds,
        "notes": notes,
    }
    return section
