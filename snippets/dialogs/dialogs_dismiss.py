import streamlit as st

ss = st.session_state
ss.setdefault("dlg_page_runs", 0)
ss.setdefault("dlg_dismissals", 0)
ss.dlg_page_runs += 1


def count_dismissal():
    ss.dlg_dismissals += 1


MODES = ["ignore", "rerun", "callback"]
mode = st.radio("on_dismiss", MODES, horizontal=True, key="dlg_mode")
locked = st.checkbox("dismissible=False", key="dlg_locked")
on_dismiss = count_dismissal if mode == "callback" else mode


@st.dialog("A draft", dismissible=not locked, on_dismiss=on_dismiss)
def draft():
    st.text_input("Draft", key="dlg_draft")
    if st.button("Done", key="dlg_done"):
        st.rerun()


if st.button("Open the dialog", key="dlg_open"):
    draft()
runs, dismissals = ss.dlg_page_runs, ss.dlg_dismissals
st.caption(f"Page runs: {runs} · dismissals counted: {dismissals}")
