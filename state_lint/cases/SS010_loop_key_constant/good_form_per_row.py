# Widgets without a key inside a form keyed per row: the form's key is part of their id.
import streamlit as st

rows = [{"id": 1, "driver": "Ana"}, {"id": 2, "driver": "Budi"}]
for row in rows:
    with st.expander(f"Shipment {row['id']}"), st.form(f"edit_{row['id']}"):
        driver = st.text_input("Driver", row["driver"])
        note = st.text_area("Note")
        if st.form_submit_button("Save"):
            row["driver"] = driver
