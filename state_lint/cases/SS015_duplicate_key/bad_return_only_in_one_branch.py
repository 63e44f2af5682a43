import streamlit as st


def filters(compact):
    if compact:
        st.selectbox("Region", ["EU", "US"], key="region")
    st.selectbox("Region", ["EU", "US", "APAC"], key="region")  # [SS015]


filters(st.toggle("Compact"))
