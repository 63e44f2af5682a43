"""Every lesson's click in Chromium: a click on its first demo, on the lesson page through
Home.py, against the same click on that demo's snippet run alone with `streamlit run`.

Driven by the catalog at run time, with no per-lesson code: the demo is the lesson's first
snippet's bordered box on the page (the first one with a clickable widget when the first has
none, said in the note), the widget is the first clickable one in it (bench/lib/widget_clicks.py
says which kinds, in which order), and the same widget, found by kind and label, is clicked in
the snippet alone. The landing page is measured too: a rerun (Streamlit's R key) of Home against
one of the bare counter snippet.

Page and snippet are clicked in turn, the order swapped every round, after warm-up rounds; the
ratio is the median of the rounds' ratios. Settled means the run the click started has finished
and the result is on screen (bench/lib/widget_clicks.py), never a sleep.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from app.catalog import LESSONS, Lesson, Snippet
from app.paths import HOME, SNIPPETS_DIR
from bench.lib.browser_clicks import PageCost, chromium_missing, launch
from bench.lib.common import BenchServer, Row, Section, median, paired_ratio, verdict
from bench.lib.report import fmt_ratio
from bench.lib.widget_clicks import INIT_JS, click_settled, reveal, wait_ready, widgets_under

TARGET = 1.3
MEASUREMENT = "lesson click"
LANDING = "landing page (Home)"
# The main area (its test id changes when a chat input pins it to the bottom).
BARE_ROOT = "#stMain"
RERUN = {"kind": "rerun", "label": "R"}


@dataclass(frozen=True)
class Side:
    """One of the two pages clicked in turn: an open page, the part of it that is measured,
    and its browser cost meter."""

    page: Any
    root: str
    cost: PageCost


def demo_root(snippet: Snippet) -> str:
    """The snippet's bordered box on its lesson page (app/frame/lesson.py keys it by stem)."""
    return f".st-key-_demo_{snippet.path.stem}"


def open_side(browser: Any, url: str, root: str) -> Side:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(INIT_JS)
    page = context.new_page()
    cost = PageCost(page)  # listens before the websocket opens
    page.goto(url)
    wait_ready(page, root)
    return Side(page, root, cost)


def close_side(side: Side | None) -> None:
    if side is not None:
        side.page.context.close()


def describe(widget: dict[str, str]) -> str:
    if widget["kind"] == "rerun":
        return "rerun (R key)"
    return f"{widget['kind']} {widget['label']!r}"


def interleave(
    sides: dict[str, Side], widget: dict[str, str], reps: int, warmup: int
) -> dict[str, Any]:
    """Click `widget` on each side in turn (the order swapped every round); the settle times
    of the measured rounds, the browser's cost per click, and whether the text changed."""
    names = list(sides)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for rep in range(warmup + reps):
        if rep == warmup:
            for side in sides.values():
                side.cost.begin()
        for name in names if rep % 2 == 0 else reversed(names):
            side = sides[name]
            side.page.bring_to_front()
            result = click_settled(side.page, side.root, widget)
            if rep >= warmup:
                runs[name].append(result)
    return {
        "settled": {n: [r["settled"] for r in runs[n]] for n in names},
        "finished": {n: [r["finished"] for r in runs[n]] for n in names},
        "changed": {n: any(r["changed"] for r in runs[n]) for n in names},
        "cost": {n: sides[n].cost.per_click(reps) for n in names},
    }


def first_clickable(page: Any, lesson: Lesson) -> tuple[Snippet, dict[str, str]] | None:
    """The lesson's first demo with a clickable widget on the page (its tab selected if a tab
    hides it), and that widget."""
    for snippet in lesson.snippets:
        root = demo_root(snippet)
        if page.query_selector(root) is None or not reveal(page, root):
            continue
        wait_ready(page, root)
        found = widgets_under(page, root)
        if found:
            return snippet, found[0]
    return None


def rerun_demo(page: Any, lesson: Lesson) -> Snippet | None:
    """For a lesson with nothing to click: its first working demo on the page, for a rerun."""
    for snippet in sorted(lesson.snippets, key=lambda s: s.is_broken):
        root = demo_root(snippet)
        if page.query_selector(root) is not None and reveal(page, root):
            return snippet
    return None


def measure_landing(browser: Any, app: BenchServer, reps: int, warmup: int) -> dict[str, Any]:
    counter = SNIPPETS_DIR / "quick_start" / "counter.py"
    sides: dict[str, Side] = {}
    with BenchServer(counter) as bare:
        try:
            sides["page"] = open_side(browser, f"{app.url}/", BARE_ROOT)
            sides["bare"] = open_side(browser, bare.url, BARE_ROOT)
            result = interleave(sides, RERUN, reps, warmup)
        finally:
            for side in sides.values():
                close_side(side)
    return {"subject": LANDING, "file": counter.name, "widget": RERUN, **result}


