import streamlit as st

st.session_state.setdefault("log", [])


def remember():
    st.session_state.log.append("clicked")


st.button("Remember", on_click=remember)
st.write(f"Entries: {len(st.session_state.log)}")
