"""Where a rule looks: the sentences its values may stand in, around its triggers.

  refer words    "the town" stands for the subject only just after a sentence that
                 names it
  headline       a trigger in the title counts in the opening paragraph
  transcripts    a question's triggers count in the answer below it
  sections       a trigger in a section heading counts in every sentence of its section
  scope          `scope.before` / `scope.after` sentences around each trigger
"""
from __future__ import annotations

from ..records import Hit
from ..settings import defaults
from .lookalikes import back_reference
from .patterns import TRIGGERS

HEADING_ENDS = tuple('.!"\u201d\u2019\')')


def keep_references(ex, analysis) -> None:
    """A rule's `refer` words ("the town", "the parties") stand for its subject only in the
    `refer_reach` sentences after one that names it (a paragraph break between them is
    no bar, as news starts a paragraph with "The town ..."; a section heading is), and
    not where they name another one ("the town of Toretsk", "the talks in Geneva");
    elsewhere they are dropped."""
    parts, reach = ex.compiled.parts, defaults()["refer_reach"]
    arrays, own = analysis.arrays, frozenset(ex.nlp.vocab.strings[w] for w in ("of", "in", "at"))
    heads = headings(analysis)

    def back(h, named) -> bool:
        after = next((i for i in range(h.end, len(arrays.norms)) if not arrays.space[i]), None)
        return (after is None or arrays.norms[after] not in own) and \
            any(0 < h.sent - s <= reach and not any(s < k <= h.sent for k in heads) for s in named)

    for rule_id, hits in analysis.hits.items():
        if all(parts[h.part].kind != "refer" for h in hits):
            continue
        named = sorted({h.sent for h in hits if parts[h.part].kind == "trigger"})
        analysis.hits[rule_id] = [h for h in hits if parts[h.part].kind != "refer" or back(h, named)]


def has_title(analysis) -> bool:
    """Is the first line a title: a paragraph of its own, not ending like a sentence of prose?"""
    para, sents = analysis.attributor.paragraph, analysis.sents
    return len(sents) > 1 and para[1] != para[0] and \
        not analysis.arrays.span_text(*sents[0]).rstrip().endswith(HEADING_ENDS)


def headline(ex, analysis) -> None:
    """A headline names the subject for the opening paragraph: a trigger or `with` phrase in
    the title (the first line, a paragraph of its own, not ending like prose) counts in
    every sentence of the paragraph after it ("Kremlin sets terms for a Zelensky meeting"
    / "Peskov said ...")."""
    para, sents = analysis.attributor.paragraph, analysis.sents
    if not has_title(analysis):
        return  # no title: the first line is a sentence of prose
    opening = [si for si in range(1, len(sents)) if para[si] == para[1]]
    for rule_id, hits in analysis.hits.items():
        first = next((h for h in hits if h.sent == 0 and ex.compiled.parts[h.part].kind == "trigger"), None)
        if first is not None:
            hits.extend(Hit(first.part, first.start, first.end, si) for si in opening)
    for rule_id, withs in analysis.withs.items():
        if 0 in withs:
            withs.update(opening)


def transcripts(ex, analysis) -> None:
    """In a transcript, an answer is about what the question before it asked: the question's
    triggers and `with` phrases count in every sentence of the answer's paragraph
    ("QUESTION: Kiev insists that Chasov Yar has not been captured ..." / "PESKOV: The
    ministry reported the liberation of the town ...")."""
    labels, para = analysis.attributor.labels, analysis.attributor.paragraph
    if not labels:
        return
    asked = {}  # answer paragraph -> the question paragraph before it
    for p, (kind, _, _) in sorted(labels.items()):
        if kind == "speaker" and labels.get(p - 1, ("",))[0] == "question":
            asked[p] = p - 1
    answers = {}
    for si, p in enumerate(para):
        if p in asked:
            answers.setdefault(asked[p], []).append(si)
    for rule_id, hits in analysis.hits.items():
        first = {}
        for h in hits:
            if ex.compiled.parts[h.part].kind == "trigger" and para[h.sent] in answers:
                first.setdefault(para[h.sent], h)
        for q, h in first.items():
            hits.extend(Hit(h.part, h.start, h.end, si) for si in answers[q])
    for rule_id, withs in analysis.withs.items():
        for q, sis in answers.items():
            if any(para[w] == q for w in withs):
                withs.update(sis)


def sections(ex, analysis) -> None:
    """A rule with `scope.section`: its trigger in a section heading stands for its subject
    in every sentence of that section, up to the next heading ("What have the Istanbul
    talks achieved?" over the paragraphs that answer it); in an article with section
    headings, a trigger in its title ("Explainer: what came out of the Istanbul talks?")
    stands for it in the whole article."""
    todo = [rule_id for rule_id in analysis.hits if ex.by_id[rule_id].section]
    heads = headings(analysis) if todo else []
    for rule_id in todo if heads else ():
        hits = analysis.hits[rule_id]
        named = {h.sent: h for h in reversed(hits)  # the first trigger of each heading
                 if h.sent in heads and ex.compiled.parts[h.part].kind == "trigger"}
        for si, h in sorted(named.items()):  # one heading, one section, however often it names the subject
            end = next((k for k in heads if k > si), len(analysis.sents))
            hits.extend(Hit(h.part, h.start, h.end, sj) for sj in range(si + 1, end))
        title = next((h for h in hits if h.sent == 0 and ex.compiled.parts[h.part].kind == "trigger"), None)
        if title is not None and has_title(analysis):  # an explainer's title heads all its sections
            hits.extend(Hit(title.part, title.start, title.end, sj) for sj in range(1, len(analysis.sents)))


def scopes(ex, analysis) -> dict:
    """rule id -> the sentences its values may stand in (around its triggers; and the sentence
    before one that refers back to it: '"Let him come to Moscow. Such a meeting will take place."')."""
    out, last = {}, len(analysis.sents) - 1
    for rule_id, hits in analysis.hits.items():
        rule = ex.by_id[rule_id]
        sis = {h.sent for h in hits if ex.compiled.parts[h.part].kind in TRIGGERS}
        around = {k for si in sis for k in range(max(0, si - before(ex, analysis, rule, si)), min(last, si + rule.after) + 1)}
        if around:
            out[rule_id] = sorted(around)
    return out


def before(ex, analysis, rule, si: int) -> int:
    """How many sentences before a trigger's sentence its values may stand in: the rule's
    `scope.before`, or one in the same paragraph when the sentence refers back ("such a meeting")."""
    if rule.before or si == 0 or not analysis.attributor.same_paragraph(si - 1, si):
        return rule.before
    return 1 if back_reference(ex.cues, si, analysis) is not None else 0


def headings(analysis) -> list:
    """Sentences that are section headings: a line of their own, below the first line (the
    title), at most `heading_max_chars` long, not ending like a sentence of prose ('.')."""
    para, sents, n = analysis.attributor.paragraph, analysis.sents, len(analysis.sents)
    most, out = defaults()["heading_max_chars"], []
    for si in range(1, n):
        if para[si - 1] != para[si] and (si + 1 == n or para[si + 1] != para[si]):
            line = analysis.arrays.span_text(*sents[si]).rstrip()
            if len(line) <= most and not line.endswith(HEADING_ENDS):
                out.append(si)
    return out


def runs(indices) -> list:
    """[(first, last)] of the runs of consecutive numbers in a sorted list."""
    out = []
    for i in indices:
        if out and i == out[-1][1] + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out
