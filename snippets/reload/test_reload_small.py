"""Test for reload_small.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "reload_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_a_reload_keeps_the_url_value_and_loses_the_clicks():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="reload_small_count").click().run()
    at.button(key="reload_small_count").click().run()
    assert at.markdown[0].value == "Clicks in this session: 2"
    # A reload of ?reload_small_size=large: a new session that only
    # has the URL (the browser keeps the bound value there).
    reloaded = AppTest.from_file(SNIPPET, default_timeout=30)
    reloaded.query_params["reload_small_size"] = "large"
    reloaded.run()
    assert reloaded.markdown[0].value == "Clicks in this session: 0"
    assert reloaded.radio(key="reload_small_size").value == "large"
