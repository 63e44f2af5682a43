import streamlit as st

st.button("Refresh", on_click=lambda: st.rerun())  # [SS012]
