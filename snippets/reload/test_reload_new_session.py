"""Test for reload_new_session.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest.

A new AppTest is a new session, as a browser reload is: same process
(so the same caches), empty session state, and only the query
parameters you give it.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "reload_new_session.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_a_new_session_starts_empty_but_the_cache_survives():
    first = AppTest.from_file(SNIPPET, default_timeout=30).run()
    first.button[0].click().run()
    first.text_input(key="reload_note").input("remember me").run()
    second = AppTest.from_file(SNIPPET, default_timeout=30).run()
    number = first.session_state["reload_session_number"]
    assert second.session_state["reload_session_number"] == number + 1
    assert second.session_state["reload_clicks"] == 0
    assert second.text_input(key="reload_note").value == ""
    first.run()  # the first session is untouched by the second
    assert first.session_state["reload_clicks"] == 1
    assert first.text_input(key="reload_note").value == "remember me"


def test_the_bound_widget_comes_back_from_the_url():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.query_params["reload_fruit"] = "cherry"
    at.run()
    assert at.selectbox(key="reload_fruit").value == "cherry"
    assert "Fruit: cherry" in [m.value for m in at.markdown]


def test_a_url_value_that_is_no_option_is_ignored():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.query_params["reload_fruit"] = "<b>kiwi</b>"
    at.run()
    assert not at.exception
    assert at.selectbox(key="reload_fruit").value == "apple"
