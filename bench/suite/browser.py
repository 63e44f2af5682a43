"""The suite's browser rows, in the system Chromium driven by Playwright: click -> settled
latency and cold start of quick-start against the bare counter snippet, and rapid clicks sent
against clicks counted.

"Settled" is read from the DOM (bench/lib/browser_clicks.py), never from a sleep.
"""

from __future__ import annotations

import time
from typing import Any

from app.paths import HOME, SNIPPETS_DIR
from bench.lib.browser_clicks import (
    CALLBACK,
    COUNTER,
    ClickSubject,
    chromium_missing,
    interleaved_clicks,
    launch,
    open_counter,
    read_count,
    wait_count,
)
from bench.lib.common import (
    BenchServer,
    Row,
    Section,
    median,
    paired_ratio,
    servers,
    skipped_section,
    verdict,
)

# Targets for the frame's cost (docs/BENCHMARKS.md): quick-start's click and cold start within
# 1.3x of the bare counter snippet's.
LATENCY_TARGET = 1.3
COLD_TARGET = 1.3


def latency(pw: Any, reps: int, warmup: int = 3) -> Section:
    browser = launch(pw)
    try:
        with servers(HOME, SNIPPETS_DIR / "quick_start" / "counter.py") as (app, bare):
            subjects = (
                ClickSubject("frame", f"{app.url}/quick-start", COUNTER, (COUNTER[1], 0)),
                ClickSubject("bare", bare.url, COUNTER, (COUNTER[1], 0)),
            )
            times, per_click = interleaved_clicks(browser, subjects, reps, warmup)
    finally:
        browser.close()
    ratio = paired_ratio(times["frame"], times["bare"])
    frame_cost, bare_cost = per_click["frame"], per_click["bare"]
    row = Row(
        "browser latency",
        "click 'Increment': quick-start vs counter.py",
        f"{median(times['frame']) * 1000:.1f} ms",
        f"{median(times['bare']) * 1000:.1f} ms",
        ratio,
        f"<= {LATENCY_TARGET}x",
        verdict(ratio, LATENCY_TARGET),
        f"click -> script state notRunning + count shown; {reps} interleaved clicks each; "
        f"per click: {frame_cost['messages']:.0f} vs {bare_cost['messages']:.0f} messages, "
        f"browser main thread {frame_cost['TaskDuration']:.0f} vs "
        f"{bare_cost['TaskDuration']:.0f} ms",
    )
    data = {
        "reps": reps,
        "per_click_browser_cost": per_click,
        "frame_ms": [round(t * 1000, 2) for t in times["frame"]],
        "bare_ms": [round(t * 1000, 2) for t in times["bare"]],
        "ratio": round(ratio, 3),
        "target": LATENCY_TARGET,
    }
    return Section("browser_latency", [row], data)


def cold_start(pw: Any, reps: int) -> Section:
    browser = launch(pw)
    times: dict[str, list[float]] = {"frame": [], "bare": []}
    try:
        for _ in range(reps):
            for name, script, path in (
                ("frame", HOME, "/quick-start"),
                ("bare", SNIPPETS_DIR / "quick_start" / "counter.py", "/"),
            ):
                context = browser.new_context()
                page = context.new_page()
                server = BenchServer(script).start()
                try:
                    server.wait_ready()
                    page.goto(server.url + path)
                    wait_count(page, COUNTER[1], 0)
                    times[name].append(time.perf_counter() - server.started_at)
                finally:
                    context.close()
                    server.stop()
    finally:
        browser.close()
    ratio = paired_ratio(times["frame"], times["bare"])
    row = Row(
        "cold start",
        "streamlit run -> quick-start painted vs counter.py",
        f"{median(times['frame']):.2f} s",
        f"{median(times['bare']):.2f} s",
        ratio,
        f"<= {COLD_TARGET}x",
        verdict(ratio, COLD_TARGET),
        f"process start to 'Count: 0' shown and script idle; {reps} interleaved starts each",
    )
    data = {
        "reps": reps,
        "frame_s": [round(t, 3) for t in times["frame"]],
        "bare_s": [round(t, 3) for t in times["bare"]],
        "ratio": round(ratio, 3),
        "target": COLD_TARGET,
    }
    return Section("cold_start", [row], data)


def rapid_clicks(pw: Any, clicks: int, reps: int, paced_ms: int = 100) -> Section:
    """Clicks sent vs. counted, as fast as the browser takes them and at a human pace.

    The end of a burst is detected without a timer: after the burst, one click on the *other*
    counter is sent as a probe. The websocket keeps order, and the probe's own count goes to a
    number the page has never shown, so once the page shows it with the script idle, every
    click of the burst has been handled."""
    browser = launch(pw)
    results: dict[str, list[int]] = {}
    rates: dict[str, list[float]] = {}
    try:
        with BenchServer(HOME) as app:
            page = open_counter(browser, f"{app.url}/quick-start")
            for (label, prefix), probe in ((COUNTER, CALLBACK), (CALLBACK, COUNTER)):
                for pace in (0, paced_ms):
                    name = f"{label}|{pace}"
                    for _ in range(reps):
                        before = read_count(page, prefix)
                        probe_before = read_count(page, probe[1])
                        button = page.get_by_role("button", name=label, exact=True)
                        button.scroll_into_view_if_needed()
                        box = button.bounding_box()
                        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
                        start = time.perf_counter()
                        for _ in range(clicks):
                            page.mouse.click(x, y)
                            if pace:
                                page.wait_for_timeout(pace)  # input pacing, not a settle wait
                        burst = time.perf_counter() - start
                        page.get_by_role("button", name=probe[0], exact=True).click()
                        wait_count(page, probe[1], probe_before + 1)
                        results.setdefault(name, []).append(read_count(page, prefix) - before)
                        rates.setdefault(name, []).append(clicks / burst if burst else 0.0)
    finally:
        browser.close()
    section = Section("rapid_clicks", data={"clicks": clicks, "reps": reps, "runs": []})
    for name, counted in results.items():
        label, pace = name.split("|")
        rate = median(rates[name])
        speed = "as fast as possible" if pace == "0" else f"one per {pace} ms"
        section.rows.append(
            Row(
                "rapid clicks",
                f"{label!r}, {speed}",
                f"{median(counted):.0f} of {clicks} counted",
                "-",
                None,
                "measured",
                "info",
                f"sent at {rate:.0f} clicks/s; counted per burst: {counted}",
            )
        )
        section.data["runs"].append(
            {
                "button": label,
                "pace_ms": int(pace),
                "sent": clicks,
                "counted": counted,
                "clicks_per_s": [round(r, 1) for r in rates[name]],
            }
        )
    return section


def run(reps: int, cold_reps: int, clicks: int, click_reps: int) -> list[Section]:
    reason = chromium_missing()
    if reason:
        return [
            skipped_section("browser_latency", "browser latency", reason),
            skipped_section("cold_start", "cold start", reason),
            skipped_section("rapid_clicks", "rapid clicks", reason),
        ]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        return [
            latency(pw, reps),
            cold_start(pw, cold_reps),
            rapid_clicks(pw, clicks, click_reps),
        ]
