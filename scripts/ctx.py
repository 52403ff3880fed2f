#!/usr/bin/env python3
"""Shows the paragraph (and the one before) around gold quotes: ctx.py CORPUS ID..."""
import json, sys, pathlib
shared = pathlib.Path(__file__).resolve().parent.parent.parent / "shared"
corpus = sys.argv[1]
gold = {json.loads(l)["id"]: json.loads(l) for l in open(shared / f"gold/{corpus}.jsonl")}
for gid in sys.argv[2:]:
    g = gold[gid]
    lines = (shared / f"corpus/{corpus}/{g['doc']}.txt").read_text().split("\n")
    i = g["line"] - 1
    prev = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    print(f"--- {gid} [{g['speaker']}] {g['text'][:40]!r}\n  prev: {prev[-300:]}\n  para: {lines[i][:700]}")
