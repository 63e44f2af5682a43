import streamlit as st

# Session state: a reload starts a new session, so this is 0 again.
st.session_state.setdefault("reload_small_clicks", 0)
if st.button("Add a click", key="reload_small_count"):
    st.session_state.reload_small_clicks += 1
st.write(
    f"Clicks in this session: {st.session_state.reload_small_clicks}"
)

# The URL: a reload sends it again, so a value kept there survives.
st.radio(
    "Size (kept in the URL)",
    ["small", "large"],
    key="reload_small_size",
    bind="query-params",
)
