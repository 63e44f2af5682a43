import streamlit as st

# From absolute zero to 10,000 °C: the browser refuses anything else.
C_MIN, C_MAX = -273.15, 10_000.0
F_MIN, F_MAX = -459.67, 18_032.0

st.session_state.setdefault("celsius", 20.0)
st.session_state.setdefault("fahrenheit", 68.0)


# A callback runs before the widgets are created, so it may set
# another widget's key.
def celsius_changed() -> None:
    c = st.session_state.celsius
    if c is not None:  # None: an empty field, or no usable number
        f = round(c * 9 / 5 + 32, 2)
        st.session_state.fahrenheit = min(max(f, F_MIN), F_MAX)


def fahrenheit_changed() -> None:
    f = st.session_state.fahrenheit
    if f is not None:
        c = round((f - 32) * 5 / 9, 2)
        st.session_state.celsius = min(max(c, C_MIN), C_MAX)


# value=None lets a field be empty instead of jumping to min_value.
st.number_input(
    "Celsius",
    min_value=C_MIN,
    max_value=C_MAX,
    value=None,
    step=0.5,
    key="celsius",
    on_change=celsius_changed,
)
st.number_input(
    "Fahrenheit",
    min_value=F_MIN,
    max_value=F_MAX,
    value=None,
    step=0.5,
    key="fahrenheit",
    on_change=fahrenheit_changed,
)
st.caption(f"Celsius from {C_MIN} (absolute zero) to {C_MAX:,.0f}.")
