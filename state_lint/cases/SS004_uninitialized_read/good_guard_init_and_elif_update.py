# runs clean: the guard's init sets label on the first run; the elif only updates it
import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 0
    st.session_state.label = "zero"
elif st.session_state.n > 3:
    st.session_state.label = "many"
if st.session_state.n == 0:
    st.write(st.session_state.label)
