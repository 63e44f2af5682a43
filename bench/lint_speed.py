"""`python -m bench.lint_speed`: how fast state-lint reads code, in lines per second.

Two measurements: the pinned corpus of real apps (see tools/lint_corpus.py; skipped when it is
not checked out), and one synthetic function that doubles in length, where the ratio of times
between two sizes shows whether time grows with the file (about 2x per doubling) or with its
square (about 4x).

python -m bench.lint_speed                         # corpus at ../lint-corpus, sizes up to 6,400
python -m bench.lint_speed --corpus /path --sizes 400,800,1600
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.paths import ROOT
from state_lint import RULES, check_paths, check_source
from state_lint.lint import python_files

ALL = frozenset(RULES)
# One block of a long page function: widgets, state writes of local values, a branch, a loop.
_BLOCK = """\
    value_{i} = st.text_input("Field {i}", key="field_{i}")
    total_{i} = [value_{i}, {i}]
    st.session_state.result_{i} = total_{i}
    if st.session_state.get("flag_{i}"):
        st.session_state.setdefault("seen_{i}", 0)
        st.write(st.session_state.result_{i})
    for row in range(3):
        st.caption(f"row {{row}}")
"""
_BLOCK_LINES = _BLOCK.count("\n")


def synthetic(lines: int) -> str:
    """One Streamlit page whose single function is about `lines` lines long."""
    blocks = max(1, lines // _BLOCK_LINES)
    body = "".join(_BLOCK.format(i=i) for i in range(blocks))
    return f"import streamlit as st\n\n\ndef page():\n{body}\n\npage()\n"


def _timed(source: str, repeats: int) -> float:
    """Best of `repeats` times to check one source with every rule on."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        check_source(source, select=ALL)
        best = min(best, time.perf_counter() - start)
    return best


def growth(sizes: list[int], repeats: int = 3) -> list[tuple[int, float, float, float | None]]:
    """(lines, seconds, lines per second, time ratio to the previous size) per size."""
    rows: list[tuple[int, float, float, float | None]] = []
    previous: float | None = None
    for size in sizes:
        source = synthetic(size)
        lines = source.count("\n")
        seconds = _timed(source, repeats)
        ratio = seconds / previous if previous else None
        rows.append((lines, seconds, lines / seconds, ratio))
        previous = seconds
    return rows


def corpus_speed(corpus: Path) -> tuple[int, int, float] | None:
    """(files, lines, seconds) for the whole corpus in folder mode, or None if absent."""
    folders = sorted(p for p in corpus.iterdir() if p.is_dir()) if corpus.is_dir() else []
    if not folders:
        return None
    files = list(python_files(folders))
    lines = sum(len(f.read_bytes().splitlines()) for f in files)
    start = time.perf_counter()
    for folder in folders:
        check_paths([folder], select=ALL)
    return len(files), lines, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Print both measurements as Markdown tables."""
    parser = argparse.ArgumentParser(description="state-lint speed in lines per second")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "lint-corpus")
    parser.add_argument("--sizes", default="400,800,1600,3200,6400")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [int(part) for part in args.sizes.split(",")]
    print("| Synthetic function | Seconds | Lines/s | Time vs half the size |")
    print("|---|---|---|---|")
    for lines, seconds, speed, ratio in growth(sizes, args.repeats):
        shown = f"{ratio:.2f}x" if ratio is not None else "-"
        print(f"| {lines:,} lines | {seconds:.3f} | {speed:,.0f} | {shown} |")
    measured = corpus_speed(args.corpus)
    print()
    if measured is None:
        print(f"corpus not found at {args.corpus}: run tools/lint_corpus.py first")
    else:
        files, lines, seconds = measured
        print("| Corpus (folder mode) | Files | Lines | Seconds | Lines/s |")
        print("|---|---|---|---|---|")
        print(
            f"| {args.corpus.name} | {files:,} | {lines:,} | {seconds:.1f} "
            f"| {lines / seconds:,.0f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
