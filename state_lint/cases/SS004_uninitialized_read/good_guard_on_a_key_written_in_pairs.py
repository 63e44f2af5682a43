# runs clean: lat and lon are always written together, so the guard on lat covers lon too
import streamlit as st

if st.button("Jakarta"):
    st.session_state["lat"] = -6.2
    st.session_state["lon"] = 106.8
if "lat" not in st.session_state:
    st.info("Pick a city on the map first.")
    st.stop()
st.write(st.session_state["lat"], st.session_state["lon"])
