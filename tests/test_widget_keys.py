"""Widgets bound by key: the widget's value is the state key."""

from __future__ import annotations

import pytest
from conftest import open_snippet

from app.paths import snippet_path
from ops.streamlit_server import StreamlitServer
from ops.ws_client import first_run


def test_same_key_twice_raises_duplicate_element_key():
    from streamlit.testing.v1 import AppTest

    def app() -> None:
        import streamlit as st

        st.text_input("A", key="same")
        st.text_input("B", key="same")

    at = AppTest.from_function(app).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitDuplicateElementKey"


def test_markup_typed_into_a_widget_is_shown_as_text():
    at = open_snippet("widget_keys.py").run()
    payload = "<img src=x onerror=alert(1)><script>alert(1)</script>"
    at.text_input(key="project_name").input(payload).run()
    assert at.session_state["project_name"] == payload
    assert not at.exception
    assert not at.main.get("html")


WARNING = (
    'The widget with key "team" was created with a default value but also had its value set '
    "via the Session State API."
)


@pytest.mark.system
def test_value_plus_key_only_logs_a_warning_once_per_server_process(tmp_path):
    # A real `streamlit run` of the snippet, two sessions: each shows "Data" and no warning
    # element; the server's log has the warning once (Streamlit logs it once per process).
    log = tmp_path / "server.log"
    with StreamlitServer(snippet_path("widget_keys_value_conflict.py"), log_path=log) as srv:
        runs = [first_run(srv.url) for _ in range(2)]
    for drawn in runs:
        kinds = [kind for kind, _ in drawn]
        assert kinds == ["text_input", "text"], kinds  # no alert, no exception on the page
        assert drawn[0][1].value == "Data" and drawn[0][1].default == "Platform"
        assert drawn[1][1].body == "Team in session state: Data"
    assert log.read_text(encoding="utf-8").count(WARNING) == 1
