# crashes on the first run: the loop gives keys target_eu and target_us, never target_asia
import streamlit as st

for region in ["eu", "us"]:
    st.number_input(f"Target {region}", value=100, key=f"target_{region}")

st.write(st.session_state.target_asia)  # [SS004]
