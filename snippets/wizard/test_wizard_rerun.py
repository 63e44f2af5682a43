"""Test for wizard_rerun.py: put it beside this file, or one folder up
if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "wizard_rerun.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def shown(at):
    return [m.value for m in at.markdown]


def test_continue_shows_step_2_at_once():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert shown(at) == ["Step 1: Upload data"]
    at.button[0].click().run()
    assert at.session_state["step"] == 2
    # st.rerun() drew the new step in the same click.
    assert shown(at) == ["Step 2: Configure model"]


def test_back_returns_to_step_1():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.session_state["step"] == 1
    assert shown(at) == ["Step 1: Upload data"]
