"""Test for counter.py: put this file beside it and run `pytest`."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("counter.py"))


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
