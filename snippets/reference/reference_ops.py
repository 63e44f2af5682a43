import streamlit as st

st.session_state.setdefault("ref_count", 0)


def add_one():
    st.session_state.ref_count += 1


def start_over():
    for key in ("ref_count", "ref_name"):
        st.session_state.pop(key, None)


st.text_input("Name", key="ref_name")
left, right = st.columns(2)
left.button("Add one", on_click=add_one)
right.button("Start over", on_click=start_over)
mine = {
    key: value
    for key, value in st.session_state.to_dict().items()
    if key.startswith("ref_")
}
st.text(f"to_dict(), ref_ keys: {dict(sorted(mine.items()))}")
