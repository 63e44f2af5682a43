"""`python -m bench`: run the suite (bench/suite/) on loopback, print one table, write results.json.

python -m bench              # full run
python -m bench --quick      # fewer repetitions
python -m bench --tiny       # smoke setting used by tests/test_bench.py (no browser)
python -m bench --docs       # also rewrite the tables in docs/BENCHMARKS.md
python -m bench --only scaleout --sessions 50x20,200x10 --docs   # more scale-out levels
    # a scale-out run alone keeps its runs in scaleout_results.json, not results.json
python -m bench --only lessons --docs   # every lesson's click in Chromium, its own table
    # with --docs its subjects go to lesson_clicks_results.json too
The durable store's benchmark runs on its own: `python -m bench.suite.durable`. How long each
setting takes is in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.paths import ROOT
from bench.lib.common import Row, Section, skipped_section
from bench.lib.report import machine, machine_line, table

RESULTS = ROOT / "bench" / "results.json"
README = ROOT / "docs" / "BENCHMARKS.md"
README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"
# The scale-out section has its own table in docs/BENCHMARKS.md, rewritten only when it ran.
SCALEOUT_START = "<!-- scaleout:start -->"
SCALEOUT_END = "<!-- scaleout:end -->"
SCALEOUT_RESULTS = ROOT / "bench" / "scaleout_results.json"
# Every lesson's click (bench/suite/lessons.py): its own table too, rewritten only when it ran.
LESSONS_START = "<!-- lessons:start -->"
LESSONS_END = "<!-- lessons:end -->"
LESSONS_RESULTS = ROOT / "bench" / "lesson_clicks_results.json"
# Sections with a table of their own in docs/BENCHMARKS.md, not in the main one.
OWN_TABLES = {"scaleout", "lesson_clicks"}


@dataclass(frozen=True)
class Settings:
    overhead_reps: int
    latency_reps: int
    cold_reps: int
    clicks: int
    click_reps: int
    memory_sessions: int
    memory_reps: int
    load_sessions: int
    load_interactions: int
    scaleout_levels: str  # "SESSIONSxINTERACTIONS,...", see bench/suite/scaleout.py
    scaleout_detail_at: tuple[int, ...]  # levels that also run scaleout.py's detail set-ups
    lesson_reps: int  # interleaved clicks per lesson, page and snippet alone each
    lesson_warmup: int
    browser: bool = True


PRESETS = {
    "full": Settings(40, 40, 5, 20, 3, 50, 3, 50, 20, "100x20", (100,), 10, 2),
    "quick": Settings(30, 20, 2, 20, 1, 50, 1, 50, 20, "50x20", (), 4, 1),
    "tiny": Settings(1, 2, 1, 5, 1, 3, 1, 2, 4, "2x4", (), 1, 0, browser=False),
}


def browser_sections(settings: Settings) -> list[Section]:
    from bench.suite import browser

    if not settings.browser:
        reason = "not run in this setting (--tiny)"
        return [
            skipped_section("browser_latency", "browser latency", reason),
            skipped_section("cold_start", "cold start", reason),
            skipped_section("rapid_clicks", "rapid clicks", reason),
        ]
    return browser.run(
        settings.latency_reps, settings.cold_reps, settings.clicks, settings.click_reps
    )


def lesson_clicks(settings: Settings, slugs: list[str] | None = None) -> list[Section]:
    if not settings.browser:
        return [
            skipped_section("lesson_clicks", "lesson click", "not run in this setting (--tiny)")
        ]
    from app.catalog import LESSONS
    from bench.suite import lessons

    chosen = tuple(lesson for lesson in LESSONS if slugs is None or lesson.slug in slugs)
    return [lessons.run(settings.lesson_reps, settings.lesson_warmup, chosen)]


def run_all(
    settings: Settings, only: set[str] | None = None, slugs: list[str] | None = None
) -> list[Section]:
    from bench.suite import load, memory, overhead, scaleout

    steps: list[tuple[str, Callable[[], list[Section]]]] = [
        ("overhead", lambda: [overhead.run(settings.overhead_reps)]),
        ("browser", lambda: browser_sections(settings)),
        ("lessons", lambda: lesson_clicks(settings, slugs)),
        ("memory", lambda: [memory.run(settings.memory_sessions, settings.memory_reps)]),
        ("load", lambda: [load.run(settings.load_sessions, settings.load_interactions)]),
        (
            "scaleout",
            lambda: [
                scaleout.run(
                    scaleout.parse_levels(settings.scaleout_levels),
                    settings.scaleout_detail_at,
                )
            ],
        ),
    ]
    sections: list[Section] = []
    for name, step in steps:
        if only and name not in only:
            continue
        started = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            produced = step()
        except Exception as exc:  # report it in the table and go on with the next section
            message = f"{type(exc).__name__}: {exc}".replace("\n", " ")[:300]
            row = Row(name, "-", "-", "-", None, "-", "ERROR", message)
            produced = [Section(name, [row], {"error": message})]
        for section in produced:
            section.data["seconds"] = round(time.perf_counter() - started, 1)
        sections.extend(produced)
    return sections


def replace_between(start_marker: str, end_marker: str, body: str) -> None:
    """Rewrite the part of docs/BENCHMARKS.md between two markers; the rest stays as it is."""
    readme = README.read_text(encoding="utf-8")
    start, end = readme.index(start_marker), readme.index(end_marker)
    block = f"{start_marker}\n{body}\n{end_marker}"
    README.write_text(readme[:start] + block + readme[end + len(end_marker) :], encoding="utf-8")


def write_readme(text_table: str, results: dict[str, object]) -> None:
    replace_between(
        README_START,
        README_END,
        f"Latest run: {results['finished']} (`python -m bench{results['argv']}`, "
        f"{results['duration_s']} s) on {machine_line(results['machine'])}.\n\n{text_table}",
    )


def write_scaleout(section: Section, results: dict[str, object]) -> None:
    """The scale-out table between its own markers (the other measurements stay as they are).
    Its runs are kept in bench/scaleout_results.json: a run of some levels (`--sessions`)
    replaces those levels and keeps the others, so long levels can be measured one by one."""
    from bench.suite import scaleout

    stored = json.loads(SCALEOUT_RESULTS.read_text()) if SCALEOUT_RESULTS.exists() else []
    runs = scaleout.merge(stored, section.data.get("runs", []))
    SCALEOUT_RESULTS.write_text(json.dumps(runs, indent=2) + "\n", encoding="utf-8")
    replace_between(
        SCALEOUT_START,
        SCALEOUT_END,
        f"Machine: {machine_line(results['machine'])}. Latest command: "
        f"`python -m bench{results['argv']}` ({section.data.get('seconds', '?')} s).\n\n"
        f"{scaleout.markdown(runs)}",
    )


def write_lessons(section: Section, results: dict[str, object]) -> None:
    """Every lesson's click between its own markers, its subjects in LESSONS_RESULTS."""
    from bench.lib.report import table as markdown_table

    kept = {k: results[k] for k in ("finished", "argv", "preset", "machine")}
    LESSONS_RESULTS.write_text(
        json.dumps({**kept, **section.data}, indent=2, default=str) + "\n", encoding="utf-8"
    )
    data = section.data
    replace_between(
        LESSONS_START,
        LESSONS_END,
        f"Latest run: {results['finished']} (`python -m bench{results['argv']}`, "
        f"{data.get('seconds', '?')} s; {data.get('reps')} measured clicks per side after "
        f"{data.get('warmup')} warm-up rounds) on {machine_line(results['machine'])}.\n\n"
        f"{markdown_table([section])}",
    )


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="fewer repetitions")
    mode.add_argument("--tiny", action="store_true", help="smoke setting, no browser")
    parser.add_argument(
        "--only",
        help="comma-separated subset: overhead,browser,lessons,memory,load,scaleout",
        default=None,
    )
    parser.add_argument(
        "--sessions",
        help="scale-out levels, e.g. 50x20,100x20 (sessions x interactions; default: the preset's)",
        default=None,
    )
    parser.add_argument(
        "--lessons",
        help="lesson clicks: only these lesson slugs, comma-separated (default: every lesson)",
        default=None,
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    parser.add_argument("--docs", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args(argv)
    preset = "tiny" if args.tiny else "quick" if args.quick else "full"
    settings = PRESETS[preset]
    if args.sessions:
        settings = Settings(**{**settings.__dict__, "scaleout_levels": args.sessions})
    only = set(args.only.split(",")) if args.only else None
    info = machine()
    started = time.perf_counter()
    slugs = args.lessons.split(",") if args.lessons else None
    if slugs:
        from app.catalog import lesson_by_slug

        unknown = [slug for slug in slugs if lesson_by_slug(slug) is None]
        if unknown:
            parser.error(f"no lesson {', '.join(unknown)} in the catalog")
    sections = run_all(settings, only, slugs)
    text_table = table(sections)
    results: dict[str, object] = {
        "finished": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "argv": "".join(f" {a}" for a in (argv if argv is not None else sys.argv[1:])),
        "preset": preset,
        "settings": settings.__dict__,
        "duration_s": round(time.perf_counter() - started, 1),
        "machine": info,
        "note": "Other work shared the machine; compare ratios of interleaved runs, "
        "not absolute times.",
        "table": [r.as_dict() for s in sections for r in s.rows],
        "sections": {s.name: s.data for s in sections},
    }
    # A scale-out or lesson-click run alone keeps its results in its own file (with --docs): it
    # leaves the last run of the other measurements in results.json, unless told where to write.
    write_results = args.out != RESULTS or any(s.name not in OWN_TABLES for s in sections)
    if write_results:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(text_table)
    print(f"\nmachine: {machine_line(info)}")
    print(f"results: {args.out}" if write_results else f"results: {RESULTS} left as it was")
    if args.docs:
        others = [s for s in sections if s.name not in OWN_TABLES]
        if others:
            write_readme(table(others), results)
        for section in sections:
            if section.name == "scaleout" and not section.skipped:
                write_scaleout(section, results)
            if section.name == "lesson_clicks" and not section.skipped:
                write_lessons(section, results)
    return results


if __name__ == "__main__":
    main()
