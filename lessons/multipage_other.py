"""Companion page of the multipage lesson: it draws none of the lesson's widgets."""

import streamlit as st

from app.frame.inspector import preview
from app.frame.lesson import get_lesson

lesson = get_lesson("multipage")

st.title("The other page")
st.markdown(
    "This page draws none of the multipage lesson's widgets. Here is what "
    "`st.session_state` holds for the lesson's keys in this run:"
)
st.table(
    [
        {
            "key": key,
            "in st.session_state": "yes" if key in st.session_state else "no",
            "value": preview(st.session_state[key]) if key in st.session_state else "—",
        }
        for key in lesson.keys
    ]
)
st.caption(
    "Plain keys (`mp_clicks`, `mp_city`) and the `persist_state` widget (`mp_kept`) are here. "
    "Values of widgets this page does not draw are gone, at the latest after this page's "
    "first run."
)

left, right = st.columns(2)
with left:
    if st.button("Back to the lesson", icon=":material/arrow_back:", type="primary"):
        st.switch_page(lesson.page)
with right:
    st.button("Rerun this page", icon=":material/refresh:")
