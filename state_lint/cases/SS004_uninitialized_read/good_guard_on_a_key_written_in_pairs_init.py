# runs clean: every write of lat also sets lon (the default and the map click alike)
import streamlit as st

clicked = st.number_input("Latitude clicked", value=0.0)
if "lat" not in st.session_state:
    st.session_state.lat = -6.2
    st.session_state.lon = 106.8
if clicked and clicked != st.session_state.lat:
    st.session_state.lat = clicked
    st.session_state.lon = 0.0
center = [st.session_state.lat, st.session_state.lon]
st.write(center)
