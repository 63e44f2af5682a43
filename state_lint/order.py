"""SS004 in the order of the run: a key is read safely only after a write that always runs first.

The script body is walked statement by statement, keeping the set of keys surely present at
each point: a guard (`if "k" not in st.session_state`), a write, `setdefault`, a widget or
component drawn with that key, a loop over literal keys, or an init helper called earlier.
Branches meet with what both give; callbacks run later and add nothing to the body's run. A
page starts with what its app's entry file surely set. Code inside functions runs at a time the
check cannot know, so a read there is flagged only when the key is never set anywhere in the app.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from state_lint.checks import emits
from state_lint.script import CLICKABLE, KeyRef, Script, const_str, dotted

Hit = tuple[str, ast.AST, str]
Known = frozenset[str] | None  # None: this point is never reached (after st.stop, return, ...)
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
# Decorators that register the function nowhere: a method only they decorate runs when named.
_PLAIN_DECORATORS = {"staticmethod", "classmethod"}
_CATCHES_MISSING = {"KeyError", "AttributeError", "Exception", "BaseException", "LookupError"}


def _meet(a: Known, b: Known) -> Known:
    """What both paths surely give (an unreachable path gives everything)."""
    if a is None:
        return b
    if b is None:
        return a
    return a & b


def _literal_strings(node: ast.AST | None) -> set[str] | None:
    """The strings of a tuple, list, set or dict literal (dict: its keys; a list of pairs: the
    first of each pair), else None."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        items: list[ast.AST | None] = list(node.elts)
    elif isinstance(node, ast.Dict):
        items = list(node.keys)
    else:
        return None
    # [("key", default), ...]: the first item of each pair is the key
    firsts = [
        item.elts[0] if isinstance(item, ast.Tuple | ast.List) and item.elts else item
        for item in items
    ]
    keys = {const_str(item) for item in firsts}
    if None in keys or not keys:
        return None
    return {key for key in keys if key is not None}


