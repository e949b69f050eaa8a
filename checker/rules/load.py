"""Load rules/*.yaml, validate in two passes, build Rule records.

Pass one is the JSON Schema (shape); pass two is meaning: the id is the file
name, regexes compile, token patterns are valid spaCy patterns, relations and
examples name existing values, phrases have something to match. Every problem
in every file is reported at once; any problem stops the run (exit 2).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import CheckerError, Problem, did_you_mean, problem
from ..records import UNSET, Example, Rule, ValueDef, Ways
from ..schema import json_path, validate
from ..settings import defaults
from ..values import TYPES
from ..yamlio import Located, load
from . import regexes, tables

SLOT_RE = re.compile(r"\{[^}]*\}")


def rule_files(rules_dir: Path) -> list[Path]:
    """The rule files of a folder: *.yaml and *.yml, not starting with '_' (data files)."""
    files = [p for p in Path(rules_dir).rglob("*") if p.suffix in (".yaml", ".yml")]
    return sorted((p for p in files if not p.name.startswith("_") and p.is_file()), key=str)


def load_rules(rules_dir, holder_table=None) -> tuple:
    """All rules of a folder, sorted by id; CheckerError lists every problem found.
    (`load_rule_set` gives them with the folder's holder and alias tables.)"""
    return load_rule_set(rules_dir, holder_table).rules


def load_rule_set(rules_dir, holder_table=None) -> tables.RuleSet:
    """The rules of a folder with its holder and alias tables, each parsed once;
    CheckerError lists every problem found in any of them."""
    rules_dir = Path(rules_dir)
    if not rules_dir.is_dir():
        raise CheckerError([problem("E114", str(rules_dir), detail="not a folder")])
    files = rule_files(rules_dir)
    if not files:
        raise CheckerError([problem("E113", str(rules_dir), folder=str(rules_dir))])
    problems = []
    try:
        table = holder_table or tables.load_holders(rules_dir)
    except CheckerError as exc:  # _holders.yaml: reported with the rules' problems
        problems.extend(exc.problems)
        table = tables.default_holders()
    try:
        aliases = tables.load_aliases(rules_dir)  # _aliases.yaml: its problems are named with the rules'
    except CheckerError as exc:
        problems.extend(exc.problems)
    try:
        cues = tables.load_cues(rules_dir)  # _cues.yaml: likewise
    except CheckerError as exc:
        problems.extend(exc.problems)
    rules, seen = [], {}
    for path in files:
        try:
            rule = load_rule_file(path, table)
        except CheckerError as exc:
            problems.extend(exc.problems)
            continue
        if rule.id in seen:
            problems.append(problem("E106", str(path), 1, 1, rule_id=rule.id, other=seen[rule.id]))
        seen[rule.id] = str(path)
        rules.append(rule)
    if problems:
        raise CheckerError(problems)
    return tables.RuleSet(tuple(sorted(rules, key=lambda r: r.id)), table, aliases, str(rules_dir),
                          tables.shared_digest(rules_dir), cues)


def load_rule_file(path: Path, holder_table=None) -> Rule:
    """One rule file: YAML, schema, then meaning."""
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError([problem("E114", file, detail=str(exc))]) from None
    located = load(text, file)
    if located.data is None:
        raise CheckerError([problem("E103", file, 1, 1)])
    problems = validate(located, file, "rule")
    todos = placeholders(located, file)
    problems = [p for p in problems if p.path not in {t.path for t in todos}]  # "window: TODO ...": say E116
    if problems:
        problems = sorted(problems + todos, key=lambda p: (p.line, p.column))
    else:
        problems = check_meaning(located, file, Path(path).stem, holder_table or tables.default_holders())
    if problems:
        raise CheckerError(problems)
    return build_rule(located, file)


def check_meaning(located: Located, file: str, stem: str, holder_table) -> list[Problem]:
    data, found = located.data, []

    def add(code, path, **fields):
        line, col = located.where(path)
        found.append(problem(code, file, line, col, path=json_path(path), **fields))

    found += placeholders(located, file)
    if data["id"] != stem:
        add("E105", ("id",), rule_id=data["id"], stem=stem)
    kind = data["type"]
    ids = list(data.get("values", {}))
    for path, phrase in _phrases(data):
        _check_phrase(phrase, path, kind, add)
    for path, pattern in _entries(data, "patterns"):
        _check_pattern(pattern, path, add)
    for path, regex in _entries(data, "regex"):
        _check_regex(regex, path, kind, add)
    relations = data.get("relations", {})
    for name in ("overlap", "implies"):
        for i, pair in enumerate(relations.get(name, [])):
            for j, value in enumerate(pair):
                _check_value(value, ("relations", name, i, j), ids, add)
    for i, value in enumerate(relations.get("vague", [])):
        _check_value(value, ("relations", "vague", i), ids, add)
    for i, example in enumerate(data["examples"]):
        if TYPES[kind].named:
            for j, value in enumerate(example["expect"]):  # "not X": X negated
                value = value[4:] if isinstance(value, str) and value.startswith("not ") else value
                _check_value(value, ("examples", i, "expect", j), ids, add)
        _check_date(example.get("published"), ("examples", i, "published"), add)
    if isinstance(data.get("tolerance"), str) and kind != "number":
        add("E118", ("tolerance",), key=f"tolerance '{data['tolerance']}'", rule_type=kind,
            allowed="a number (a relative tolerance, 'N%', is for number rules)")
    for key in ("ordinals", "running_total"):
        if key in data and kind != "number":
            add("E118", (key,), key=key, rule_type=kind, allowed="it only in number rules")
    for i, name in enumerate(data.get("holders", [])):
        if name not in holder_table.parties:
            allowed = sorted(holder_table.parties)
            add("E115", ("holders", i), name=name, allowed=", ".join(allowed), hint=did_you_mean(name, allowed))
    return found


def placeholders(located: Located, file: str) -> list[Problem]:
    """E116 for every string a template left with a TODO in it."""
    out = []
    for path, text in _strings(located.data, ()):
        if "TODO" in text:
            line, col = located.where(path)
            out.append(problem("E116", file, line, col, path=json_path(path), text=text))
    return out


def _strings(node, path):
    """Every string in the rule, with its path: placeholders left from `checker rules new`."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, path + (i,))


def _phrases(data):
    for key in ("any", "with", "refer", "without"):
        for i, phrase in enumerate(data["trigger"].get(key, [])):
            yield ("trigger", key, i), phrase
    for vid, ways in data.get("values", {}).items():
        for key in ("say", "deny"):
            for i, phrase in enumerate(ways.get(key, [])):
                yield ("values", vid, key, i), phrase
    for i, phrase in enumerate(data.get("capture", {}).get("say", [])):
        yield ("capture", "say", i), phrase


def _entries(data, key):
    for vid, ways in data.get("values", {}).items():
        for i, entry in enumerate(ways.get(key, [])):
            yield ("values", vid, key, i), entry
    for i, entry in enumerate(data.get("capture", {}).get(key, [])):
        yield ("capture", key, i), entry


def _check_phrase(phrase, path, kind, add):
    slots = [m.group(0) for m in SLOT_RE.finditer(phrase)]
    words = SLOT_RE.sub(" ", phrase).replace("...", " ").split()
    if not words and not slots:
        add("E110", path, detail=f"'{phrase}'")
    if phrase.count("...") > defaults()["max_gaps"]:
        add("E122", path, gaps=phrase.count("..."), most=defaults()["max_gaps"])
    in_capture = path[0] == "capture"
    wanted = TYPES[kind].slot
    for slot in slots:
        if not in_capture or slot != wanted:
            allowed = f"the slot {wanted} in capture phrases" if wanted else "no slots (write the words)"
            add("E111", path, slot=slot, rule_type=kind, allowed=allowed)
    if in_capture and wanted and slots.count(wanted) != 1:
        add("E112", path, rule_type=kind, needed=f"exactly one {wanted} in each capture phrase")


def _check_pattern(pattern, path, add):
    from spacy.schemas import TokenPattern, validate_token_pattern

    known = [f.alias or name for name, f in TokenPattern.model_fields.items()]
    unknown = [(i, key) for i, token in enumerate(pattern) for key in token if key.upper() not in known]
    for i, key in unknown:
        add("E108", path + (i,), detail=f"unknown token attribute '{key}'{did_you_mean(key, known)}")
    if not unknown:
        for message in validate_token_pattern(pattern):
            add("E108", path, detail=" ".join(str(message).split()))


def _check_regex(regex, path, kind, add):
    wrong = regexes.problem_of(regex)
    if wrong:
        add(wrong[0], path, detail=wrong[1])
        return
    compiled = re.compile(regex)
    if path[0] == "capture" and "value" not in compiled.groupindex:
        add("E112", path, rule_type=kind, needed="a group named 'value' in each capture regex, (?P<value>...)")


def _check_value(value, path, ids, add):
    if value not in ids:
        add("E109", path, name=value, allowed=", ".join(ids), hint=did_you_mean(value, ids))


def _check_date(value, path, add):
    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        add("E104", path, detail=f"expected a date, YYYY-MM-DD, got '{value}'")


def _ways(raw: dict) -> Ways:
    patterns = tuple(tuple(p) for p in raw.get("patterns", ()))
    return Ways(tuple(raw.get("say", ())), patterns, tuple(raw.get("regex", ())), tuple(raw.get("deny", ())))


def _window(value):
    """Days, or None for `never` (a fact that cannot change)."""
    return None if value == "never" else value


def build_rule(located: Located, file: str) -> Rule:
    d = located.data
    scope, rel = d.get("scope", {}), d.get("relations", {})
    values = tuple(ValueDef(vid, ways.get("label", vid.replace("_", " ")), _ways(ways))
                   for vid, ways in d.get("values", {}).items())
    examples = tuple(_example(e, located.where(("examples", i))[0]) for i, e in enumerate(d["examples"]))
    return Rule(
        id=d["id"], question=d["question"], type=d["type"], path=file,
        trigger_any=tuple(d["trigger"]["any"]), trigger_with=tuple(d["trigger"].get("with", ())),
        trigger_refer=tuple(d["trigger"].get("refer", ())),
        trigger_without=tuple(d["trigger"].get("without", ())),
        before=scope.get("before", 0), after=scope.get("after", 0), near=scope.get("near"),
        section=scope.get("section", False),
        window=_window(d.get("window", defaults()["window_days"])), holders=tuple(d.get("holders", ())), values=values,
        capture=_ways(d["capture"]) if "capture" in d else None,
        tolerance=d.get("tolerance", 0), threshold=d.get("threshold", defaults()["text_threshold"]),
        open_spans=d.get("open_spans", True), ordinals=d.get("ordinals", "none"),
        running_total=d.get("running_total", False), stay=d.get("stay", False),
        overlap=frozenset(frozenset(p) for p in rel.get("overlap", ())),
        implies=tuple(tuple(p) for p in rel.get("implies", ())),
        vague=frozenset(rel.get("vague", ())), examples=examples,
        description=d.get("description", ""),
    )


def _example(raw: dict, line: int) -> Example:
    published = raw.get("published")
    return Example(
        text=raw["text"], expect=tuple(raw["expect"]), line=line,
        published=dt.date.fromisoformat(published) if published else None,
        holder=raw.get("holder", UNSET), hedged=raw.get("hedged"),
        known_miss=raw.get("known_miss", False), note=raw.get("note", ""),
    )
