# runs clean: setdefault over a list of pairs
import streamlit as st

for name, value in [("is_flat", None), ("asof", "")]:
    st.session_state.setdefault(name, value)
if st.session_state.is_flat is None:
    st.session_state.is_flat = True
st.write(st.session_state.asof)
