# runs clean: setdefault through a class constant; the read after a click uses the text itself
import streamlit as st


class StateKeys:
    SELECTED_SYSTEM = "selected system"


st.session_state.setdefault(StateKeys.SELECTED_SYSTEM, "C01")
if st.button("Show system"):
    st.write(st.session_state["selected system"])
