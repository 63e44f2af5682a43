# runs clean: the app names its keys in a class; the init writes through the constant and the
# export callback reads the same text
import streamlit as st


class Keys:
    NETWORK_PLOTS = "Network Plots"


def init_state() -> None:
    if Keys.NETWORK_PLOTS not in st.session_state:
        st.session_state[Keys.NETWORK_PLOTS] = {}


def export_plots() -> None:
    for name in st.session_state["Network Plots"]:
        st.write(name)


init_state()
st.button("Export", on_click=export_plots)
