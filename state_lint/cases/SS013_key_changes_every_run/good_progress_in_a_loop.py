# Each pass draws a fresh read-only progress widget; nothing is read from it.
import uuid

import streamlit as st

holder = st.empty()
for done in (10, 50, 100):
    holder.select_slider("Done", [10, 50, 100], value=done, key=f"p{uuid.uuid4()}")
