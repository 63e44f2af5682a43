import sqlite3

import streamlit as st

st.session_state.setdefault("rows", (n * n for n in range(3)))  # [SS008]
st.session_state.setdefault("db", sqlite3.connect(":memory:"))  # [SS008]
