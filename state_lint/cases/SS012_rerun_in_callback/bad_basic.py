import streamlit as st

st.session_state.setdefault("saved", 0)
st.session_state.setdefault("logged", 0)


def save():
    st.session_state.saved += 1
    st.rerun()  # [SS012]
    st.session_state.logged += 1


st.button("Save", on_click=save)
st.write(f"saved={st.session_state.saved} logged={st.session_state.logged}")
