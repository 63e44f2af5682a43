"""bind="query-params": a link opens the tab, junk is ignored."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SCRIPT = Path(__file__).with_name("containers_tab_in_url.py")


def run_with(**params):
    at = AppTest.from_file(str(SCRIPT), default_timeout=30)
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
