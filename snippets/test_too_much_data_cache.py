"""Test for too_much_data_cache.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("too_much_data_cache.py"))


def test_the_session_keeps_only_the_choice():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.selectbox(key="size_region").select("EMEA").run()
    assert at.markdown[0].value.startswith("25,000 orders from EMEA")
    # Not the 100,000-row table: just the region.
    assert list(at.session_state) == ["size_region"]
    assert at.session_state["size_region"] == "EMEA"
