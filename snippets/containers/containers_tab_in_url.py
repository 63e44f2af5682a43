import streamlit as st

# bind="query-params" keeps the open tab in the URL, as
# ?cont_section=Orders: a reload or a shared link opens it again.
overview, orders, settings = st.tabs(
    ["Overview", "Orders", "Settings"],
    key="cont_section",
    bind="query-params",
)
with overview:
    st.write("Three open orders.")
with orders:
    st.dataframe(
        {"order": [101, 102, 103], "status": ["new", "paid", "sent"]},
        hide_index=True,
    )
with settings:
    st.write("Nothing to set yet.")

with st.expander("Help", key="cont_help", bind="query-params"):
    st.write("Open me: the URL remembers that too.")

st.write("Open tab in session state:", st.session_state.cont_section)
