# runs clean: one target per region, keyed target_eu and target_us by the loop over the list
import streamlit as st

for region in ["eu", "us"]:
    st.number_input(f"Target {region}", value=100, key=f"target_{region}")

if st.button("Save targets"):
    st.write(st.session_state.target_eu + st.session_state.target_us)
