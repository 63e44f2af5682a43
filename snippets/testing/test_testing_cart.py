"""Test for testing_cart.py: put it beside this file, or one folder up
if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_cart.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_pick_an_item_click_add_and_read_the_state():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.selectbox(key="testing_item").set_value("Cake")
    at.number_input(key="testing_qty").set_value(2)
    at.button(key="testing_add").click().run()
    assert at.session_state["testing_cart"] == {"Cake": 2}
    # The callback ran before the script: the page is up to date.
    assert [t.value for t in at.text] == ["2 × Cake"]
    assert at.markdown[0].value == "Total: 8.00 €"


def test_start_mid_flow_with_a_full_cart():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.session_state["testing_cart"] = {"Tea": 4}  # before run()
    at.run()
    assert at.markdown[0].value == "Total: 10.00 €"
    at.button(key="testing_empty").click().run()
    assert at.session_state["testing_cart"] == {}
    assert at.button(key="testing_empty").disabled


def test_adding_the_same_item_twice_adds_up():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="testing_add").click().run()
    at.button(key="testing_add").click().run()
    assert at.session_state["testing_cart"] == {"Coffee": 2}
    assert at.markdown[0].value == "Total: 7.00 €"
