"""Test for widget_keys.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("widget_keys.py"))


def test_a_keyed_widgets_value_is_its_state_key():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["project_name"] == ""
    assert at.session_state["env"] == "dev"
    at.text_input(key="project_name").input("Apollo").run()
    at.selectbox(key="env").select("prod").run()
    assert at.session_state["project_name"] == "Apollo"
    assert at.session_state["env"] == "prod"
    shown = [t.value for t in at.text]
    assert "Apollo" in shown and "prod" in shown


def test_setting_the_key_first_changes_what_the_widget_shows():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.session_state["env"] = "staging"
    at.run()
    assert at.selectbox(key="env").value == "staging"
