"""Stage 1, rules: rule files in, a RuleSet out (Rule records with the folder's tables).

  load.py       read rules/*.yaml, validate in two passes (schema, then meaning)
  regexes.py    a rule's regexes: refused when they would backtrack for ever, run with a time limit
  tables.py     holders, spelling aliases and cue words, shipped and per folder; RuleSet
  examples.py   run a rule's own examples through an extractor
  authoring.py  `checker rules new`: a commented template per type; `rules schema`: the
                schema beside the rules
  docs.py       the key reference of docs/rules.md, from the schema
"""
from __future__ import annotations

from .load import load_rule_file, load_rule_set, load_rules
from .tables import HolderTable, RuleSet

__all__ = ["HolderTable", "RuleSet", "load_rule_file", "load_rule_set", "load_rules"]
