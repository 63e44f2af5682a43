import streamlit as st

# Type in both boxes, then flip the switch: both labels change.
loud = st.toggle("Shout the labels", key="wid_small_loud")
end = "!" if loud else ""

# A key is the identity: the label can change, the value stays.
st.text_input(f"With a key{end}", key="wid_small_name")
# No key: the label is part of the identity, so a new label makes
# a new widget, which starts empty.
st.text_input(f"Without a key{end}")
