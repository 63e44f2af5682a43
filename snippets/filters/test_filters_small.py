"""Test for filters_small.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "filters_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_selection_filters_the_total():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "Revenue: 960"
    at.multiselect(key="filters_regions").set_value(["EMEA"]).run()
    assert at.markdown[0].value == "Revenue: 340"


def test_a_link_sets_the_selection_in_a_new_session():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.query_params["filters_regions"] = ["APAC", "LATAM"]
    at.run()
    assert at.session_state["filters_regions"] == ["APAC", "LATAM"]
    assert at.markdown[0].value == "Revenue: 210"
