# runs clean: logged_in becomes True only beside user_name, so past the stop user_name is there
import streamlit as st

if "logged_in" not in st.session_state:
    st.session_state.logged_in = False
if not st.session_state.logged_in:
    name = st.text_input("Username")
    if st.button("Log in") and name:
        st.session_state.logged_in = True
        st.session_state.user_name = name
        st.rerun()
    st.stop()
st.caption(f"Logged in as: {st.session_state['user_name']}")
