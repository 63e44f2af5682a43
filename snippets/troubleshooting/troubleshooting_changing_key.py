import uuid

import streamlit as st

# A new key on every run makes a new, empty widget on every run: what
# you typed is gone.
st.text_input(
    "Nickname (changing key)", key=f"ts_nickname_{uuid.uuid4().hex}"
)
