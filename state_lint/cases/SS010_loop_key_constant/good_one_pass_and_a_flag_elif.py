# Each branch of the elif chain tests a different menu entry (and a flag): one pass each.
import streamlit as st

expanded = {"Sales": True, "Stock": True}
for entry in ["Sales", "Stock", "Help"]:
    st.button(entry, key=f"entry_{entry}")
    if entry == "Sales" and expanded.get("Sales"):
        st.button("By region", key="sales_by_region")
    elif entry == "Stock" and expanded.get("Stock"):
        st.button("Low stock", key="stock_low")
        st.button("Reorder")
