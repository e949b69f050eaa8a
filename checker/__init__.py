"""checker: a cross-source consistency checker for news.

The package reads as the pipeline:
  rules.py     load and validate rules/*.yaml against schemas/rule.schema.json
  ingest.py    articles and their metadata -> Article
  nlp.py       the one spaCy pipeline (canon.py: canonical word forms)
  extract.py   claims with evidence (patterns.py, matcher.py, claims.py;
               attribution.py: who says it, hedging.py: how firmly, cues.py)
  normalize.py canonical values: dates.py, numbers.py
  diff.py      verdicts per field and the source matrix (types.py)
  render/      Markdown and JSON reports
  cli.py       the thin click layer; pipeline.py wires the stages
"""
__version__ = "0.1.0"
