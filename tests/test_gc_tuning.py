"""app/frame/gc_tuning.py: the app's first run freezes what the process imported, once.

Each check runs in its own Python process: a freeze is for the life of a process, and the
test process must not keep one. What the freeze saves per click is measured, not asserted:
`python -m bench.probes.profile_rerun` (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import json
import os
import textwrap

import pytest

from app.frame.gc_tuning import SWITCH
from ops.child_process import run_python

# Each test runs the app's first run in a fresh child process.
pytestmark = pytest.mark.system

PROBE = textwrap.dedent(
    """
    import gc, json
    from streamlit.testing.v1 import AppTest

    counts, alive = [], []
    for _ in range(2):  # two sessions, one after the other, in one process
        alive.append([[] for _ in range(10_000)])  # a freeze now would take these too
        at = AppTest.from_file("Home.py", default_timeout=60).run()
        assert not at.exception, [e.value for e in at.exception]
        at = at.switch_page("lessons/quick_start.py").run()
        at.button(key="naive_increment").click().run()
        counts.append(gc.get_freeze_count())
    print(json.dumps(counts))
    """
)


def freeze_counts(switch: str | None) -> list[int]:
    env = {k: v for k, v in os.environ.items() if k != SWITCH}
    if switch is not None:
        env[SWITCH] = switch
    run = run_python("-c", PROBE, env=env, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_first_run_freezes_the_imports_and_later_runs_freeze_nothing_more():
    first, second = freeze_counts(None)
    # Streamlit's own modules alone are tens of thousands of tracked objects.
    assert first > 20_000
    # Frozen objects can still be freed, so the count may drop; a second freeze would have
    # added the 10,000 lists made since the first.
    assert first - 1_000 < second <= first


def test_the_switch_turns_the_freeze_off_for_the_benchmark():
    assert freeze_counts("off") == [0, 0]
