import streamlit as st

st.text_input("City (broken)", key="err_city_broken")

# The widget above already exists in this run: assigning its key now
# raises.
st.session_state.err_city_broken = "Paris"
