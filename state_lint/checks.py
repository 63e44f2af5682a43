"""One function per rule. Each reads the `Script` index and yields (rule id, node, message)."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from typing import TypeVar

from state_lint.script import (
    CALLBACK_KEYWORDS,
    CLICKABLE,
    WIDGETS,
    KeyRef,
    Scope,
    Script,
    WidgetCall,
    bound_names,
    const_str,
    dotted,
    keyword,
    names_in,
    walk_scope,
)

Hit = tuple[str, ast.AST, str]
Check = Callable[[Script], Iterator[Hit]]
# The rules each check can emit: `--list-rules`, the tests and the docs read this registry.
EMITS: dict[str, tuple[str, ...]] = {}


AnyCheck = TypeVar("AnyCheck", bound=Callable[..., Iterator[Hit]])


def emits(*rules: str) -> Callable[[AnyCheck], AnyCheck]:
    """Declare the rule ids a check can emit."""

    def register(check: AnyCheck) -> AnyCheck:
        EMITS[check.__name__] = rules
        return check

    return register


def _short(node: ast.AST, limit: int = 40) -> str:
    text = ast.unparse(node)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- SS001 and SS015: the order of one run ---------------------------------------------------


def _either(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """Keys drawn on either of two paths; None when neither path goes on."""
    if a is None:
        return b
    if b is None:
        return a
    return a | b


_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})


def _catches_only_import_errors(handler: ast.ExceptHandler) -> bool:
    """`except ImportError:` or `except (ImportError, ModuleNotFoundError):`."""
    if handler.type is None:
        return False
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return all(isinstance(n, ast.Name) and n.id in _IMPORT_ERRORS for n in names)


def _position(node: ast.AST) -> tuple[int, int]:
    return getattr(node, "lineno", 0), getattr(node, "col_offset", 0)


class _RunOrder:
    """Walks a block of statements in execution order, tracking the widget keys already drawn.

    Branches of an `if` start from the same keys and merge afterwards; a loop body counts once
    (repeated keys in loops are SS010). Function bodies are walked as their own runs.
    """

    def __init__(self, script: Script) -> None:
        self.script = script
        self.widget_at = {w.node: w for w in script.widgets}
        self.write_at: dict[ast.AST, KeyRef] = {
            ref.node: ref for ref in script.refs_of("write", "augment")
        }
        self.hits: list[Hit] = []
        self._draws_of_function: dict[str, set[str]] = {}

    def run(self, body: list[ast.stmt]) -> None:
        self.block(body, set())

    def block(self, body: list[ast.stmt], drawn: set[str]) -> set[str] | None:
        """The keys drawn after `body`, or None when it always returns, raises or stops."""
        for stmt in body:
            after = self.statement(stmt, drawn)
            if after is None:
                return None
            drawn = after
        return drawn

    def statement(self, stmt: ast.stmt, drawn: set[str]) -> set[str] | None:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return drawn
        if isinstance(stmt, ast.Return | ast.Raise):
            value = stmt.value if isinstance(stmt, ast.Return) else stmt.exc
            if value is not None:
                self.events([value], drawn)
            return None
        if isinstance(stmt, ast.If):
            drawn = self.events([stmt.test], drawn)
            return _either(self.block(stmt.body, set(drawn)), self.block(stmt.orelse, set(drawn)))
        if isinstance(stmt, ast.For | ast.AsyncFor | ast.While):
            head = [stmt.iter] if isinstance(stmt, ast.For | ast.AsyncFor) else [stmt.test]
            drawn = self.events(head, drawn)
            drawn |= self.block(stmt.body, set(drawn)) or set()
            return self.block(stmt.orelse, drawn)
        if isinstance(stmt, ast.With | ast.AsyncWith):
            drawn = self.events([item.context_expr for item in stmt.items], drawn)
            return self.block(stmt.body, drawn)
        if isinstance(stmt, ast.Try | ast.TryStar):
            before = set(drawn)
            after = self.block(stmt.body, set(drawn))
            for handler in stmt.handlers:
                start = set(after) if after is not None else set(drawn)
                if _catches_only_import_errors(handler):
                    start = before | self.drawn_before_last_import(stmt.body)
                after = _either(after, self.block(handler.body, start))
            if after is not None:
                after = self.block(stmt.orelse, after)
            final = self.block(stmt.finalbody, set(after) if after is not None else set(drawn))
            return None if after is None else final
        if isinstance(stmt, ast.Match):
            drawn = self.events([stmt.subject], drawn)
            merged: set[str] | None = set(drawn)
            for case in stmt.cases:
                merged = _either(merged, self.block(case.body, set(drawn)))
            return merged
        drawn = self.events([stmt], drawn)
        if isinstance(stmt, ast.Expr) and self.script.is_streamlit_function(stmt.value, "stop"):
            return None
        return drawn

    def events(self, nodes: list[ast.AST], drawn: set[str]) -> set[str]:
        """Widgets drawn by these nodes come first, then the state writes (the right-hand side
        of an assignment runs before the assignment)."""
        calls: list[ast.AST] = []
        for root in nodes:
            calls.extend(walk_scope(root) if not isinstance(root, ast.Lambda) else ())
        calls.sort(key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0)))
        drawn = set(drawn)
        for node in calls:
            widget = self.widget_at.get(node)
            if widget is not None and widget.key_name is not None:
                key = widget.key_name
                if key in drawn and widget.widget != "form":
                    self.hits.append(
                        (
                            "SS015",
                            widget.node,
                            f"key '{key}' is used by a second widget in the same run "
                            "(StreamlitDuplicateElementKey); give each widget its own key",
                        )
                    )
                drawn.add(key)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                drawn |= self.draws_of_function(node.func.id)
        for node in calls:
            ref = self.write_at.get(node)
            if ref is not None and ref.key in drawn:
                self.hits.append(
                    (
                        "SS001",
                        ref.node,
                        f"'{ref.key}' is assigned after its widget was drawn in this run "
                        "(StreamlitWidgetAlreadyInstantiatedError); set it before the widget "
                        "or in a callback",
                    )
                )
        return drawn

    def drawn_before_last_import(self, body: list[ast.stmt]) -> set[str]:
        """Keys of the widgets a try body draws before its last import: only an import can
        raise ImportError, so an `except ImportError` runs after those widgets at the latest."""
        nodes = [n for stmt in body for n in walk_scope(stmt)]
        imports = [_position(n) for n in nodes if isinstance(n, ast.Import | ast.ImportFrom)]
        if not imports:
            return set()
        last = max(imports)
        return {
            widget.key_name
            for n in nodes
            if (widget := self.widget_at.get(n)) is not None
            and widget.key_name is not None
            and _position(n) < last
        }

    def draws_of_function(self, name: str) -> set[str]:
        """Keys a module-level function of this file may draw when called."""
        if name in self._draws_of_function:
            return self._draws_of_function[name]
        self._draws_of_function[name] = set()  # guards recursion
        keys: set[str] = set()
        for func in self.script.functions.get(name, []):
            if self.script.scope_of(func) is not self.script.tree:
                continue
            for node in walk_scope(func):
                widget = self.widget_at.get(node)
                if widget is not None and widget.key_name is not None:
                    keys.add(widget.key_name)
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    keys |= self.draws_of_function(node.func.id)
        self._draws_of_function[name] = keys
        return keys


@emits("SS001", "SS015")
def run_order(script: Script) -> Iterator[Hit]:
    order = _RunOrder(script)
    order.run(script.tree.body)
    for node in script.nodes:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            order.run(node.body)
    # the same write can be reached twice (e.g. a loop body); report it once
    seen: set[tuple[str, int]] = set()
    for rule, node, message in order.hits:
        if (rule, id(node)) not in seen:
            seen.add((rule, id(node)))
            yield rule, node, message


# -- SS002 -------------------------------------------------------------------------------


def _only_in_other_branch(script: Script, widget: WidgetCall, key: str) -> bool:
    """Every state write of `key` sits in the other branch of an `if` that draws the widget in
    one branch: the widget and the write never meet in one run."""
    writes = [r for r in script.refs_of("write", "setdefault") if r.key == key]
    if not writes:
        return False
    for ref in writes:
        apart = False
        for ancestor in script.ancestors(widget.node):
            if not isinstance(ancestor, ast.If):
                continue
            in_body = any(a in ancestor.body for a in (widget.node, *script.ancestors(widget.node)))
            branch = ancestor.orelse if in_body else ancestor.body
            if any(a in branch for a in (ref.node, *script.ancestors(ref.node))):
                apart = True
                break
        if not apart:
            return False
    return True


@emits("SS002")
def default_and_state(script: Script) -> Iterator[Hit]:
    order = _RunOrder(script)
    order.run(script.tree.body)
    for node in script.nodes:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            order.run(node.body)
    raising = {id(node) for rule, node, _ in order.hits if rule == "SS001"}
    # A write after the widget raises (SS001), so it never gives the key a value.
    written = {r.key for r in script.refs_of("write", "setdefault") if id(r.node) not in raising}
    for widget in script.widgets:
        key, spec = widget.key_name, widget.spec
        if key is None or key not in written or spec.default is None:
            continue
        if _only_in_other_branch(script, widget, key):
            continue
        kw = keyword(widget.node, spec.default)
        value: ast.expr | None = kw.value if kw else None
        if value is None and spec.position is not None and len(widget.node.args) > spec.position:
            value = widget.node.args[spec.position]
        if value is None:
            continue
        if isinstance(value, ast.Constant) and any(
            value.value == empty and type(value.value) is type(empty) for empty in spec.no_default
        ):
            continue
        yield (
            "SS002",
            value,
            f"widget '{key}' gets {spec.default}= and a session-state value for its key: "
            f"{spec.default}= is ignored; set one or the other",
        )


# -- SS003 -------------------------------------------------------------------------------


def _top_level_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Statements that run on every run: the module body and `with` blocks, not branches."""
    for stmt in body:
        yield stmt
        if isinstance(stmt, ast.With | ast.AsyncWith):
            yield from _top_level_statements(stmt.body)


