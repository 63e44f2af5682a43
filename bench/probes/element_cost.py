"""What a rerun pays per element, and what a lesson page sends on top of its snippets:
`python -m bench.probes.element_cost [slug ...]`.

The page-overhead ratio (bench/suite/overhead.py) compares a lesson page with its bare snippets.
This explains the gap with two measurements from the same process:

1. A price list: the server-side time of a rerun of a script that draws 20 elements of one kind,
   minus an empty script's, divided by 20 (median of interleaved reruns, timed around Streamlit's
   `ScriptRunner._run_script`, so AppTest's own parsing of the result is left out).
2. For each lesson: the messages one rerun sends, by element kind, on the page (Home.py) and on
   its bare snippets (bench/lib/bare_lesson.py), and the server-side time of both.

Multiply the extra elements by their prices and the sum is the frame's cost per rerun.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.scriptrunner import script_runner
from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS, lesson_by_slug
from app.paths import HOME
from bench.lib.apptest import TIMEOUT, server_like_apptest
from bench.lib.bare_lesson import SCRIPT
from bench.lib.common import median

# One line per element kind: the body draws 20 of them (`i` is the loop variable).
PRICED: dict[str, str] = {
    "markdown": "st.markdown(f'Some **prose**, paragraph {i}.')",
    "code block": "st.code('x = 1\\n' * 15, language='python')",
    "container (border)": "st.container(border=True)",
    "expander": "st.expander(f'Section {i}')",
    "expander, key + on_change": "st.expander(f'Code {i}', key=f'_e{i}', on_change='rerun')",
    "button": "st.button(f'Button {i}', key=f'_b{i}')",
    "download button (3 KB)": (
        "st.download_button(f'Download {i}', data=b'x = 1' * 600, "
        "file_name='a.py', on_click='ignore', key=f'_d{i}')"
    ),
}
COUNT = 20


@contextmanager
def timed_runs() -> Iterator[list[float]]:
    """Record the duration of every script run (Streamlit's `_run_script`) while active."""
    durations: list[float] = []
    original: Callable[..., Any] = script_runner.ScriptRunner._run_script

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            durations.append(time.perf_counter() - start)

    script_runner.ScriptRunner._run_script = timed  # type: ignore[method-assign]
    try:
        yield durations
    finally:
        script_runner.ScriptRunner._run_script = original  # type: ignore[method-assign]


@contextmanager
def sent_elements() -> Iterator[Counter[str]]:
    """Count the element kinds of the deltas every script run enqueues while active."""
    kinds: Counter[str] = Counter()
    original: Callable[..., Any] = ScriptRunContext.enqueue

    def counting(self: ScriptRunContext, msg: ForwardMsg) -> None:
        if msg.WhichOneof("type") == "delta":
            delta = msg.delta
            kind = delta.WhichOneof("type")
            if kind == "new_element":
                kinds[delta.new_element.WhichOneof("type") or "?"] += 1
            elif kind == "add_block":
                kinds["block:" + (delta.add_block.WhichOneof("type") or "vertical")] += 1
        original(self, msg)

    ScriptRunContext.enqueue = counting  # type: ignore[method-assign]
    try:
        yield kinds
    finally:
        ScriptRunContext.enqueue = original  # type: ignore[method-assign]


def price_list(tmp: Path, reruns: int) -> dict[str, float]:
    """Milliseconds per element of each kind, on top of an empty script's rerun."""
    scripts = {"empty": "pass"} | {
        name: f"for i in range({COUNT}):\n    {line}" for name, line in PRICED.items()
    }
    apps = {}
    for name, body in scripts.items():
        path = tmp / f"price_{len(apps)}.py"
        path.write_text(f"import streamlit as st\n\n{body}\n", "utf-8")
        apps[name] = AppTest.from_file(str(path), default_timeout=TIMEOUT).run()
    times: dict[str, list[float]] = {name: [] for name in apps}
    with timed_runs() as durations:
        for _ in range(reruns):  # interleaved: a busy moment weighs on every kind alike
            for name, at in apps.items():
                durations.clear()
                at.run()
                times[name].append(durations[-1])
    empty = median(times.pop("empty"))
    return {name: (median(values) - empty) * 1000 / COUNT for name, values in times.items()}


Composition = tuple[Counter[str], Counter[str], float, float]


def composition(slug: str, tmp: Path, reruns: int) -> Composition:
    """Elements one rerun sends and its server-side time: the page, then the bare snippets."""
    lesson = lesson_by_slug(slug)
    if lesson is None:
        raise SystemExit(f"no lesson {slug!r} in app/catalog/lessons.py")
    page = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    page.switch_page(lesson.page).run()
    bare_script = tmp / f"bare_{slug.replace('-', '_')}.py"
    bare_script.write_text(SCRIPT.format(slug=slug), encoding="utf-8")
    bare = AppTest.from_file(str(bare_script), default_timeout=TIMEOUT).run()
    counts = []
    for at in (page, bare):
        with sent_elements() as kinds:
            at.run()
        counts.append(kinds)
    times: list[list[float]] = [[], []]
    with timed_runs() as durations:
        for _ in range(reruns):
            for index, at in enumerate((page, bare)):
                durations.clear()
                at.run()
                times[index].append(durations[-1])
    return counts[0], counts[1], median(times[0]) * 1000, median(times[1]) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.probes.element_cost")
    parser.add_argument("slugs", nargs="*", default=["quick-start"])
    parser.add_argument("--reruns", type=int, default=60)
    args = parser.parse_args(argv)
    unknown = [slug for slug in args.slugs if lesson_by_slug(slug) is None]
    if unknown:
        known = ", ".join(lesson.slug for lesson in LESSONS)
        raise SystemExit(f"unknown lesson(s) {', '.join(unknown)}; known: {known}")
    with server_like_apptest() as tmp:
        prices = price_list(tmp, args.reruns)
        print(f"Server time per element, on top of an empty rerun ({COUNT} of a kind):")
        for name, ms in prices.items():
            print(f"  {ms:6.3f} ms  {name}")
        for slug in args.slugs:
            page, bare, page_ms, bare_ms = composition(slug, tmp, args.reruns)
            print(
                f"\n{slug}: server-side rerun {page_ms:.2f} ms on the page, {bare_ms:.2f} ms bare "
                f"({page_ms / bare_ms:.2f}x); elements sent: {sum(page.values())} vs "
                f"{sum(bare.values())}"
            )
            for kind in sorted(page.keys() | bare.keys(), key=lambda k: -(page[k] - bare[k])):
                if page[kind] != bare[kind]:
                    print(f"  {page[kind] - bare[kind]:+4d}  {kind} ({page[kind]} vs {bare[kind]})")


if __name__ == "__main__":
    main()
