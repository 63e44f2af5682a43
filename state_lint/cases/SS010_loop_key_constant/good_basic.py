import streamlit as st

for name in ["Ada", "Grace"]:
    st.text_input(f"Nickname of {name}", key=f"nickname_{name}")
for column, label in zip(st.columns(2), ["Left", "Right"]):
    column.button(label)