@dataclass
class App:
    """The files of one Streamlit app, indexed for SS004."""

    scripts: list[Script]
    pages: dict[int, list[Script]] = field(default_factory=dict)  # id(page) -> its entries
    functions: dict[str, list[tuple[Script, FunctionNode]]] = field(default_factory=dict)
    constants: dict[str, set[str]] = field(default_factory=dict)  # NAME = {"a": ..., ...}
    widget_keys: set[str] = field(default_factory=set)  # keys of widgets and components
    anywhere: set[str] = field(default_factory=set)  # keys set, checked or read with a default
    # key -> keys every write of it sets beside it; the same over its writes of a truthy value
    companions: dict[str, frozenset[str]] = field(default_factory=dict)
    truthy_companions: dict[str, frozenset[str]] = field(default_factory=dict)
    writers: dict[str, set[int]] = field(default_factory=dict)  # key -> ids of scripts
    indirect: set[str] = field(default_factory=set)  # keys also set by widgets, loops, ...
    modules: dict[int, str] = field(default_factory=dict)  # id(script) -> "package.module"
    referenced: set[str] = field(default_factory=set)  # names used, attributes, strings
    _summaries: dict[int, Known] = field(default_factory=dict)
    _entry_end: dict[int, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        scripts: list[Script],
        pages: Iterable[tuple[Script, list[Script]]] = (),
        modules: dict[int, str] | None = None,
    ) -> App:
        """Index the scripts of one app; `pages` pairs each page with the entry files that run
        before it in every run; `modules` names each script's module (id(script) -> dotted
        path from the app's folder)."""
        app = cls(scripts, {id(page): entries for page, entries in pages}, modules=modules or {})
        for script in scripts:
            for node in script.nodes:
                # DEFAULTS = {...} or DEFAULTS: dict[str, Any] = {...}
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target: ast.expr = node.targets[0]
                elif isinstance(node, ast.AnnAssign) and node.value is not None:
                    target = node.target
                else:
                    continue
                keys = _literal_strings(node.value)
                if isinstance(target, ast.Name) and keys:
                    app.constants.setdefault(target.id, set()).update(keys)
            for name, funcs in script.functions.items():
                app.functions.setdefault(name, []).extend((script, f) for f in funcs)
        for script in scripts:
            for node in script.nodes:
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                    app.referenced.add(node.id)
                elif isinstance(node, ast.Attribute):
                    app.referenced.add(node.attr)
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    app.referenced.add(node.value)
        named = _class_constants(scripts)
        for script in scripts:
            app.anywhere |= _keys_named_by_constants(script, named)
        for script in scripts:
            app.widget_keys |= component_keys(script)
            app.anywhere |= {
                ref.key for ref in script.refs_of("write", "setdefault", "get", "pop", "contains")
            }
            app.anywhere |= app.widget_keys
            app.anywhere |= _looped_keys(app, script)
            app.anywhere |= _keys_set_through_parameters(app, script)
        app._index_companions()
        return app

    def _index_companions(self) -> None:
        """For each key, the keys written beside it (in the same block) wherever it is written,
        and the same over only its writes of a value that is not falsy (`logged_in = True`)."""
        indirect = set(self.widget_keys)
        for script in self.scripts:
            indirect |= _looped_keys(self, script)
            indirect |= {ref.key for ref in script.refs_of("setdefault")}
        beside: dict[str, list[frozenset[str]]] = {}
        beside_truthy: dict[str, list[frozenset[str]]] = {}
        for script in self.scripts:
            blocks: dict[int, set[str]] = {}
            placed: list[tuple[KeyRef, int]] = []
            for ref in script.refs_of("write"):
                self.writers.setdefault(ref.key, set()).add(id(script))
                block = _block_of(script, ref.node)
                if block is None:
                    continue
                blocks.setdefault(block, set()).add(ref.key)
                placed.append((ref, block))
            for ref, block in placed:
                others = frozenset(blocks[block] - {ref.key})
                beside.setdefault(ref.key, []).append(others)
                if not _is_falsy(ref.value):
                    beside_truthy.setdefault(ref.key, []).append(others)
            for key in script.written_keys() - {ref.key for ref, _ in placed}:
                indirect.add(key)  # written somewhere no block could be found for
        self.indirect = indirect
        for key, groups in beside.items():
            if key not in indirect:
                self.companions[key] = frozenset.intersection(*groups)
        for key, groups in beside_truthy.items():
            if key not in indirect:
                self.truthy_companions[key] = frozenset.intersection(*groups)

    def entry_known(self, page: Script) -> frozenset[str]:
        """Keys every entry file of `page` surely set before the page runs."""
        known: Known = None
        for entry in self.pages.get(id(page), []):
            if id(entry) not in self._entry_end:
                walker = _Walker(self, entry, record=False)
                self._entry_end[id(entry)] = walker.block(entry.tree.body, frozenset()) or (
                    frozenset()
                )
            known = _meet(known, self._entry_end[id(entry)])
        return known or frozenset()

    def summary(self, script: Script, func: FunctionNode) -> frozenset[str]:
        """Keys a function surely sets when called (an init helper)."""
        if id(func) in self._summaries:
            return self._summaries[id(func)] or frozenset()
        self._summaries[id(func)] = frozenset()  # guards recursion
        walker = _Walker(self, script, record=False)
        end = walker.block(func.body, frozenset())
        result: Known = end
        for exit_known in walker.exits:
            result = _meet(result, exit_known)
        self._summaries[id(func)] = result or frozenset()
        return result or frozenset()


def _block_of(script: Script, node: ast.AST) -> int | None:
    """The id of the statement list that holds the statement writing at `node`."""
    stmt: ast.AST = node
    for ancestor in script.ancestors(node):
        if isinstance(stmt, ast.stmt):
            for name in ("body", "orelse", "finalbody"):
                body = getattr(ancestor, name, None)
                if isinstance(body, list) and any(s is stmt for s in body):
                    return id(body)
            return None
        stmt = ancestor
    return None


def _is_falsy(value: ast.expr | None) -> bool:
    """A literal that is false: `False`, `None`, `0`, `""`, `[]`, `{}`, `()`."""
    if isinstance(value, ast.Constant):
        return not value.value
    if isinstance(value, ast.List | ast.Tuple | ast.Set):
        return not value.elts
    if isinstance(value, ast.Dict):
        return not value.keys
    return False


_MAX_EXPANDED = 256


def _literal_items(script: Script, node: ast.AST) -> list[ast.expr] | None:
    """The items of a list, tuple or set literal, or of the one literal a name is bound to."""
    if isinstance(node, ast.Name):
        bound = script.bindings.get(node.id, [])
        node = bound[0] if len(bound) == 1 else node
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return list(node.elts)
    return None


def _int_const(node: ast.AST | None, default: int) -> int | None:
    if node is None:
        return default
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


