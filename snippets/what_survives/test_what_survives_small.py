"""Test for what_survives_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "what_survives_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def said(at):
    return [m.value for m in at.markdown]


def test_a_key_counts_every_run_while_a_variable_starts_again():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.run()
    at.run()
    assert said(at) == [
        "Plain variable: 1",
        "Runs in this session: 3",
    ]


def test_a_widget_value_is_lost_when_the_widget_is_not_drawn():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="survive_small_text").input("hello").run()
    at.checkbox(key="survive_small_show").uncheck().run()
    assert "survive_small_text" not in at.session_state
    at.checkbox(key="survive_small_show").check().run()
    assert at.text_input(key="survive_small_text").value == ""
