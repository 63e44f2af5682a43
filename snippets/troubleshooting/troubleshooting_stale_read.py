import streamlit as st

st.session_state.setdefault("ts_likes", 0)

# Read BEFORE the button below changes the value: this run still shows
# the old number.
st.write(f"Likes: {st.session_state.ts_likes}")

if st.button("Like (inline)", key="ts_like_inline"):
    st.session_state.ts_likes += 1
