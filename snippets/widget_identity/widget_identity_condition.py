import streamlit as st

st.toggle("Offer a discount", key="wid_discount_on")

if st.session_state.wid_discount_on:
    # A keyed widget that is not drawn is dropped at the end of
    # that run: turn the switch off and on and it starts over.
    st.number_input(
        "Discount % (key only)",
        min_value=0,
        max_value=50,
        value=5,
        key="wid_discount",
    )
    # persist_state keeps the value while the widget is hidden.
    st.number_input(
        "Discount % (key + persist_state)",
        min_value=0,
        max_value=50,
        value=5,
        key="wid_discount_kept",
        persist_state="page",
    )

keys = ["wid_discount", "wid_discount_kept"]
st.write({key: st.session_state.get(key) for key in keys})
