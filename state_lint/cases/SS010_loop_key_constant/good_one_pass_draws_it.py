# Only the pass whose loop variable equals one value draws the inputs.
import streamlit as st

for view in ("yearly", "monthly", "weekly"):
    st.subheader(view)
    if view == "monthly":
        st.number_input("Hours before", 1, 40, 32)
        st.number_input("Hours after", 1, 40, 36)
