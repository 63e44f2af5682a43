"""Test for counter_callback.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "counter_callback.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_callback_runs_before_the_script_shows_the_count():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["count_cb"] == 0
    at.button[0].click().run()
    # Already 1 in the run the click caused: no stale value.
    assert at.session_state["count_cb"] == 1
    assert at.markdown[0].value == "Count (callback): `1`"


def test_each_click_adds_1_and_reruns_keep_it():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    for _ in range(3):
        at.button[0].click().run()
    at.run()
    assert at.session_state["count_cb"] == 3
    assert at.markdown[0].value == "Count (callback): `3`"
