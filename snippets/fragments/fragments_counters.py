import streamlit as st

ss = st.session_state
ss.setdefault("frag_page_runs", 0)
ss.setdefault("frag_fragment_runs", 0)
ss.setdefault("frag_outside_count", 0)
ss.setdefault("frag_inside_count", 0)
ss.frag_page_runs += 1


@st.fragment
def inside_counter():
    ss.frag_fragment_runs += 1
    st.markdown("**Inside a fragment**")
    if st.button("Add one inside", key="frag_add_inside"):
        ss.frag_inside_count += 1
    st.metric("Count", ss.frag_inside_count)
    st.write(f"Fragment runs: {ss.frag_fragment_runs}")


outside, inside = st.columns(2, border=True)
with outside:
    st.markdown("**Outside**")
    if st.button("Add one outside", key="frag_add_outside"):
        ss.frag_outside_count += 1
    st.metric("Count", ss.frag_outside_count)
    st.write(f"Page runs: {ss.frag_page_runs}")
with inside:
    inside_counter()
