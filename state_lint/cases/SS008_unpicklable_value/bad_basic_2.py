import threading

import streamlit as st

if "lock" not in st.session_state:
    st.session_state.lock = threading.Lock()  # [SS008]
