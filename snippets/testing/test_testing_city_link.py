"""Test for testing_city_link.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_city_link.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_link_picks_the_city():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.query_params["city"] = "Oslo"  # before the first run
    at.run()
    assert at.selectbox(key="testing_city").value == "Oslo"


def test_a_new_city_goes_into_the_url():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.query_params == {}
    at.selectbox(key="testing_city").set_value("Lisbon").run()
    assert at.query_params == {"city": "Lisbon"}


def test_an_unknown_city_in_the_link_is_ignored():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.query_params["city"] = "<b>Atlantis</b>"
    at.run()
    assert not at.exception
    assert at.selectbox(key="testing_city").value == "Berlin"
