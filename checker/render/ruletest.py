"""`checker rules test` output: each rule's examples, passed or failed, with the
values and the evidence (text), or the same as JSON."""
from __future__ import annotations

import json


def _claim_line(claim) -> str:
    value = f"not {claim.value}" if claim.negated else claim.value
    return f"{value}  \"{claim.match}\" ({claim.rule_part})  line {claim.line}: {claim.quote}"


def render_text(results: dict, rules) -> str:
    paths = {r.id: r.path for r in rules}
    out, failed, known = [], 0, 0
    for rule_id, examples in results.items():
        bad = [r for r in examples if not r.ok]
        misses = [r for r in examples if r.known_miss and r.ok]
        failed, known = failed + len(bad), known + len(misses)
        words = f"{len(examples) - len(bad) - len(misses)} passed"
        words += f", {len(bad)} failed" if bad else ""
        words += f", {len(misses)} known miss{'es' if len(misses) != 1 else ''}" if misses else ""
        out.append(f"{rule_id}: {words}")
        for r in bad + misses:
            label = "FAIL" if r in bad else "known miss"
            problem = r.problem if not r.ok else f"expected {list(r.expected)}, got {list(r.got)}"
            if not r.ok and r.known_miss:
                problem = "this known miss now passes: remove `known_miss`"
            out.append(f"  {label} {paths[rule_id]}:{r.line}: {problem}")
            out.append(f"    text: {r.text.strip()}")
            out += [f"    extracted: {_claim_line(c)}" for c in r.claims]
    total = sum(len(v) for v in results.values())
    out.append(f"{len(results)} rules, {total} examples: {total - failed - known} passed, {failed} failed, "
               f"{known} known miss{'es' if known != 1 else ''}")
    return "\n".join(out) + "\n"


def render_json(results: dict) -> str:
    data = {rule_id: [{"line": r.line, "text": r.text, "expected": list(r.expected), "got": list(r.got),
                       "passed": r.passed, "known_miss": r.known_miss, "ok": r.ok, "problem": r.problem,
                       "claims": [c.to_json() for c in r.claims]} for r in examples]
            for rule_id, examples in results.items()}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
