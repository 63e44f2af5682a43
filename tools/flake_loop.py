"""Run the same tests again and again, one pytest process per round, and count the failures.

    python -m tools.flake_loop --rounds 100 tests/e2e/test_pages.py::test_x tests/e2e/...

Each round is a fresh `python -m pytest -rA` over the given node ids (a fresh Streamlit server
and browser, as in a real run), so its summary names each test's outcome. It prints one line
per round and, at the end, each test's passes out of the rounds it ran in, e.g. `100/100`. A
failing round's output is kept under `--keep`. `--until` (a UTC time such as 07:00) starts no
round after it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from app.paths import ROOT

# `-rA` summary lines: "PASSED tests/...::test_x[id]", "FAILED tests/...::test_y - reason".
RESULT = re.compile(r"^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) (\S+)", re.MULTILINE)
ROUND_TIMEOUT_S = 1800


def run_round(node_ids: list[str], extra: list[str]) -> tuple[int, dict[str, str], str]:
    """One pytest process over `node_ids`; its exit code, each test's outcome, its output."""
    command = [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider"]
    try:
        done = subprocess.run(
            [*command, *extra, *node_ids],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=ROUND_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return -1, {}, f"round timed out after {ROUND_TIMEOUT_S} s\n{out}"
    outcomes = {node: result for result, node in RESULT.findall(done.stdout)}
    return done.returncode, outcomes, done.stdout + done.stderr


def past(until: str | None) -> bool:
    if until is None:
        return False
    hour, minute = (int(part) for part in until.split(":"))
    now = datetime.now(UTC)
    return (now.hour, now.minute) >= (hour, minute)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("node_ids", nargs="+", help="pytest node ids (or files) to repeat")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--until", help="UTC HH:MM: start no round after it")
    parser.add_argument("--keep", type=Path, default=Path("/tmp/flake_loop"))
    parser.add_argument("--pytest-arg", action="append", default=[], help="passed to pytest")
    args = parser.parse_args(argv)
    passes: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    failed_rounds = 0
    done = 0
    started = time.monotonic()
    for round_ in range(1, args.rounds + 1):
        if past(args.until):
            print(f"stopping at {args.until} UTC before round {round_}")
            break
        code, outcomes, output = run_round(args.node_ids, args.pytest_arg)
        if code in (4, 5):  # pytest's usage error, or no tests collected: no round to count
            print(output[-2000:])
            print(f"pytest exited {code} before running the tests: stopping")
            return 2
        done += 1
        for node, outcome in outcomes.items():
            if outcome == "SKIPPED":
                continue
            runs[node] += 1
            passes[node] += outcome == "PASSED"
        bad = sorted(node for node, outcome in outcomes.items() if outcome in ("FAILED", "ERROR"))
        ok = code == 0 and not bad
        if not ok:
            failed_rounds += 1
            args.keep.mkdir(parents=True, exist_ok=True)
            kept = args.keep / f"round-{round_}.txt"
            kept.write_text(output, encoding="utf-8")
            print(f"round {round_}: FAIL (exit {code}) {' '.join(bad)}; output in {kept}")
        else:
            print(f"round {round_}: pass ({len(outcomes)} tests)")
        sys.stdout.flush()
    print(f"{done} rounds, {failed_rounds} failed, in {time.monotonic() - started:.0f} s")
    for node in sorted(runs):
        print(f"{passes[node]}/{runs[node]} {node}")
    return 1 if failed_rounds else 0


if __name__ == "__main__":
    sys.exit(main())
