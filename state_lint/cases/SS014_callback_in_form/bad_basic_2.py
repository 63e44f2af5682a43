import streamlit as st

form = st.form("search")
form.selectbox("Region", ["EU", "US"], on_change=print)  # [SS014]
form.form_submit_button("Go")
