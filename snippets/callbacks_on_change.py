import streamlit as st

st.session_state.setdefault("celsius", 20.0)
st.session_state.setdefault("fahrenheit", 68.0)


# A callback runs before the widgets are created, so it may set
# another widget's key.
def celsius_changed() -> None:
    st.session_state.fahrenheit = round(
        st.session_state.celsius * 9 / 5 + 32, 1
    )


def fahrenheit_changed() -> None:
    st.session_state.celsius = round(
        (st.session_state.fahrenheit - 32) * 5 / 9, 1
    )


st.number_input(
    "Celsius", step=0.5, key="celsius", on_change=celsius_changed
)
st.number_input(
    "Fahrenheit",
    step=0.5,
    key="fahrenheit",
    on_change=fahrenheit_changed,
)
