import streamlit as st

# One key per widget.
st.text_input("First name", key="err_first_name")
st.text_input("Last name", key="err_last_name")
st.text(
    f"Full name: {st.session_state.err_first_name} "
    f"{st.session_state.err_last_name}"
)
