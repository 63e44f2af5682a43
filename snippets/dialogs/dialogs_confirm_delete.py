import streamlit as st

ITEMS = {1: "Apples", 2: "Bread", 3: "Coffee"}
ss = st.session_state
ss.setdefault("dlg_items", dict(ITEMS))
ss.setdefault("dlg_result", "Nothing deleted yet.")


def delete(item_id, name):
    ss.dlg_items.pop(item_id, None)
    ss.dlg_result = f"Deleted {name}."


def cancel(item_id, name):
    ss.dlg_result = f"Kept {name}."


def restore():
    ss.dlg_items = dict(ITEMS)
    ss.dlg_result = "List restored."


@st.dialog("Delete this item?")
def confirm_delete(item_id, name):
    st.text(f"{name} will leave the list.")
    yes, no = st.columns(2)
    args = (item_id, name)
    if yes.button(
        "Delete",
        key="dlg_yes",
        type="primary",
        on_click=delete,
        args=args,
    ):
        st.rerun()  # close: the next run does not call the dialog
    if no.button("Cancel", key="dlg_no", on_click=cancel, args=args):
        st.rerun()


st.caption(ss.dlg_result)
for item_id, name in ss.dlg_items.items():
    label, action = st.columns([3, 1], vertical_alignment="center")
    label.text(name)
    if action.button("Delete", key=f"dlg_delete_{item_id}"):
        confirm_delete(item_id, name)
if not ss.dlg_items:
    st.button("Restore the list", key="dlg_restore", on_click=restore)
