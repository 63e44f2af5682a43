"""Test for filters_dashboard.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "filters_dashboard.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def regions(at):
    return at.multiselect(key="selected_regions")


def test_the_selection_filters_the_table():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    everything = len(at.dataframe[0].value)
    regions(at).set_value(["EMEA"]).run()
    table = at.dataframe[0].value
    assert set(table["region"]) == {"EMEA"}
    assert len(table) < everything


def test_a_link_sets_the_filters_and_junk_is_named():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.query_params["selected_regions"] = ["APAC", "Atlantis"]
    at.run()
    assert at.session_state["selected_regions"] == ["APAC"]
    assert at.warning, "the user is told the link was not used"
    assert "Atlantis" in at.code[0].value


def test_reset_clears_the_filters_and_the_url():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    regions(at).set_value(["LATAM"]).run()
    next(b for b in at.button if b.label == "Reset filters").click()
    at.run()
    assert at.session_state["selected_regions"] == []
    assert "selected_regions" not in at.query_params
