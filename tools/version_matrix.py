"""Run every snippet's own test on the Streamlit releases its lesson claims, and write the table.

Each snippet and its test (the two files a learner downloads) are copied alone into an empty
folder of their own and run with pytest, as tests/test_snippet_tests.py does, but with the
Python of a venv that holds exactly one Streamlit release: the snippet's minimum (its lesson's
`min_version`, 1.50 when none), the pinned release, and the newest 1.x on PyPI when it is newer
than the pin. Venvs live under ~/.cache/session-state-patterns/venvs/ and pip's own cache keeps
the wheels between runs.

    python -m tools.version_matrix              # all three, writes docs/VERSIONS.md
    python -m tools.version_matrix --minimums   # minimums below the pin (CI); exit 1 if one fails
    python -m tools.version_matrix --at 1.52 --lesson chat   # one release, printed only
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app.catalog import LESSONS, Lesson, Snippet
from app.paths import ROOT
from tools.versions import BASELINE, release_key

VENVS = Path(
    os.environ.get("VERSION_MATRIX_VENVS", Path.home() / ".cache/session-state-patterns/venvs")
)
# What the snippets and their tests import besides Streamlit and the standard library; Authlib
# is what `st.login` needs, as a learner running the login snippets has it.
EXTRAS = ("pytest", "pandas", "sqlalchemy>=2", "Authlib>=1.3.2")
REPORT = ROOT / "docs" / "VERSIONS.md"
# The marker a venv gets once its install has succeeded: what was asked for.
DONE = ".installed"
# Pairs per pytest process: a release's 85 pairs go in two halves, so two jobs share them.
BATCH = 45
BATCH_TIMEOUT = 1200


def pinned_release() -> str:
    """The release pyproject.toml pins Streamlit to (`streamlit>=1.67,<2` gives 1.67)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in project["project"]["dependencies"]:
        match = re.fullmatch(r"streamlit>=(\d+\.\d+)(?:\.0)?,<2", requirement.replace(" ", ""))
        if match:
            return match[1]
    raise LookupError("pyproject.toml pins no streamlit>=X.Y,<2")


def full(release: str) -> str:
    """An exact version for pip: "1.59" is its first release, 1.59.0."""
    return release if release.count(".") == 2 else f"{release}.0"


def newest_on_pypi() -> str | None:
    """The newest final 1.x release on the package index pip uses, or None if pip cannot say."""
    run = subprocess.run(
        [sys.executable, "-m", "pip", "index", "versions", "streamlit"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    match = re.search(r"Available versions: (.+)", run.stdout)
    if run.returncode != 0 or match is None:
        return None
    finals = [v for v in match[1].split(", ") if re.fullmatch(r"1\.\d+\.\d+", v)]
    return max(finals, key=release_key, default=None)


def minimum(lesson: Lesson, snippet: Snippet) -> str:
    """The release a snippet claims to run on: its own minimum, else its lesson's, else 1.50."""
    return snippet.min_version or lesson.min_version or BASELINE


def run_on(lesson: Lesson, snippet: Snippet) -> str:
    """The release its pair is proven on: the snippet's minimum, or its test's when newer."""
    return max(minimum(lesson, snippet), snippet.test_min_version or BASELINE, key=release_key)


def minimum_cell(lesson: Lesson, snippet: Snippet) -> str:
    """The snippet's minimum as the table shows it, with its test's when that is newer."""
    if run_on(lesson, snippet) == minimum(lesson, snippet):
        return minimum(lesson, snippet)
    return f"{minimum(lesson, snippet)}, its test {run_on(lesson, snippet)}"


def venv_python(version: str) -> str:
    """The Python of a venv with exactly this Streamlit, made (and pip-installed) on first use."""
    folder = VENVS / f"streamlit-{version}"
    python = folder / "bin" / "python"
    wanted = " ".join((f"streamlit=={version}", *EXTRAS))
    marker = folder / DONE
    if marker.is_file() and marker.read_text(encoding="utf-8") == wanted and python.exists():
        return str(python)
    folder.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(folder)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *wanted.split()],
        check=True,
    )
    marker.write_text(wanted, encoding="utf-8")
    return str(python)


@dataclass(frozen=True)
class Outcome:
    """One pair's run on one release: whether every test passed, and what failed."""

    lesson: Lesson
    snippet: Snippet
    version: str
    passed: bool
    problems: tuple[str, ...]


