# A form object keyed per item: its widgets and submit button differ on every pass.
import streamlit as st

for item in ["bolts", "nuts"]:
    form = st.form(key=f"order_{item}")
    with form:
        qty = st.number_input("Quantity", min_value=0)
    if form.form_submit_button("Order"):
        st.write(item, qty)
