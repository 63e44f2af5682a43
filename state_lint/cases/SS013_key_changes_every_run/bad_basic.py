import uuid

import streamlit as st

st.text_input("Nickname", key=f"nick_{uuid.uuid4().hex}")  # [SS013]