def measure_lesson(
    browser: Any, app: BenchServer, lesson: Lesson, reps: int, warmup: int
) -> dict[str, Any]:
    sides: dict[str, Side] = {}
    try:
        first = demo_root(lesson.snippets[0])
        sides["page"] = open_side(browser, f"{app.url}/{lesson.slug}", first)
        chosen = first_clickable(sides["page"].page, lesson)
        if chosen is None:
            # Nothing to click in any demo: the learner's interaction is a rerun.
            snippet = rerun_demo(sides["page"].page, lesson)
            if snippet is None:
                return {
                    "subject": lesson.slug,
                    "file": lesson.snippets[0].file,
                    "reason": "no demo box is shown on the page",
                }
            chosen = (snippet, RERUN)
        snippet, widget = chosen
        sides["page"] = Side(sides["page"].page, demo_root(snippet), sides["page"].cost)
        with BenchServer(snippet.path) as bare:
            sides["bare"] = open_side(browser, bare.url, BARE_ROOT)
            if widget != RERUN and widget not in widgets_under(sides["bare"].page, BARE_ROOT):
                return {
                    "subject": lesson.slug,
                    "file": snippet.file,
                    "widget": widget,
                    "reason": f"{describe(widget)} is on the page but not in {snippet.file} alone",
                }
            try:
                result = interleave(sides, widget, reps, warmup)
            except Exception as exc:  # say what was clicked where
                raise RuntimeError(f"{describe(widget)} in {snippet.file}: {exc}") from exc
        return {
            "subject": lesson.slug,
            "file": snippet.file,
            "first_demo": snippet == lesson.snippets[0],
            "demos": len(lesson.snippets),
            "widget": widget,
            **result,
        }
    finally:
        for side in sides.values():
            close_side(side)


def row(entry: dict[str, Any], reps: int) -> Row:
    subject, file = entry["subject"], entry["file"]
    if "error" in entry or "reason" in entry:
        status = "ERROR" if "error" in entry else "not clicked"
        note = f"{file}: {entry.get('error') or entry['reason']}"
        return Row(MEASUREMENT, subject, "-", "-", None, f"<= {TARGET}x", status, note)
    page, bare = entry["settled"]["page"], entry["settled"]["bare"]
    ratio = paired_ratio(page, bare)
    cost = entry["cost"]
    finished = {side: median(entry["finished"][side]) * 1000 for side in ("page", "bare")}
    if subject == LANDING:
        what = f"rerun (R key) of Home vs {file} alone"
    elif entry["widget"] == RERUN:
        what = f"no demo has a widget to click: rerun (R key), {file} vs alone"
    else:
        where = "" if entry["first_demo"] else " (the first demo has nothing to click)"
        what = f"{describe(entry['widget'])} in {file}{where} vs alone"
    note = (
        f"{what}; {reps} interleaved clicks each; run finished at {finished['page']:.0f} vs "
        f"{finished['bare']:.0f} ms; per click: {cost['page']['messages']:.0f} vs "
        f"{cost['bare']['messages']:.0f} messages, browser main thread "
        f"{cost['page']['TaskDuration']:.0f} vs {cost['bare']['TaskDuration']:.0f} ms"
    )
    unchanged = [side for side in ("page", "bare") if not entry["changed"][side]]
    if unchanged and entry["widget"] != RERUN:
        note += f"; no text changed on the {' and '.join(unchanged)} side"
    return Row(
        MEASUREMENT,
        subject,
        f"{median(page) * 1000:.0f} ms",
        f"{median(bare) * 1000:.0f} ms",
        ratio,
        f"<= {TARGET}x",
        verdict(ratio, TARGET),
        note,
    )


def summary(entry: dict[str, Any]) -> dict[str, Any]:
    """What results.json keeps of one subject: the raw times in ms and the costs."""
    kept = {k: v for k, v in entry.items() if k not in ("settled", "finished")}
    if "settled" in entry:
        for key in ("settled", "finished"):
            kept[f"{key}_ms"] = {
                side: [round(t * 1000, 1) for t in times] for side, times in entry[key].items()
            }
        kept["ratio"] = round(paired_ratio(entry["settled"]["page"], entry["settled"]["bare"]), 3)
    return kept


def run(reps: int, warmup: int, lessons: tuple[Lesson, ...] = LESSONS) -> Section:
    reason = chromium_missing()
    if reason:
        row_ = Row(MEASUREMENT, "-", "-", "-", None, "-", "skipped", reason)
        return Section("lesson_clicks", [row_], {"skipped": reason}, skipped=reason)
    from playwright.sync_api import sync_playwright

    section = Section("lesson_clicks", data={"reps": reps, "warmup": warmup, "target": TARGET})
    entries: list[dict[str, Any]] = []
    with sync_playwright() as pw, BenchServer(HOME) as app:
        browser = launch(pw)
        try:
            steps = [(LANDING, lambda: measure_landing(browser, app, reps, warmup))]
            steps += [
                (
                    lesson.slug,
                    lambda lesson=lesson: measure_lesson(browser, app, lesson, reps, warmup),
                )
                for lesson in lessons
            ]
            for subject, step in steps:
                try:
                    entries.append(step())
                except Exception as exc:  # one lesson's failure must not hide the others
                    message = f"{type(exc).__name__}: {exc}".replace("\n", " ")[:200]
                    entries.append({"subject": subject, "file": "-", "error": message})
                done = row(entries[-1], reps)
                print(
                    f"[bench] lessons: {subject}: {done.status} {fmt_ratio(done.ratio)}",
                    file=sys.stderr,
                    flush=True,
                )
        finally:
            browser.close()
    section.rows = [row(entry, reps) for entry in entries]
    section.data["subjects"] = [summary(entry) for entry in entries]
    return section
