import streamlit as st

if "count_cb" not in st.session_state:
    st.session_state.count_cb = 0


def increment() -> None:
    # Runs before the rerun, so the value below is already up to date.
    st.session_state.count_cb += 1


st.button("Increment (callback)", on_click=increment)

st.write("Count (callback):", st.session_state.count_cb)
