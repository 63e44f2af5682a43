import streamlit as st

st.session_state.setdefault("saved_city", "Berlin")
# Copy a kept value into a widget's key before the widget: nothing is reset.
st.session_state.city_input = st.session_state.saved_city
st.text_input("City", key="city_input")
