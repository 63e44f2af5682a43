"""threads_background_job.py: the job runs in its own thread, a full
run stores its result, Cancel stops it, Start restarts it. Every test
stops its thread (no thread outlives it).

Put threads_background_job.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

import threading
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "threads_background_job.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def job_threads():
    return [t for t in threading.enumerate() if t.name == "thr-job"]


@pytest.fixture(autouse=True)
def no_thread_left_behind():
    st.cache_resource.clear()  # a fresh session-scoped job slot
    yield
    st.cache_resource.clear()  # on_release cancels, joins the thread
    assert job_threads() == []


def started(steps):
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.number_input(key="thr_steps").set_value(steps).run()
    at.button(key="thr_start").click().run()
    assert not at.exception
    return at


def test_the_result_lands_in_session_state_after_the_thread_ends():
    at = started(5)
    assert "thr_result" not in at.session_state
    for thread in job_threads():
        thread.join(10)
    at.run()
    assert at.session_state["thr_result"] == 55
    assert at.success[0].value == "Sum of squares 1..5: 55"


def test_cancel_stops_the_thread_and_keeps_no_result():
    at = started(50)
    [thread] = job_threads()
    at.button(key="thr_cancel").click().run()
    assert not thread.is_alive()
    assert "thr_result" not in at.session_state
    assert at.warning[0].value.startswith("Cancelled at step ")


def test_start_again_restarts_with_a_single_thread():
    at = started(50)
    [first] = job_threads()
    at.number_input(key="thr_steps").set_value(5).run()
    at.button(key="thr_start").click().run()
    assert not first.is_alive()
    assert len(job_threads()) == 1


def test_clicks_at_once_leave_one_job_and_cancel_stops_it():
    # Fast clicks run start() in several threads of one session at
    # once. Run the snippet in a session and keep its JobSlot.
    script = (
        "import runpy\n"
        "import streamlit as st\n"
        f"page = runpy.run_path({SNIPPET!r})\n"
        "st.session_state.test_slot = page['slot']\n"
    )
    at = AppTest.from_string(script, default_timeout=30).run()
    slot = at.session_state["test_slot"]
    clicks = [
        threading.Thread(target=slot.start, args=(50,))
        for _ in range(20)
    ]
    for click in clicks:
        click.start()
    for click in clicks:
        click.join()
    assert len(job_threads()) == 1
    at.run()  # the page now shows the running job
    at.button(key="thr_cancel").click().run()
    assert job_threads() == []
    assert at.warning[0].value.startswith("Cancelled at step ")