def _loop_values(script: Script, loop: ast.For | ast.AsyncFor) -> dict[str, list[str]]:
    """The text each loop variable takes, for `for x in [<literals>]`, `for x in range(a, b)`
    and `for i, item in enumerate(<literal list>, start=n)`; empty when unknown."""
    it, target = loop.iter, loop.target
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name):
        args = it.args
        if it.func.id == "enumerate" and len(args) in (1, 2) and isinstance(target, ast.Tuple):
            items = _literal_items(script, args[0])
            start_kw = next((k.value for k in it.keywords if k.arg == "start"), None)
            start = _int_const(args[1] if len(args) == 2 else start_kw, 0)
            first = target.elts[0] if target.elts else None
            if items is not None and start is not None and isinstance(first, ast.Name):
                return {first.id: [str(i) for i in range(start, start + len(items))]}
        if it.func.id == "range" and 1 <= len(args) <= 2 and isinstance(target, ast.Name):
            bounds = [_int_const(a, 0) for a in args]
            if None not in bounds:
                low, high = (0, bounds[0]) if len(bounds) == 1 else (bounds[0], bounds[1])
                if low is not None and high is not None and high - low <= _MAX_EXPANDED:
                    return {target.id: [str(i) for i in range(low, high)]}
        return {}
    items = _literal_items(script, it)
    if items is not None and isinstance(target, ast.Name):
        values = [i.value for i in items if isinstance(i, ast.Constant)]
        if len(values) == len(items) and all(type(v) in (str, int) for v in values):
            return {target.id: [str(v) for v in values]}
    return {}


def _expanded_key(script: Script, key: ast.JoinedStr) -> set[str]:
    """Every text an f-string key takes when each name in it is a variable of an enclosing loop
    over known values (`key=f"band_{i}_fee"` in `for i, _ in enumerate(BANDS, start=1)`)."""
    values: dict[str, list[str]] = {}
    for ancestor in script.ancestors(key):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            break
        if isinstance(ancestor, ast.For | ast.AsyncFor):
            for name, texts in _loop_values(script, ancestor).items():
                values.setdefault(name, texts)
    keys = [""]
    for part in key.values:
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            texts = [part.value]
        elif (
            isinstance(part, ast.FormattedValue)
            and isinstance(part.value, ast.Name)
            and part.value.id in values
            and part.format_spec is None
            and part.conversion == -1
        ):
            texts = values[part.value.id]
        else:
            return set()
        keys = [k + t for k in keys for t in texts]
        if len(keys) > _MAX_EXPANDED:
            return set()
    return set(keys)


def component_keys(script: Script) -> set[str]:
    """Keys given with `key="..."` to any call: widgets and custom components alike, and the
    keys an f-string takes over a loop of known values."""
    keys: set[str] = set()
    for node in script.nodes:
        if isinstance(node, ast.Call) and not script.is_session_state(
            getattr(node.func, "value", None) or node
        ):
            for kw in node.keywords:
                if kw.arg == "key" and const_str(kw.value) is not None:
                    keys.add(const_str(kw.value) or "")
                elif kw.arg == "key" and isinstance(kw.value, ast.JoinedStr):
                    keys |= _expanded_key(script, kw.value)
    keys |= {w.key_name for w in script.widgets if w.key_name is not None}
    return keys


def _loop_keys(
    app: App, loop: ast.For | ast.AsyncFor | ast.comprehension
) -> tuple[str, set[str]] | None:
    """(loop variable, keys) for `for k in ("a", "b")` or `for k, v in DEFAULTS.items()`."""
    iterable = loop.iter
    if (
        isinstance(iterable, ast.Call)
        and isinstance(iterable.func, ast.Attribute)
        and iterable.func.attr in ("items", "keys")
        and not iterable.args
    ):
        iterable = iterable.func.value
    keys = _literal_strings(iterable)
    if keys is None and isinstance(iterable, ast.Name):
        keys = app.constants.get(iterable.id)
    target = loop.target
    if isinstance(target, ast.Tuple) and target.elts:
        target = target.elts[0]
    if keys and isinstance(target, ast.Name):
        return target.id, keys
    return None


def _keys_set_on(func: FunctionNode, param: str) -> set[str]:
    """Keys a function surely sets on its parameter `param` (given st.session_state): the
    `param.setdefault("k", ...)` and `param["k"] = ...` of its body before any branch or return."""
    keys: set[str] = set()
    for stmt in func.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            call = stmt.value
            if (
                isinstance(call.func, ast.Attribute)
                and call.func.attr == "setdefault"
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == param
                and call.args
                and const_str(call.args[0]) is not None
            ):
                keys.add(const_str(call.args[0]) or "")
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == param
                    and const_str(target.slice) is not None
                ):
                    keys.add(const_str(target.slice) or "")
        elif not isinstance(stmt, ast.AnnAssign | ast.AugAssign | ast.Pass):
            if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)):
                break  # a branch, loop, return or anything else: stop counting here
    return keys


