import threading

import streamlit as st


@st.cache_resource
def shared_lock():
    return threading.Lock()


st.session_state.setdefault("doubled", [x * 2 for x in range(3)])
with shared_lock():
    st.write(st.session_state.doubled)
