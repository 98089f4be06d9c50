"""Checks the import graph of a generated Python SDK without installing its dependencies.

No Python package registry is reachable here, so `pulumi` cannot be installed to import the SDK for real.
This reads every module with `ast` instead: each relative import must name a module of the package, and
each imported name must be defined at the top level of that module (or be one of its submodules); every
absolute import must be the standard library or a dependency the package declares in pyproject.toml.
Prints one JSON object: {"modules": N, "imports": N, "problems": [...]}.
"""
import ast
import json
import re
import sys
from pathlib import Path


def declared_dependencies(root: Path) -> set:
    text = (root / "pyproject.toml").read_text()
    deps = re.search(r"dependencies\s*=\s*\[(.*?)\]", text, re.S).group(1)
    names = {re.split(r"[<>=!~; ]", d.strip().strip('"'))[0] for d in deps.split('",')}
    return {n.replace("-", "_") for n in names if n} | {"typing_extensions"}


def module_name(package_dir: Path, path: Path) -> str:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def top_level_names(tree: ast.Module) -> set:
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                names.update(n.id for n in ast.walk(t) if isinstance(n, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
        elif isinstance(node, (ast.If, ast.Try)):
            names.update(top_level_names(ast.Module(body=node.body, type_ignores=[])))
    return names


def main(root: Path) -> None:
    package_dir = next(p.parent for p in root.glob("*/__init__.py"))
    modules = {}
    for path in sorted(package_dir.rglob("*.py")):
        modules[module_name(package_dir, path)] = (path, ast.parse(path.read_text(), str(path)))
    allowed = declared_dependencies(root) | set(sys.stdlib_module_names)
    problems, count = [], 0
    for name, (path, tree) in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    count += 1
                    if alias.name.split(".")[0] == package_dir.name:
                        if alias.name not in modules:
                            problems.append(f"{path}: imports {alias.name}, which the package does not have")
                    elif alias.name.split(".")[0] not in allowed:
                        problems.append(f"{path}: imports {alias.name}, not declared in pyproject.toml")
            elif isinstance(node, ast.ImportFrom):
                count += 1
                if node.level == 0:
                    if node.module.split(".")[0] not in allowed:
                        problems.append(f"{path}: imports from {node.module}, not declared in pyproject.toml")
                    continue
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                if target not in modules:
                    problems.append(f"{path}: from {'.' * node.level}{node.module or ''} import ...: no module {target}")
                    continue
                # `from . import x` names a submodule; only `from .m import x` may name a definition.
                defined = top_level_names(modules[target][1]) if node.module else set()
                for alias in node.names:
                    if alias.name == "*" or alias.name in defined or f"{target}.{alias.name}" in modules:
                        continue
                    problems.append(f"{path}: {target} defines no {alias.name}")
    print(json.dumps({"modules": len(modules), "imports": count, "problems": problems}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
