"""The forms real coverage comes in, for bench/newsgen.py: each a function of the
Writer that lays out a headline, furniture and paragraphs the way that kind of page
does. Front matter varies as scrapers leave it (outlet:, source: or publisher:; an
ISO day, a timestamp, a written date, 'unknown' or none at all)."""
from __future__ import annotations

import datetime as dt
import html

import stories

OUTLET_A = ("Northern", "Harbour", "Capital", "Eastern", "Atlantic", "Continental", "Riverside", "Baltic",
            "Meridian", "Frontier", "Coastal", "Central", "Global", "Metro", "Valley", "Union")
OUTLET_B = ("Daily", "Herald", "Courier", "Observer", "Post", "Monitor", "Ledger", "Gazette", "Tribune",
            "Review", "Times", "Dispatch", "Wire", "Chronicle", "Standard", "Express")
MENU = ("Home", "World", "Europe", "Americas", "Asia", "Politics", "Business", "Markets", "Tech", "Science",
        "Opinion", "Sport", "Culture", "Video", "Podcasts", "Weather")
ON_TOPICS = tuple(stories.STORY)
_LOWER = {"The", "In", "A", "An", "Since", "Among", "Last", "If", "Speaking", "Asked", "Over", "Oil", "Open-source",
          "Fighting", "Aid", "European", "Residents", "Shares", "Rail", "Health", "Flights", "Temperatures", "Police"}
# form name -> share of on-topic / off-topic articles
ON_FORMS = (("wire", 26), ("republished", 12), ("live", 8), ("state", 8), ("aggregator", 10), ("explainer", 8),
            ("transcript", 5), ("brief", 9), ("opinion", 6), ("html", 8))
OFF_FORMS = (("wire", 30), ("republished", 15), ("feature", 25), ("brief", 12), ("live", 6), ("html", 12))


def outlet(rng) -> str:
    return f"The {rng.choice(OUTLET_A)} {rng.choice(OUTLET_B)}"


def _pick(rng, table):
    total = sum(w for _, w in table)
    x = rng.random() * total
    for name, w in table:
        x -= w
        if x < 0:
            return name
    return table[-1][0]


