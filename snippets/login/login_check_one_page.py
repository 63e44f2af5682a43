"""Pitfall: a multipage app that checks st.user on its home page only.
A link straight to another page skips the check: logged out, you
read the members' page.

The pages here are functions picked from the URL (?login_page=...),
as st.navigation picks page files: a real st.navigation would take
over the app this demo runs in."""

import streamlit as st


def home() -> None:
    if st.user.get("is_logged_in", False):  # the app's only check
        st.success("Welcome, member. Open the members' page.")
    else:
        st.warning("Members only: log in first.")


def members() -> None:
    # Trusts that everyone came through the home page.
    st.write("**Members' price list:** 42 € a seat.")


PAGES = {"Home": home, "Members": members}
page = st.segmented_control(
    "Page",
    list(PAGES),
    default="Home",
    key="login_page",
    bind="query-params",  # a link can open any page
)
PAGES[page or "Home"]()
