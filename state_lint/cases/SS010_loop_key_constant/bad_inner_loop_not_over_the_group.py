# The inner loop does not come from the outer one: name == "x" holds once per outer pass.
import streamlit as st

for group in ["A", "B"]:
    for name in ["x", "y"]:
        if name == "x":
            st.checkbox("Pick", key="pick")  # [SS010]
