"""Initialize safely: guard, setdefault, init_state, and the errors of a missing key."""

from __future__ import annotations

from conftest import exception_type, headings, open_lesson
from streamlit.testing.v1 import AppTest


def test_missing_keys_are_shown_as_their_real_errors_inside_the_frame():
    at = open_lesson("initialize")
    assert not at.exception
    shown = "\n".join(e.value for e in at.main.error)
    assert "**KeyError** raised by `initialize_missing_item_broken.py`" in shown
    assert "**AttributeError** raised by `initialize_missing_attr_broken.py`" in shown
    assert 'st.session_state has no key "accent_color"' in shown
    assert 'st.session_state has no attribute "accent_color"' in shown
    # The page went on past the errors: the pitfalls are drawn.
    assert "Pitfalls" in headings(at.main, level=3)


def _unguarded_app() -> None:
    import streamlit as st

    st.session_state.theme = "light"
    st.radio("Theme", ["light", "dark"], key="theme")


def test_pitfall_unguarded_assignment_resets_on_every_rerun():
    at = AppTest.from_function(_unguarded_app).run()
    at.radio(key="theme").set_value("dark").run()
    assert at.session_state["theme"] == "light"
    assert at.radio(key="theme").value == "light"


def _get_app() -> None:
    import streamlit as st

    st.write(st.session_state.get("page_size", 25))


def test_pitfall_get_reads_without_storing():
    at = AppTest.from_function(_get_app).run()
    assert at.markdown[0].value == "`25`"
    assert "page_size" not in at.session_state


def _assign_after_widget_app() -> None:
    import streamlit as st

    st.radio("Theme", ["light", "dark"], key="theme")
    st.session_state.theme = "dark"


def test_pitfall_assigning_after_the_widget_raises():
    at = AppTest.from_function(_assign_after_widget_app).run()
    assert exception_type(at) == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
