import threading

import streamlit as st


@st.cache_resource  # one object per server process, for everyone
def shared() -> dict:
    return {"clicks": 0, "lock": threading.Lock()}


st.session_state.setdefault("cache_small_mine", 0)  # one per session

if st.button("Click me", key="cache_small_click"):
    st.session_state.cache_small_mine += 1
    with shared()["lock"]:  # other sessions may click at once
        shared()["clicks"] += 1

mine, everyone = st.columns(2)
mine.metric("Your clicks", st.session_state.cache_small_mine)
everyone.metric("Everyone's clicks", shared()["clicks"])
