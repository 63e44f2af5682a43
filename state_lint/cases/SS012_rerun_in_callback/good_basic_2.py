import streamlit as st


@st.fragment(key="chart")
def chart():
    st.line_chart([1, 2, 3])


chart()
st.button("Refresh the chart", on_click=lambda: st.rerun("chart"))
