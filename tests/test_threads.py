"""Threads: what a thread without a script run context gets from Streamlit, and the background
job pattern (own data, session-scoped slot, cancel, restart, picked up by a full run), run on the
job snippet alone; the page's own tests read one first visit of it.

Every test that starts a job stops it: the `sessions` fixture releases each session's cache,
whose `on_release` cancels and joins the thread, then checks that no job thread is left.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import pytest
from conftest import (
    ROOT,
    TIMEOUT,
    exception_type,
    links_to_lesson,
    open_lesson,
    open_snippet,
    snippet_path,
    texts,
)
from sessions import Sessions, nothing, press, sessions_for
from streamlit.testing.v1 import AppTest

JOB_THREAD = "thr-job"
MISSING_KEY = 'st.session_state has no key "{key}". Did you forget to initialize it?'


def job_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == JOB_THREAD]


def wait_for_jobs(timeout: float = 15) -> None:
    for thread in job_threads():
        thread.join(timeout)
        assert not thread.is_alive(), "the job did not finish in time"


@pytest.fixture
def sessions(monkeypatch):
    yield from sessions_for("threads", monkeypatch)
    assert job_threads() == [], "a job thread outlived its test"


def set_steps(steps: int) -> Callable[[AppTest], object]:
    return lambda at: at.number_input(key="thr_steps").set_value(steps)


def start(sessions: Sessions, session_id: str, at: AppTest, steps: int) -> AppTest:
    sessions.act(session_id, at, set_steps(steps))
    return sessions.act(session_id, at, press("thr_start"))


JOB = "threads_background_job.py"


@pytest.fixture(scope="module")
def first_visit() -> AppTest:
    """One first visit to the lesson page, read (never clicked) by the page's tests below."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # the app's config, as for every other test
        return open_lesson("threads")


def successes(at: AppTest) -> list[str]:
    return [s.value for s in at.main.success]


# What fails in a thread ------------------------------------------------------------------


def test_a_thread_reading_state_gets_streamlits_missing_key_error(first_visit):
    at = first_visit
    # The key exists in the session, and the script shows it ...
    assert at.session_state["thr_number"] == 21
    assert "In the script: thr_number = 21" in texts(at)
    # ... yet the worker thread's read fails with the message of a key never initialized.
    error = next(e.value for e in at.main.error if "KeyError" in e.value)
    assert "**KeyError** raised by `threads_session_state_broken.py`" in error
    assert MISSING_KEY.format(key="thr_number") in error
    assert not at.exception  # the frame shows it; nothing escapes


def test_the_broken_snippet_alone_raises_that_keyerror():
    at = open_snippet("threads_session_state_broken.py").run()
    assert exception_type(at) == "KeyError"
    assert MISSING_KEY.format(key="thr_number") in at.exception[0].value


def run_in_thread(body: Callable[[], object]) -> object:
    """Run `body` in a fresh thread, as a script would start one; return what it returned."""
    box: list[object] = []
    worker = threading.Thread(target=lambda: box.append(body()), name="thr-probe")
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    return box[0]


def _thread_get_script() -> None:
    import threading

    import streamlit as st

    st.session_state.thr_probe_key = "in the session"
    box = []
    worker = threading.Thread(target=lambda: box.append(st.session_state.get("thr_probe_key")))
    worker.start()
    worker.join()
    st.session_state.thr_probe_seen = box[0]


def test_get_in_a_thread_returns_the_default_without_an_error():
    at = AppTest.from_function(_thread_get_script).run()
    assert not at.exception
    assert at.session_state["thr_probe_key"] == "in the session"
    assert at.session_state["thr_probe_seen"] is None


def _thread_writes_script() -> None:
    import threading

    import streamlit as st

    def write() -> None:
        st.session_state["thr_probe_written"] = "from a thread"

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()
    st.write("written" if "thr_probe_written" in st.session_state else "not in this session")


def _thread_reads_script() -> None:
    import threading

    import streamlit as st

    box = []
    worker = threading.Thread(target=lambda: box.append(st.session_state.get("thr_probe_written")))
    worker.start()
    worker.join()
    st.session_state.thr_probe_seen = box[0]


def test_a_threads_write_misses_its_session_and_another_sessions_thread_reads_it():
    import streamlit as st

    writer = AppTest.from_function(_thread_writes_script).run()
    try:
        assert not writer.exception
        assert "thr_probe_written" not in writer.session_state
        assert writer.markdown[0].value == "not in this session"
        reader = AppTest.from_function(_thread_reads_script).run()
        assert not reader.exception
        assert reader.session_state["thr_probe_seen"] == "from a thread"
    finally:
        run_in_thread(lambda: st.session_state.pop("thr_probe_written", None))


