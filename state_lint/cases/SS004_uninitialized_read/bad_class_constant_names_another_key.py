# The constant names "Network Plots"; the callback reads "network_plots", which nothing sets.
import streamlit as st


class Keys:
    NETWORK_PLOTS = "Network Plots"


def export_plots() -> None:
    st.write(st.session_state["network_plots"])  # [SS004]


st.session_state.setdefault(Keys.NETWORK_PLOTS, {})
st.button("Export", on_click=export_plots)
