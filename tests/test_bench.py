"""Smoke test of `python -m bench` on its tiny setting: it runs, and its table and JSON have the
expected shape with every catalog lesson in them. No timing is asserted (benchmarks are not tests).
"""

from __future__ import annotations

import json
import os

import pytest

from app.catalog import LESSONS
from bench.__main__ import main
from bench.lib.report import COLUMNS
from bench.probes.profile_rerun import SETUPS
from ops.child_process import run_python
from ops.nginx_deployment import find_nginx

# Each test runs a benchmark in a child process, with its own servers and browser.
pytestmark = [pytest.mark.system, pytest.mark.xdist_group("bench")]


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "results.json"
    results = main(["--tiny", "--out", str(out)])
    return results, json.loads(out.read_text(encoding="utf-8"))


def test_results_json_matches_what_main_returned(tiny_run):
    results, written = tiny_run
    assert written["table"] == results["table"]
    assert written["preset"] == "tiny"
    assert {"cpu", "cores", "streamlit", "python"} <= set(written["machine"])


def test_every_catalog_lesson_and_the_landing_page_are_benchmarked(tiny_run):
    _, written = tiny_run
    subjects = [row["subject"] for row in written["table"] if row["measurement"] == "page overhead"]
    assert subjects == ["landing page (Home)", *(lesson.slug for lesson in LESSONS)]
    for entry in written["sections"]["page_overhead"]["lessons"]:
        assert len(entry["page_ms"]) == len(entry["snippets_ms"]) == 1
        assert entry["ratio_vs_snippets"] > 0


def test_every_measurement_has_a_row_with_every_column(tiny_run):
    _, written = tiny_run
    measurements = {row["measurement"] for row in written["table"]}
    assert measurements == {
        "page overhead",
        "browser latency",
        "cold start",
        "rapid clicks",
        "lesson click",
        "memory per session",
        "load (agent API)",
        "scale-out (websocket)",
    }
    keys = {"measurement", "subject", "frame", "bare", "ratio", "target", "status", "note"}
    assert all(set(row) == keys for row in written["table"])
    assert len(COLUMNS) == len(keys)
    for measurement in ("cold start", "lesson click"):
        browser_rows = [r for r in written["table"] if r["measurement"] == measurement]
        assert browser_rows[0]["status"] == "skipped" and "--tiny" in browser_rows[0]["note"]


def test_tiny_load_keeps_every_session_to_itself(tiny_run):
    _, written = tiny_run
    load = written["sections"]["load"]
    assert load["interactions_done"] == load["sessions"] * load["interactions_per_session"]
    assert load["error_count"] == load["lost_count"] == load["leak_count"] == 0
    memory = written["sections"]["memory"]
    assert memory["sessions"] == 3 and set(memory["mb_per_session"]) == {"frame", "bare"}


def test_tiny_scale_out_runs_one_and_two_processes_and_keeps_every_session_to_itself(tiny_run):
    _, written = tiny_run
    if find_nginx() is None:
        assert os.environ.get("CI", "").lower() != "true", "CI=true but no nginx"
        pytest.skip("no nginx (apt-get install nginx)")
    runs = written["sections"]["scaleout"]["runs"]
    assert [run["setup"] for run in runs] == ["1 process", "2 processes + nginx"]
    for run in runs:
        assert run["interactions_done"] == run["sessions"] * run["interactions_per_session"]
        assert run["error_count"] == run["lost_count"] == run["leak_count"] == 0, run
        assert run["not_sticky_count"] == 0, run
        assert sum(run["sessions_per_process"].values()) == run["sessions"]


def test_a_scale_out_run_alone_leaves_the_last_results_json_as_it_was(tmp_path, monkeypatch):
    """`python -m bench --only scaleout` (its docstring's way to add levels) used to overwrite
    bench/results.json, the other measurements' last run, with the scale-out rows alone."""
    import bench.__main__ as bench_main

    last_run = tmp_path / "results.json"
    kept = '{"table": "the last run of every measurement"}\n'
    last_run.write_text(kept, encoding="utf-8")
    monkeypatch.setattr(bench_main, "RESULTS", last_run)
    results = bench_main.main(["--tiny", "--only", "scaleout"])
    assert list(results["sections"]) == ["scaleout"]
    assert last_run.read_text(encoding="utf-8") == kept


