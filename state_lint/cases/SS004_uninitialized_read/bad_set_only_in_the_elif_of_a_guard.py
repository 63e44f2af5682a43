# crashes on the first run: greeting is set only in the elif, which the first run skips
import streamlit as st

if "user" not in st.session_state:
    st.session_state.user = None
elif st.session_state.user is None:
    st.session_state.greeting = "Hello, guest"
if st.session_state.user is None:
    st.write(st.session_state.greeting)  # [SS004]
