#!/usr/bin/env python3
"""Lists a corpus's attribution errors: gold quote, its speaker, what we said.
Usage: scripts/errors.py CORPUS PRED.jsonl"""
import json, sys, importlib.util, pathlib
shared = pathlib.Path(__file__).resolve().parent.parent.parent / "shared"
spec = importlib.util.spec_from_file_location("score", shared / "tools/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
corpus = sys.argv[1]
gold = score.load(shared / f"gold/{corpus}.jsonl")
pred = score.load(sys.argv[2])
pairs = score.match(gold, pred, {})
pm = {id(g): p for g, p, _ in pairs}
matched = {id(p) for _, p, _ in pairs}
for g in gold:
    if g["kind"] == "term" or g.get("speaker") is None or "*" in (g.get("speaker_alts") or []):
        continue
    p = pm.get(id(g))
    if p is None:
        print(f"MISS  {g['id']}: {g['text'][:60]!r} [{g['speaker']}]")
    elif not score.speaker_ok(p, g):
        print(f"WRONG {g['id']}: {g['text'][:50]!r} gold={g['speaker']} span={g.get('speaker_span')} pred={p.get('speaker')} mention={p.get('mention')}@{p.get('mention_start')} cue={p.get('cue')}")
for p in pred:
    if id(p) not in matched and p.get("speaker"):
        print(f"FP    {p['doc'][:30]}:{p['line']}: {p['text'][:60]!r} -> {p['speaker']}")
