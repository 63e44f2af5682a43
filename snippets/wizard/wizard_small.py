import streamlit as st

st.session_state.setdefault("wiz_step", 1)
st.session_state.setdefault("wiz_saved", "")


def go_on() -> None:
    # A copy that outlives the widget, which is gone on step 2.
    st.session_state.wiz_saved = st.session_state.wiz_name
    if st.session_state.wiz_name.strip():
        st.session_state.wiz_step = 2


def go_back() -> None:
    st.session_state.wiz_step = 1


if st.session_state.wiz_step == 1:
    # Refill the widget's key from the copy when coming back.
    st.session_state.setdefault(
        "wiz_name", st.session_state.wiz_saved
    )
    st.text_input("Step 1 of 2: your name", key="wiz_name")
    if st.button("Continue", key="wiz_continue", on_click=go_on):
        st.error("Enter your name to continue.")
else:
    st.write(f"Step 2 of 2: hello, {st.session_state.wiz_saved}!")
    st.button("Back", key="wiz_back", on_click=go_back)
