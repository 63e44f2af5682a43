"""Test for wizard_rerun.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("wizard_rerun.py"))


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
