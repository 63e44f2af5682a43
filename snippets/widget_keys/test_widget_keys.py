"""Test for widget_keys.py: put it beside this file, or one folder up
if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "widget_keys.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


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
