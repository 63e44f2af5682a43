import streamlit as st

LOG = []


def remember():
    LOG.append("clicked")  # [SS011]


st.button("Remember", on_click=remember)
st.write(f"Entries: {len(LOG)}")