def _thread_commands_script() -> None:
    import threading

    import streamlit as st

    st.session_state.thr_probe_runs = st.session_state.get("thr_probe_runs", 0) + 1
    errors = []

    def draw() -> None:
        try:
            st.write("drawn by the thread")
            st.rerun()
        except BaseException as exc:  # noqa: BLE001 (recorded and asserted on)
            errors.append(repr(exc))

    worker = threading.Thread(target=draw)
    worker.start()
    worker.join()
    st.session_state.thr_probe_errors = errors


def test_st_write_and_st_rerun_in_a_thread_raise_nothing_and_do_nothing():
    at = AppTest.from_function(_thread_commands_script).run()
    assert not at.exception
    assert at.session_state["thr_probe_errors"] == []
    assert [m.value for m in at.markdown] == []  # nothing drawn
    assert at.session_state["thr_probe_runs"] == 1  # no rerun happened


# A background job -------------------------------------------------------------------------


DEFAULT_STEPS = 100


def test_the_default_job_lasts_long_enough_to_press_cancel(sessions):
    # 100 steps of STEP_SECONDS: ten seconds, time to find and press Cancel.
    at, _ = sessions.open(JOB)
    source = snippet_path("threads_background_job.py").read_text(encoding="utf-8")
    step_seconds = float(re.search(r"^STEP_SECONDS = ([\d.]+)", source, re.MULTILINE)[1])
    assert at.number_input(key="thr_steps").value == DEFAULT_STEPS
    assert DEFAULT_STEPS * step_seconds >= 8


def test_no_job_before_start_and_cancel_disabled(sessions):
    at, _ = sessions.open(JOB)
    assert "No job yet: press Start." in [c.value for c in at.main.caption]
    assert at.button(key="thr_cancel").disabled
    assert "thr_result" not in at.session_state
    assert job_threads() == []


def test_the_job_runs_in_its_thread_and_a_full_run_picks_up_the_result(sessions):
    at, me = sessions.open(JOB)
    start(sessions, me, at, 5)
    assert len(job_threads()) == 1
    assert "thr_result" not in at.session_state  # still running (5 x 0.1 s)
    assert not at.button(key="thr_cancel").disabled
    wait_for_jobs()
    sessions.act(me, at, nothing)
    assert at.session_state["thr_result"] == 55  # 1 + 4 + 9 + 16 + 25
    assert "Sum of squares 1..5: 55" in successes(at)
    assert at.button(key="thr_cancel").disabled


def test_progress_shows_while_the_job_runs(sessions):
    at, me = sessions.open(JOB)
    start(sessions, me, at, 50)
    progress = at.main.get("progress")
    assert len(progress) == 1 and "of 50" in progress[0].proto.text
    sessions.act(me, at, press("thr_cancel"))


def test_cancel_stops_the_thread_at_once_and_keeps_no_result(sessions):
    at, me = sessions.open(JOB)
    start(sessions, me, at, 50)
    [thread] = job_threads()
    sessions.act(me, at, press("thr_cancel"))
    assert not thread.is_alive()  # the callback set the Event and joined the thread
    assert "thr_result" not in at.session_state
    warning = at.main.warning[0].value
    assert warning.startswith("Cancelled at step ") and warning.endswith(" of 50.")
    assert int(warning.split()[3]) < 50
    assert at.button(key="thr_cancel").disabled
    # Start again: the same 50 steps, from the start, in a new thread.
    sessions.act(me, at, press("thr_start"))
    [again] = job_threads()
    assert again is not thread and not at.main.warning
    assert "of 50" in at.main.get("progress")[0].proto.text
    sessions.act(me, at, press("thr_cancel"))


def test_start_during_a_run_restarts_it_with_one_thread(sessions):
    at, me = sessions.open(JOB)
    start(sessions, me, at, 50)
    [first] = job_threads()
    start(sessions, me, at, 5)
    assert not first.is_alive()  # the restart stopped the old thread first
    assert len(job_threads()) == 1
    wait_for_jobs()
    sessions.act(me, at, nothing)
    assert at.session_state["thr_result"] == 55
    assert "Sum of squares 1..5: 55" in successes(at)


def test_a_new_start_clears_the_previous_result(sessions):
    at, me = sessions.open(JOB)
    start(sessions, me, at, 5)
    wait_for_jobs()
    sessions.act(me, at, nothing)
    assert at.session_state["thr_result"] == 55
    start(sessions, me, at, 50)
    assert "thr_result" not in at.session_state
    sessions.act(me, at, press("thr_cancel"))


