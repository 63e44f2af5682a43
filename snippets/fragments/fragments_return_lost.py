import streamlit as st


@st.fragment
def pick_size():
    size = st.slider("Size", 1, 10, 3, key="frag_size_lost")
    if st.button("Use this size", key="frag_use_lost"):
        return size  # lost: nobody receives it in a fragment run
    return None


chosen = pick_size()
if chosen is None:
    st.info("No size chosen yet.")
else:
    st.success(f"The page uses size {chosen}.")
