"""Test for initialize_guard.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "initialize_guard.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_guard_sets_light_on_the_first_run():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["theme"] == "light"
    assert at.radio(key="theme").value == "light"


def test_the_guard_never_overwrites_the_users_choice():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.radio(key="theme").set_value("dark").run()
    at.run()
    assert at.session_state["theme"] == "dark"
    assert at.markdown[0].value == "Theme in session state: dark"
