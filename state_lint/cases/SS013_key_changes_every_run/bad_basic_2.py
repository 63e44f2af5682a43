import time

import streamlit as st

st.checkbox("Done", key=str(time.time()))  # [SS013]
