import streamlit as st

# Before the widget: allowed.
st.session_state.setdefault("err_city", "Berlin")


def use_paris() -> None:
    # A callback runs before the next run creates the widget, so it
    # may set the key.
    st.session_state.err_city = "Paris"


st.text_input("City", key="err_city")
st.button(
    "Set city to Paris", on_click=use_paris, key="err_use_paris"
)
