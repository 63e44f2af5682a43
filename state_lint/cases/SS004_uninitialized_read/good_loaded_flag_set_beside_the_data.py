# runs clean: loaded is True only where rows is written beside it
import streamlit as st

if "loaded" not in st.session_state:
    st.session_state.loaded = False
if st.button("Load"):
    st.session_state.rows = [1, 2, 3]
    st.session_state.loaded = True
if not st.session_state.get("loaded"):
    st.stop()
st.write(len(st.session_state.rows))
