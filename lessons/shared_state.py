import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

lesson = lesson_header(
    "shared-state",
    "A Streamlit server is one Python process for all its users. Session state is one per "
    "browser tab; module globals and the usual caches in the process are shared. To see it, "
    "open this page in a second browser tab: that tab is a new session, like another user.",
    "## The smallest version",
    "Click a few times here, then once in the second tab: each tab counts its own clicks in "
    "session state, while the imported module's count has them all.",
)
show_snippet(lesson, "shared_state_small.py")
prose("## The complete pattern: module globals, caches and classes")

module, caches, classes = st.tabs(["Module globals", "Caches", "Classes and enums"])

with module:
    st.markdown(
        "**Broken:** notes kept in a list at the top of a module the app imports. Add a "
        "note, then look in the second tab: your note is there, and a note added there "
        "shows up here after your next click."
    )
    show_snippet(lesson, "shared_state_module_leak.py")
    st.markdown("**Fixed:** the same notes in session state. The second tab has a list of its own.")
    show_snippet(lesson, "shared_state_module.py")
    st.markdown(
        "A variable at the top of the script you run is not shared, and does not even "
        "last: Streamlit runs the script file anew on every rerun (and this page runs each "
        "demo's code anew the same way), so it starts over each time. The variables that "
        "outlive a run belong to imported modules: Python imports a module once per "
        "process and keeps it in `sys.modules`. That is where the broken demo keeps its "
        "list, exactly where `import notes_store` would find it."
    )

with caches:
    st.markdown("Click **Add** here, then click it in the second tab, and compare the two tabs:")
    show_snippet(lesson, "shared_state_caches.py")
    st.markdown(
        """
- **Session state**: each tab has its own name and its own list.
- **`st.cache_resource`**: one object for everyone (the same number in both tabs) and one
  list with both tabs' names. That is the point of it, for models and connections; lock
  anything you change in it.
- **`st.cache_data`**: made once for everyone too (the same number in both tabs), but every
  call returns a copy. The append changed a copy, so the list stays empty.
"""
    )
    lesson_link("cache-vs-state")

with classes:
    st.markdown(
        "Click **Rerun**. The `Order` kept from the first run stops being an `Order`, and "
        "its size stops being `Size.SMALL`: each run executes `class Order:` again and "
        "makes a new class, and the kept object belongs to the first one."
    )
    show_snippet(lesson, "shared_state_classes.py")
    st.markdown(
        """
The same happens to an object kept in `st.session_state`. With Streamlit's default
settings it is stored, and on the next run `isinstance(order, Order)` is `False`. This app
sets `runner.enforceSerializableSessionState = true`, and there the run that finds the old
object fails with `UnserializableSessionStateError`: pickle looks the class up by its name,
which now means the new class.

Where to define them instead: in a module you import (say `models.py`). Python runs it once
per process, so `Order` stays the same class on every run, `isinstance` works and pickle
finds the class. In a single script, keep plain values in state (like the size above) and
rebuild the object on every run.

**Enums in option widgets.** `st.radio`, `st.selectbox`, `st.multiselect` and the other
option widgets return a member of the current run's Enum even when the choice was made on
an earlier run: Streamlit converts it by name. The `runner.enumCoercion` option sets the
rule: `"nameOnly"` (the default: same class name and member names), `"nameAndValue"`
(the values must match too) or `"off"`. Only the returned value is converted; the value
under the widget's key in `st.session_state` still belongs to the old class. With this
app's serializable check, an option widget over an Enum defined in the script fails like a
stored object, so the demo offers plain strings.
"""
    )

how_it_works(
    """
- **Per session:** `st.session_state`, one per browser tab, and a cache declared with
  `scope="session"` (`st.cache_resource` or `st.cache_data`): each session gets its own
  entries, emptied when its connection drops. The `Order` the Classes tab keeps is one.
- **Per process, shared by every user:** modules you import and their globals,
  `st.cache_resource` (the same object for every caller) and `st.cache_data` (the same
  cached value, handed out as a copy), both with the default `scope="global"`.
- **Per run:** everything the script itself defines: its variables, functions and classes.
"""
)

pitfalls(
    [
        "Keep a user's data out of module globals and a global `st.cache_resource`: every "
        "user sees it and changes it.",
        "Anything shared that users can grow needs a cap, and a reset there resets it for "
        "everyone.",
        "`isinstance` and `==` on objects from an earlier run fail for classes and Enums "
        "defined in the script.",
    ]
)

lesson_link("threads")
