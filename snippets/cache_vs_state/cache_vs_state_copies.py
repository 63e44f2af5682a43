import streamlit as st

MAX_ITEMS = 10


@st.cache_data
def regions_data() -> list[str]:
    return ["APAC", "EMEA"]


@st.cache_resource
def regions_resource() -> list[str]:
    return ["APAC", "EMEA"]


def append_latam() -> None:
    # Changes this caller's copy, then it is thrown away.
    regions_data().append("LATAM")
    # Changes the one object every session shares: capped, because
    # every visitor could grow it.
    shared = regions_resource()
    shared.append("LATAM")
    del shared[MAX_ITEMS:]


full = len(regions_resource()) >= MAX_ITEMS
st.button(
    "Append LATAM to both results",
    on_click=append_latam,
    key="cache_append",
    disabled=full,
)
left, right = st.columns(2)
left.write(f"`st.cache_data` now returns `{regions_data()}`")
left.write(
    f"Same object on every call: {regions_data() is regions_data()}"
)
right.write(f"`st.cache_resource` now returns `{regions_resource()}`")
right.write(
    "Same object on every call: "
    f"{regions_resource() is regions_resource()}"
)
if full:
    st.warning(f"The shared list is full ({MAX_ITEMS} items).")
st.button(
    "Reset the shared list (for everyone)",
    on_click=regions_resource.clear,
    key="cache_reset_regions",
    help="Every session shares this list: this empties it for all.",
)
