import streamlit as st

clicked = st.button("Open")
if clicked:
    with st.container():
        if st.button("Send"):  # [SS006]
            st.write("sent")
