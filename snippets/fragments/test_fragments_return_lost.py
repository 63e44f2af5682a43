"""fragments_return_lost.py alone: the return value is only received
in a full run, and nothing keeps it. (In a browser the click reruns
only the fragment and it is lost at once.)

Put fragments_return_lost.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "fragments_return_lost.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_returned_size_is_not_kept():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.info[0].value == "No size chosen yet."
    at.slider(key="frag_size_lost").set_value(6).run()
    at.button(key="frag_use_lost").click().run()
    # a full run received it...
    assert at.success[0].value == "The page uses size 6."
    at.run()
    # ...and nothing kept it
    assert at.info[0].value == "No size chosen yet."