def test_element_cost_counts_what_a_rerun_sends_by_kind(tmp_path):
    """bench/probes/element_cost.py explains the frame's cost by the elements a rerun sends: its
    count must be exactly what the script draws."""
    from streamlit.testing.v1 import AppTest

    from bench.probes.element_cost import sent_elements, timed_runs

    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\n\n"
        "st.markdown('one')\nst.markdown('two')\nst.button('Go')\n"
        "with st.expander('More'):\n    st.code('x = 1')\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(str(script)).run()
    with sent_elements() as kinds, timed_runs() as durations:
        at.run()
    assert dict(kinds) == {"markdown": 2, "button": 1, "block:expandable": 1, "code": 1}
    assert len(durations) == 1 and durations[0] > 0


def test_browser_parts_must_haves_draw_what_the_floor_claims(tmp_path):
    """docs/BENCHMARKS.md reads `every lesson's must-haves together` as navigation, the inspector,
    three listings (the first open with code and two downloads) and prose around three
    counters, and nothing else: the script must draw exactly that and count clicks."""
    from streamlit.testing.v1 import AppTest

    from bench.probes.browser_parts import PARTS, script

    for name, body in PARTS.items():
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.py"
        path.write_text(script(body), encoding="utf-8")
        at = AppTest.from_file(str(path), default_timeout=30).run()
        assert not at.exception, name
        next(b for b in at.main.button if b.label == "Increment").click().run()
        assert "Count: `1`" in [m.value for m in at.markdown], name
    path = tmp_path / "must_haves.py"
    path.write_text(
        script(PARTS["every lesson's must-haves together, without navigation"]), encoding="utf-8"
    )
    at = AppTest.from_file(str(path), default_timeout=30).run()
    assert [e.label for e in at.expander] == [f"Code: demo_{i}.py" for i in range(3)]
    assert len(at.main.code) == 1 and len(at.get("download_button")) == 2
    assert len(at.main.button) == 3 and len(at.sidebar.code) == 1
    # Title, then per counter: button, count, listing, prose. No box, Predict block or link.
    kinds = [type(child).__name__ for child in at.main.children.values()]
    assert kinds == ["Markdown"] + ["Button", "Markdown", "Expander", "Markdown"] * 3


def test_trace_click_reports_where_the_main_thread_goes():
    # In its own process, as a developer runs it: Playwright's sync API cannot start inside
    # the event loop pytest-playwright keeps running for the browser suite.
    from bench.lib.browser_clicks import chromium_missing

    if chromium_missing():
        pytest.skip(chromium_missing())
    run = run_python("-m", "bench.probes.trace_click", "--clicks", "1", timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    for subject in ("quick-start: click -> settled", "counter.py: click -> settled"):
        assert subject in run.stdout
    assert run.stdout.count("main thread, ms per click by trace event") == 2
    assert "FunctionCall" in run.stdout and "react-dom" in run.stdout


def test_profile_rerun_measures_a_gc_set_up_and_the_big_table():
    """One set-up: the others run the same code with other settings."""
    run = run_python(
        "-m", "bench.probes.profile_rerun", *"--idle 0 --clicks 2 --data 1 --setups 1".split(),
        timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.splitlines()
    assert not [line for line in lines if line.startswith(f"{SETUPS[1].name}, ")], run.stdout
    setup = SETUPS[0]
    mine = [line for line in lines if line.startswith(f"{setup.name}, ")]
    assert len(mine) == 4, run.stdout
    assert "if it was the server's first session" in mine[0]
    assert "0 idle sessions:" in mine[1] and "ms CPU per click" in mine[1]
    assert "1 sessions built and deleted a 300,000-row table: RSS" in mine[2]
    assert "after that,   1 sessions open:" in mine[3]


def test_lesson_clicks_time_a_click_on_the_page_and_on_the_snippet_alone(tmp_path):
    """The lesson-click section finds the first demo's button on the page, clicks the same
    button in the snippet alone, and sees each click's run finish on both sides."""
    from bench.lib.browser_clicks import chromium_missing

    if chromium_missing():
        pytest.skip(chromium_missing())
    out = tmp_path / "results.json"
    run = run_python(
        "-m", "bench", *"--quick --only lessons --lessons quick-start --out".split(), str(out),
        timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    rows = json.loads(out.read_text(encoding="utf-8"))["table"]
    assert [row["subject"] for row in rows] == ["landing page (Home)", "quick-start"]
    for row in rows:
        assert row["status"] in {"ok", "MISSED"} and row["ratio"] > 0, row
    assert rows[0]["note"].startswith("rerun (R key) of Home vs counter.py alone")
    assert rows[1]["note"].startswith("button 'Increment' in counter.py vs alone")
