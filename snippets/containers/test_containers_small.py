"""Test for containers_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "containers_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def tabs(at):
    return {tab.label: tab for tab in at.tabs}


def test_the_first_tab_is_open_and_only_its_code_ran():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["cont_small_tab"] == "Notes"
    assert (
        tabs(at)["Notes"].markdown[0].value
        == "Only the open tab's code runs."
    )
    assert not tabs(at)["Totals"].children
    assert at.markdown[-1].value == "Showing: Notes"


def test_code_opens_a_tab_through_its_key():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="cont_small_open").click().run()
    assert at.session_state["cont_small_tab"] == "Totals"
    assert tabs(at)["Totals"].metric[0].value == "149"
    assert not tabs(at)["Notes"].children
    assert at.markdown[-1].value == "Showing: Totals"
