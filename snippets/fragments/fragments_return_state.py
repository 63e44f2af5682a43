import streamlit as st

ss = st.session_state
ss.setdefault("frag_chosen_size", None)


@st.fragment
def pick_size():
    size = st.slider("Size", 1, 10, 3, key="frag_size")
    if st.button("Use this size", key="frag_use"):
        ss.frag_chosen_size = size  # hand the result out
        st.rerun()  # and redraw the whole page with it


pick_size()
if ss.frag_chosen_size is None:
    st.info("No size chosen yet.")
else:
    st.success(f"The page uses size {ss.frag_chosen_size}.")
