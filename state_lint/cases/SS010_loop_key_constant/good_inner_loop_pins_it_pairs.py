# Each question sits in one category; the fixed key is drawn in one pass of both loops.
import streamlit as st

CATEGORIES = [("Stock", ["Opname", "Bad stock"]), ("Finance", ["AR", "Guarantee"])]
for category, questions in CATEGORIES:
    for question in questions:
        if question == "Bad stock":
            st.number_input("Utilization", key="util_bad_stock")
        else:
            st.selectbox(question, ["A", "B"], key=f"grade_{question}")
