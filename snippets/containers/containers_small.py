import streamlit as st


def show_totals() -> None:
    st.session_state.cont_small_tab = "Totals"  # code opens a tab


# With a key and on_change, the open tab is in session state.
notes, totals = st.tabs(
    ["Notes", "Totals"], key="cont_small_tab", on_change="rerun"
)
if notes.open:
    notes.write("Only the open tab's code runs.")
if totals.open:
    totals.metric("Sales this week", 149)

st.button("Open Totals", key="cont_small_open", on_click=show_totals)
st.write(f"Showing: {st.session_state.cont_small_tab}")