def run_batch(python: str, version: str, pairs: list[tuple[Lesson, Snippet]]) -> list[Outcome]:
    """Copy each pair alone into an empty folder and run one pytest over all the folders (as
    tests/test_snippet_tests.py does: one process is much faster than one per pair)."""
    with tempfile.TemporaryDirectory(prefix=f"matrix-{version}-") as name:
        root = Path(name)
        for _, snippet in pairs:
            folder = root / snippet.path.stem
            folder.mkdir()
            shutil.copyfile(snippet.path, folder / snippet.file)
            shutil.copyfile(snippet.test_path, folder / snippet.test_path.name)
        report = root / "report.xml"
        env = {
            k: v
            for k, v in os.environ.items()
            if k != "PYTHONPATH" and not k.startswith("STREAMLIT_")
        }
        run = subprocess.run(
            [
                python,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "--rootdir",
                name,
                "--import-mode=importlib",
                "--continue-on-collection-errors",
                f"--junitxml={report}",
                *(snippet.path.stem for _, snippet in pairs),
            ],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=BATCH_TIMEOUT,
            check=False,
        )
        if not report.is_file():
            raise RuntimeError(f"pytest on {version} wrote no report:\n{run.stdout[-3000:]}")
        found: dict[str, list[str]] = {}
        for case in ET.parse(report).iter("testcase"):
            stem = Path(case.get("file") or case.get("classname", "").replace(".", "/")).stem
            found.setdefault(stem, []).extend(
                f"{case.get('name')}: {(child.get('message') or '')[:300]}"
                for child in case
                if child.tag in ("failure", "error", "skipped")
            )
    outcomes = []
    for lesson, snippet in pairs:
        problems = found.get(snippet.test_path.stem)
        if problems is None:
            problems = ["collected no test"]
        outcomes.append(Outcome(lesson, snippet, version, not problems, tuple(problems)))
        mark = "pass" if not problems else "FAIL"
        print(f"{version:8} {mark} {lesson.slug}/{snippet.file}", flush=True)
        for problem in problems:
            print(f"    {problem}", flush=True)
    return outcomes


def run_all(runs: Iterable[tuple[Lesson, Snippet, str]], jobs: int) -> list[Outcome]:
    """Run each (lesson, snippet, version): a pytest per release (large ones split in two), at
    most `jobs` at a time."""
    by_version: dict[str, list[tuple[Lesson, Snippet]]] = {}
    for lesson, snippet, version in runs:
        by_version.setdefault(version, []).append((lesson, snippet))
    versions = sorted(by_version, key=release_key)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        pythons = dict(zip(versions, pool.map(venv_python, versions), strict=True))
        batches = [
            (version, pairs[start : start + BATCH])
            for version, pairs in by_version.items()
            for start in range(0, len(pairs), BATCH)
        ]
        done = pool.map(lambda b: run_batch(pythons[b[0]], b[0], b[1]), batches)
        return [outcome for batch in done for outcome in batch]


def tested(lessons: Sequence[Lesson]) -> list[tuple[Lesson, Snippet]]:
    """Every snippet with its own test (a broken one has none), lesson by lesson."""
    return [(x, s) for x in lessons for s in x.snippets if s.test_path.is_file()]


def cell(outcomes: list[Outcome]) -> str:
    """Pass or FAIL, with how many of the pairs passed."""
    passed = sum(o.passed for o in outcomes)
    word = "pass" if passed == len(outcomes) else "FAIL"
    return f"{word} ({passed}/{len(outcomes)})"


