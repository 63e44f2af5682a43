# crashes on the first run: only the "Upload" branch sets the table
import streamlit as st

source = st.radio("Data", ["Sample", "Upload"], index=0)
if source == "Upload":
    st.session_state.table = [1, 2, 3]
else:
    st.write("Using the sample data")
st.line_chart(st.session_state.table)  # [SS004]
