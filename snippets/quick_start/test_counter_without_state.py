"""Test for counter_without_state.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "counter_without_state.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
SHOWN = "Count without session state: `{}`"


def test_a_plain_variable_never_gets_past_1():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == SHOWN.format(0)
    for _ in range(3):
        at.button(key="naive_increment").click().run()
        assert at.markdown[0].value == SHOWN.format(1)


def test_a_rerun_without_a_click_shows_0_again():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="naive_increment").click().run()
    at.run()
    assert at.markdown[0].value == SHOWN.format(0)
    assert "naive_count" not in at.session_state
