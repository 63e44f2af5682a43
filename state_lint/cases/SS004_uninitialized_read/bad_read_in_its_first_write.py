# crashes on the first run: the slider's default reads the key this line is about to set
import streamlit as st

st.title("Volume")
st.session_state.volume = st.slider("Volume", 0, 100, st.session_state.volume)  # [SS004]
st.write("Volume:", st.session_state.volume)
