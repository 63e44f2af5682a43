# crashes on the first run: history is set only once count exists, which the first run skips
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
else:
    st.session_state.history = [st.session_state.count]
if st.session_state.count == 0:
    st.write("History:", st.session_state.history)  # [SS004]
