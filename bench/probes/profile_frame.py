"""Where a lesson page's rerun time goes on the server:
`python -m bench.probes.profile_frame [slug] [--reruns N]`.

cProfile over repeated AppTest reruns of the page through Home.py (with the server-like shared
ScriptCache of bench/lib/apptest.py), reporting per rerun the cumulative time of each function of
the frame (Home.py, app/, lessons/) and how many elements the run sent. This is the
profile docs/BENCHMARKS.md's "Reading the misses" refers to.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable
from typing import Any

from streamlit.testing.v1 import AppTest, local_script_runner

from app.catalog import lesson_by_slug
from app.paths import HOME, ROOT
from bench.lib.apptest import TIMEOUT, server_like_apptest


def profile(slug: str, reruns: int) -> tuple[pstats.Stats, float, int]:
    lesson = lesson_by_slug(slug)
    if lesson is None:
        raise SystemExit(f"no lesson {slug!r} in app/catalog/lessons.py")
    profiler = cProfile.Profile()
    runner = local_script_runner.LocalScriptRunner
    original: Callable[[Any], None] = runner._run_script_thread
    active = False

    def profiled(self: Any) -> None:  # the script runs on its own thread
        if active:
            profiler.enable()
        try:
            original(self)
        finally:
            if active:
                profiler.disable()

    runner._run_script_thread = profiled  # type: ignore[method-assign]
    try:
        with server_like_apptest():
            at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
            at.switch_page(lesson.page).run()
            elements = len(list(at.main)) + len(list(at.sidebar))
            start = time.perf_counter()
            for _ in range(reruns):
                at.run()
            plain = (time.perf_counter() - start) / reruns
            active = True
            for _ in range(reruns):
                at.run()
            active = False
    finally:
        runner._run_script_thread = original  # type: ignore[method-assign]
    return pstats.Stats(profiler), plain, elements


def frame_rows(stats: pstats.Stats, reruns: int) -> list[tuple[float, int, str]]:
    rows = []
    for (path, line, name), (_, calls, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if path.startswith(str(ROOT)) and not path.startswith(str(ROOT / "bench")):
            where = f"{path.removeprefix(str(ROOT) + '/')}:{line}({name})"
            rows.append((cumulative * 1000 / reruns, calls // reruns, where))
    return sorted(rows, reverse=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.probes.profile_frame")
    parser.add_argument("slug", nargs="?", default="quick-start")
    parser.add_argument("--reruns", type=int, default=200)
    args = parser.parse_args(argv)
    stats, plain, elements = profile(args.slug, args.reruns)
    print(f"{args.slug}: {plain * 1000:.2f} ms per rerun unprofiled, {elements} top-level blocks")
    print("ms/rerun (profiled, cumulative)  calls/rerun  function")
    for ms, calls, where in frame_rows(stats, args.reruns)[:25]:
        print(f"{ms:10.3f}  {calls:5d}  {where}")


if __name__ == "__main__":
    main()
