# A fixed key is safe when a test on the loop variable lets one pass draw the widget.
import streamlit as st

for tab_name, tab in zip(["Data", "Chart"], st.tabs(["Data", "Chart"]), strict=True):
    with tab:
        if tab_name == "Chart":
            st.selectbox("Kind", ["line", "bar"], key="chart_kind")
