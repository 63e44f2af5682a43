# A third-party component's key is read in its own on_change: the component set it first.
import streamlit as st
from streamlit_webrtc import webrtc_streamer


def on_change() -> None:
    context = st.session_state["player"]
    st.toast(f"playing: {context.state.playing}")


webrtc_streamer(key="player", on_change=on_change)
