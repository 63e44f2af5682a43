"""Test for troubleshooting_dataframe.py: put it beside it, run
pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(
    Path(__file__).with_name("troubleshooting_dataframe.py")
)


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
