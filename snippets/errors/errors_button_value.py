import streamlit as st

st.session_state.setdefault("err_saved", False)


def mark_saved() -> None:
    # Keep what the click means under a key of your own, not under the
    # button's key.
    st.session_state.err_saved = True


st.button("Save", key="err_save", on_click=mark_saved)
st.write(f"Saved: {st.session_state.err_saved}")
