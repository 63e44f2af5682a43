"""Predict questions of the catalog's "Pitfalls" section, keyed by lesson slug."""

from __future__ import annotations

from app.predict.model import (
    MISSING,
    NOT_ON_PAGE,
    Click,
    Keys,
    PageLine,
    Question,
    Raised,
    Reload,
    Right,
    SetValue,
    State,
    SwitchPage,
    Value,
    Wrong,
)
from app.predict.questions.shared import ALREADY_THERE

SECTION = "Pitfalls"

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "errors": (
        Question(
            id="errors.1",
            snippet="errors_widget_modified_broken.py",
            prompt='The script draws **City (broken)**, then sets its key to `"Paris"`. What '
            "happens?",
            steps=(),
            observe=(Value("City (broken)"), Raised()),
            options=(
                Wrong(
                    "The box shows Paris",
                    ("Paris", None),
                    "Tempting: the key is the widget's value. Once the widget exists in a run, "
                    "its key is locked for the rest of that run.",
                ),
                Wrong(
                    "The box stays empty until the next run",
                    ("", None),
                    "Tempting: late writes often show one run late. Here Streamlit refuses the "
                    "write itself and raises.",
                ),
                Right(
                    "`StreamlitWidgetAlreadyInstantiatedError`",
                    ("", ALREADY_THERE),
                ),
            ),
            why="A keyed widget's key can be written before the widget is created in a run, "
            "never after. The assignment below the widget raises; set it in a callback instead.",
            see="2. Modifying a widget's key after the widget is created",
        ),
        Question(
            id="errors.2",
            snippet="errors_widget_modified.py",
            prompt="You click **Set city to Paris**, whose callback writes the text input's "
            "key. What does **City** show?",
            steps=(Click("Set city to Paris"),),
            observe=(Value("City"), Raised()),
            options=(
                Right("Paris", ("Paris", None)),
                Wrong(
                    "An error: the widget already exists",
                    ("Berlin", ALREADY_THERE),
                    "Tempting after the broken version. A callback runs before the next run "
                    "creates the widget, so the write is allowed.",
                ),
                Wrong(
                    "Berlin: `setdefault` puts it back",
                    ("Berlin", None),
                    "Tempting: the `setdefault` line runs on every run. It only sets a missing "
                    "key, and Paris is there.",
                ),
            ),
            why="The callback runs before the rerun, when no widget of that run exists yet, so "
            "it may write `err_city`. The text input is then drawn from the key: Paris.",
            see="2. Modifying a widget's key after the widget is created",
        ),
    ),
    "multipage": (
        Question(
            id="multipage.1",
            snippet="multipage_lost.py",
            prompt="You type `Ada` as **Nickname** and click **Add one** twice, then go to the "
            "other page and back. What do `mp_clicks` and `mp_nickname` hold?",
            app_page="lessons/multipage.py",
            steps=(
                SetValue("Nickname", "Ada"),
                Click("Add one", times=2),
                SwitchPage("lessons/multipage_other.py", "go to the other page"),
                SwitchPage("lessons/multipage.py", "come back to this lesson"),
            ),
            observe=(State("mp_clicks"), State("mp_nickname")),
            options=(
                Wrong(
                    "2 and `'Ada'`",
                    (2, "Ada"),
                    "Tempting: both are keys of the same session. A widget's key is deleted "
                    "when a page runs without drawing the widget.",
                ),
                Right("2 and `''`", (2, "")),
                Wrong(
                    "0 and `''`",
                    (0, ""),
                    "Tempting: a new page feels like a fresh start. A page switch is a run in "
                    "the same session: keys your code set stay.",
                ),
            ),
            why="The other page ran without drawing the nickname box, so Streamlit deleted its "
            "key at the end of that run; `mp_clicks` is a plain key, which nothing deletes. "
            "Back here, the box is drawn again, empty.",
            see="What survives a page switch",
        ),
    ),
    "reload": (
        Question(
            id="reload.1",
            snippet="reload_new_session.py",
            prompt="The page is open at `?reload_fruit=cherry`. You click **Count a click** "
            "twice, type `buy milk` as the note, then reload the tab. What is on the page?",
            url={"reload_fruit": "cherry"},
            steps=(
                Click("Count a click", times=2),
                SetValue("Note (kept in session state only)", "buy milk"),
                Reload(),
            ),
            observe=(
                PageLine("Clicks in this session:"),
                State("reload_fruit"),
                State("reload_note"),
            ),
            options=(
                Wrong(
                    "2 clicks, cherry, buy milk",
                    ("Clicks in this session: 2", "cherry", "buy milk"),
                    "Tempting: a reload looks like a rerun. It opens a new connection, and the "
                    "server starts a new, empty session.",
                ),
                Wrong(
                    "0 clicks, apple, no note",
                    ("Clicks in this session: 0", "apple", ""),
                    "Tempting: a reload loses everything. The URL survives, and the fruit is "
                    "bound to it.",
                ),
                Right(
                    "0 clicks, cherry, no note",
                    ("Clicks in this session: 0", "cherry", ""),
                ),
                Wrong(
                    "0 clicks, cherry, buy milk",
                    ("Clicks in this session: 0", "cherry", "buy milk"),
                    "Tempting: browsers refill typed fields after a reload. The note lives only "
                    "in session state, which the new session does not have.",
                ),
            ),
            why="A reload starts a new session whose state is empty, so the clicks and the "
            "note are gone. The URL is all the new session gets, and the bound fruit comes "
            "back from it.",
            see="What survives a reload",
        ),
    ),
    "too-much-data": (
        Question(
            id="too-much-data.1",
            snippet="too_much_data_cache.py",
            prompt="You choose **EMEA** in **Orders from**. Which keys does this session keep "
            "in `st.session_state`?",
            steps=(SetValue("Orders from", "EMEA"),),
            observe=(Keys(),),
            options=(
                Right("Only `size_region`", ("size_region",)),
                Wrong(
                    "`size_region` and the orders",
                    ("orders", "size_region"),
                    "Tempting: the script holds a 100,000-row table. `orders` is a variable of "
                    "one run; the table lives once in the server's cache.",
                ),
                Wrong(
                    "None: `st.cache_data` keeps the choice too",
                    (),
                    "Tempting: the data is cached. The choice belongs to this user: the keyed "
                    "select box keeps it in session state.",
                ),
            ),
            why="The big table is loaded by `st.cache_data`, once per server and shared by "
            "every session. The session keeps only the user's choice, a few bytes.",
            see="Share big data with `st.cache_data` instead",
        ),
    ),
    "serializable": (
        Question(
            id="serializable.1",
            snippet="serializable_lambda_broken.py",
            prompt="With this app's `enforceSerializableSessionState = true`, the script stores "
            "a lambda, then writes a last line. What happens?",
            steps=(),
            observe=(PageLine("The script itself ran"), Raised()),
            options=(
                Wrong(
                    "It fails at the assignment; the last line never shows",
                    (NOT_ON_PAGE, "streamlit.errors.UnserializableSessionStateError"),
                    "Tempting: that is where the lambda goes in. Streamlit checks the values "
                    "only when the run ends.",
                ),
                Right(
                    "The last line shows, then the run fails",
                    (
                        "The script itself ran to the end.",
                        "streamlit.errors.UnserializableSessionStateError",
                    ),
                ),
                Wrong(
                    "Nothing fails",
                    ("The script itself ran to the end.", None),
                    "True with Streamlit's default settings. With the option on, every value "
                    "in session state must pickle, and a lambda does not.",
                ),
            ),
            why="With the option on, Streamlit pickles every value in `st.session_state` "
            "after the script's last line. The lambda fails that check, so the run ends with "
            "`UnserializableSessionStateError`.",
            see="What happens without the check",
        ),
    ),
    "troubleshooting": (
        Question(
            id="troubleshooting.1",
            snippet="troubleshooting_stale_read.py",
            prompt="You click **Like (inline)** once. What does the page say, and what is in "
            "`ts_likes`?",
            steps=(Click("Like (inline)"),),
            observe=(PageLine("Likes:"), State("ts_likes")),
            options=(
                Wrong(
                    "Likes: 1, and 1",
                    ("Likes: 1", 1),
                    "Tempting: the click changed the state in this run. The line that shows it "
                    "ran above the button, before the `if` added one.",
                ),
                Right("Likes: 0, but 1 in state", ("Likes: 0", 1)),
                Wrong(
                    "Likes: 0, and 0: the click was lost",
                    ("Likes: 0", 0),
                    "Tempting: nothing seems to happen. The `if` did add one, after the line "
                    "was drawn; the next run shows it.",
                ),
            ),
            why="The script writes the count above the button, and the button's `if` adds one "
            "further down, in the same run. The state is right, the page one click behind.",
            see="Why does my state not update immediately?",
        ),
        Question(
            id="troubleshooting.2",
            snippet="troubleshooting_reset_every_run.py",
            prompt="You type `Paris` into **City (reset every run)** and press Enter. What is "
            "in `ts_city_reset`?",
            steps=(SetValue("City (reset every run)", "Paris"),),
            observe=(State("ts_city_reset"), Raised()),
            options=(
                Wrong(
                    "`'Paris'`",
                    ("Paris", None),
                    "Tempting: you typed it. The unguarded line at the top runs on every "
                    "rerun and writes Berlin before the widget is drawn.",
                ),
                Right("`'Berlin'`", ("Berlin", None)),
                Wrong(
                    "An error: the script writes a widget's key",
                    ("Berlin", ALREADY_THERE),
                    "Tempting: writing a widget's key can raise. Before the widget is created "
                    "in a run, it is allowed.",
                ),
            ),
            why='`st.session_state.ts_city_reset = "Berlin"` has no guard, so it runs on every '
            "rerun, before the widget, and replaces what you typed. Set defaults once.",
            see="Why does my text input keep resetting?",
        ),
    ),
    "widget-identity": (
        Question(
            id="widget-identity.1",
            snippet="widget_identity_condition.py",
            prompt="You switch on **Offer a discount**, set both discounts to 20, switch it "
            "off and on again. What are `wid_discount` and `wid_discount_kept`?",
            steps=(
                SetValue("Offer a discount", True),
                SetValue("Discount % (key only)", 20),
                SetValue("Discount % (key + persist_state)", 20),
                SetValue("Offer a discount", False),
                SetValue("Offer a discount", True),
            ),
            observe=(State("wid_discount"), State("wid_discount_kept")),
            options=(
                Wrong(
                    "20 and 20",
                    (20, 20),
                    "Tempting: both have a key. A key does not keep a widget that is not "
                    "drawn: its value is dropped at the end of that run.",
                ),
                Right("5 and 20", (5, 20)),
                Wrong(
                    "5 and 5",
                    (5, 5),
                    'Tempting: both were hidden. `persist_state="page"` keeps a hidden '
                    "widget's value while you stay on the page.",
                ),
            ),
            why="The run with the switch off drew neither input, so Streamlit dropped the value "
            'of the one without `persist_state`; it comes back at 5. `persist_state="page"` '
            "kept the other at 20.",
            see="Keyed widgets inside a condition",
        ),
    ),
    "threads": (
        Question(
            id="threads.1",
            snippet="threads_background_job.py",
            prompt="You press **Start (or restart)**, then **Cancel** while the job runs. "
            "What is in `thr_result`?",
            steps=(Click("Start (or restart)"), Click("Cancel")),
            observe=(State("thr_result"),),
            options=(
                Wrong(
                    "The sum of the steps done so far",
                    "the sum so far",
                    "Tempting: the thread added up every step it finished. Cancel makes "
                    "`work` return before it sets `result`, so the sum is dropped.",
                ),
                Right("No such key", MISSING),
                Wrong(
                    "0",
                    0,
                    "Tempting: a cancelled job has no sum. Nothing stores a 0: the script only "
                    "copies a result that is not `None`.",
                ),
            ),
            why="Start pops `thr_result`, and Cancel makes the thread return before it sets "
            "`Job.result`. The script copies only a result that is there, so the key stays "
            "absent.",
            see="How it works",
            tab="A background job",
        ),
    ),
    "shared-state": (
        Question(
            id="shared-state.1",
            snippet="shared_state_classes.py",
            prompt="An `Order` made on the first run is kept in a cache. You click **Rerun**. "
            "What does `isinstance(kept, Order)` say?",
            steps=(Click("Rerun"),),
            observe=(PageLine("isinstance(kept, Order):"),),
            options=(
                Wrong(
                    "True",
                    "isinstance(kept, Order): True",
                    "Tempting: the object was made from `Order`. Each run executes "
                    "`class Order:` again and makes a new class.",
                ),
                Right("False", "isinstance(kept, Order): False"),
            ),
            why="Every run executes the script anew, so `class Order:` makes a new class each "
            "time. The kept object belongs to the first run's class, which is not this run's.",
            see="How it works",
        ),
    ),
}
