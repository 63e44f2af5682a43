import streamlit as st

st.session_state.setdefault("ts_likes_fixed", 0)


def like() -> None:
    st.session_state.ts_likes_fixed += 1


# The callback ran before this run started, so this line already sees
# the new value.
st.write(f"Likes: {st.session_state.ts_likes_fixed}")
st.button("Like (callback)", key="ts_like", on_click=like)
