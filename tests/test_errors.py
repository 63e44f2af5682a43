"""Common errors: each broken snippet shows its real error inside the page, each fix works."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, TIMEOUT, click, lesson, links_to_lesson, open_lesson, open_snippet
from streamlit.errors import (
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitWidgetAlreadyInstantiatedError,
)
from streamlit.testing.v1 import AppTest

# The message each broken snippet must show, built by the installed Streamlit's own classes.
EXPECTED_ERRORS = {
    "errors_missing_key_broken.py": ("KeyError", 'has no key "err_visits_unset"'),
    "errors_widget_modified_broken.py": (
        "StreamlitWidgetAlreadyInstantiatedError",
        str(StreamlitWidgetAlreadyInstantiatedError("err_city_broken")),
    ),
    "errors_button_value_broken.py": (
        "StreamlitValueAssignmentNotAllowedError",
        str(StreamlitValueAssignmentNotAllowedError("err_save_broken")),
    ),
    "errors_form_callback_broken.py": (
        "StreamlitInvalidFormCallbackError",
        str(StreamlitInvalidFormCallbackError()),
    ),
    "errors_duplicate_key_broken.py": (
        "StreamlitDuplicateElementKey",
        str(StreamlitDuplicateElementKey("err_name_broken")),
    ),
}


def error_boxes(at: AppTest) -> list[str]:
    return [el.value for el in at.main.error]


def test_every_broken_snippet_of_the_lesson_is_covered():
    broken = {s.file for s in lesson("errors").snippets if s.is_broken}
    assert broken == set(EXPECTED_ERRORS)


@pytest.fixture(scope="module")
def error_boxes_on_first_visit() -> list[str]:
    """The error boxes of one first visit to the page, read by every case below (none of them
    interacts with the page, so one visit serves them all)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # the app's config, as for every other test
        return error_boxes(open_lesson("errors"))


@pytest.mark.parametrize("file", list(EXPECTED_ERRORS))
def test_broken_snippet_shows_class_and_streamlit_message_inside_the_page(
    file, error_boxes_on_first_visit
):
    class_name, message = EXPECTED_ERRORS[file]
    box = next(value for value in error_boxes_on_first_visit if f"`{file}`" in value)
    assert box.startswith(f"**{class_name}** raised by `{file}`")
    assert message in box
    # The declared class is exactly what the snippet raises.
    assert lesson("errors").snippet(file).exception_class().__name__ == class_name


def test_broken_snippets_keep_failing_while_the_fixes_are_used():
    at = open_lesson("errors")
    at.button(key="err_use_paris").click().run()
    at.button(key="err_save").click().run()
    at.text_input(key="err_email").input("a@example.com").run()
    assert not at.exception
    assert len(error_boxes(at)) == len(EXPECTED_ERRORS)


def test_form_fix_shows_markup_as_text():
    at = open_snippet("errors_form_callback.py").run()
    at.text_input(key="err_email").input("<script>alert(1)</script>")
    click(at, "Subscribe")
    assert not at.exception
    assert at.session_state["err_subscribed"] == "<script>alert(1)</script>"
    assert "Subscribed: <script>alert(1)</script>" in [t.value for t in at.main.text]
    assert not any("<script>" in m.value for m in at.main.markdown)


def test_reload_and_size_limits_link_to_their_lessons():
    at = open_lesson("errors")
    assert links_to_lesson(at, "reload") and links_to_lesson(at, "too-much-data")


def _assign_in_button_branch_app() -> None:
    import streamlit as st

    st.text_input("City", key="city")
    if st.button("Paris"):
        st.session_state.city = "Paris"  # runs after the widget exists


