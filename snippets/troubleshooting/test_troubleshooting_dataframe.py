"""Test for troubleshooting_dataframe.py: put it beside this file, or
one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "troubleshooting_dataframe.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def add(at, item, qty):
    at.text_input(key="ts_item").input(item)
    at.number_input(key="ts_qty").set_value(qty)
    at.button(key="ts_add_order").click().run()


def test_a_dataframe_in_session_state_grows_per_order():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add(at, " Tea ", 2)
    orders = at.session_state["ts_orders"]
    assert orders.to_dict("records")[-1] == {"item": "Tea", "qty": 2}
    assert len(at.dataframe[0].value) == 2
    assert at.caption[0].value.startswith("2 of 20 rows")
    assert at.text_input(key="ts_item").value == ""


def test_a_blank_item_adds_nothing():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add(at, "   ", 1)
    assert len(at.session_state["ts_orders"]) == 1
