# runs clean: update() with an annotated dict of defaults sets each of its keys
import streamlit as st

DEFAULTS: dict[str, object] = {"step": 1, "answers": {}}

if "step" not in st.session_state:
    st.session_state.update(DEFAULTS)
st.write(st.session_state.step, st.session_state.answers)