def _state_params(script: Script, call: ast.Call, func: FunctionNode) -> list[str]:
    """The parameters of `func` that this call passes st.session_state to."""
    params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    if params and params[0] in ("self", "cls") and isinstance(call.func, ast.Attribute):
        params = params[1:]
    found = [p for p, arg in zip(params, call.args, strict=False) if script.is_session_state(arg)]
    found += [k.arg for k in call.keywords if k.arg and script.is_session_state(k.value)]
    return found


def _dynamic_var(script: Script, node: ast.AST) -> str | None:
    """The variable of `st.session_state[var] = ...` or `st.session_state.setdefault(var, ...)`."""
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.ctx, ast.Store)
        and isinstance(node.slice, ast.Name)
        and script.is_session_state(node.value)
    ):
        return node.slice.id
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "setdefault"
        and node.args
        and isinstance(node.args[0], ast.Name)
        and script.is_session_state(node.func.value)
    ):
        return node.args[0].id
    return None


def _class_constants(scripts: list[Script]) -> dict[str, str]:
    """`Class.NAME` -> its text, for each `NAME = "text"` in a class body of the app (a class
    that names the app's session-state keys)."""
    found: dict[str, str] = {}
    for script in scripts:
        for node in script.nodes:
            if not isinstance(node, ast.ClassDef):
                continue
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name)
                    and const_str(stmt.value) is not None
                ):
                    found[f"{node.name}.{stmt.targets[0].id}"] = const_str(stmt.value) or ""
    return found


def _keys_named_by_constants(script: Script, named: dict[str, str]) -> set[str]:
    """Keys this file writes, sets by default or tests through a class constant:
    `st.session_state[Keys.PLOTS] = {}`, `setdefault(Keys.PLOTS, ...)`, `Keys.PLOTS in ...`."""
    if not named:
        return set()
    keys: set[str] = set()
    for node in script.nodes:
        key: ast.AST | None = None
        if isinstance(node, ast.Subscript) and script.is_session_state(node.value):
            key = node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("setdefault", "get", "pop")
            and script.is_session_state(node.func.value)
            and node.args
        ):
            key = node.args[0]
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.In | ast.NotIn)
            and script.is_session_state(node.comparators[0])
        ):
            key = node.left
        name = dotted(key) if isinstance(key, ast.Attribute) else None
        if name is not None and name in named:
            keys.add(named[name])
    return keys


def _keys_set_through_parameters(app: App, script: Script) -> set[str]:
    """Keys set by app functions this file hands st.session_state to (`init(st.session_state)`
    with `state.setdefault("k", ...)` in `init`)."""
    keys: set[str] = set()
    for node in script.nodes:
        if not isinstance(node, ast.Call) or not any(
            script.is_session_state(arg) for arg in (*node.args, *(k.value for k in node.keywords))
        ):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        for _, defined in app.functions.get(name or "", []):
            keys |= {
                k for p in _state_params(script, node, defined) for k in _keys_set_on(defined, p)
            }
    return keys


def _looped_keys(app: App, script: Script) -> set[str]:
    """Keys set through a loop over literal keys anywhere in the file, or `update(NAME)`."""
    keys: set[str] = set()
    for node in script.nodes:
        if isinstance(node, ast.For | ast.AsyncFor):
            found = _loop_keys(app, node)
            if found and any(_dynamic_var(script, n) == found[0] for n in ast.walk(node)):
                keys |= found[1]
        elif isinstance(node, ast.Call):
            keys |= _update_keys(app, script, node)
    return keys


def _update_keys(app: App, script: Script, call: ast.Call) -> set[str]:
    """Keys `st.session_state.update(NAME)` sets when NAME is a literal dict of the app."""
    func = call.func
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "update"
        and script.is_session_state(func.value)
        and len(call.args) == 1
        and isinstance(call.args[0], ast.Name)
    ):
        return set(app.constants.get(call.args[0].id, ()))
    return set()


Proof = tuple[set[str], set[str]]


