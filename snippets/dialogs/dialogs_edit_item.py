import streamlit as st

ss = st.session_state
ss.setdefault("dlg_item", {"name": "Desk lamp", "price": 25.0})
ss.setdefault("dlg_edit_error", "")


def save():
    name = ss.dlg_edit_name.strip()
    if not name:
        ss.dlg_edit_error = "The name cannot be empty."
        return
    ss.dlg_item = {"name": name, "price": ss.dlg_edit_price}
    ss.dlg_edit_error = ""


def name_edited():
    # The message is about the name as it is now: a name typed
    # after a refused Save clears it.
    if ss.dlg_edit_name.strip():
        ss.dlg_edit_error = ""


@st.dialog("Edit item", on_dismiss="rerun")  # dismiss = discard
def edit_item():
    item = ss.dlg_item
    st.text_input(
        "Name",
        value=item["name"],
        key="dlg_edit_name",
        on_change=name_edited,
    )
    st.number_input(
        "Price",
        value=item["price"],
        min_value=0.0,
        step=0.5,
        key="dlg_edit_price",
    )
    if ss.dlg_edit_error:
        st.error(ss.dlg_edit_error)
    saved = st.button("Save", key="dlg_save", on_click=save)
    if saved and not ss.dlg_edit_error:
        st.rerun()  # saved: close the dialog


item = ss.dlg_item
st.text(f"{item['name']}: {item['price']:.2f} EUR")
if st.button("Edit", key="dlg_edit", icon=":material/edit:"):
    ss.dlg_edit_error = ""
    edit_item()
