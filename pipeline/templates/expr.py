"""Template expressions: a small safe evaluator over Python's `ast` with a whitelist of nodes and names.

Used for box coordinates (`"100% - 72"`, `"bottom(title) + 24"`, `"12mm"`), conditions
(`"key_figures and not points"`, `"count(key_figures) >= 3"`) and colours (`"darken(brand.primary, 0.45)"`).
Never `eval`: a node or name outside the whitelist is an ExprError naming it.
"""

from __future__ import annotations

import ast
import functools
import operator
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

# Functions of a layer's box: `bottom(title)`; with several ids the first one present counts.
BOX_FUNCTIONS = ("left", "right", "top", "bottom", "width", "height", "center_x", "center_y")
VALUE_FUNCTIONS = ("min", "max", "round", "count", "darken", "lighten", "mix", "on", "readable")
UNITS = ("px", "mm", "pt", "cm")

_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*%")
_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(px|mm|pt|cm)\b")
_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
        ast.FloorDiv: operator.floordiv}
_CMP = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
        ast.Gt: operator.gt, ast.GtE: operator.ge}
_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.Call, ast.Name, ast.Constant,
            ast.Attribute, ast.Load, ast.USub, ast.UAdd, ast.Not, ast.And, ast.Or, *_BIN, *_CMP)


class ExprError(ValueError):
    """An expression that cannot be parsed or evaluated; the message says what is wrong."""


@dataclass(frozen=True)
class Expr:
    """A parsed expression: its source, its tree and the layer ids its box functions refer to."""

    source: str
    tree: ast.Expression

    @functools.cached_property
    def refs(self) -> tuple[str, ...]:
        """Layer ids named in box functions (`bottom(title)` -> "title"), in order."""
        found: list[str] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BOX_FUNCTIONS:
                found += [arg.id for arg in node.args if isinstance(arg, ast.Name) and arg.id not in found]
        return tuple(found)

    @functools.cached_property
    def run(self) -> Callable[["Env"], Any]:
        """The expression compiled: `run(env)` is its value in `env` (see `evaluate`)."""
        return _compile(self.tree.body, self.source)

    def __getstate__(self) -> dict:
        """Pickled (a template sent to a worker) without its compiled closures, which the worker compiles again."""
        return {key: value for key, value in self.__dict__.items() if key != "run"}

    def names(self) -> set[str]:
        """Plain names used outside box functions and calls (data fields, variables)."""
        called = {id(arg) for node in ast.walk(self.tree) if isinstance(node, ast.Call)
                  and isinstance(node.func, ast.Name) and node.func.id in BOX_FUNCTIONS for arg in node.args}
        funcs = {id(node.func) for node in ast.walk(self.tree) if isinstance(node, ast.Call)}
        return {node.id for node in ast.walk(self.tree)
                if isinstance(node, ast.Name) and id(node) not in called and id(node) not in funcs}


MAX_LENGTH = 300  # characters of one expression: a box or a condition is a line, not a program


def parse(source: Any) -> Expr:
    """Parse `source` (a number or a string); ExprError naming the problem."""
    if isinstance(source, bool) or not isinstance(source, (int, float, str)):
        raise ExprError(f"expected a number or an expression, got {source!r}"[:200])
    if isinstance(source, str) and len(source) > MAX_LENGTH:
        raise ExprError(f"an expression of {len(source)} characters; at most {MAX_LENGTH}")
    return _parse(source)


@functools.lru_cache(maxsize=4096)
def _parse(source: int | float | str) -> Expr:
    if isinstance(source, (int, float)):
        return Expr(str(source), ast.Expression(body=ast.Constant(source)))
    if not source.strip():
        raise ExprError(f"expected a number or an expression, got {source!r}")
    text = _PERCENT.sub(r"_pct(\1)", source)
    text = _UNIT.sub(r"_unit(\1, '\2')", text)
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except (SyntaxError, RecursionError, MemoryError) as exc:
        raise ExprError(f"cannot read the expression {source!r} ({getattr(exc, 'msg', 'too deeply nested')})") from None
    if sum(1 for _ in ast.walk(tree)) > MAX_LENGTH:
        raise ExprError(f"the expression {source!r} is too deeply nested")
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise ExprError(f"{type(node).__name__.lower()} is not allowed in an expression: {source!r}")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float, str)) or \
                isinstance(node, ast.Constant) and isinstance(node.value, bool):
            raise ExprError(f"only numbers and 'strings' are allowed as values: {source!r}")
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.keywords:
                raise ExprError(f"only plain calls of known functions are allowed: {source!r}")
            name = node.func.id
            if name not in BOX_FUNCTIONS + VALUE_FUNCTIONS + ("_pct", "_unit"):
                raise ExprError(f"unknown function {name}() in {source!r}; known: "
                                f"{', '.join(BOX_FUNCTIONS + VALUE_FUNCTIONS)}")
            if name in BOX_FUNCTIONS and (not node.args or not all(isinstance(a, ast.Name) for a in node.args)):
                raise ExprError(f"{name}() takes layer ids, e.g. {name}(title): {source!r}")
        if isinstance(node, ast.Attribute) and not isinstance(node.value, ast.Name):
            raise ExprError(f"only one level of attribute (brand.primary) is allowed: {source!r}")
    return Expr(source, tree)