def _proves(
    script: Script,
    test: ast.AST,
    loop_vars: dict[str, set[str]] | None = None,
    flags: dict[str, Proof] | None = None,
) -> Proof:
    """(keys surely present when `test` is true, keys surely present when it is false).
    `loop_vars`: loop variables known to run over literal keys (`key in st.session_state`);
    `flags`: names bound to such a test (`has_data = "data" in st.session_state`)."""
    if isinstance(test, ast.Name) and flags and test.id in flags:
        return flags[test.id]
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        true, false = _proves(script, test.operand, loop_vars, flags)
        return false, true
    if isinstance(test, ast.BoolOp):
        parts = [_proves(script, value, loop_vars, flags) for value in test.values]
        if isinstance(test.op, ast.And):
            true = set().union(*(p[0] for p in parts))
            false = set.intersection(*(p[1] for p in parts))
        else:
            true = set.intersection(*(p[0] for p in parts))
            false = set().union(*(p[1] for p in parts))
        return true, false
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        keys = {const_str(test.left)} - {None}
        if isinstance(test.left, ast.Name) and loop_vars:
            keys = loop_vars.get(test.left.id, set())
        container = test.comparators[0]
        if (
            isinstance(container, ast.Call)
            and isinstance(container.func, ast.Attribute)
            and container.func.attr in ("keys", "to_dict")
        ):
            container = container.func.value
        if keys and script.is_session_state(container):
            found = {k for k in keys if k is not None}
            if isinstance(test.ops[0], ast.In):
                return found, set()
            if isinstance(test.ops[0], ast.NotIn):
                return set(), found
        if isinstance(test.left, ast.Call):
            return _compared_get(_proves(script, test.left)[0], test.ops[0], container)
    if isinstance(test, ast.Call):
        func = test.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "get"
            and script.is_session_state(func.value)
            and test.args
            and const_str(test.args[0]) is not None
        ):
            return {const_str(test.args[0]) or ""}, set()
        if (
            isinstance(func, ast.Name)
            and func.id == "hasattr"
            and len(test.args) == 2
            and script.is_session_state(test.args[0])
            and const_str(test.args[1]) is not None
        ):
            return {const_str(test.args[1]) or ""}, set()
    if isinstance(test, ast.NamedExpr):
        return _proves(script, test.value, loop_vars, flags)
    key = _truthy_key(script, test)
    if key is not None:
        return {key}, set()
    return set(), set()


def _compared_get(present: set[str], op: ast.cmpop, right: ast.AST) -> Proof:
    """What `st.session_state.get("k") <op> right` proves: `get` gives None for a missing key, so
    `is None` / `== None` being true proves nothing, and being false proves the key is there."""
    if isinstance(right, ast.Constant) and right.value is None:
        if isinstance(op, (ast.Is, ast.Eq)):
            return set(), present
        if isinstance(op, (ast.IsNot, ast.NotEq)):
            return present, set()
    if isinstance(op, (ast.IsNot, ast.NotEq, ast.NotIn)):
        return set(), set()  # a missing key's None passes these tests too
    return present, set()


def _truthy_key(script: Script, test: ast.AST) -> str | None:
    """The key of a test that is true only when that key holds a truthy value:
    `st.session_state.k`, `st.session_state["k"]`, `st.session_state.get("k")`."""
    if isinstance(test, ast.Attribute) and script.is_session_state(test.value):
        return test.attr
    if isinstance(test, ast.Subscript) and script.is_session_state(test.value):
        return const_str(test.slice)
    if (
        isinstance(test, ast.Call)
        and isinstance(test.func, ast.Attribute)
        and test.func.attr == "get"
        and script.is_session_state(test.func.value)
        and test.args
    ):
        return const_str(test.args[0])
    return None


