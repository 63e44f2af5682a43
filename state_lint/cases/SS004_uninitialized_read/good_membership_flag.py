# runs clean: the read is guarded by a flag holding the membership test
import streamlit as st

has_table = "table" in st.session_state
rows = len(st.session_state.table) if has_table else 0
st.write(rows, "rows")
