# runs clean: a loop over literal keys initializes both
import streamlit as st

for key in ("clicks", "views"):
    st.session_state.setdefault(key, 0)
st.session_state.clicks += 1
st.write(st.session_state.clicks, st.session_state.views)