def _truthy_keys(script: Script, test: ast.AST) -> tuple[set[str], set[str]]:
    """(keys truthy when `test` is true, keys truthy when it is false), through `not`/`and`/`or`."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        true, false = _truthy_keys(script, test.operand)
        return false, true
    if isinstance(test, ast.BoolOp):
        parts = [_truthy_keys(script, value) for value in test.values]
        if isinstance(test.op, ast.And):
            return set().union(*(p[0] for p in parts)), set.intersection(*(p[1] for p in parts))
        return set.intersection(*(p[0] for p in parts)), set().union(*(p[1] for p in parts))
    key = _truthy_key(script, test)
    return ({key} if key else set()), set()


def _own_nodes(root: ast.AST) -> Iterator[ast.AST]:
    """Nodes of an expression or simple statement, without the bodies of nested functions."""
    todo: list[ast.AST] = [root]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.Lambda):
            todo.extend(node.args.defaults)
            continue
        todo.extend(ast.iter_child_nodes(node))


class _Walker:
    """Walks one body in run order, checking each read against the keys surely present."""

    def __init__(self, app: App, script: Script, record: bool = True) -> None:
        self.app = app
        self.script = script
        self.record = record
        self.reads: dict[ast.AST, KeyRef] = {r.node: r for r in script.refs_of("read", "augment")}
        self.writes: dict[ast.AST, KeyRef] = {
            r.node: r for r in script.refs_of("write", "setdefault")
        }
        self.deletes: dict[ast.AST, KeyRef] = {r.node: r for r in script.refs_of("delete")}
        self.loop_vars: dict[str, set[str]] = {}
        self.exits: list[Known] = []
        self.hits: list[Hit] = []
        self.flags: dict[str, Proof] = {}
        self.rerun_only = 0  # > 0 inside a branch that runs only after a click
        self.conditional = 0  # > 0 inside a branch that may not run on the first run
        self.suppressed = 0  # > 0 inside a try that catches a missing key
        # keys set only in the branch of a guard the first run skips -> the guard's line
        self.later_only: dict[str, int] = {}

    def proves(self, test: ast.AST) -> Proof:
        """What `test` proves, knowing the loop variables and flags of this walk. A key is
        never there alone when the app writes it only beside others: `if not
        st.session_state.logged_in: st.stop()` proves `user` too when every write of a truthy
        `logged_in` also sets `user`."""
        true, false = _proves(self.script, test, self.loop_vars, self.flags)
        truthy_true, truthy_false = _truthy_keys(self.script, test)
        return self._with_companions(true, truthy_true), self._with_companions(false, truthy_false)

    def _with_companions(self, keys: set[str], truthy: set[str]) -> set[str]:
        found = set(keys)
        for key in keys:
            found |= self.app.companions.get(key, frozenset())
        for key in truthy:
            found |= self.app.truthy_companions.get(key, frozenset())
        return found

    # -- statements -------------------------------------------------------------------------

    def block(self, body: list[ast.stmt], known: Known) -> Known:
        """The keys surely set after `body`, or None when it never ends normally."""
        for stmt in body:
            if known is None:
                return None
            known = self.statement(stmt, known)
        return known

    def statement(self, stmt: ast.stmt, known: frozenset[str]) -> Known:
        """Check one statement's reads and return the keys surely set after it."""
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return known | self.events([*stmt.decorator_list], known)
        if isinstance(stmt, ast.If):
            known = self.expression(stmt.test, known)
            true, false = self.proves(stmt.test)
            clicked = self._is_click(stmt.test)
            self.rerun_only += clicked
            self.conditional += 1
            body = self.block(stmt.body, known | true)
            self.rerun_only -= clicked
            # `if "k" not in st.session_state: <init>`: once k is there, the body ran in an
            # earlier run, so what it sets is there too, in an `elif`/`else` as after the `if`.
            ran_before = body if false and body is not None else frozenset()
            orelse = self.block(stmt.orelse, known | false | ran_before)
            self.conditional -= 1
            self._note_later_only(stmt, known, true, false, body, orelse)
            if false and not stmt.orelse and body is not None:
                return body | false
            return _meet(body, orelse)
        if isinstance(stmt, ast.For | ast.AsyncFor):
            known = self.expression(stmt.iter, known)
            found = _loop_keys(self.app, stmt)
            if found:
                self.loop_vars[found[0]] = found[1]
            self.conditional += not found
            body = self.block(stmt.body, known)
            self.conditional -= not found
            if found:
                del self.loop_vars[found[0]]
                if body is not None:
                    return self.block(stmt.orelse, body)  # a literal loop runs at least once
            return self.block(stmt.orelse, known)
        if isinstance(stmt, ast.While):
            known = self.expression(stmt.test, known)
            true, _ = self.proves(stmt.test)
            self.block(stmt.body, known | true)
            return self.block(stmt.orelse, known)
        if isinstance(stmt, ast.With | ast.AsyncWith):
            for item in stmt.items:
                known = self.expression(item.context_expr, known)
            return self.block(stmt.body, known)
        if isinstance(stmt, ast.Try | ast.TryStar):
            catches = any(self._catches_missing(h) for h in stmt.handlers)
            self.suppressed += catches
            body = self.block(stmt.body, known)
            self.suppressed -= catches
            after = self.block(stmt.orelse, body)
            self.conditional += 1
            for handler in stmt.handlers:
                after = _meet(after, self.block(handler.body, known))
            self.conditional -= 1
            if after is None:
                return None
            return self.block(stmt.finalbody, after)
        if isinstance(stmt, ast.Match):
            known = self.expression(stmt.subject, known)
            merged: Known = None
            exhaustive = False
            self.conditional += 1
            for case in stmt.cases:
                merged = _meet(merged, self.block(case.body, known))
                exhaustive |= isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None
            self.conditional -= 1
            return merged if exhaustive else _meet(merged, known)
        if isinstance(stmt, ast.Return):
            known = self.expression(stmt.value, known) if stmt.value else known
            self.exits.append(known)
            return None
        if isinstance(stmt, ast.Raise | ast.Continue | ast.Break):
            return None if isinstance(stmt, ast.Raise) else known
        if isinstance(stmt, ast.Delete):
            gone = {self.deletes[t].key for t in stmt.targets if t in self.deletes}
            return known - gone
        after = self.expression(stmt, known)
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                proof = self.proves(stmt.value)
                if proof[0] or proof[1]:
                    self.flags[target.id] = proof
                else:
                    self.flags.pop(target.id, None)
        if isinstance(stmt, ast.Expr) and self._stops(stmt.value):
            return None
        return after

    # -- expressions ------------------------------------------------------------------------

    def expression(self, root: ast.AST, known: frozenset[str]) -> frozenset[str]:
        """Check the reads of one expression or simple statement, then add what it sets."""
        nodes = list(_own_nodes(root))
        for node in nodes:
            ref = self.reads.get(node)
            if ref is not None and ref.key not in known:
                self.check(ref, root)
        return known | self.events(nodes, known)

    def events(self, nodes: list[ast.AST], known: frozenset[str]) -> frozenset[str]:
        """Keys these nodes set: writes, widget and component keys, literal loops, helpers."""
        added: set[str] = set()
        for node in nodes:
            ref = self.writes.get(node)
            if ref is not None:
                added.add(ref.key)
            var = _dynamic_var(self.script, node)
            if var is not None:
                added |= self.loop_vars.get(var, set())
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg == "key" and const_str(kw.value) is not None:
                    added.add(const_str(kw.value) or "")
            added |= _update_keys(self.app, self.script, node)
            added |= self.called(node)
        return frozenset(added)

    def called(self, call: ast.Call) -> set[str]:
        """Keys an app function called here surely sets (an init helper)."""
        func = call.func
        name = func.id if isinstance(func, ast.Name) else None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            name = func.attr
        if name is None or name not in self.app.functions:
            return set()
        defined = self._resolve(call.func, self.app.functions[name])
        local = [(script, f) for script, f in defined if script is self.script]
        summaries = [
            self.app.summary(script, f)
            | {k for p in _state_params(self.script, call, f) for k in _keys_set_on(f, p)}
            for script, f in (local or defined)
        ]
        return set(frozenset.intersection(*summaries)) if summaries else set()

    def _resolve(
        self, func: ast.expr, defined: list[tuple[Script, FunctionNode]]
    ) -> list[tuple[Script, FunctionNode]]:
        """The definitions a call by bare name can reach, as Python looks the name up: the
        last module-level `def` of this file, else the module it is imported from; else every
        function of that name in the app."""
        if not isinstance(func, ast.Name):
            return defined
        here = [(s, f) for s, f in defined if s is self.script and s.scope_of(f) is s.tree]
        if here:
            return [max(here, key=lambda pair: pair[1].lineno)]
        origin = self.script.imported.get(func.id)
        if origin is None or "." not in origin:
            return defined
        module = origin.rsplit(".", 1)[0]
        named = [(s, f) for s, f in defined if self.app.modules.get(id(s)) == module]
        tail = [
            (s, f) for s, f in defined if self.app.modules.get(id(s), "").endswith(f".{module}")
        ]
        return named or tail or defined

    def _note_later_only(
        self,
        stmt: ast.If,
        known: frozenset[str],
        true: set[str],
        false: set[str],
        body: Known,
        orelse: Known,
    ) -> None:
        """`if "k" not in st.session_state: <init k> elif/else: <sets j>`: the first run takes
        the init branch, so a j set only in the other branch is missing on the first run."""
        if not self.record:
            return
        if body is not None and {k for k in false - known if k in body}:
            later = stmt.orelse
        elif orelse is not None and {k for k in true - known if k in orelse}:
            later = stmt.body
        else:
            return
        guard_keys = {k for k in (false if later is stmt.orelse else true) - known}
        if any(self.app.writers.get(k, set()) - {id(self.script)} for k in guard_keys):
            return  # another file of the app may set the guarded key first
        inside = {id(n) for s in later for n in ast.walk(s)}
        written = {ref.key for node, ref in self.writes.items() if id(node) in inside}
        for key in written - self.app.indirect:
            if self.app.writers.get(key) != {id(self.script)}:
                continue
            if all(id(node) in inside for node, ref in self.writes.items() if ref.key == key):
                self.later_only.setdefault(key, stmt.lineno)

    def check(self, ref: KeyRef, root: ast.AST) -> None:
        """Record SS004 for a read of a key not surely set, unless something guards it."""
        if not self.record or self.suppressed or self._guarded(ref, root):
            return
        if self.conditional and not self.rerun_only and ref.key in self.later_only:
            self.hits.append(
                (
                    "SS004",
                    ref.node,
                    f"reads '{ref.key}', which is set only in the branch of the guard on line "
                    f"{self.later_only[ref.key]} that the first run skips (KeyError or "
                    "AttributeError on the first run); initialize it with the guarded key",
                )
            )
            return
        if (self.rerun_only or self.conditional) and ref.key in self.app.anywhere:
            # Runs only on some runs (after a click, once data is there): the previous runs
            # drew the widgets and ran the callbacks that set it; trust the author.
            return
        self.hits.append(
            (
                "SS004",
                ref.node,
                f"reads '{ref.key}' before anything in this run surely sets it (KeyError or "
                "AttributeError on the first run); initialize it first or use .get()",
            )
        )

    def _guarded(self, ref: KeyRef, root: ast.AST) -> bool:
        """`"k" in st.session_state and st.session_state.k`, or the same in `x if ... else`."""
        child: ast.AST = ref.node
        for ancestor in self.script.ancestors(ref.node):
            if isinstance(ancestor, ast.IfExp):
                true, false = self.proves(ancestor.test)
                if (child is ancestor.body and ref.key in true) or (
                    child is ancestor.orelse and ref.key in false
                ):
                    return True
            elif isinstance(ancestor, ast.BoolOp):
                for value in ancestor.values:
                    if value is child:
                        break
                    true, false = self.proves(value)
                    proof = true if isinstance(ancestor.op, ast.And) else false
                    if ref.key in proof:
                        return True
            elif isinstance(ancestor, ast.comprehension | ast.Lambda):
                return False
            if ancestor is root:
                break
            child = ancestor
        return False

    def _is_click(self, test: ast.AST) -> bool:
        """Whether a branch runs only after a click (a button or a chat input in its test)."""
        for node in ast.walk(test):
            if isinstance(node, ast.Call) and self.script.widget_name(node) in (
                *CLICKABLE,
                "chat_input",
            ):
                return True
        return False

    def _catches_missing(self, handler: ast.ExceptHandler) -> bool:
        """Whether an except clause catches the error a missing key raises."""
        if handler.type is None:
            return True
        names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        return any(isinstance(n, ast.Name) and n.id in _CATCHES_MISSING for n in names)

    def _stops(self, node: ast.AST) -> bool:
        """Whether a call is `st.stop()`, which ends the run."""
        return self.script.is_streamlit_function(node, "stop")


