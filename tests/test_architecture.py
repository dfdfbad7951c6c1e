"""The layout holds: no import circles between c2c's modules, and arrows only run downwards."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "c2c"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every c2c module ``path`` imports, at the top or inside a function, typing-only included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("c2c"):
            submodules = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
            found.update(submodules or {node.module})
    return found


@cache  # parsing every module is the slow part; each test reads the same tree
def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, modules) - {name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_sees_a_circle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _offenders(layer: str, banned: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module} -> {target}"
        for module, targets in _graph().items()
        if module.startswith(layer)
        for target in targets
        if target.startswith(banned)
    )


def test_services_store_and_exporters_never_reach_up() -> None:
    upper = ("c2c.commands", "c2c.output", "c2c.prompts", "c2c.cli")
    for layer in ("c2c.services", "c2c.store", "c2c.exporters"):
        assert _offenders(layer, upper) == []


def test_the_store_knows_no_feature() -> None:
    assert _offenders("c2c.store", ("c2c.services", "c2c.exporters")) == []


def test_exporters_are_pure_data_to_file() -> None:
    assert _offenders("c2c.exporters", ("c2c.services", "c2c.store")) == []


def test_the_solver_knows_nothing_of_the_store() -> None:
    solver = "c2c.services.b2b.solver"
    assert _offenders(solver, ("c2c.store", "c2c.services.b2b.setup", "c2c.services.b2b.timetable")) == []
    outside = {t for m, ts in _graph().items() if m.startswith(solver) for t in ts if not t.startswith(solver)}
    assert outside <= {"c2c.errors"}


def test_lazy_package_names_are_what_their_modules_define() -> None:
    """A name re-exported lazily must not be shadowed by a submodule of the same name."""
    import importlib
    import types

    from c2c.services import buses

    for name in buses.__all__:
        value = getattr(buses, name)
        assert not isinstance(value, types.ModuleType), name
        assert value is getattr(importlib.import_module(f"c2c.services.buses.{buses._HOMES[name]}"), name)
    for module in set(buses._HOMES.values()):
        importlib.import_module(f"c2c.services.buses.{module}")
        assert module not in buses.__all__ or not isinstance(getattr(buses, module), types.ModuleType)


def test_commands_share_through_helper_modules_not_each_other() -> None:
    """A command module imports no other command but the shared ``_`` helpers; a group package, its own commands."""
    offenders = sorted(
        f"{module} -> {target}"
        for module, targets in _graph().items()
        if module.startswith("c2c.commands.")
        for target in targets
        if target.startswith("c2c.commands.")
        and not target.rsplit(".", 1)[-1].startswith("_")
        and target.rsplit(".", 1)[0] != module  # a group package registers its own commands
    )
    assert offenders == []


@cache
def _service_trees() -> list[tuple[str, ast.AST]]:
    return [(str(p.relative_to(PACKAGE.parent)), ast.parse(p.read_text(encoding="utf-8")))
            for p in sorted((PACKAGE / "services").rglob("*.py"))]


def test_services_read_no_environment_variable() -> None:
    """The command layer reads the environment (``envvar=`` on its options) and passes values down."""
    readers = sorted(
        f"{path}:{node.lineno}"
        for path, tree in _service_trees()
        for node in ast.walk(tree)
        if (isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"))
        or (isinstance(node, ast.Name) and node.id == "EnvVars")
    )
    assert readers == []


def _text(node: ast.AST) -> str:
    """The literal parts of a string or f-string argument."""
    return "".join(str(n.value) for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str))


def test_service_errors_name_no_option() -> None:
    """An error says what is wrong with the value; only the command knows which option carried it.

    A hint may still show a whole command line (``c2c b2b setup --start 14:00 …``).
    """
    flagged = []
    for path, tree in _service_trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            message = _text(node.exc.args[0])
            hints = [_text(k.value) for k in node.exc.keywords if k.arg == "hint"]
            if re.search(r"(^|[\s(])--[a-z]", message) or any(
                    re.search(r"(^|[\s(])--[a-z]", h) and "c2c " not in h for h in hints):
                flagged.append(f"{path}:{node.lineno}: {message!r} {hints}")
    assert flagged == []
