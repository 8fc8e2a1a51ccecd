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
    return _eval(expr.tree.body, env, expr.source)


def _eval(node: ast.AST, env: Env, source: str) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in env.names:
            return env.names[node.id]
        raise ExprError(f"unknown name {node.id!r} in {source!r}; known: {', '.join(sorted(env.names)) or 'none'}")
    if isinstance(node, ast.Attribute):
        base = _eval(node.value, env, source)
        if isinstance(base, Mapping) and node.attr in base:
            return base[node.attr]
        raise ExprError(f"unknown name {node.value.id}.{node.attr} in {source!r}")  # type: ignore[attr-defined]
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, env, source)
        if isinstance(node.op, ast.Not):
            return not value
        return -_number(value, source) if isinstance(node.op, ast.USub) else _number(value, source)
    if isinstance(node, ast.BinOp):
        left, right = _number(_eval(node.left, env, source), source), _number(_eval(node.right, env, source), source)
        try:
            return _BIN[type(node.op)](left, right)
        except ZeroDivisionError:
            raise ExprError(f"division by zero in {source!r}") from None
    if isinstance(node, ast.BoolOp):
        values = (_eval(value, env, source) for value in node.values)
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, env, source)
        for op, comparator in zip(node.ops, node.comparators):
            right = _eval(comparator, env, source)
            try:
                if not _CMP[type(op)](left, right):
                    return False
            except TypeError:
                raise ExprError(f"cannot compare {left!r} with {right!r} in {source!r}") from None
            left = right
        return True
    if isinstance(node, ast.Call):
        return _call(node, env, source)
    raise ExprError(f"not allowed in an expression: {source!r}")


def _number(value: Any, source: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ExprError(f"expected a number, got {value!r} in {source!r}")
    return value


def _call(node: ast.Call, env: Env, source: str) -> Any:
    name = node.func.id  # type: ignore[attr-defined]
    if name in BOX_FUNCTIONS:
        if env.box is None:
            raise ExprError(f"{name}() of a layer is not available here: {source!r}")
        return env.box(name, tuple(arg.id for arg in node.args))  # type: ignore[attr-defined]
    args = [_eval(arg, env, source) for arg in node.args]
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


def _bad(name: str, source: str):
    raise ExprError(f"wrong arguments to {name}() in {source!r}")