def _never_called(script: Script, app: App, node: ast.AST) -> bool:
    """`node` is in a function that no code of the app names (not called, not passed as a
    callback, not registered by a decorator): no run reaches it."""
    for ancestor in script.ancestors(node):
        if (
            isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef)
            and all(dotted(d) in _PLAIN_DECORATORS for d in ancestor.decorator_list)
            and ancestor.name not in app.referenced
        ):
            return True
    return False


@emits("SS004")
def uninitialized_reads(script: Script, app: App | None = None) -> Iterator[Hit]:
    """SS004: reads of a key that nothing surely set earlier in the run."""
    app = app or App.of([script])
    start = app.entry_known(script)
    walker = _Walker(app, script)
    walker.block(script.tree.body, start)
    yield from walker.hits
    # Functions and lambdas run at a time the check cannot order: flag keys set nowhere.
    in_body = {id(hit[1]) for hit in walker.hits}
    for ref in script.refs_of("read", "augment"):
        if id(ref.node) in in_body or ref.key in app.anywhere:
            continue
        if isinstance(script.scope_of(ref.node), ast.Module):
            continue
        if _never_called(script, app, ref.node):
            continue
        yield (
            "SS004",
            ref.node,
            f"reads '{ref.key}', which is never initialized in this app (KeyError or "
            "AttributeError on the first run); initialize it first or use .get()",
        )


__all__ = ["App", "component_keys", "uninitialized_reads"]
