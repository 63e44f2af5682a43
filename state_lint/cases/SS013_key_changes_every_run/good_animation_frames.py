# An animation redraws a display-only slider in a placeholder; the random key keeps each
# frame's key unique and no value is read back.
import random
import time

import streamlit as st

frame = st.empty()
for step in range(1, 6):
    frame.slider("Progress", 1, 5, value=step, key=str(random.random()))
    time.sleep(0.1)
