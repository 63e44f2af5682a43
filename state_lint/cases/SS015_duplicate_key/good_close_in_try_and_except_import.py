# The except runs only when the import under "Generate" fails, before the try's own "Close"
# is drawn: one run draws one "Close" or the other.
import streamlit as st

try:
    st.text_input("Topic", key="topic")
    if st.button("Generate", key="generate"):
        from text_tools import summarize  # a module this app may not ship

        st.write(summarize(st.session_state.topic))
    if st.button("Close", key="close_panel"):
        st.session_state.panel_open = False
except ImportError:
    st.info("Generating is not available here.")
    if st.button("Close", key="close_panel"):
        st.session_state.panel_open = False
