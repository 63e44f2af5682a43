import random

import streamlit as st

if st.button("Refresh", key=f"refresh{random.randint(1, 9999)}"):  # [SS013]
    st.cache_data.clear()
