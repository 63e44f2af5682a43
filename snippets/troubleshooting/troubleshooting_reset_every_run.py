import streamlit as st

# No guard: this line runs on every rerun and puts "Berlin" back over
# what was typed.
st.session_state.ts_city_reset = "Berlin"
st.text_input("City (reset every run)", key="ts_city_reset")
