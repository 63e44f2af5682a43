"""Test for troubleshooting_stale_read_fixed.py: put it beside it,
run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(
    Path(__file__).with_name("troubleshooting_stale_read_fixed.py")
)


def test_the_callback_shows_the_new_value_at_once():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "Likes: 0"
    at.button(key="ts_like").click().run()
    assert at.session_state["ts_likes_fixed"] == 1
    assert at.markdown[0].value == "Likes: 1"
