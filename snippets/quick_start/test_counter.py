"""Test for counter.py: put it beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "counter.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_count_starts_at_0_and_each_click_adds_1():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["count"] == 0
    for expected in (1, 2, 3):
        at.button[0].click().run()
        assert at.session_state["count"] == expected
        assert f"Count: `{expected}`" in at.markdown[0].value


def test_a_rerun_without_a_click_keeps_the_count():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[0].click().run()
    at.run()
    assert at.session_state["count"] == 1