class Writer:
    def __init__(self, filler, pool: list, words: int):
        self.f, self.rng, self.pool, self.words = filler, filler.rng, pool, words
        self.used = set()  # templates used in the article being written

    # -- what goes in ---------------------------------------------------------------
    def _fresh(self, templates) -> str:
        """A sentence from one of the templates, preferring one this article has not used yet."""
        for _ in range(4):
            t = self.rng.choice(templates)
            if t not in self.used:
                break
        self.used.add(t)
        s = self.f.expand(t)
        return s[:1].upper() + s[1:]

    def _story_sentence(self, topics) -> str:
        r = self.rng.random()
        if r < 0.5:
            self.f.topic = topics[0] if self.rng.random() < 0.7 else self.rng.choice(topics)
            return self._fresh(stories.STORY[self.f.topic])
        return self._fresh(stories.CONTEXT if r < 0.9 else stories.ELSEWHERE)

    def _off_sentence(self) -> str:
        return self._fresh(stories.ELSEWHERE)

    def _prose(self) -> str:
        return self.pool[int(self.rng.random() * len(self.pool))] if self.pool else self._off_sentence()

    def paragraphs(self, topical: bool, topics, words: int) -> list:
        """Short paragraphs (one to four sentences, or a paragraph of prose) up to `words`."""
        out, count = [], 0
        while count < words:
            if not topical and self.rng.random() < 0.6:
                para = self._prose()
            else:
                make = (lambda: self._story_sentence(topics)) if topical else self._off_sentence
                para = " ".join(make() for _ in range(self.rng.choice((1, 1, 2, 2, 2, 3, 4))))
            out.append(para)
            count += len(para.split())
        return out

    def headline(self, topical, topics) -> str:
        if topical:
            self.f.topic = topics[0]
            return self.f.sentence(stories.HEADLINES[topics[0]])
        return self.f.expand(self.rng.choice((
            "{company} {verb} {adj} {noun} plan in {place}", "{place} council {verb} {noun} budget",
            "{person} named new {title} of {org}", "{city} beat {city} {score} as {person} shines",
            "Heatwave grips {city} as temperatures reach {temp}C", "{company} shares slide after {adj} results",
            "Residents of {place} fight {adj} {noun} closure", "{org} warns of {adj} {noun} shortage")))

    # -- front matter -----------------------------------------------------------------
    def front(self, name: str, title: str, day: dt.date, kind: str = "") -> str:
        r = self.rng.random()
        if r < 0.12:
            return ""
        key = self.rng.choice(("outlet", "outlet", "source", "publisher"))
        if r < 0.2:
            when = "published: unknown"
        elif r < 0.3:
            when = f"date: {day.strftime('%B')} {day.day}, {day.year}"
        elif r < 0.5:
            when = f"published: {day.isoformat()}T{self.f.expand('{clock}')}:00+0{self.rng.randint(0, 3)}:00"
        else:
            when = f"published: {day.isoformat()}"
        title = title.replace('"', "'")
        lines = [f'title: "{title}"', f"{key}: {name}", when] + ([f"format: {kind}"] if kind else [])
        return "---\n" + "\n".join(lines) + "\n---\n\n"

    # -- the forms ---------------------------------------------------------------------
    def article(self, topical: bool, day: dt.date) -> tuple:
        """(file suffix, text) of one article."""
        rng, self.used = self.rng, set()
        topics = rng.sample(ON_TOPICS, rng.randint(1, 3)) if topical else ()
        form = _pick(rng, ON_FORMS if topical else OFF_FORMS)
        words = int(self.words * rng.uniform(0.4, 1.4) * (1.6 if form == "live" else 1.0))
        name, title = outlet(rng), self.headline(topical, topics)
        if form == "html":
            return ".html", self.html_page(name, title, day, self.paragraphs(topical, topics, words))
        body = getattr(self, form)(name, title, day, topical, topics, words)
        return ".txt", self.front(name, title, day, "live blog" if form == "live" else "") + body

    def _date_line(self, day) -> str:
        return self.rng.choice((f"{day.day} {day.strftime('%B')} {day.year}", day.strftime("%d/%m/%Y"),
                                f"{day.strftime('%b')} {day.day}, {day.year}", day.strftime("%d.%m.%Y")))

    def wire(self, name, title, day, topical, topics, words) -> str:
        paras = self.paragraphs(topical, topics, words)
        place = self.f.expand("{city}").upper()
        lead = f"{place}, {day.strftime('%b')} {day.day} ({name.split()[-1]}) - {paras[0]}"
        sign = self.f.expand("(Reporting by {person} in {city}; additional reporting by {person}; "
                             "Editing by {person})")
        return "\n\n".join([title, self.f.expand("By {person}"), lead] + paras[1:] + [sign]) + "\n"

    def republished(self, name, title, day, topical, topics, words) -> str:
        rng, f = self.rng, self.f
        paras = self.paragraphs(topical, topics, words)
        head = [name, " | ".join(rng.sample(MENU, 8)), "Subscribe   Sign in",
                "We use cookies to improve your experience. By continuing to browse you agree to our use of "
                "cookies. Manage preferences | Accept all", f"World > {rng.choice(MENU)}", title,
                f"Updated: {self._date_line(day)} {f.expand('{clock}')} | First published: {self._date_line(day)}",
                f.expand("By {person}, with agencies"), "Share on Facebook\nShare on X\nShare on WhatsApp\nCopy link",
                f.expand(rng.choice(stories.CAPTIONS))]
        for i in range(3, len(paras), 4):
            paras.insert(i, rng.choice(("Advertisement", "RELATED: " + self.headline(topical, topics or ("subs",)),
                                        f.expand(rng.choice(stories.CAPTIONS)))))
        tail = ["Read more:"] + [self.headline(topical, topics or ("subs",)) for _ in range(3)]
        tail += [f"Comments ({rng.randint(0, 300)})", f"\u00a9 {day.year} {name}. All rights reserved."]
        return "\n\n".join(head + paras) + "\n\n" + "\n".join(tail) + "\n"

    def live(self, name, title, day, topical, topics, words) -> str:
        rng, f = self.rng, self.f
        out = [f"LIVE: {title}", "Live updates | All times Kyiv (GMT+3) | Refreshes automatically", "Summary"]
        out.append("\n".join("- " + self.headline(topical, topics) for _ in range(rng.randint(2, 4))))
        count, hour = 0, 23
        while count < words and hour > 5:
            hour -= rng.randint(0, 2)
            on = topical and rng.random() < 0.6
            text = " ".join((self._story_sentence(topics) if on else self._off_sentence())
                            for _ in range(rng.randint(1, 3)))
            entry_title = self.headline(on, topics) if on else f.expand("{place}: {adj} {noun}")
            out.append(f"{hour:02d}:{rng.randint(0, 59):02d}\n{entry_title}\n{text}")
            count += len(text.split())
        return "\n\n".join(out) + "\n"

    def state(self, name, title, day, topical, topics, words) -> str:
        paras = self.paragraphs(topical, topics, words)
        lead = f"MOSCOW, {day.strftime('%B')} {day.day}. /{name}/. {paras[0]}"
        extra = [self.f.sentence(stories.STATE_MEDIA) for _ in range(2)]
        return "\n\n".join([title, lead] + paras[1:3] + extra + paras[3:]) + "\n"

    def aggregator(self, name, title, day, topical, topics, words) -> str:
        rng, f = self.rng, self.f
        paras = self.paragraphs(topical, topics, words)
        for i in range(1, len(paras), 3):
            said = self._story_sentence(topics) if topical else self._off_sentence()
            first, _, rest = said.partition(" ")
            if first in _LOWER:
                said = first.lower() + " " + rest
            paras[i] = rng.choice(stories.AGGREGATOR) + said
        stamp = f"Web Desk | Published: {day.strftime('%b')} {day.day}, {day.year} | {rng.randint(1, 12)}:" \
                f"{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM'))}"
        lead = f"{f.expand('{city}').upper()}: {paras[0]}"
        return "\n\n".join([title, stamp, lead] + paras[1:]) + "\n"

    def explainer(self, name, title, day, topical, topics, words) -> str:
        rng = self.rng
        out = [title, f"{name.replace('The ', '')} Explainers | {self._date_line(day)}"]
        questions = rng.sample(stories.EXPLAINER_Q, rng.randint(3, 6))
        per = max(40, words // len(questions))
        out.append(" ".join(self._story_sentence(topics) for _ in range(2)))
        for q in questions:
            out.append(q)
            out.extend(self.paragraphs(topical, topics, per))
        return "\n\n".join(out) + "\n"

    def transcript(self, name, title, day, topical, topics, words) -> str:
        rng, f = self.rng, self.f
        out = [f"Kremlin briefing, {day.day} {day.strftime('%B')} {day.year} (transcript, excerpts)",
               f"Translated by the {name.replace('The ', '')} desk. Questions have been shortened."]
        count = 0
        while count < words:
            q = f.expand(rng.choice(stories.TRANSCRIPT_Q))
            a = " ".join(f.expand(rng.choice(stories.TRANSCRIPT_A)) for _ in range(rng.randint(1, 2)))
            out += [f"QUESTION ({outlet(rng).replace('The ', '')}): {q}", f"PESKOV: {a}"]
            count += len(q.split()) + len(a.split())
        return "\n\n".join(out) + "\n"

    def brief(self, name, title, day, topical, topics, words) -> str:
        rng = self.rng
        out = [f"{name}: news in brief, {self._date_line(day)}"]
        count = 0
        while count < words:
            on = topical and rng.random() < 0.5
            head = self.headline(on, topics)
            text = " ".join((self._story_sentence(topics) if on else self._off_sentence())
                            for _ in range(rng.randint(1, 3)))
            out += [head.upper() if rng.random() < 0.3 else head, text]
            count += len(text.split())
        return "\n\n".join(out) + "\n"

    def opinion(self, name, title, day, topical, topics, words) -> str:
        byline = self.f.expand("By {person}, a former {title} and a columnist for this paper")
        return "\n\n".join([f"OPINION | {title}", byline] + self.paragraphs(topical, topics, words)) + "\n"

    def feature(self, name, title, day, topical, topics, words) -> str:
        f = self.f
        paras = self.paragraphs(False, (), words)
        return "\n\n".join([title, f.expand("By {person} | {weekday}"), *paras,
                            f.expand("{person} writes about {noun}s and {noun}s for {outlet}.")]) + "\n"

    def html_page(self, name, title, day, paras) -> str:
        rng, e = self.rng, html.escape
        nav = "\n".join(f'      <li><a href="/{m.lower()}/">{m}</a></li>' for m in rng.sample(MENU, 7))
        body = "\n".join(f"  <p>{e(p)}</p>" for p in paras)
        aside = "\n".join(f"      <li>{e(self.f.expand('{place}: {adj} {noun} {verb}'))}</li>" for _ in range(4))
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)} | {e(name)}</title>
<meta property="og:site_name" content="{e(name)}">
<meta property="article:published_time" content="{day.isoformat()}T{rng.randint(6, 22):02d}:05:00+02:00">
</head>
<body>
<header class="site-header">
  <nav class="main-nav">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
<article class="story">
  <h1>{e(title)}</h1>
  <p class="byline">By {e(self.f.expand('{person}'))}</p>
{body}
  <figure><figcaption>{e(self.f.expand(rng.choice(stories.CAPTIONS)))}</figcaption></figure>
</article>
<aside class="most-read">
  <h2>Most read</h2>
    <ul>
{aside}
    </ul>
</aside>
</main>
<footer><p>&copy; {day.year} {e(name)}</p></footer>
</body>
</html>
"""
