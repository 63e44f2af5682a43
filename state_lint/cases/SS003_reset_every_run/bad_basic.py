import streamlit as st

st.session_state.count = 0  # [SS003]
if st.button("Add"):
    st.session_state.count += 1
st.write(f"Count: {st.session_state.count}")
