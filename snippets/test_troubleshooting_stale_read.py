"""Test for troubleshooting_stale_read.py: put it beside it, run
pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(
    Path(__file__).with_name("troubleshooting_stale_read.py")
)


def test_the_page_shows_one_click_behind():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="ts_like_inline").click().run()
    assert at.session_state["ts_likes"] == 1
    assert at.markdown[0].value == "Likes: 0"  # stale
    at.button(key="ts_like_inline").click().run()
    assert at.session_state["ts_likes"] == 2
    assert at.markdown[0].value == "Likes: 1"
