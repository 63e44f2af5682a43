import streamlit as st

# Needs Streamlit 1.64 or newer: on 1.63 its test sees the keyed
# st.rerun below leave the fragment's run count as it was.

ss = st.session_state
ss.setdefault("frag_basket", 0)
ss.setdefault("frag_scope_page_runs", 0)
ss.setdefault("frag_scope_fragment_runs", 0)
ss.frag_scope_page_runs += 1


@st.fragment(key="frag_basket_box")  # key= needs Streamlit 1.63+
def basket():
    ss.frag_scope_fragment_runs += 1
    st.metric("Items in the basket", ss.frag_basket)
    st.text_input("Note", key="frag_basket_note")
    left, right = st.columns(2)
    if left.button("Add, rerun fragment", key="frag_add_fragment"):
        ss.frag_basket += 1
        st.rerun(scope="fragment")
    if right.button("Add, rerun app", key="frag_add_app"):
        ss.frag_basket += 1
        st.rerun()
    st.caption(f"Fragment runs: {ss.frag_scope_fragment_runs}")


def refresh_basket():
    st.rerun("frag_basket_box")  # only that fragment reruns


basket()
st.button(
    "Refresh the basket from outside",
    key="frag_refresh_basket",
    on_click=refresh_basket,
)
runs, seen = ss.frag_scope_page_runs, ss.frag_basket
st.caption(f"Page runs: {runs} · the page last saw {seen} items")
