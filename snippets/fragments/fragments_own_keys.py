import streamlit as st

ss = st.session_state
ss.setdefault("frag_teas", 0)
ss.setdefault("frag_coffees", 0)


@st.fragment
def tea():
    if st.button("One more tea", key="frag_tea"):
        ss.frag_teas += 1  # only this fragment writes frag_teas
    st.write(f"Teas: {ss.frag_teas}")


@st.fragment
def coffee():
    if st.button("One more coffee", key="frag_coffee"):
        ss.frag_coffees += 1  # and only this one frag_coffees
    st.write(f"Coffees: {ss.frag_coffees}")


left, right = st.columns(2, border=True)
with left:
    tea()
with right:
    coffee()
total = ss.frag_teas + ss.frag_coffees
st.button("Update the total", key="frag_total")
st.write(f"Total, read by the page: {total} cups")
