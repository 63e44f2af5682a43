# The inner loop runs over the outer loop's group, so `if name == ...` draws the widget once.
import streamlit as st

groups = {"People": ["Leader", "Sales"], "Delivery": ["SLA", "Warehouse"]}
for group, names in groups.items():
    st.subheader(group)
    for name in names:
        if name == "SLA":
            st.radio("Inner city", ["100%", "<80%"], key="inner_city_sla")
            continue
        st.slider(name, 0, 10, key=f"grade_{name}")
