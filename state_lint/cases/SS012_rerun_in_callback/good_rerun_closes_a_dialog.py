# st.rerun() under a button inside an @st.dialog function is how the dialog closes.
import streamlit as st


@st.dialog("Abort the session?")
def confirm_abort():
    st.write("This discards the current run.")
    if st.button("Confirm"):
        st.session_state.aborted = True
        st.rerun()


st.button("Abort", on_click=confirm_abort)
