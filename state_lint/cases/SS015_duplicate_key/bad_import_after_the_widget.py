# The import fails after "Close" was drawn, so the except draws a second widget with its key.
import streamlit as st

try:
    st.button("Close", key="close_panel")
    import module_this_app_does_not_have  # noqa: F401
except ImportError:
    st.button("Close", key="close_panel")  # [SS015]
