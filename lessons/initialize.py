from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "initialize",
    "## Pattern 1: explicit guard",
)
show_snippet(lesson, "initialize_guard.py")

prose(
    "## Pattern 2: setdefault",
    "Change the page size, then interact anywhere: `setdefault` never puts 25 back.",
)
show_snippet(lesson, "initialize_setdefault.py")

prose(
    "## Pattern 3: one helper for many keys",
    "`init_state` is the helper this app's own pages use (`app/frame/state.py`); the copy "
    "below is the same function, so you can paste it into your app.",
)
show_snippet(lesson, "initialize_helper.py")

how_it_works(
    """
All three patterns do the same thing: **set a key only if it is missing**, then read it.
The first run of a session creates the key; every rerun after that finds it and leaves the
user's value alone. Initialize at the top of the script, before any code reads the key.
""",
    "## What reading a missing key raises",
    "Both snippets below read a key nobody set. The page catches the error to show it to you; "
    "in your own app it would stop the script.",
    '### `st.session_state["key"]` raises `KeyError`',
)
show_snippet(lesson, "initialize_missing_item_broken.py")
prose("### `st.session_state.key` raises `AttributeError`")
show_snippet(lesson, "initialize_missing_attr_broken.py")

pitfalls(
    [
        '`st.session_state.theme = "light"` at the top of the script *without* a guard is '
        "not initialization: it resets the value on every rerun.",
        '`st.session_state.get("key", default)` reads safely but does not store anything: '
        "use it for a one-off read, not to initialize.",
        "Initialize before the widget bound to the key is created; assigning the key after the "
        "widget exists raises `StreamlitWidgetAlreadyInstantiatedError`.",
    ]
)
