import streamlit as st


def first_page() -> None:
    st.header("First page")
    name = st.session_state.mp_router_name or "stranger"
    st.text(f"Hello, {name}")
    st.page_link(second, label="Go to the second page")


def second_page() -> None:
    st.header("Second page")
    name = st.session_state.mp_router_name or "(empty)"
    st.text(f"Your name is still: {name}")
    st.page_link(first, label="Back to the first page")


first = st.Page(first_page, title="First page", default=True)
second = st.Page(second_page, title="Second page")

# This file is the router: it runs on every page, so a widget created
# here is drawn in every run and Streamlit never cleans it up.
st.sidebar.text_input("Your name", key="mp_router_name")

st.navigation([first, second]).run()
