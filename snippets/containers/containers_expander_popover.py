import streamlit as st

# Needs Streamlit 1.66 or newer: on 1.65 the popover's slider
# loses its persist_state value while the popover is closed.

st.session_state.setdefault("cont_log", [])
st.session_state.setdefault("cont_runs", 0)
st.session_state.cont_runs += 1


def log_details():
    opened = st.session_state.cont_details
    st.session_state.cont_log.append("opened" if opened else "closed")


def open_details():
    st.session_state.cont_details = True


details = st.expander(
    "Order details",
    key="cont_details",
    on_change=log_details,
)
if details.open:
    with details:
        st.write("Drawn only while the expander is open.")
st.button("Open the details from code", on_click=open_details)

settings = st.popover(
    "Settings",
    key="cont_settings",
    on_change="rerun",
)
if settings.open:
    with settings:
        # Not drawn while closed: persist_state keeps the value.
        st.slider(
            "Rows per page",
            min_value=5,
            max_value=50,
            value=10,
            key="cont_rows",
            persist_state="page",
        )
st.write("Rows per page:", st.session_state.get("cont_rows", 10))

plain = st.expander("Plain expander (no on_change)")
plain.write("Always drawn. Opening it does not rerun the script.")

st.write(
    f"`details.open` = {details.open}",
    f"`settings.open` = {settings.open}",
    f"`plain.open` = {plain.open}",
)
runs = st.session_state.cont_runs
log = ", ".join(st.session_state.cont_log) or "nothing yet"
st.caption(f"Script runs: {runs} · details: {log}")
