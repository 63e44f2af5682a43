import streamlit as st

ss = st.session_state
ss.setdefault("frag_cups", 0)


@st.fragment
def tea():
    if st.button("One more tea", key="frag_tea_shared"):
        ss.frag_cups += 1  # writes the shared key
    st.write(f"Cups, as the tea box sees it: {ss.frag_cups}")


@st.fragment
def coffee():
    if st.button("One more coffee", key="frag_coffee_shared"):
        ss.frag_cups += 1  # writes the same key
    st.write(f"Cups, as the coffee box sees it: {ss.frag_cups}")


left, right = st.columns(2, border=True)
with left:
    tea()
with right:
    coffee()