def test_assigning_in_an_if_button_branch_below_the_widget_raises():
    at = AppTest.from_function(_assign_in_button_branch_app, default_timeout=TIMEOUT).run()
    assert not at.exception
    at.button[0].click().run()
    assert at.exception[0].proto.type == (
        "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    )


DATA = "import pandas as pd\ndf = pd.DataFrame({'a': [1]})\n"
ALTAIR = (
    "import altair as alt\n" + DATA + "chart = alt.Chart(df).mark_point().encode(x='a')"
    ".add_params(alt.selection_point())\n"
)
# Every widget that refuses a value assigned to its key on 1.67, as the errors lesson lists it,
# and the one look-alike that accepts it. Each is created right after `st.session_state.k = ...`.
READ_ONLY = {
    "st.button": "st.button('b', key='k')",
    "st.download_button": "st.download_button('d', data='x', key='k')",
    "st.link_button": "st.link_button('l', 'https://example.com', key='k', on_click='rerun')",
    "st.form_submit_button": "with st.form('f'):\n    st.form_submit_button('s', key='k')",
    "st.menu_button": "st.menu_button('m', ['a', 'b'], key='k')",
    "st.form": "with st.form('k'):\n    st.form_submit_button('s')",
    "st.file_uploader": "st.file_uploader('u', key='k')",
    "st.camera_input": "st.camera_input('c', key='k')",
    "st.audio_input": "st.audio_input('a', key='k')",
    "st.data_editor": DATA + "st.data_editor(df, key='k')",
    "st.altair_chart": ALTAIR + "st.altair_chart(chart, key='k', on_select='rerun')",
    "st.vega_lite_chart": "st.vega_lite_chart({'data': {'values': [{'a': 1}]}, 'mark': 'point',"
    " 'params': [{'name': 'p', 'select': 'point'}], 'encoding': {'x': {'field': 'a'}}},"
    " key='k', on_select='rerun')",
    "st.pydeck_chart": "import pydeck\n"
    "st.pydeck_chart(pydeck.Deck(layers=[pydeck.Layer('ScatterplotLayer', data=[],"
    " id='l', pickable=True)]), key='k', on_select='rerun')",
    "st.echarts_chart": "st.echarts_chart({'xAxis': {'type': 'category', 'data': ['a']},"
    " 'yAxis': {'type': 'value'}, 'series': [{'type': 'bar', 'data': [1]}]},"
    " key='k', on_select='rerun')",
}
ACCEPTS = {"st.chat_input": "st.chat_input('c', key='k')"}


def assigned_then_created(code: str) -> AppTest:
    source = f"import streamlit as st\nst.session_state.k = 'x'\n{code}\n"
    return AppTest.from_string(source, default_timeout=TIMEOUT).run()


@pytest.mark.parametrize("name", READ_ONLY)
def test_each_read_only_widget_named_by_the_lesson_raises(name):
    at = assigned_then_created(READ_ONLY[name])
    assert [e.proto.type for e in at.exception] == [
        "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    ]


def test_chat_input_accepts_a_value_assigned_to_its_key():
    at = assigned_then_created(ACCEPTS["st.chat_input"])
    assert not at.exception


def test_the_lesson_names_exactly_these_read_only_widgets():
    at = open_lesson("errors")
    intro = next(m.value for m in at.main.markdown if "read-only" in m.value)
    named = set(re.findall(r"`(st\.\w+)`", intro))
    assert named == set(READ_ONLY) | set(ACCEPTS)
    assert "`st.chat_input` accepts one" in intro


def _loop_keys_app(items: list[str], use_ids: bool) -> None:
    import streamlit as st

    for number, item in enumerate(items):
        key = f"qty_{number}" if use_ids else f"qty_{item}"
        st.number_input(item, key=key)


def test_keys_built_in_a_loop_collide_when_a_value_repeats():
    items = ["Coffee", "Tea", "Coffee"]
    at = AppTest.from_function(_loop_keys_app, args=(items, False), default_timeout=TIMEOUT)
    at.run()
    assert [e.proto.type for e in at.exception] == ["streamlit.errors.StreamlitDuplicateElementKey"]
    at = AppTest.from_function(_loop_keys_app, args=(items, True), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert len(at.number_input) == 3
    pitfall = next(m.value for m in open_lesson("errors").main.markdown if "qty_" in m.value)
    assert "raises `StreamlitDuplicateElementKey`" in pitfall
