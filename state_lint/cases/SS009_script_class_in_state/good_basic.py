import streamlit as st

st.session_state.setdefault("point", {"x": 1, "y": 2})
st.write(st.session_state.point)
