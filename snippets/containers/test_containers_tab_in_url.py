"""bind="query-params": a link opens the tab, junk is ignored.

Put containers_tab_in_url.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "containers_tab_in_url.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def run_with(**params):
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    for name, value in params.items():
        at.query_params[name] = value
    return at.run()


def test_link_opens_the_tab():
    at = run_with(cont_section="Orders", cont_help="true")
    assert at.session_state["cont_section"] == "Orders"
    assert at.session_state["cont_help"] is True


def test_unknown_tab_is_ignored_and_removed():
    at = run_with(cont_section="Nope")
    assert not at.exception
    assert at.session_state["cont_section"] == "Overview"
    assert "cont_section" not in at.query_params