def test_two_sessions_have_their_own_jobs(sessions):
    alice, a = sessions.open(JOB)
    bob, b = sessions.open(JOB)
    start(sessions, a, alice, 10)
    sessions.act(b, bob, nothing)
    assert "No job yet: press Start." in [c.value for c in bob.main.caption]
    assert bob.button(key="thr_cancel").disabled
    start(sessions, b, bob, 5)
    assert len(job_threads()) == 2
    wait_for_jobs()
    sessions.act(a, alice, nothing)
    sessions.act(b, bob, nothing)
    assert alice.session_state["thr_result"] == 385
    assert bob.session_state["thr_result"] == 55
    assert "Sum of squares 1..10: 385" in successes(alice)
    assert "Sum of squares 1..5: 55" in successes(bob)


def test_cancel_in_one_session_leaves_the_other_running(sessions):
    alice, a = sessions.open(JOB)
    bob, b = sessions.open(JOB)
    start(sessions, a, alice, 50)
    start(sessions, b, bob, 50)
    [alice_thread, bob_thread] = job_threads()
    sessions.act(a, alice, press("thr_cancel"))
    assert not alice_thread.is_alive() and bob_thread.is_alive()
    sessions.act(b, bob, press("thr_cancel"))


def test_reset_this_lesson_stops_only_this_learners_job(sessions):
    alice, a = sessions.open()
    bob, b = sessions.open()
    start(sessions, a, alice, 50)
    start(sessions, b, bob, 50)
    [alice_thread, bob_thread] = job_threads()
    sessions.act(a, alice, lambda at: at.sidebar.button(key="_reset_lesson").click())
    assert not alice_thread.is_alive()  # the reset released her slot: on_release cancelled it
    sessions.act(a, alice, nothing)  # the run the browser asks for after a reset's note
    assert "No job yet: press Start." in [c.value for c in alice.main.caption]
    assert alice.button(key="thr_cancel").disabled
    assert alice.number_input(key="thr_steps").value == DEFAULT_STEPS
    assert bob_thread.is_alive()  # another learner's job is not this lesson's reset to stop
    sessions.act(b, bob, press("thr_cancel"))


def test_a_disconnect_stops_its_thread(sessions):
    # What the runtime does at every WebSocket disconnect (tests/e2e/test_threads.py drops a
    # real connection and sees the job gone while the session lives on).
    at, me = sessions.open(JOB)
    start(sessions, me, at, 50)
    [thread] = job_threads()
    sessions.disconnect(me)  # on_release cancels and joins
    assert not thread.is_alive()


def test_the_lesson_and_both_snippets_say_the_cache_is_emptied_at_every_disconnect(first_visit):
    page = " ".join(texts(first_visit).split())
    assert "at every WebSocket disconnect" in page
    assert "whenever the session's connection drops" in page
    for file in ("threads_background_job.py", "testing_visits.py"):
        source = snippet_path(file).read_text(encoding="utf-8")
        assert "WebSocket disconnect" in source, file
    for text in (page, snippet_path("threads_background_job.py").read_text(encoding="utf-8")):
        assert "when the session ends" not in text


def test_each_tab_explains_its_own_demo(first_visit):
    at = first_visit
    problem, job = at.tabs
    problem_text = " ".join(md.value for md in problem.markdown)
    job_text = " ".join(md.value for md in job.markdown)
    assert "### How it works" in problem_text and "### How it works" in job_text
    assert "Unsupported: Streamlit commands in another thread." in problem_text
    assert "JobSlot" not in problem_text and "run_every" not in problem_text
    assert "JobSlot" in job_text and "Unsupported" not in job_text


def test_the_page_says_what_is_unsupported_and_links_on(first_visit):
    at = first_visit
    page = texts(at)
    assert "Unsupported: Streamlit commands in another thread." in page
    assert links_to_lesson(at, "shared-state")
    assert links_to_lesson(at, "cache-vs-state")


def _stores_a_thread() -> None:
    import threading

    import streamlit as st

    st.session_state.thr_probe_thread = threading.Thread(target=print)


def test_this_app_refuses_a_thread_in_session_state():
    at = AppTest.from_function(_stores_a_thread, default_timeout=TIMEOUT).run()
    assert exception_type(at) == "streamlit.errors.UnserializableSessionStateError"
    assert "thr_probe_thread" in at.exception[0].value
