"""Toggle: a flag flipped by a button, a keyed st.toggle, and values that survive hiding."""

from __future__ import annotations

import inspect

import streamlit as st
from conftest import open_lesson, reset_lesson
from streamlit.testing.v1 import AppTest


def open_with_audit_ticked():
    """The toggle lesson with the keyed section open and "Audit logging" ticked."""
    at = open_lesson("toggle")
    at.toggle(key="advanced_open").set_value(True).run()
    at.checkbox(key="audit_logging").check().run()
    return at


def labels(at):
    return [c.label for c in at.main.checkbox]


def test_persist_page_forgets_the_values_after_a_page_switch():
    at = open_with_audit_ticked()
    at.switch_page("lessons/quick_start.py").run()
    at.switch_page("lessons/toggle.py").run()
    assert not at.exception
    # advanced_open is a plain toggle (no persist_state): it is dropped by the switch as well.
    assert at.toggle(key="advanced_open").value is False
    at.toggle(key="advanced_open").set_value(True).run()
    assert at.checkbox(key="audit_logging").value is False


def test_persist_session_keeps_the_value_across_a_page_switch(tmp_path):
    (tmp_path / "home.py").write_text(
        "import streamlit as st\nst.navigation([st.Page('a.py'), st.Page('b.py')]).run()\n"
    )
    (tmp_path / "a.py").write_text(
        "import streamlit as st\n"
        "st.checkbox('Kept', key='kept', persist_state='session')\n"
        "st.checkbox('Page only', key='page_only', persist_state='page')\n"
    )
    (tmp_path / "b.py").write_text("import streamlit as st\nst.write('other page')\n")
    at = AppTest.from_file(str(tmp_path / "home.py")).run()
    at.checkbox(key="kept").check()
    at.checkbox(key="page_only").check().run()
    at.switch_page("b.py").run()
    at.switch_page("a.py").run()
    assert at.checkbox(key="kept").value is True
    assert at.checkbox(key="page_only").value is False


def test_reset_while_hidden_resets_the_hidden_checkbox():
    at = open_with_audit_ticked()
    at.toggle(key="advanced_open").set_value(False).run()
    at.session_state["count"] = 4  # another lesson's key
    reset_lesson(at)
    assert "audit_logging" not in at.session_state
    assert at.session_state["count"] == 4
    at.toggle(key="advanced_open").set_value(True).run()
    assert at.checkbox(key="audit_logging").value is False


def test_button_below_the_block_lags_one_click_behind():
    # The first pitfall: the flag flips after the section was drawn.
    at = AppTest.from_string(
        """
import streamlit as st
st.session_state.setdefault("open", False)
if st.session_state.open:
    st.write("section")
if st.button("Toggle"):
    st.session_state.open = not st.session_state.open
"""
    ).run()
    at.button[0].click().run()
    assert at.session_state["open"] is True
    assert "section" not in [m.value for m in at.markdown]
    at.run()
    assert "section" in [m.value for m in at.markdown]


def test_two_unkeyed_widgets_with_the_same_label_collide():
    at = AppTest.from_string(
        'import streamlit as st\nst.checkbox("Same")\nst.checkbox("Same")\n'
    ).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitDuplicateElementId"


def test_persist_state_needs_a_key():
    at = AppTest.from_string(
        "import streamlit as st\nst.checkbox('Kept', persist_state='page')\n"
    ).run()
    assert at.exception[0].proto.type == ("streamlit.errors.StreamlitMissingRequiredParameterError")


def test_which_widgets_accept_persist_state():
    def accepts(widget):
        return "persist_state" in inspect.signature(widget).parameters

    inputs = (st.checkbox, st.toggle, st.selectbox, st.multiselect, st.slider, st.text_input)
    assert all(accepts(widget) for widget in inputs)
    assert not accepts(st.file_uploader)
