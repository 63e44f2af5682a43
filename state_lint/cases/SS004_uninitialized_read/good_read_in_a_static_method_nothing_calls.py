# runs clean: a leftover export method reads a key nothing sets; no code names the method
import streamlit as st


class PressureLayout:
    def __init__(self, title: str) -> None:
        self.title = title

    @staticmethod
    def export_plots() -> list[str]:
        return [str(plot) for plot in st.session_state["network_plots"]]

    def show(self) -> None:
        st.subheader(self.title)


PressureLayout("Pressure drop").show()
