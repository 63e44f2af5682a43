import streamlit as st

if "size" not in st.session_state:
    st.session_state.size = "M"
st.selectbox("Size", ["S", "M", "L"], 2, key="size")  # [SS002]
