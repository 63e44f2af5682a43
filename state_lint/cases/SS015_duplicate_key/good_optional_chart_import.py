# An optional plotting package: the fallback draws the same controls only when the import at
# the top of the try failed, before any of them was drawn.
import streamlit as st

try:
    import plotly_express_is_optional as px

    st.selectbox("Metric", ["sales", "stock"], key="metric")
    st.plotly_chart(px.line(x=[1, 2], y=[3, 4]))
except (ImportError, ModuleNotFoundError):
    st.selectbox("Metric", ["sales", "stock"], key="metric")
    st.line_chart([3, 4])
