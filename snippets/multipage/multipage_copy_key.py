import streamlit as st

# The value lives under a key no widget owns, so nothing ever deletes
# it.
st.session_state.setdefault("mp_city", "")


def keep_city() -> None:
    st.session_state.mp_city = st.session_state.mp_city_input


# Seed the widget from the permanent key every time it is drawn.
st.session_state.mp_city_input = st.session_state.mp_city
st.text_input("City", key="mp_city_input", on_change=keep_city)

st.text(f"Saved city: {st.session_state.mp_city}")
