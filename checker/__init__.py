"""checker: a cross-source consistency checker for news.

The package reads as the pipeline, one package per stage, arrows pointing one way:

  rules/    rule files -> RuleSet (Rule records, holder and alias tables)
  ingest/   article files -> Article records (text, metadata, furniture marked)
  nlp/      the one spaCy pipeline: tokens, canonical forms, sentences, entities
  extract/  Articles -> Claims with evidence, holder, hedge, negation
  values/   the typed-value library under them: types, numbers, dates, text
  diff/     Claims -> a Comparison: verdicts per field, values with their sources
  render/   a Comparison -> report.md, report.json; eval, explain, rule-test text
  run/      orchestration: the Run, batches, worker processes, Dask, the cache

and, flat, what every stage shares:

  cli.py       the thin click layer on top
  records.py   the small immutable records that cross each boundary
  errors.py    every message a user can see, with stable codes
  settings.py  shipped data files (checker/data) and defaults
  yamlio.py    YAML with the line and column of every node
  schema.py    the JSON Schemas, and their errors worded for people
  evaluate.py  `checker eval`: claims scored against gold annotations
"""
__version__ = "0.1.0"
