# A media callback runs in a worker thread, where st.session_state cannot be read: a dict is
# how the frame reaches the script.
import streamlit as st
from streamlit_webrtc import webrtc_streamer

latest = {"frame": None}


def video_frame_callback(frame):
    latest["frame"] = frame
    return frame


webrtc_streamer(key="camera", video_frame_callback=video_frame_callback)
st.write("Got a frame" if latest["frame"] is not None else "Waiting")
