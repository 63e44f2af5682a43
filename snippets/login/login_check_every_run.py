"""Fix: check st.user on every run, before any page runs. In a real
app that is the entry file, between st.navigation and .run():

    page = st.navigation([home, members])
    if page.title != "Home" and not st.user.is_logged_in:
        st.warning("Members only: log in first.")
        st.stop()
    page.run()

Here the pages are functions picked from the URL (?login_guard=...):
a real st.navigation would take over the app this demo runs in."""

import streamlit as st


def home() -> None:
    st.write("Welcome. Members, open the members' page.")


def members() -> None:
    st.write("**Members' price list:** 42 € a seat.")


PAGES = {"Home": home, "Members": members}
PUBLIC = {"Home"}
page = st.segmented_control(
    "Page",
    list(PAGES),
    default="Home",
    key="login_guard",
    bind="query-params",  # a link can open any page
)
page = page or "Home"
# Every run, whichever page it is for, asks st.user anew.
if page in PUBLIC or st.user.get("is_logged_in", False):
    PAGES[page]()
else:
    st.warning("Members only: log in first.")
