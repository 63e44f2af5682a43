# The compact layout returns before the full one draws the same key.
import streamlit as st


def filters(compact):
    if compact:
        st.selectbox("Region", ["EU", "US"], key="region")
        return
    st.selectbox("Region", ["EU", "US", "APAC"], key="region")
    st.slider("Year", 2000, 2030, key="year")


filters(st.toggle("Compact"))
