import streamlit as st

for column in st.columns(2):
    column.button("Pick")  # [SS010]
