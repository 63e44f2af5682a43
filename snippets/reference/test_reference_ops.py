"""Test for reference_ops.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "reference_ops.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def open_app() -> AppTest:
    return AppTest.from_file(SNIPPET, default_timeout=30).run()


def test_setdefault_and_the_keyed_widget_give_both_keys_a_value():
    at = open_app()
    assert at.session_state["ref_count"] == 0
    assert at.session_state["ref_name"] == ""


def test_on_click_adds_before_the_rerun_and_to_dict_shows_it():
    at = open_app()
    at.text_input(key="ref_name").input("Ada").run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.session_state["ref_count"] == 2
    assert at.text[0].value == (
        "to_dict(), ref_ keys: {'ref_count': 2, 'ref_name': 'Ada'}"
    )


def test_start_over_pops_both_keys_and_the_rerun_restores_defaults():
    at = open_app()
    at.text_input(key="ref_name").input("Ada").run()
    at.button[0].click().run()
    at.button[1].click().run()
    assert at.session_state["ref_count"] == 0
    assert at.text_input(key="ref_name").value == ""
