"""The open tab is in session state, code can open a tab, and only
the open tab's work runs.

Put containers_tabs.py beside this file, or one folder up if this
file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "containers_tabs.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_only_the_open_tab_runs_and_code_can_open_one():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
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
    assert tabs["Raw data"].dataframe[0].value["sales"].sum() == 149
    assert not tabs["Summary"].children
    status = "Open tab: **Raw data** · tab clicks: 0"
    assert at.markdown[-1].value == status
