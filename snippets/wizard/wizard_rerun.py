import streamlit as st

st.session_state.setdefault("step", 1)

if st.session_state.step == 1:
    st.write("Step 1: Upload data")
    if st.button("Continue"):
        st.session_state.step = 2
        st.rerun()
elif st.session_state.step == 2:
    st.write("Step 2: Configure model")
    if st.button("Back"):
        st.session_state.step = 1
        st.rerun()
