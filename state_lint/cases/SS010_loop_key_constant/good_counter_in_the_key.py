# A counter incremented on every pass makes each key new.
import streamlit as st

count = 0
for label in ("Start", "Stop"):
    count += 1
    st.button(label, key=f"action_{count}")
