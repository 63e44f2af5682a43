# A factory imported from a helper module wraps a function of this page.
import streamlit as st
from helpers import make_callback


def save():
    st.session_state.saved = True


st.button("Save", on_click=make_callback(save))
