"""init_state and delete_keys: the helpers every page uses for its own keys."""

from __future__ import annotations

import inspect

from conftest import TIMEOUT
from streamlit.testing.v1 import AppTest

from app.frame import state
from app.paths import snippet_path


def _app() -> None:
    import streamlit as st

    from app.frame.state import init_state

    st.session_state["created"] = init_state({"a": 1, "b": [1, 2]})
    st.number_input("a", key="a")


def test_init_state_sets_only_missing_keys_and_never_overwrites():
    at = AppTest.from_function(_app, default_timeout=TIMEOUT)
    at.session_state["b"] = "user value"
    at.run()
    assert at.session_state["created"] == ["a"]
    assert at.session_state["a"] == 1 and at.session_state["b"] == "user value"
    at.number_input(key="a").set_value(7).run()
    assert at.session_state["created"] == []
    assert at.session_state["a"] == 7
    at.run()
    assert at.session_state["a"] == 7


def _delete_app() -> None:
    import streamlit as st

    from app.frame.state import delete_keys

    if st.button("delete"):
        st.session_state["deleted"] = delete_keys(["x", "missing"])


def test_delete_keys_deletes_only_existing_listed_keys():
    at = AppTest.from_function(_delete_app, default_timeout=TIMEOUT)
    at.session_state["x"] = 1
    at.session_state["y"] = 2
    at.run()
    at.button[0].click().run()
    assert at.session_state["deleted"] == ["x"]
    assert "x" not in at.session_state and at.session_state["y"] == 2


def test_copyable_init_state_is_the_same_function_the_app_uses():
    snippet = snippet_path("initialize_helper.py").read_text(encoding="utf-8")
    assert inspect.getsource(state.init_state) in snippet
