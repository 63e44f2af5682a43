# In a panel function the write after the widget raises, so value= still applies.
import streamlit as st


def builder():
    st.text_input("Title", value="Untitled", key="title")
    if st.button("Clear"):
        st.session_state["title"] = ""  # [SS001]


builder()
