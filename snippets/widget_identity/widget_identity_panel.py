import streamlit as st

# Each switch changes one parameter of all four widgets below.
SWITCHES = {
    "label": "Label",
    "options": "Options",
    "default": "Default",
    "placeholder": "Placeholder",
    "help": "Help",
    "max": "Slider max",
}


def remember_switch(name):
    st.session_state.wid_flipped = name


st.caption("Move the four widgets off their defaults, flip a switch.")
columns = st.columns(3)
for i, (name, label) in enumerate(SWITCHES.items()):
    columns[i % 3].toggle(
        label,
        key=f"wid_{name}",
        on_change=remember_switch,
        args=(name,),
    )
on = {name: st.session_state[f"wid_{name}"] for name in SWITCHES}
# The verdict goes right under the switches, where the eyes are after
# a flip; it is filled in at the end, once the widgets are drawn.
report = st.container()

colours = ["Red", "Green", "Blue"]
select_args = dict(
    label="Favourite colour" if on["label"] else "Colour",
    options=colours + ["Purple"] if on["options"] else colours,
    index=1 if on["default"] else 0,
    placeholder="Pick one" if on["placeholder"] else "Choose",
    help="New help" if on["help"] else "Any colour",
)
slider_args = dict(
    label="Favourite number" if on["label"] else "Number",
    min_value=0,
    max_value=200 if on["max"] else 100,
    value=40 if on["default"] else 20,
    help="New help" if on["help"] else "Any number",
)
defaults = {
    "Select box": select_args["options"][select_args["index"]],
    "Slider": slider_args["value"],
}
# The select box has no max, the slider no options or placeholder.
NOT_A_PARAMETER = {
    "Select box": {"max"},
    "Slider": {"options", "placeholder"},
}

keyed, plain = st.columns(2)
with keyed:
    st.markdown("**With a key**")
    colour = st.selectbox(key="wid_colour", **select_args)
    number = st.slider(key="wid_number", **slider_args)
with plain:
    st.markdown("**Without a key**")
    plain_colour = st.selectbox(**select_args)
    plain_number = st.slider(**slider_args)

now = {
    "Select box, key": (colour, defaults["Select box"]),
    "Slider, key": (number, defaults["Slider"]),
    "Select box, no key": (plain_colour, defaults["Select box"]),
    "Slider, no key": (plain_number, defaults["Slider"]),
}


def verdict(widget, switch, before, after):
    (old, old_default), (new, _) = before, after
    if switch in NOT_A_PARAMETER[widget.split(",")[0]]:
        return "not its parameter"
    if new != old:
        return "reset to its default"
    if old == old_default:
        return "same (it was at its default)"
    return "kept your value"


flipped = st.session_state.pop("wid_flipped", None)
before = st.session_state.get("wid_before")
if flipped and before:
    st.session_state.wid_verdict = {
        "switch": SWITCHES[flipped],
        "rows": [
            {
                "Widget": widget,
                "Before": str(before[widget][0]),
                "After": str(now[widget][0]),
                "Result": verdict(
                    widget,
                    flipped,
                    before[widget],
                    now[widget],
                ),
            }
            for widget in now
        ],
    }
st.session_state.wid_before = now

if "wid_verdict" in st.session_state:
    result = st.session_state.wid_verdict
    report.write(f"After you flipped **{result['switch']}**:")
    report.dataframe(result["rows"], hide_index=True)
