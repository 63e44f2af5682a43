import streamlit as st

st.session_state.setdefault("city", "Paris")


def use_rome():
    st.session_state.city = "Rome"


st.text_input("City", key="city")
st.button("Rome", on_click=use_rome)
