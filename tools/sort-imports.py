#!/usr/bin/env python3
"""Sorts each Java file's import block: static imports first, then the others, each group in
lexicographic order, one blank line between the groups. Usage: tools/sort-imports.py FILE..."""
import re, sys
for path in sys.argv[1:]:
    s = open(path, encoding="utf-8").read()
    lines = s.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith("import ")]
    if not idx:
        continue
    first, last = idx[0], idx[-1]
    block = lines[first:last + 1]
    if any(l.strip() and not l.startswith("import ") for l in block):
        continue  # something else between imports: leave the file alone
    imports = sorted(set(l for l in block if l.startswith("import ")))
    static = sorted(l for l in imports if l.startswith("import static "))
    plain = sorted(l for l in imports if not l.startswith("import static "))
    new = static + ([""] if static and plain else []) + plain
    lines[first:last + 1] = new
    open(path, "w", encoding="utf-8").write("\n".join(lines))
