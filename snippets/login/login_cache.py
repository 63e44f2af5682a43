"""st.cache_data and the user: a cached function that reads st.user
without taking the user as a parameter serves the first user's data
to everyone. Pass st.user.sub in, so it is part of the cache key."""

import streamlit as st


def query_orders(sub: str) -> str:
    """Stands in for a slow query of one user's private data."""
    return f"orders of {sub}"


@st.cache_data
def orders_wrong() -> str:
    # Reads the user inside: the cache key has no user in it.
    return query_orders(st.user.sub)


@st.cache_data
def orders_right(sub: str) -> str:
    return query_orders(sub)  # one cache entry per user


if st.user.get("is_logged_in", False):
    st.write(f"You are **{st.user.sub}**.")
    st.write(f"Without the user in the key: {orders_wrong()}")
    st.write(f"With the user in the key: {orders_right(st.user.sub)}")
else:
    st.info("Log in to see whose orders each cache returns.")
