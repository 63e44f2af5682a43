"""Test for troubleshooting_stale_read_fixed.py: put it beside this
file, or one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "troubleshooting_stale_read_fixed.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_callback_shows_the_new_value_at_once():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "Likes: 0"
    at.button(key="ts_like").click().run()
    assert at.session_state["ts_likes_fixed"] == 1
    assert at.markdown[0].value == "Likes: 1"
