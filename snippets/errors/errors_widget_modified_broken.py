import streamlit as st

st.text_input("City (broken)", key="err_city_broken")

# Raises streamlit.errors.StreamlitWidgetAlreadyInstantiatedError:
# the widget above already exists in this run, so its key cannot be
# assigned now.
st.session_state.err_city_broken = "Paris"
