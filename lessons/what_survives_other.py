"""Companion page of the what-survives lesson: it draws none of the lesson's widgets."""

import streamlit as st

from app.frame.lesson import get_lesson

lesson = get_lesson("what-survives")

st.title("The other page")
st.markdown(
    "This page draws none of the demo's widgets: this run is a page switch for them. "
    "Go back with the link below and read the list. Then try the browser's Back button "
    'instead: the `bind="query-params"` value does not come back that way.'
)
st.page_link(lesson.page, label="Back to the lesson", icon=":material/arrow_back:")
