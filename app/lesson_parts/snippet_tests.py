"""A snippet's own test on its page: the test file's code and, on request, a pytest run of the
pair alone in an empty folder, the way a learner runs it after downloading both files."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from app.catalog import Lesson, Snippet

# A run that takes longer is stopped: the pairs pass in well under a minute on a busy machine.
RUN_TIMEOUT = 180.0
# One pytest run at a time for the whole server: a run costs a process and a few seconds of
# CPU, and a learner gains nothing from starting ten.
_one_run_at_a_time = threading.Lock()


@dataclass(frozen=True)
class TestRun:
    """What pytest said: whether every test passed, its summary line and its last lines."""

    passed: bool
    summary: str
    output: str


def clean_environment() -> dict[str, str]:
    """The server's environment without what would make the run differ from a learner's:
    no PYTHONPATH (the pair must not import the project) and no STREAMLIT_* settings."""
    return {
        name: value
        for name, value in os.environ.items()
        if name != "PYTHONPATH" and not name.startswith("STREAMLIT_")
    }


def run_pair(snippet: Snippet, timeout: float = RUN_TIMEOUT) -> TestRun | None:
    """Copy the snippet and its test alone into an empty folder and run pytest there.

    Returns None when another run is in progress on this server. The command and the files
    are fixed by the snippet folders: nothing a user typed reaches the process.
    """
    if not _one_run_at_a_time.acquire(blocking=False):
        return None
    try:
        with tempfile.TemporaryDirectory(prefix="snippet-test-") as folder:
            shutil.copyfile(snippet.path, Path(folder) / snippet.file)
            shutil.copyfile(snippet.test_path, Path(folder) / snippet.test_path.name)
            return _pytest(folder, snippet.test_path.name, timeout)
    finally:
        _one_run_at_a_time.release()


def _pytest(folder: str, test_file: str, timeout: float) -> TestRun:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_file]
    # A session of its own, so a timeout stops the processes a test starts too.
    process = subprocess.Popen(
        command,
        cwd=folder,
        env=clean_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return TestRun(False, f"stopped after {timeout:g} s", "")
    lines = output.strip().splitlines()
    summary = lines[-1].strip("= ") if lines else "no output"
    return TestRun(process.returncode == 0, summary, "\n".join(lines[-40:]))


def show_test(lesson: Lesson, file: str, *, folded: bool = False) -> None:
    """The test file of a snippet as it is (the file the suite runs), and a button that runs
    it beside the snippet in an empty folder. `folded` puts the code in a closed expander, so a
    page with many tests stays short."""
    snippet = lesson.snippet(file)
    source = snippet.test_path.read_text(encoding="utf-8")
    title = f"Its test: `{snippet.test_path.name}`"
    if folded:
        lines = source.count("\n")
        with st.expander(f"{title} ({lines} lines)"):
            st.code(source, language="python", line_numbers=True)
    else:
        st.markdown(f"**{title}**")
        st.code(source, language="python", line_numbers=True)
    if importlib.util.find_spec("pytest") is None:
        # pytest is a test dependency: a server installed without it cannot run the file.
        st.caption("Install pytest (`pip install pytest`) to run this test.")
        return
    run = st.button(
        f"Run {snippet.test_path.name}",
        key=f"_run_{snippet.test_path.stem}",
        icon=":material/play_arrow:",
        help="Runs pytest on the two files, alone in an empty folder on this server.",
    )
    if not run:
        return
    with st.spinner("pytest is running the two files in an empty folder…"):
        outcome = run_pair(snippet)
    if outcome is None:
        st.warning("Another test run is in progress on this server. Try again in a moment.")
    elif outcome.passed:
        st.success(f"pytest: {outcome.summary}", icon=":material/check_circle:")
    else:
        st.error(f"pytest: {outcome.summary}", icon=":material/error:")
        st.code(outcome.output, language="text")