def _is_literal(node: ast.expr) -> bool:
    """A default-like value: a constant, or a list, tuple, set or dict of them."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return True
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return all(_is_literal(item) for item in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is None or _is_literal(k) for k in node.keys) and all(
            _is_literal(v) for v in node.values
        )
    return False


@emits("SS003")
def _clears_state(script: Script, body: list[ast.stmt]) -> int | None:
    """The line of a module-level `st.session_state.clear()`, which resets on purpose."""
    for stmt in body:
        if (
            isinstance(stmt, ast.Expr)
            and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Attribute)
            and stmt.value.func.attr == "clear"
            and script.is_session_state(stmt.value.func.value)
        ):
            return stmt.lineno
    return None


def reset_every_run(script: Script) -> Iterator[Hit]:
    cleared = _clears_state(script, script.tree.body)
    writes = {ref.node: ref for ref in script.refs_of("write")}
    reads_state = {ref.node for ref in script.refs_of("read", "get", "contains", "pop")}
    for stmt in _top_level_statements(script.tree.body):
        if cleared is not None and stmt.lineno > cleared:
            break  # the script starts over on purpose: everything after sets fresh values
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            value = stmt.value
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            targets, value = [stmt.value], None  # st.session_state.update({...})
        else:
            continue
        if value is not None and any(
            node in reads_state or (isinstance(node, ast.Call) and script.widget_name(node))
            for node in ast.walk(value)
        ):
            continue  # copies a value out of session state or a widget: nothing is reset
        if value is not None and not _is_literal(value):
            continue  # a value computed in this run (a result, a copy): meant to be fresh
        for target in targets:
            ref = writes.get(target)
            if ref is None:
                continue
            yield (
                "SS003",
                ref.node,
                f"'{ref.key}' is set on every run, so it resets on each rerun; initialize it "
                f"once: st.session_state.setdefault('{ref.key}', ...)",
            )


# -- SS004 is in order.py: it follows the run across the files of an app. -----------------


# -- SS005 -------------------------------------------------------------------------------


def _returns_callable(script: Script, name: str) -> bool:
    """A factory: a function of this file that returns a lambda or a nested function."""
    for func in script.functions.get(name, []):
        inner = {n.name for n in ast.walk(func) if isinstance(n, ast.FunctionDef) and n is not func}
        for node in walk_scope(func):
            if isinstance(node, ast.Return) and node.value is not None:
                if isinstance(node.value, ast.Lambda):
                    return True
                if isinstance(node.value, ast.Name) and node.value.id in inner:
                    return True
    return False


_WRAPPER_WORDS = ("sync", "wrap", "callback", "handler", "partial", "bind", "make_", "create_")


def _wraps_a_callable(script: Script, call: ast.Call) -> bool:
    """`async_to_sync(handler)`, `make_callback(save)`: a factory given a function returns the
    callable to pass, and nothing is called while drawing."""
    name = (dotted(call.func) or "").rpartition(".")[2].lower()
    if any(word in name for word in _WRAPPER_WORDS):
        return True
    for arg in call.args:
        target = arg.attr if isinstance(arg, ast.Attribute) else getattr(arg, "id", None)
        if target is None or not isinstance(arg, ast.Name | ast.Attribute):
            continue
        if target in script.functions or target.startswith(("handle", "on_")):
            return True
    return False


@emits("SS005")
def called_callbacks(script: Script) -> Iterator[Hit]:
    for node in script.nodes:
        if not isinstance(node, ast.Call):
            continue
        for kw in node.keywords:
            if kw.arg not in CALLBACK_KEYWORDS or not isinstance(kw.value, ast.Call):
                continue
            callee = kw.value.func
            qualified = script.qualified(callee) or ""
            if qualified.rpartition(".")[2] == "partial":
                continue
            if isinstance(callee, ast.Name) and _returns_callable(script, callee.id):
                continue
            if _wraps_a_callable(script, kw.value):
                continue
            name = _short(callee)
            fix = f"{kw.arg}={name}"
            arguments = [ast.unparse(a) for a in kw.value.args]
            if arguments:
                fix += f", args=({', '.join(arguments)},)"
            if kw.value.keywords:
                fix += ", kwargs={...}"
            yield (
                "SS005",
                kw.value,
                f"{kw.arg}={_short(kw.value)} calls {name} while the widget is drawn, on every "
                f"run; pass the function itself: {fix}",
            )


# -- SS006 -------------------------------------------------------------------------------


def _is_click_test(script: Script, test: ast.AST, click_names: set[str]) -> bool:
    for node in walk_scope(test):
        if isinstance(node, ast.Call) and script.widget_name(node) in CLICKABLE:
            return True
        if isinstance(node, ast.Name) and node.id in click_names:
            return True
    return False


def _may_hold_without_click(script: Script, test: ast.AST, click_names: set[str]) -> bool:
    """`if not loaded or refresh:` is true without a click, so a button inside can fire."""
    return (
        isinstance(test, ast.BoolOp)
        and isinstance(test.op, ast.Or)
        and not all(_is_click_test(script, value, click_names) for value in test.values)
    )


@emits("SS006")
def nested_buttons(script: Script) -> Iterator[Hit]:
    click_names: dict[Scope, set[str]] = {}
    for widget in script.widgets:
        if widget.widget in CLICKABLE:
            parent = script.parents.get(widget.node)
            if isinstance(parent, ast.Assign | ast.NamedExpr):
                targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
                names = set().union(*(bound_names(t) for t in targets))
                click_names.setdefault(script.scope_of(widget.node), set()).update(names)
    for node in script.nodes:
        if not isinstance(node, ast.If):
            continue
        names = click_names.get(script.scope_of(node), set())
        if not _is_click_test(script, node.test, names):
            continue
        inner_names = names_in(node.test) & names
        child: ast.AST = node
        for ancestor in script.ancestors(node):
            if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                break
            if (
                isinstance(ancestor, ast.If)
                and child in ancestor.body
                and _is_click_test(script, ancestor.test, names)
                and not _may_hold_without_click(script, ancestor.test, names)
                and not (inner_names and inner_names <= names_in(ancestor.test))
            ):
                yield (
                    "SS006",
                    node.test,
                    f"this button is inside `if {_short(ancestor.test)}:` and can never fire: "
                    "its click reruns the script with the outer button False; keep a flag in "
                    "session state",
                )
                break
            child = ancestor


# -- SS007 -------------------------------------------------------------------------------


@emits("SS007")
def read_only_keys(script: Script) -> Iterator[Hit]:
    read_only = {w.key_name: w.widget for w in script.widgets if w.key_name and not w.spec.writable}
    for ref in script.refs_of("write", "augment", "setdefault"):
        widget = read_only.get(ref.key)
        if widget is not None:
            what = "st.form" if widget == "form" else f"st.{widget}"
            yield (
                "SS007",
                ref.node,
                f"'{ref.key}' is the key of a {what}, whose value cannot be set "
                "(StreamlitValueAssignmentNotAllowedError); keep your own key",
            )


# -- SS008 and SS009: what is stored -----------------------------------------------------

_UNPICKLABLE_CALLS = {
    "open": "open file",
    "io.open": "open file",
    "tempfile.TemporaryFile": "open file",
    "tempfile.NamedTemporaryFile": "open file",
    "threading.Lock": "lock",
    "threading.RLock": "lock",
    "threading.Condition": "lock",
    "threading.Semaphore": "lock",
    "threading.BoundedSemaphore": "lock",
    "threading.Event": "lock",
    "threading.Barrier": "lock",
    "threading.Thread": "thread",
    "threading.Timer": "thread",
    "multiprocessing.Lock": "lock",
    "multiprocessing.Process": "process",
    "multiprocessing.Pool": "process pool",
    "concurrent.futures.ThreadPoolExecutor": "thread pool",
    "concurrent.futures.ProcessPoolExecutor": "process pool",
    "queue.Queue": "queue (it holds a lock)",
    "asyncio.new_event_loop": "event loop",
    "asyncio.get_event_loop": "event loop",
    "socket.socket": "socket",
    "socket.create_connection": "socket",
    "sqlalchemy.create_engine": "database engine",
    "streamlit.connection": "connection",
}
_CONNECTING_MODULES = {
    "sqlite3",
    "psycopg2",
    "psycopg",
    "pymysql",
    "MySQLdb",
    "mysql.connector",
    "pyodbc",
    "duckdb",
    "cx_Oracle",
    "oracledb",
    "redis",
}


def _stored_kinds(
    script: Script, value: ast.AST, scope: Scope, depth: int = 0
) -> Iterator[tuple[str, str, ast.AST]]:
    """(rule, what, node) for each unpicklable or script-class value inside `value`."""
    if depth > 3:
        return
    if isinstance(value, ast.Lambda):
        yield "SS008", "lambda", value
    elif isinstance(value, ast.GeneratorExp):
        yield "SS008", "generator", value
    elif isinstance(value, ast.List | ast.Tuple | ast.Set):
        for element in value.elts:
            yield from _stored_kinds(script, element, scope, depth + 1)
    elif isinstance(value, ast.Dict):
        for element in value.values:
            yield from _stored_kinds(script, element, scope, depth + 1)
    elif isinstance(value, ast.Name):
        for bound in script.binding_values(value.id, scope):
            if isinstance(bound, ast.Call) and script.qualified(bound.func) in ("open", "io.open"):
                yield "SS008", "open file", value  # `with open(...) as f` binds f
                continue
            for rule, what, _ in _stored_kinds(script, bound, scope, depth + 1):
                yield rule, what, value
    elif isinstance(value, ast.Call):
        qualified = script.qualified(value.func) or ""
        module, _, attr = qualified.rpartition(".")
        if qualified in _UNPICKLABLE_CALLS:
            yield "SS008", _UNPICKLABLE_CALLS[qualified], value
        elif attr == "connect" and module in _CONNECTING_MODULES:
            yield "SS008", "connection", value
        elif isinstance(value.func, ast.Name) and value.func.id in script.generator_functions:
            yield "SS008", "generator", value
        elif (
            isinstance(value.func, ast.Name)
            and value.func.id in script.classes
            and _draws_at_module_level(script)
        ):
            yield "SS009", value.func.id, value  # a module imported once keeps its classes


@emits("SS008", "SS009")
def stored_values(script: Script) -> Iterator[Hit]:
    for ref in script.refs_of("write", "setdefault"):
        if ref.value is None:
            continue
        scope = script.scope_of(ref.node)
        for rule, what, node in _stored_kinds(script, ref.value, scope):
            if rule == "SS008":
                message = (
                    f"stores a {what} in '{ref.key}': it cannot be pickled, so the run fails "
                    "with runner.enforceSerializableSessionState on; store plain data"
                )
            else:
                message = (
                    f"stores a {what}, a class defined in this script, in '{ref.key}': each "
                    "rerun defines a new class, so isinstance() and pickling fail on the next "
                    "run; define it in a module you import"
                )
            yield rule, node, message


# -- SS010 and SS013: keys and loops -----------------------------------------------------

_CLOCK_AND_RANDOM = {
    "uuid.uuid1",
    "uuid.uuid4",
    "time.time",
    "time.time_ns",
    "time.perf_counter",
    "time.monotonic",
    "datetime.datetime.now",
    "datetime.datetime.utcnow",
    "datetime.date.today",
    "datetime.now",
    "datetime.utcnow",
    "date.today",
    "os.urandom",
    "secrets.token_hex",
    "secrets.token_urlsafe",
    "secrets.randbelow",
}


def _changing_call(script: Script, node: ast.AST) -> str | None:
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        qualified = script.qualified(call.func) or ""
        if (
            qualified in _CLOCK_AND_RANDOM
            or qualified.startswith("random.")
            or qualified.startswith(("numpy.random.", "np.random."))
        ):
            return qualified
    return None


@emits("SS013")
def changing_keys(script: Script) -> Iterator[Hit]:
    for widget in script.widgets:
        if widget.key is None:
            continue
        source = _changing_call(script, widget.key)
        if source is not None and next(_enclosing_loops(script, widget.node), None) is None:
            yield (
                "SS013",
                widget.key,
                f"the key calls {source}(), so it is new on every run: the widget is "
                "recreated each run and forgets its value; use a stable key",
            )


def _loop_names(loop: ast.AST) -> set[str]:
    if isinstance(loop, ast.comprehension):
        return bound_names(loop.target)
    assert isinstance(loop, ast.For | ast.AsyncFor)
    names = bound_names(loop.target)
    for node in ast.walk(loop):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.NamedExpr):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names |= bound_names(target)
        elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            names |= bound_names(node.target)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            names |= bound_names(node.optional_vars)
    return names


def _enclosing_forms(script: Script, widget: WidgetCall) -> list[ast.Call]:
    """The `st.form(...)` calls a widget is drawn in: its receiver or a `with` around it."""
    scope = script.scope_of(widget.node)

    def forms(node: ast.AST) -> list[ast.Call]:
        if isinstance(node, ast.Call) and script.widget_name(node) == "form":
            return [node]
        if isinstance(node, ast.Name):
            return [f for v in script.binding_values(node.id, scope) for f in forms(v)]
        return []

    receiver = widget.node.func.value if isinstance(widget.node.func, ast.Attribute) else None
    found = forms(receiver) if receiver is not None else []
    for ancestor in script.ancestors(widget.node):
        if found or isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            break
        if isinstance(ancestor, ast.With | ast.AsyncWith):
            found = [f for item in ancestor.items for f in forms(item.context_expr)]
    return found


def _identity_parts(script: Script, widget: WidgetCall) -> list[ast.AST]:
    """What tells two drawings of a widget apart: its key, or without one, its arguments
    (callbacks and their args are not part of a widget's identity) and the form it is in,
    whose key Streamlit puts in the id of every widget without a key."""
    if widget.key is not None:
        return [widget.key]
    skip = CALLBACK_KEYWORDS | {"args", "kwargs"}
    forms = [part for form in _enclosing_forms(script, widget) for part in _form_key(form)]
    return [
        *widget.node.args,
        *(kw.value for kw in widget.node.keywords if kw.arg not in skip),
        *forms,
    ]


def _form_key(form: ast.Call) -> list[ast.AST]:
    """The key of an `st.form(...)` call: its first argument or `key=`."""
    key = keyword(form, "key")
    return [key.value] if key is not None else form.args[:1]


def _enclosing_loops(script: Script, node: ast.AST) -> Iterator[ast.AST]:
    child = node
    for ancestor in script.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return
        if isinstance(ancestor, ast.For | ast.AsyncFor) and child in ancestor.body:
            yield ancestor
        elif isinstance(ancestor, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            yield from ancestor.generators
        child = ancestor


# Elements that only get an identity (and can only collide) when given a key.
_ID_ONLY_WITH_KEY = frozenset({"tabs", "expander", "popover", "link_button"})


def _counted(script: Script) -> set[str]:
    """Names incremented somewhere in the file (`n += 1`): a key built from one changes."""
    return {
        n.target.id if isinstance(n.target, ast.Name) else n.target.attr
        for n in script.nodes
        if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name | ast.Attribute)
    }


def _key_changes_by_itself(script: Script, key: ast.AST, counted: set[str]) -> bool:
    """A key that calls a function of its own (a counter, a unique id) or uses a counter."""
    for node in ast.walk(key):
        if isinstance(node, ast.Call) and (dotted(node.func) or "") not in ("str", "int", "len"):
            if not (isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join")):
                return True
        if isinstance(node, ast.Name) and node.id in counted:
            return True
        if isinstance(node, ast.Attribute) and node.attr in counted:
            return True
    return False


@emits("SS010")
def _pinned(script: Script, node: ast.AST, loop: ast.AST) -> bool:
    """The widget sits under `if <loop variable> == <value>`, alone or as one operand of an
    `and`, inside the loop: at most one pass draws it."""
    names = bound_names(loop.target) if isinstance(loop, ast.For | ast.AsyncFor) else set()
    # `for q in group` inside `for name, group in groups`: q takes each value of one group
    # per pass of the outer loop, so `if q == value` pins the widget to one pass of both.
    inner: list[ast.For | ast.AsyncFor] = []
    for ancestor in script.ancestors(node):
        if ancestor is loop:
            break
        if isinstance(ancestor, ast.For | ast.AsyncFor):
            inner.append(ancestor)
    for nested in reversed(inner):
        if names & names_in(nested.iter):
            names |= bound_names(nested.target)
    for ancestor in script.ancestors(node):
        if ancestor is loop:
            return False
        if not isinstance(ancestor, ast.If):
            continue
        # `if name == "x":`, or `if name == "x" and <more>:`, which holds on fewer passes still.
        test = ancestor.test
        tests = (
            test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
        )
        for part in tests:
            if (
                isinstance(part, ast.Compare)
                and all(isinstance(op, ast.Eq | ast.Is) for op in part.ops)
                and names & names_in(part)
            ):
                return True
    return False


def loop_keys(script: Script) -> Iterator[Hit]:
    counted = _counted(script)
    for widget in script.widgets:
        if widget.key is not None and _key_changes_by_itself(script, widget.key, counted):
            continue
        if widget.key is not None and _changing_call(script, widget.key):
            continue  # SS013
        if widget.key is None and widget.widget in _ID_ONLY_WITH_KEY:
            continue
        parts = _identity_parts(script, widget)
        used = set().union(*(names_in(p) for p in parts)) if parts else set()
        for loop in _enclosing_loops(script, widget.node):
            if used & _loop_names(loop) or _pinned(script, widget.node, loop):
                continue
            target = ast.unparse(loop.target)
            if widget.key is not None:
                message = (
                    f"key {_short(widget.key)} does not change with the loop over {target}: "
                    "the second pass raises StreamlitDuplicateElementKey; put the loop "
                    "variable in the key"
                )
            else:
                message = (
                    f"st.{widget.widget} in a loop over {target} looks the same on every pass "
                    "(StreamlitDuplicateElementId); give it a key built from the loop variable"
                )
            yield "SS010", widget.key or widget.node, message
            break


# -- SS011 -------------------------------------------------------------------------------

_MUTABLE_CALLS = {
    "list",
    "dict",
    "set",
    "collections.defaultdict",
    "collections.deque",
    "collections.OrderedDict",
    "collections.Counter",
}
_MUTATING_METHODS = {
    "append",
    "extend",
    "insert",
    "add",
    "update",
    "pop",
    "popitem",
    "remove",
    "discard",
    "clear",
    "setdefault",
    "appendleft",
    "extendleft",
    "popleft",
    "sort",
    "reverse",
}


def _module_mutables(script: Script) -> dict[str, str]:
    """Module-level names bound to a list, dict or set (name -> what it is)."""
    found: dict[str, str] = {}
    for node in walk_scope(script.tree):
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        if script.scope_of(node) is not script.tree:
            continue
        value = node.value
        what = None
        if isinstance(value, ast.List | ast.ListComp):
            what = "list"
        elif isinstance(value, ast.Dict | ast.DictComp):
            what = "dict"
        elif isinstance(value, ast.Set | ast.SetComp):
            what = "set"
        elif isinstance(value, ast.Call) and script.qualified(value.func) in _MUTABLE_CALLS:
            what = (script.qualified(value.func) or "").rpartition(".")[2]
        if what:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    found[target.id] = what
    return found


def _local_names(func: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> set[str]:
    args = func.args
    names = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
    names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
    declared_global: set[str] = set()
    for node in walk_scope(func):
        if isinstance(node, ast.Global):
            declared_global |= set(node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names - declared_global


_SHARED_ON_PURPOSE = ("cache", "registry", "registered", "memo", "lock", "pool")


def _returns_own_callable(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A decorator or factory: returns one of its parameters or a function it defines."""
    params = {a.arg for a in [*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs]}
    inner = {
        n.name for n in walk_scope(func) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    return any(
        isinstance(n, ast.Return) and isinstance(n.value, ast.Name) and n.value.id in params | inner
        for n in walk_scope(func)
    )


def _uses_lock(script: Script) -> bool:
    """The file creates a lock or semaphore: its shared objects are shared on purpose."""
    return any(
        isinstance(n, ast.Call)
        and (script.qualified(n.func) or "").rpartition(".")[2]
        in ("Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition")
        for n in script.nodes
    )


def _passed_as(script: Script) -> tuple[set[str], set[str]]:
    """(names passed as a widget callback, names passed as a callback to anything else, such as
    a worker thread or a media stream)."""
    widget_callbacks: set[str] = set()
    other: set[str] = set()
    for node in script.nodes:
        if not isinstance(node, ast.Call):
            continue
        is_widget = script.widget_name(node) is not None
        for kw in node.keywords:
            value = kw.value
            if isinstance(value, ast.Call) and (script.qualified(value.func) or "").endswith(
                "partial"
            ):
                value = value.args[0] if value.args else value
            if not isinstance(value, ast.Name):
                continue
            if is_widget and kw.arg in CALLBACK_KEYWORDS:
                widget_callbacks.add(value.id)
            elif kw.arg and kw.arg not in ("args", "kwargs"):
                other.add(value.id)
        for arg in node.args:
            if isinstance(arg, ast.Name) and not is_widget:
                other.add(arg.id)
    return widget_callbacks, other


def _draws_at_module_level(script: Script) -> bool:
    """A script Streamlit runs (it draws when run), not a module other files import."""
    for node in walk_scope(script.tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in script.functions:
            return True  # main() and the like
        receiver = func.value if isinstance(func, ast.Attribute) else func
        if script.widget_name(node) or script.is_streamlit(receiver):
            return True
    return False


@emits("SS011")
def module_mutables(script: Script) -> Iterator[Hit]:
    mutables = {
        name: what
        for name, what in _module_mutables(script).items()
        if not any(word in name.lower() for word in _SHARED_ON_PURPOSE)
    }
    if not mutables or _uses_lock(script):
        return
    widget_callbacks, other_callbacks = _passed_as(script)
    is_script = _draws_at_module_level(script)
    for func in script.nodes:
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if func.name in other_callbacks and func.name not in widget_callbacks:
            continue  # runs in another thread or for another library: shared on purpose
        if is_script and func.name not in widget_callbacks:
            continue  # a helper of the run: the list is rebuilt and used within one run
        outer = [
            a
            for a in script.ancestors(func)
            if isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        if any(_returns_own_callable(f) for f in (func, *outer)):
            continue  # a decorator filling a registry
        local = _local_names(func)
        for node in walk_scope(func):
            name = None
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _MUTATING_METHODS
                and isinstance(node.func.value, ast.Name)
            ):
                name = node.func.value.id
            elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store | ast.Del):
                if isinstance(node.value, ast.Name):
                    name = node.value.id
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                name = node.target.id
            if name in mutables and name not in local:
                yield (
                    "SS011",
                    node,
                    f"module-level {mutables[name]} '{name}' is changed in {func.name}(): it "
                    "is not per user (one object for every session when imported, rebuilt "
                    "on every run in the script); use st.session_state",
                )


# -- SS012 -------------------------------------------------------------------------------


def _in_fragment(script: Script, node: ast.AST) -> bool:
    """Whether `node` is drawn by a function decorated with @st.fragment."""
    for ancestor in script.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            for decorator in ancestor.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if (script.qualified(target) or "").endswith("fragment"):
                    return True
    return False


def _is_dialog(script: Script, func: ast.AST) -> bool:
    """A function decorated with @st.dialog: st.rerun() in it is how the dialog closes."""
    if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    for decorator in func.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if (script.qualified(target) or "").endswith("dialog"):
            return True
    return False


def _callbacks(script: Script) -> Iterator[tuple[str, ast.AST]]:
    """(name, function or lambda) for every callable passed as on_click/on_change/... by a
    widget outside a fragment (there, st.rerun() in a callback asks for a full-app rerun
    instead of the fragment's own, which is a reason to call it)."""
    for node in script.nodes:
        if not isinstance(node, ast.Call) or _in_fragment(script, node):
            continue
        for kw in node.keywords:
            if kw.arg not in CALLBACK_KEYWORDS:
                continue
            value = kw.value
            if isinstance(value, ast.Call) and (script.qualified(value.func) or "").endswith(
                "partial"
            ):
                value = value.args[0] if value.args else value
            if isinstance(value, ast.Lambda):
                yield "lambda", value
            elif isinstance(value, ast.Name):
                for func in script.functions.get(value.id, []):
                    if not _is_dialog(script, func):
                        yield value.id, func


@emits("SS012")
def rerun_in_callbacks(script: Script) -> Iterator[Hit]:
    seen: set[ast.AST] = set()
    for name, func in _callbacks(script):
        for node in walk_scope(func):
            if node in seen or not script.is_streamlit_function(node, "rerun"):
                continue
            assert isinstance(node, ast.Call)
            scope = node.args[0] if node.args else None
            if scope is None:
                kw = keyword(node, "scope")
                scope = kw.value if kw else None
            if scope is not None and const_str(scope) != "app":
                continue  # st.rerun("fragment_key") is meant for callbacks
            seen.add(node)
            yield (
                "SS012",
                node,
                f"st.rerun() in callback {name}: it stops the callback on this line, and a "
                "rerun follows every callback anyway; remove it",
            )


# -- SS014 -------------------------------------------------------------------------------


def _is_form(script: Script, node: ast.AST, scope: Scope) -> bool:
    if isinstance(node, ast.Call):
        return script.widget_name(node) == "form"
    if isinstance(node, ast.Name):
        return any(_is_form(script, v, scope) for v in script.binding_values(node.id, scope))
    return False


@emits("SS014")
def callbacks_in_forms(script: Script) -> Iterator[Hit]:
    for widget in script.widgets:
        if widget.widget in ("form", "form_submit_button", "button", "download_button"):
            continue
        callback = next(
            (
                kw
                for kw in widget.node.keywords
                if kw.arg in CALLBACK_KEYWORDS
                and not (isinstance(kw.value, ast.Constant) and kw.value.value is None)
            ),
            None,
        )
        if callback is None:
            continue
        scope = script.scope_of(widget.node)
        receiver = widget.node.func.value if isinstance(widget.node.func, ast.Attribute) else None
        in_form = receiver is not None and _is_form(script, receiver, scope)
        for ancestor in script.ancestors(widget.node):
            if in_form or isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
                break
            if isinstance(ancestor, ast.With | ast.AsyncWith):
                in_form = any(_is_form(script, i.context_expr, scope) for i in ancestor.items)
        if in_form:
            yield (
                "SS014",
                callback.value,
                f"{callback.arg}= on st.{widget.widget} inside a form: only "
                "st.form_submit_button may have a callback there "
                "(StreamlitInvalidFormCallbackError)",
            )


CHECKS: tuple[Check, ...] = (
    run_order,
    default_and_state,
    reset_every_run,
    called_callbacks,
    nested_buttons,
    read_only_keys,
    stored_values,
    loop_keys,
    module_mutables,
    rerun_in_callbacks,
    changing_keys,
    callbacks_in_forms,
)

__all__ = ["CHECKS", "EMITS", "WIDGETS", "Hit", "emits"]