def report(outcomes: list[Outcome], pinned: str, newest: str | None) -> str:
    """docs/VERSIONS.md: lesson by release, then snippet by release, from these outcomes."""
    versions = [full(pinned)] + ([newest] if newest else [])
    found = {(o.snippet.path, o.version): o for o in outcomes}
    newest_run = max((o.version for o in outcomes), key=release_key)
    pypi = (
        f"{newest}, newer than the pin {pinned}: the pin stays"
        if newest
        else f"{full(pinned)}, the pinned release, is the newest 1.x on PyPI"
    )
    heads = " | ".join(f"On {v}" + (" (pinned)" if v == full(pinned) else "") for v in versions)
    lines = [
        "# Streamlit versions",
        "",
        "Every snippet's own test, the file learners download, copied with its snippet alone into",
        "an empty folder and run with pytest on its minimum Streamlit (the lesson's `min_version`,",
        f"{BASELINE} when none; a snippet's own `# Needs Streamlit` line when it has one, or its",
        "test's when the test needs a newer AppTest than the snippet needs Streamlit), on the",
        f"pinned {pinned} and on any newer 1.x on PyPI, each release in a venv of its own.",
        "Written by `python -m tools.version_matrix` from its run; do not edit by hand.",
        "",
        f"Newest Streamlit run: **{newest_run}** ({pypi}).",
        "",
        "## Lessons",
        "",
        f"| Lesson | Claimed minimum | On its minimum | {heads} |",
        "|---|---|---|" + "---|" * len(versions),
    ]
    for lesson in LESSONS:
        pairs = tested([lesson])
        claimed = lesson.min_version or BASELINE
        own = {minimum(lesson, s) for _, s in pairs} - {claimed}
        tests = {run_on(lesson, s) for _, s in pairs if run_on(lesson, s) != minimum(lesson, s)}
        notes = [f"a snippet: {v}" for v in sorted(own, key=release_key)]
        notes += [f"a test: {v}" for v in sorted(tests, key=release_key)]
        if notes:
            claimed += " (" + "; ".join(notes) + ")"
        at_min = [found[s.path, full(run_on(lesson, s))] for _, s in pairs]
        rest = " | ".join(cell([found[s.path, v] for _, s in pairs]) for v in versions)
        lines.append(f"| `{lesson.slug}` | {claimed} | {cell(at_min)} | {rest} |")
    lines += [
        "",
        "## Snippets",
        "",
        f"| Snippet | Lesson | Minimum | On its minimum | {heads} |",
        "|---|---|---|---|" + "---|" * len(versions),
    ]
    for lesson in LESSONS:
        for snippet in lesson.snippets:
            if not snippet.test_path.is_file():
                blank = " | ".join("no test" for _ in versions)
                lines.append(
                    f"| `{snippet.file}` | `{lesson.slug}` | {minimum(lesson, snippet)} "
                    f"| no test (raises on purpose) | {blank} |"
                )
                continue
            low = full(run_on(lesson, snippet))
            rest = " | ".join(word(found[snippet.path, v]) for v in versions)
            lines.append(
                f"| `{snippet.file}` | `{lesson.slug}` | {minimum_cell(lesson, snippet)} "
                f"| {word(found[snippet.path, low])} | {rest} |"
            )
    return "\n".join(lines) + "\n"


def word(outcome: Outcome) -> str:
    return "pass" if outcome.passed else "FAIL"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the matrix; exit 1 when a pair fails on its minimum or on the pinned release."""
    parser = argparse.ArgumentParser(prog="python -m tools.version_matrix", description=__doc__)
    parser.add_argument("--minimums", action="store_true", help="minimums only, no report")
    parser.add_argument("--at", action="append", help="run on this release (e.g. 1.52) only")
    parser.add_argument("--lesson", action="append", help="only this lesson (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, help="pytest processes at once")
    args = parser.parse_args(argv)
    lessons = [x for x in LESSONS if not args.lesson or x.slug in args.lesson]
    pairs = tested(lessons)
    started = time.monotonic()
    if args.at:
        outcomes = run_all(((x, s, full(v)) for v in args.at for x, s in pairs), args.jobs)
        failed = [o for o in outcomes if not o.passed]
    else:
        pinned = pinned_release()
        newest = None
        runs = {(x, s, full(run_on(x, s))) for x, s in pairs}
        if args.minimums:
            # The pinned release is the main suite's (tests/test_snippet_tests.py).
            runs = {run for run in runs if run[2] != full(pinned)}
        else:
            latest = newest_on_pypi()
            newest = latest if latest and release_key(latest) > release_key(full(pinned)) else None
            runs |= {(x, s, v) for x, s in pairs for v in (full(pinned), newest) if v}
        order = sorted(runs, key=lambda r: (release_key(r[2]), r[0].slug, r[1].file))
        outcomes = run_all(order, args.jobs)
        # A failure on a minimum or on the pin fails the run; on a newer release it is reported.
        lows = {(x.slug, s.file, v) for x, s in pairs for v in (full(run_on(x, s)), full(pinned))}
        failed = [
            o
            for o in outcomes
            if (o.lesson.slug, o.snippet.file, o.version) in lows
            if not o.passed
        ]
        if not args.minimums and not args.lesson:
            REPORT.write_text(report(outcomes, pinned, newest), encoding="utf-8")
            print(f"wrote {REPORT.relative_to(ROOT)}")
    took = time.monotonic() - started
    print(f"{len(outcomes)} runs, {len(failed)} failed, in {took:.0f} s")
    for outcome in failed:
        print(f"FAILED on {outcome.version}: {outcome.lesson.slug}/{outcome.snippet.file}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
