import sys
import threading
import types

import streamlit as st

# Stands in for a module your app imports (`import counters`).
# Python imports it once per server process, so its globals are
# shared by every session, like it or not.
fresh = types.ModuleType("counters")
fresh.clicks, fresh.lock = 0, threading.Lock()
module = sys.modules.setdefault("counters", fresh)
# Session state: one value per browser tab.
st.session_state.setdefault("shared_small_clicks", 0)

if st.button("Click", key="shared_small_click"):
    st.session_state.shared_small_clicks += 1
    with module.lock:  # other sessions may click at the same time
        module.clicks += 1

st.write(f"This tab's clicks: {st.session_state.shared_small_clicks}")
st.write(f"The module's clicks, from every tab: {module.clicks}")
