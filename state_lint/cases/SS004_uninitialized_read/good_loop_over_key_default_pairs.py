# runs clean: a loop over (key, default) pairs initializes every key it names
import streamlit as st

for key, default in [("loaded", False), ("status", ""), ("rows", 0)]:
    if key not in st.session_state:
        st.session_state[key] = default
if not st.session_state.loaded:
    st.session_state.status = "loading"
st.write(st.session_state.status, st.session_state.rows)
