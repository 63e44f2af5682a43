import streamlit as st

for name in ["Ada", "Grace"]:
    st.text_input(f"Nickname of {name}", key="nickname")  # [SS010]
