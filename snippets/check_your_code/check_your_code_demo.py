import streamlit as st

# Three session-state mistakes: click around, then check this code.
st.session_state.lint_total = 0


def add_one() -> None:
    st.session_state.lint_total += 1


st.button("Add one", on_click=add_one(), key="lint_add")

if st.button("Reset", key="lint_reset"):
    if st.button("Really reset?", key="lint_confirm"):
        st.session_state.lint_total = 0
        st.write("Reset done.")

st.write("Total:", st.session_state.lint_total)
