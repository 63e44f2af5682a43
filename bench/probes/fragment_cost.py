"""A fragment rerun against a full rerun of the same page, in Chromium.

The fragments lesson's first demo has a counter inside `@st.fragment` ("Add one inside",
which reruns the fragment only) and one outside ("Add one outside", which reruns the whole
page). Two sessions on the same page click one button each, interleaved, and the browser
measures click -> settled, the WebSocket messages received per click and Chromium's main-thread
time per click (bench/lib/browser_clicks.py). Measured on the lesson page through Home.py (the
whole frame and every demo) and on the snippet alone.

python -m bench.probes.fragment_cost                 # 30 clicks of each kind per page
python -m bench.probes.fragment_cost --reps 5        # quicker
python -m bench.probes.fragment_cost --markdown bench/fragment_results.md
"""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.paths import HOME, ROOT, SNIPPETS_DIR
from bench.lib.browser_clicks import ClickSubject, chromium_missing, interleaved_clicks, launch
from bench.lib.common import (
    BenchServer,
    Row,
    Section,
    median,
    paired_ratio,
    skipped_section,
)
from bench.lib.report import machine, machine_line, table

FRAGMENT = ("Add one inside", "Fragment runs:")
FULL = ("Add one outside", "Page runs:")
SUBJECTS = (
    ("fragments lesson page (Home.py)", HOME, "/fragments"),
    ("fragments_counters.py alone", SNIPPETS_DIR / "fragments" / "fragments_counters.py", "/"),
)


def measure(pw: Any, url: str, reps: int, warmup: int) -> dict[str, Any]:
    """Interleaved fragment and full reruns, one session each, on the page at `url`."""
    browser = launch(pw)
    try:
        subjects = tuple(
            ClickSubject(kind, url, click, (FULL[1], 1))
            for kind, click in (("fragment", FRAGMENT), ("full", FULL))
        )
        times, per_click = interleaved_clicks(browser, subjects, reps, warmup)
    finally:
        browser.close()
    return {"times": times, "per_click": per_click}


def row(subject: str, result: dict[str, Any], reps: int) -> Row:
    times, per_click = result["times"], result["per_click"]
    fragment, full = per_click["fragment"], per_click["full"]
    return Row(
        "fragment rerun vs full rerun",
        subject,
        f"{median(times['fragment']) * 1000:.1f} ms",
        f"{median(times['full']) * 1000:.1f} ms",
        paired_ratio(times["fragment"], times["full"]),
        "measured",
        "info",
        f"'Add one inside' (fragment) vs 'Add one outside' (full); {reps} interleaved clicks "
        f"each; per click: {fragment['messages']:.0f} vs {full['messages']:.0f} messages, "
        f"browser main thread {fragment['TaskDuration']:.0f} vs "
        f"{full['TaskDuration']:.0f} ms",
    )


def run(reps: int = 30, warmup: int = 3) -> Section:
    reason = chromium_missing()
    if reason:
        return skipped_section("fragment_cost", "fragment rerun vs full rerun", reason)
    from playwright.sync_api import sync_playwright

    section = Section("fragment_cost", data={"reps": reps, "subjects": {}})
    with sync_playwright() as pw:
        for subject, script, path in SUBJECTS:
            with BenchServer(script) as server:
                result = measure(pw, server.url + path, reps, warmup)
            section.rows.append(row(subject, result, reps))
            section.data["subjects"][subject] = {
                "fragment_ms": [round(t * 1000, 2) for t in result["times"]["fragment"]],
                "full_ms": [round(t * 1000, 2) for t in result["times"]["full"]],
                "per_click_browser_cost": result["per_click"],
            }
    return section


def markdown(section: Section, reps: int, started: str) -> str:
    return (
        "# Fragment rerun vs full rerun\n\n"
        f"`python -m bench.probes.fragment_cost --reps {reps}` ({started}) on "
        f"{machine_line(machine())}.\n\n"
        "Ratio = fragment rerun / full rerun (median of interleaved pairs; below 1 means the "
        "fragment rerun is cheaper). Frame = fragment rerun, Bare = full rerun in the "
        "columns of the main table.\n\n"
        f"{table([section])}\n"
    )


def main(argv: list[str] | None = None) -> Section:
    parser = argparse.ArgumentParser(prog="python -m bench.probes.fragment_cost")
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = run(args.reps)
    text = markdown(section, args.reps, started)
    print(text)
    if args.markdown:
        target = args.markdown if args.markdown.is_absolute() else ROOT / args.markdown
        target.write_text(text, encoding="utf-8")
        print(f"written: {os.path.relpath(target, ROOT)}")
    return section


if __name__ == "__main__":
    main()
