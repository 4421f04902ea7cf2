#!/usr/bin/env python3
"""Java lines over 110 characters (STYLE.md): prints file:line:length; exit 1 when there are any."""
import pathlib, sys
roots = sys.argv[1:] or ["src"]
bad = 0
for root in roots:
    for p in sorted(pathlib.Path(root).rglob("*.java")) if pathlib.Path(root).is_dir() else [pathlib.Path(root)]:
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if len(line) > 110:
                print(f"{p}:{n}:{len(line)}")
                bad += 1
sys.exit(1 if bad else 0)
