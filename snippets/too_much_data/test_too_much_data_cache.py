"""Test for too_much_data_cache.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

# Needs Streamlit 1.64 or newer: before it, AppTest's
# session_state cannot be listed.

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "too_much_data_cache.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_session_keeps_only_the_choice():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.selectbox(key="size_region").select("EMEA").run()
    assert at.markdown[0].value.startswith("25,000 orders from EMEA")
    # Not the 100,000-row table: just the region.
    assert list(at.session_state) == ["size_region"]
    assert at.session_state["size_region"] == "EMEA"
