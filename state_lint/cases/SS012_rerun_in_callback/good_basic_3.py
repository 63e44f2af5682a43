import streamlit as st


def refresh_everything():
    st.rerun()  # from a fragment's widget: asks for a full-app rerun


@st.fragment
def filters():
    st.button("Apply to the whole page", on_click=refresh_everything)


filters()