@dataclass
class Env:
    """What an evaluation can see: names, box lookups, the axis length for %, units to px, colour functions."""

    names: Mapping[str, Any]
    box: Callable[[str, tuple[str, ...]], float] | None = None  # (function, ids) -> value
    axis: float = 0.0  # what 100% is
    unit_px: Mapping[str, float] | None = None
    functions: Mapping[str, Callable] | None = None


def evaluate(expr: Expr, env: Env) -> Any:
    """The value of `expr` in `env`; ExprError naming an unknown name."""
    return expr.run(env)


# An expression is compiled once into nested closures, one per node of its tree (a layout evaluates the same boxes
# for every text: walking the tree each time, testing each node's type, was 15 % of a flyer's render).
Compiled = Callable[[Env], Any]


def _compile(node: ast.AST, source: str) -> Compiled:
    if isinstance(node, ast.Constant):
        constant = node.value
        return lambda env: constant
    if isinstance(node, ast.Name):
        return _compile_name(node.id, source)
    if isinstance(node, ast.Attribute):
        return _compile_attribute(_compile(node.value, source), node, source)
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand, source)
        if isinstance(node.op, ast.Not):
            return lambda env: not operand(env)
        if isinstance(node.op, ast.USub):
            return lambda env: -_number(operand(env), source)
        return lambda env: _number(operand(env), source)
    if isinstance(node, ast.BinOp):
        return _compile_binop(_compile(node.left, source), _compile(node.right, source), _BIN[type(node.op)], source)
    if isinstance(node, ast.BoolOp):
        values = [_compile(value, source) for value in node.values]
        if isinstance(node.op, ast.And):
            return lambda env: all(value(env) for value in values)
        return lambda env: any(value(env) for value in values)
    if isinstance(node, ast.Compare):
        return _compile_compare(_compile(node.left, source), [_CMP[type(op)] for op in node.ops],
                                [_compile(comparator, source) for comparator in node.comparators], source)
    if isinstance(node, ast.Call):
        return _compile_call(node, source)

    def not_allowed(env: Env) -> Any:
        raise ExprError(f"not allowed in an expression: {source!r}")

    return not_allowed


def _compile_name(name: str, source: str) -> Compiled:
    def value_of(env: Env) -> Any:
        names = env.names
        if name in names:
            return names[name]
        raise ExprError(f"unknown name {name!r} in {source!r}; known: {', '.join(sorted(names)) or 'none'}")

    return value_of


def _compile_attribute(base_of: Compiled, node: ast.Attribute, source: str) -> Compiled:
    attr = node.attr

    def value_of(env: Env) -> Any:
        base = base_of(env)
        if isinstance(base, Mapping) and attr in base:
            return base[attr]
        raise ExprError(f"unknown name {node.value.id}.{attr} in {source!r}")  # type: ignore[attr-defined]

    return value_of


def _compile_binop(left_of: Compiled, right_of: Compiled, op: Callable, source: str) -> Compiled:
    def value_of(env: Env) -> Any:
        left, right = _number(left_of(env), source), _number(right_of(env), source)
        try:
            return op(left, right)
        except ZeroDivisionError:
            raise ExprError(f"division by zero in {source!r}") from None

    return value_of


def _compile_compare(left_of: Compiled, ops: list[Callable], comparators: list[Compiled], source: str) -> Compiled:
    def value_of(env: Env) -> bool:
        left = left_of(env)
        for op, comparator in zip(ops, comparators):
            right = comparator(env)
            try:
                if not op(left, right):
                    return False
            except TypeError:
                raise ExprError(f"cannot compare {left!r} with {right!r} in {source!r}") from None
            left = right
        return True

    return value_of


def _compile_call(node: ast.Call, source: str) -> Compiled:
    name = node.func.id  # type: ignore[attr-defined]
    if name in BOX_FUNCTIONS:
        ids = tuple(arg.id for arg in node.args)  # type: ignore[attr-defined]

        def box_value(env: Env) -> Any:
            if env.box is None:
                raise ExprError(f"{name}() of a layer is not available here: {source!r}")
            return env.box(name, ids)

        return box_value
    args_of = [_compile(arg, source) for arg in node.args]
    return lambda env: _apply(name, [arg(env) for arg in args_of], env, source)


def _apply(name: str, args: list[Any], env: Env, source: str) -> Any:
    if name == "_pct":
        return args[0] / 100 * env.axis
    if name == "_unit":
        scale = (env.unit_px or {"px": 1.0}).get(args[1])
        if scale is None:
            raise ExprError(f"the unit {args[1]} is not available for this template: {source!r}")
        return args[0] * scale
    if name == "count":
        return len(args[0]) if len(args) == 1 and isinstance(args[0], (list, tuple, str)) else _bad(name, source)
    if name in ("min", "max") and args:
        return (min if name == "min" else max)(_number(a, source) for a in args)
    if name == "round" and len(args) == 1:
        return round(_number(args[0], source))
    function = (env.functions or {}).get(name)
    if function is None:
        raise ExprError(f"{name}() is not available here: {source!r}")
    try:
        return function(*args)
    except (TypeError, ValueError) as exc:
        raise ExprError(f"{name}() in {source!r}: {exc}") from None


def _number(value: Any, source: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ExprError(f"expected a number, got {value!r} in {source!r}")
    return value


def _bad(name: str, source: str):
    raise ExprError(f"wrong arguments to {name}() in {source!r}")
