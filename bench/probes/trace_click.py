"""Where a click's browser time goes: `python -m bench.probes.trace_click [--clicks N]`.

Clicks *Increment* on quick-start (through Home.py) and on `counter.py` alone, in Chromium at
1280x900, after three warm-up clicks, while recording Chromium's trace (devtools timeline
events of the renderer's main thread) and the JavaScript sampling profiler. Prints, per click:
the main thread's time by trace event (style, layout, paint, script...) and the JavaScript
self time by bundle file of Streamlit's frontend (react-dom, emotion, ...). Trace events nest,
so their times add up to more than the thread's busy time: read them one by one.

Another lesson's demo: `--lesson testing --snippet testing/testing_small.py --button "Add one"
--shows "Clicks:"` (a button whose click makes the demo write `<shows> N`).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from app.paths import HOME, SNIPPETS_DIR
from bench.lib.browser_clicks import COUNTER, chromium_missing, click_latency, launch, wait_count
from bench.lib.common import median, servers

CATEGORIES = ["devtools.timeline", "toplevel", "v8.execute"]


def traced_clicks(
    browser: Any, url: str, clicks: int, trace: Path, target: tuple[str, str] = COUNTER
) -> tuple[list[float], dict]:
    """Click `clicks` times on `target` (button label, prefix of the count it shows) while
    tracing; return the click times and the CPU profile."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    wait_count(page, target[1], 0)
    page.get_by_role("button", name=target[0], exact=True).wait_for()
    for _ in range(3):
        click_latency(page, *target)
    cdp = context.new_cdp_session(page)
    cdp.send("Profiler.enable")
    browser.start_tracing(page=page, path=str(trace), categories=CATEGORIES)
    cdp.send("Profiler.start")
    times = [click_latency(page, *target) for _ in range(clicks)]
    profile = cdp.send("Profiler.stop")["profile"]
    browser.stop_tracing()
    context.close()
    return times, profile


def main_thread_events(trace: Path) -> Counter[str]:
    """Milliseconds per trace event name on the renderer's main thread."""
    data = json.loads(trace.read_text(encoding="utf-8"))
    events = data["traceEvents"] if isinstance(data, dict) else data
    main = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"
    }
    totals: Counter[str] = Counter()
    for e in events:
        if (e.get("pid"), e.get("tid")) in main and e.get("ph") == "X" and "dur" in e:
            totals[e["name"]] += e["dur"] / 1000
    return totals


def js_self_time(profile: dict) -> Counter[str]:
    """Milliseconds of JavaScript self time per script file (or native entry) sampled."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    totals: Counter[str] = Counter()
    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        frame = nodes[sample]["callFrame"]
        totals[frame["url"].rsplit("/", 1)[-1] or frame["functionName"]] += delta / 1000
    return totals


def report(name: str, times: list[float], events: Counter[str], js: Counter[str], n: int) -> None:
    print(f"\n{name}: click -> settled median {median(times) * 1000:.0f} ms over {n} clicks")
    print("  main thread, ms per click by trace event:")
    for event, total in events.most_common(12):
        print(f"    {total / n:7.2f}  {event}")
    print("  JavaScript self time, ms per click by file:")
    for file, total in js.most_common(10):
        print(f"    {total / n:7.2f}  {file}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.probes.trace_click")
    parser.add_argument("--clicks", type=int, default=10)
    parser.add_argument("--lesson", default="quick-start", help="the lesson's slug")
    parser.add_argument("--snippet", default="quick_start/counter.py", help="under snippets/")
    parser.add_argument("--button", default=COUNTER[0])
    parser.add_argument("--shows", default=COUNTER[1], help="what the count's text starts with")
    args = parser.parse_args(argv)
    missing = chromium_missing()
    if missing:
        raise SystemExit(missing)
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory(prefix="bench-trace-") as tmp,
        sync_playwright() as pw,
        servers(HOME, SNIPPETS_DIR / args.snippet) as (app, bare),
    ):
        browser = launch(pw)
        target = (args.button, args.shows)
        subjects = ((args.lesson, f"{app.url}/{args.lesson}"), (Path(args.snippet).name, bare.url))
        try:
            for name, url in subjects:
                trace = Path(tmp) / f"{name}.json"
                times, profile = traced_clicks(browser, url, args.clicks, trace, target)
                report(name, times, main_thread_events(trace), js_self_time(profile), args.clicks)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
