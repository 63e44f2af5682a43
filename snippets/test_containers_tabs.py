"""The open tab is in session state, code can open a tab, and only
the open tab's work runs."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SCRIPT = Path(__file__).with_name("containers_tabs.py")


def test_only_the_open_tab_runs_and_code_can_open_one():
    at = AppTest.from_file(str(SCRIPT), default_timeout=30).run()
    assert at.session_state["cont_tab"] == "Summary"
    at.button[0].click().run()  # "Show the raw data"
    assert at.session_state["cont_tab"] == "Raw data"
    assert at.session_state["cont_work"] == {
        "Summary": 1,
        "Chart": 0,
        "Raw data": 1,
    }
    assert at.session_state["cont_tab_clicks"] == 0
    tabs = {tab.label: tab for tab in at.tabs}
    assert len(tabs["Raw data"].dataframe) == 1
    assert not tabs["Summary"].children
