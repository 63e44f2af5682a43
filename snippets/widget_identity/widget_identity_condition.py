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

# What session state holds once this run is over. Read now, a hidden
# widget's value is still there: Streamlit drops it at the end of the
# run that did not draw the widget, unless persist_state keeps it.
drawn = st.session_state.wid_discount_on
st.caption("In session state after this run:")
for key, persists in (
    ("wid_discount", False),
    ("wid_discount_kept", True),
):
    if key in st.session_state and (drawn or persists):
        st.text(f"{key} = {st.session_state[key]}")
    else:
        st.text(f"{key}: not there")
