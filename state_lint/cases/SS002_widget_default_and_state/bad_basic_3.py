import streamlit as st


def reset():
    st.session_state.update({"limit": 10})


st.slider("Limit", 0, 100, 50, key="limit")  # [SS002]
st.button("Reset", on_click=reset)
