# The key calls a helper that returns a new key on each call.
import itertools

import streamlit as st

_counter = itertools.count()


def next_key():
    return f"download_{next(_counter)}"


for fmt in ("csv", "json"):
    st.download_button(f"Download {fmt}", data="a,b", key=f"export_{next_key()}")
