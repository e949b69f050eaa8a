"""Deterministic synthetic news corpus for benchmarking the `checker` tool.

Usage:
    python bench/generate.py OUT_DIR --articles N --mode {ontopic,mixed}
                             [--seed S] [--words W] [--rules DIR]

Writes N plain-text articles OUT_DIR/a000001.txt, OUT_DIR/a000002.txt, ...
(and nothing else). Each article is a headline line, a blank line, then
paragraphs of 2-5 sentences separated by blank lines, about W words long on
average (default 500, each article varying by up to +/-40%).

Modes:
  ontopic  every article is about the events the rules track (summer 2025:
           US submarines after Medvedev's threats, Trump's August 8 deadline,
           Witkoff's Moscow visit, the Kremlin's stance on a Putin-Zelensky
           meeting, Chasiv Yar, the Istanbul talks, Moscow's ceasefire
           conditions, Putin in China, the Oreshnik, possible venues), with
           about 30% neutral filler sentences.
  mixed    about 10% of the articles (chosen by the RNG) are on-topic; the
           rest are off-topic news (sports, local politics, technology,
           business, health, culture). Off-topic articles never contain a
           trigger phrase of any rule: the `trigger:` block's `any:` and
           `with:` phrases are read from the rules folder (default: rules/
           beside this bench/ folder), with simple inflections and the
           shipped spelling aliases, plus meet/meeting/talks/host/summit/
           deadline and month-day dates. An article that contains one is
           drawn again.

The same arguments (and the same rules, in mixed mode) always give
byte-identical output: everything comes from one random.Random(seed)
(default seed 7), independent of PYTHONHASHSEED. Only the standard library
is needed (PyYAML is used for the rules when installed; otherwise a minimal
parser).
A summary line is printed at the end: articles, total words, on-topic count.
"""
from __future__ import annotations

import argparse
import datetime
import os
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_RULES = HERE.parent / "rules"
ALIAS_FILE = HERE.parent / "checker" / "data" / "aliases.yaml"
ONTOPIC_SHARE = 0.10  # mixed mode
FILLER_SHARE_ON = 0.30  # neutral/background sentences in on-topic articles
FILLER_SHARE_OFF = 0.20  # neutral sentences in off-topic articles
EXTRA_FORBIDDEN = ["meet", "meeting", "talks", "host", "summit", "deadline"]
GAP_WORDS = 4  # what '...' in a rule phrase stands for (checker default)
MAX_DRAWS = 1000

# ---------------------------------------------------------------------------
# Slot vocabulary. A slot is a tuple of options (which may hold slots of their
# own) or a function of the RNG. Repeating an option weights it.
# ---------------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SLOTS = {
    # -- shared ---------------------------------------------------------------
    "weekday": WEEKDAYS,
    "workday": WEEKDAYS[:5],
    "edged": ("higher", "lower", "up", "down"),
    "hedge": ("", "", "", "", "reportedly ", "apparently ", "allegedly ", "now "),
    "source": ("Reuters", "TASS", "RIA Novosti", "Interfax", "the Associated Press", "Bloomberg",
               "officials", "Western officials", "Ukrainian officials", "diplomats",
               "people familiar with the matter", "a senior European diplomat", "analysts"),
    "according": ("according to {source}", "{source} reported", "{source} said",
                  "as {source} reported"),
    "said": ("said", "said", "told reporters", "told journalists", "stated", "noted",
             "said on {weekday}", "told reporters on {weekday}", "confirmed", "stressed",
             "reiterated", "added", "told a briefing", "said in a statement"),
    "kspk": ("Kremlin spokesman Dmitry Peskov", "Peskov", "Peskov", "the Kremlin", "the Kremlin",
             "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov, the Kremlin's press secretary,",
             "Putin's spokesman", "a Kremlin official", "Dmitry Peskov"),
    "trump": ("Trump", "Trump", "President Donald Trump", "U.S. President Donald Trump",
              "the US president", "Donald Trump", "the American president"),
    "zel": ("Zelensky", "Zelensky", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky",
            "Zelenskiy", "the Ukrainian leader", "Zelenskyy"),
    "medv": ("Dmitry Medvedev", "Medvedev", "former Russian president Dmitry Medvedev",
             "Security Council deputy chairman Dmitry Medvedev", "ex-president Dmitry Medvedev",
             "Dmitri Medvedev"),
    "two": ("two", "two", "2"),
    "adjective": ("provocative", "inflammatory", "belligerent", "threatening", "sharply worded"),
    # -- submarines -----------------------------------------------------------
    "subloc": ("to be positioned in the appropriate regions", "to be moved closer to Russia",
               "to be deployed near Russia", "to be sent to European waters", "to waters near Russia",
               "to an undisclosed location", "to the appropriate areas", "towards Russia",
               "to be repositioned in Europe"),
    "subloc_short": ("closer to Russia", "to 'appropriate regions'", "near Russia", "to Europe"),
    "subtype": ("nuclear", "US nuclear", "Ohio-class", "American nuclear-powered", "nuclear-armed"),
    "subdate": ("Friday, August 1", "Aug. 1", "August 1st", "Friday", "1 August"),
    "threat": ("threats", "provocative statements", "remarks about nuclear weapons", "online posts",
               "comments on social media", "warnings about the Soviet-era 'Dead Hand' system"),
    "locstatus": ("was not disclosed", "remained secret", "had not been specified", "was unclear",
                  "would not be revealed"),
    "fleet": ("14", "fourteen", "more than a dozen"),
    # -- deadline -------------------------------------------------------------
    "dl_date": ("Friday, August 8", "Aug. 8", "August 8th", "August 8", "8 August", "Friday, Aug. 8",
                "August 8, 2025"),
    "sanctions": ("new sanctions", "secondary tariffs", "sweeping sanctions", "tariffs on buyers of Russian oil",
                  "severe economic penalties", "100% secondary tariffs"),
    "fifty": ("50", "fifty"),
    "tenish": ("10 or 12", "10-12", "ten or twelve", "10", "12"),
    "cf_action": ("halt its offensive", "agree to a truce", "agree to a ceasefire", "stop the killing",
                  "accept a ceasefire"),
    "op": ("military operation", "offensive in the east", "summer offensive", "special military operation"),
    "buyers": ("India", "China and India", "Turkey", "several Asian countries"),
    # -- Witkoff --------------------------------------------------------------
    "wdate": ("around August 6-7", "on Wednesday, August 6", "next week", "around Aug. 6 or 7",
              "on August 6th", "before the deadline", "in the middle of next week", "on Aug. 6"),
    "wtitle": ("Trump's special envoy", "the White House envoy", "a real estate developer turned diplomat",
               "the US special envoy", "Trump's longtime friend and envoy"),
    "wadate": ("Wednesday, August 6", "Aug. 6", "August 6th", "Wednesday", "6 August"),
    "hours": ("three", "3", "about three", "nearly three", "several"),
    "nth": ("fifth", "fourth", "5th"),
    "timing": ("just days before", "two days before", "ahead of", "shortly before"),
    "adjp": ("useful and constructive", "substantive", "businesslike", "very useful"),
    # -- meeting --------------------------------------------------------------
    "prep": ("the necessary work has been done at the expert level", "preparations are completed by experts",
             "the groundwork is finished", "expert-level preparations are complete",
             "the delegations prepare the ground", "the preparatory work is done"),
    "prep2": ("only at the final stage, to sign agreements", "only after expert-level preparation",
              "only to finalize agreements", "only once the experts have done their work",
              "only after thorough preparation"),
    "goal": ("end the war", "reach a lasting peace", "break the deadlock", "stop the fighting"),
    "expired": ("May 2024", "May of last year", "last year"),
    "feb": ("February", "late February", "mid-February", "February this year"),
    "illegit": ("illegitimate", "a leader without legitimacy", "an illegitimate president"),
    # -- Chasiv Yar -----------------------------------------------------------
    "cy_claim": ("taken full control of", "captured", "seized", "gained near-complete control of",
                 "taken almost all of", "liberated", "taken control of"),
    "cy_deny": ("still hold positions in the town", "continue to defend the western districts",
                "repelled several assaults", "remain in the town", "hold the southwestern outskirts"),
    "cy_time": ("a year", "15 months", "fifteen months", "a year and a half", "more than 16 months"),
    "ukr_spk": ("A spokesman for Ukraine's Khortytsia group", "Ukrainian commanders", "Kyiv",
                "Ukraine's military", "Ukraine's General Staff"),
    "false": ("false", "untrue", "propaganda", "not true", "a fabrication"),
    "cy_part": ("most", "parts", "the eastern districts", "nearly all", "much"),
    "cy_date": ("late July", "the end of July", "July 31", "early August", "Aug. 1"),
    # -- Istanbul -------------------------------------------------------------
    "three_times": ("three times", "3 times", "on three occasions", "three times"),
    "may2": ("May", "mid-May", "the spring", "May 16"),
    "third": ("third", "third", "latest", "most recent"),
    "dur": ("less than an hour", "about 40 minutes", "under an hour", "barely an hour"),
    "ist_out": ("little beyond prisoner exchanges",
                "a series of prisoner swaps and the return of soldiers' bodies",
                "exchanges of prisoners of war and the remains of fallen soldiers",
                "an exchange of memoranda", "limited progress, mainly prisoner exchanges"),
    "pnum": ("1,000", "1,200", "a thousand", "1000", "several hundred"),
    "bnum": ("6,000", "6000", "six thousand", "thousands of"),
    "fourth": ("fourth", "new", "further"),
    "zcond": ("focused on a leaders' meeting", "produced real results", "went beyond humanitarian issues"),
    "medinsky": ("Vladimir Medinsky", "presidential aide Vladimir Medinsky", "Kremlin aide Vladimir Medinsky"),
    "umerov": ("Rustem Umerov", "Ukraine's Rustem Umerov", "security council secretary Rustem Umerov"),
    "three_rounds": ("three rounds", "3 rounds", "three sessions", "three rounds"),
    # -- ceasefire conditions ---------------------------------------------------
    "c_withdraw": ("the withdrawal of Ukrainian troops from four regions",
                   "a Ukrainian withdrawal from the four regions Russia claims",
                   "Ukraine's withdrawal from Donetsk, Luhansk, Zaporizhzhia and Kherson",
                   "the pullout of Ukrainian forces from four provinces"),
    "c_nato": ("a Ukrainian renunciation of NATO membership", "Kyiv's commitment never to join NATO",
               "neutral status for Ukraine", "Ukraine abandoning its NATO ambitions"),
    "c_arms": ("an end to Western arms deliveries", "a halt to Western weapons supplies",
               "an end to Western military aid", "a stop to weapons deliveries from the West"),
    "capitulation": ("capitulation", "a surrender", "an ultimatum", "a demand for surrender"),
    # -- China, Oreshnik, venues --------------------------------------------------
    "china_dates": ("from August 31 to September 3", "from Aug. 31 to Sept. 3",
                    "between August 31 and September 3", "from August 31st to September 3rd",
                    "from 31 August to 3 September"),
    "sep3": ("September 3", "Sept. 3", "Wednesday, September 3", "September 3rd"),
    "o_date": ("August 1", "Aug. 1", "Friday, August 1", "August 1st"),
    "when_or": ("by the end of the year", "before year-end", "later this year"),
    "venue_list": ("Turkey, the Gulf states or a European country", "Turkey, the Gulf states, or Europe",
                   "Istanbul, Riyadh or Geneva", "Turkey or one of the Gulf states",
                   "Saudi Arabia, the UAE or Turkey", "the Vatican or Switzerland"),
    "venue_one": ("Turkey", "Saudi Arabia", "the United Arab Emirates", "Qatar", "Switzerland",
                  "the Vatican", "Hungary", "a Gulf state"),
    # -- off-topic: sports ----------------------------------------------------
    "team": ("Riverton United", "Lakeside Rovers", "Millbrook Athletic", "Eastfield Town", "Northgate City",
             "Brookdale Wanderers"),
    "rival": ("Westport Albion", "Ashford FC", "Fairview Rangers", "Harbor City Hawks", "Greenvale Falcons",
              "Oakridge Lions"),
    "player": ("Marcus Holloway", "Diego Ramos", "Tom Whitfield", "Kwame Mensah", "Luca Bianchi",
               "Sam O'Connor", "Jonas Berg", "Ali Haddad", "Ethan Clarke", "Noah Fischer", "Rafael Duarte",
               "Kenji Mori"),
    "coach": ("Paul Brennan", "Maria Lindqvist", "Graham Stokes", "Isabel Ortega", "Victor Adeyemi"),
    "stadium": ("Riverside Park", "the Meadow Lane ground", "Kingsway Stadium", "the Memorial Ground",
                "Castle Road"),
    "quality": ("real character", "great resilience", "patience", "a lot of spirit", "maturity"),
    "half": ("first half", "second half", "closing minutes", "opening minutes"),
    "goals": ("twice", "once", "a hat-trick", "the winner", "the equaliser"),
    "competition": ("league", "cup", "derby", "playoff"),
    # -- off-topic: local politics ----------------------------------------------
    "council": ("city council", "county board", "town council", "borough council", "planning committee"),
    "person": ("Linda Okafor", "James Whitaker", "Priya Patel", "Robert Kowalski", "Helen Marsh",
               "Daniel Reyes", "Grace Nakamura", "Owen Hughes", "Claire Dubois", "Samuel Adler"),
    "project": ("bike lane network", "community pool", "affordable housing scheme", "library extension",
                "parking garage", "flood barrier", "bus rapid transit line", "riverside park"),
    "issue": ("rising rents", "traffic on the ring road", "plans to close the fire station",
              "noise from the freight yard", "the cost of the new sports complex", "potholes"),
    "when": ("next month", "in the autumn", "before the end of the year", "early next year", "within weeks",
             "in the spring"),
    "vote": ("7 to 2", "5 to 4", "six to three", "unanimously", "8 to 1", "narrowly"),
    "month": ("October", "November", "March", "April", "June", "January"),
    # -- off-topic: technology ----------------------------------------------------
    "company": ("Nimbus Labs", "Pixelcore", "Brightwave", "Quantix", "Orbital Software"),
    "rival_co": ("Lumen Devices", "Northwind Systems", "Cobalt AI", "Vantage Mobile", "Helix Robotics"),
    "gadget": ("smartphone", "laptop", "smartwatch", "pair of wireless earbuds", "tablet", "home speaker",
               "VR headset", "e-reader"),
    "feature": ("two days of battery life", "a brighter display", "faster charging", "better low-light photos",
                "on-device AI features", "a lighter aluminium frame"),
    "investor": ("Sequoia Capital", "a group of angel investors", "Northstar Ventures", "Index Ventures",
                 "a pension fund"),
    "when_past": ("last month", "in the spring", "earlier this year", "two weeks ago"),
    # -- off-topic: business ----------------------------------------------------
    "firm": ("Harborline Foods", "Crestview Retail", "Atlas Logistics", "Silverton Bank", "Greenleaf Energy",
             "Pioneer Airlines", "Blue Ridge Insurance", "Maple & Co."),
    "sector": ("bank", "energy", "technology", "retail", "healthcare", "mining"),
    "updown": ("higher", "lower", "slightly higher", "mixed", "flat"),
    # -- off-topic: health --------------------------------------------------------
    "univ": ("the University of Leeds", "the Karolinska Institute", "McGill University",
             "the University of Melbourne", "Johns Hopkins University", "the University of Cape Town"),
    "habit": ("regular walking", "eating more fibre", "getting seven hours of sleep",
              "drinking coffee in moderation", "gardening", "cycling to work"),
    "disease": ("heart disease", "type 2 diabetes", "stroke", "dementia", "depression"),
    "illness": ("measles", "whooping cough", "dengue fever", "flu", "norovirus"),
    "field": ("epidemiology", "cardiology", "public health", "nutrition"),
    "ward": ("maternity", "children's", "cancer care", "mental health"),
    # -- off-topic: culture -------------------------------------------------------
    "festival": ("summer arts festival", "city jazz festival", "film festival", "book festival",
                 "folk music festival"),
    "play": ("Hamlet", "The Seagull", "A Doll's House", "Twelfth Night", "Much Ado About Nothing"),
    "artist": ("Nina Alvarez", "Tomasz Wrona", "Ama Owusu", "Elliot Crane", "Sofia Marquez", "Hiro Tanaka"),
    "category": ("debut novel", "short film", "original score", "documentary", "new play"),
    "library": ("central library", "Old Town bookshop", "university library", "arts centre"),
    "quality2": ("understated", "powerful", "touching", "fearless", "subtle"),
}

# Numbers and amounts, drawn fresh each time.
NUMBER_SLOTS = {
    "num": lambda r: str(r.randint(2, 12)),
    "num2": lambda r: str(r.randint(13, 40)),
    "pct": lambda r: str(r.randint(2, 45)),
    "pctdec": lambda r: "%d.%d" % (r.randint(1, 6), r.randint(0, 9)),
    "money": lambda r: r.choice(("$%d.%d million", "%d.%d million euros", "$%d.%d billion")) % (
        r.randint(1, 90), r.randint(1, 9)),
    "bignum": lambda r: "{:,}".format(r.randint(12, 480) * 100),
    "score": lambda r: "%d-%d" % (r.randint(1, 5), r.randint(0, 2)),
    "year": lambda r: str(r.randint(2026, 2030)),
    "temp": lambda r: str(r.randint(14, 38)),
    "minute": lambda r: str(r.randint(10, 89)),
    "ordinal": lambda r: r.choice(("second", "third", "fourth", "fifth", "sixth")),
    "ver": lambda r: "%d.%d" % (r.randint(2, 9), r.randint(0, 20)),
}

# ---------------------------------------------------------------------------
# On-topic templates, by event. Each group: (headlines, sentences).
# ---------------------------------------------------------------------------

ON_GROUPS = {
    "submarines": (
        ("Trump orders {two} nuclear submarines {subloc_short} after Medvedev remarks",
         "US moves {two} submarines in response to Medvedev threats",
         "Kremlin urges caution after Trump's submarine order",
         "Submarine deployment raises stakes in US-Russia war of words"),
        ("{trump} {hedge}ordered {two} nuclear submarines {subloc} after {medv}'s {threat}.",
         "The repositioning of {two} {subtype} submarines was announced on {subdate}, {according}.",
         "\"I have ordered {two} nuclear submarines to be positioned in the appropriate regions,\" {trump} wrote.",
         "{kspk} {said} that American submarines were already on combat duty and that this was a continuous process.",
         "{kspk} urged everyone to be very careful with nuclear rhetoric after the submarine announcement.",
         "{medv}, who now serves as deputy head of Russia's Security Council, has {hedge}made a series of {adjective} posts aimed at Washington.",
         "The Pentagon declined to say where the {two} submarines had been sent.",
         "{trump} said the submarines were \"in the region\" and that their exact location {locstatus}.",
         "Analysts noted that {two} submarines is a small number relative to the US fleet, which includes {fleet} ballistic-missile boats.",
         "The submarine order came after {medv} warned that each new ultimatum was a step towards war."),
    ),
    "deadline": (
        ("Trump's {dl_date} deadline looms over Russia",
         "What happens when Trump's deadline for Russia expires?",
         "Moscow shrugs off Trump ultimatum as {dl_date} nears",
         "Markets brace for Trump's Russia deadline"),
        ("{trump} has set {dl_date} as the deadline for Russia to agree to a ceasefire or face {sanctions}.",
         "The {dl_date} deadline is fast approaching, and {source} {said} there was no sign of a breakthrough.",
         "{trump} {hedge}shortened his original {fifty}-day ultimatum to {tenish} days, setting the new deadline for {dl_date}.",
         "Under Trump's ultimatum, Moscow has until {dl_date} to {cf_action}.",
         "It remains unclear what measures Washington will take if the deadline of {dl_date} passes without a truce.",
         "{kspk} {said} Russia had taken note of Trump's deadline but would continue its {op}.",
         "Oil traders are watching the {dl_date} deadline closely, as secondary sanctions could hit buyers of Russian crude in {buyers}.",
         "With the deadline set for {dl_date}, {source} {said} the White House was preparing a package of measures."),
    ),
    "witkoff": (
        ("Witkoff heads to Moscow ahead of {dl_date} deadline",
         "Trump envoy Witkoff holds talks with Putin in Moscow",
         "Witkoff visit: what to expect from the envoy's Moscow trip"),
        ("{trump} said his special envoy Steve Witkoff {hedge}would visit Moscow {wdate}.",
         "Witkoff, {wtitle}, {hedge}arrived in Moscow on {wadate} for {hours} hours of talks with Putin.",
         "{kspk} {said} the Kremlin would welcome Witkoff's visit and considered such contacts useful.",
         "It will be Witkoff's {nth} trip to Russia this year, {according}.",
         "Witkoff's visit to Moscow comes {timing} the deadline {trump} set for Friday.",
         "Yuri Ushakov, Putin's foreign policy aide, {said} the conversation with Witkoff was {adjp}."),
    ),
    "meeting": (
        ("Kremlin says Putin-Zelensky meeting needs expert-level preparation",
         "Peskov: Putin does not rule out meeting Zelensky",
         "Putin open to meeting Zelensky, but only on conditions, Kremlin says",
         "Kremlin cool on calls for a leaders' summit"),
        ("Putin is {hedge}prepared to meet Zelensky, subject to conditions that require preliminary work at the expert level, {kspk} {said}.",
         "{kspk} {said} a meeting between Putin and Zelensky would only be possible once {prep}.",
         "\"All the preparatory work for such a meeting has not been completed yet,\" {kspk} {said}.",
         "{kspk} {said} Putin does not rule out a face-to-face meeting with Zelensky, but {prep2}.",
         "{kspk} again questioned Zelensky's legitimacy, noting that his term had expired in {expired}.",
         "{zel} has repeatedly called for a direct meeting with Putin, saying it is the only way to {goal}.",
         "{kspk} {said} a leaders' summit was premature while work at the level of experts was still under way.",
         "The Kremlin says the two leaders could sit down together only after {prep}.",
         "Moscow also points to a Ukrainian decree banning negotiations with Putin as an obstacle to any meeting."),
    ),
    "february": (
        ("Putin's shifting stance on talks with Zelensky",),
        ("In {feb}, Putin ruled out direct talks with Zelensky, calling him {illegit}.",
         "Back in {feb}, the Kremlin said a meeting with Zelensky was out of the question.",
         "Putin said in {feb} that he was ready to negotiate with Ukraine but not with Zelensky personally.",
         "The Kremlin's position has shifted since {feb}, when Putin refused to meet the Ukrainian president."),
    ),
    "chasiv": (
        ("Russia claims control of Chasiv Yar; Kyiv denies",
         "Ukraine rejects Russian claims on Chasiv Yar",
         "Battle for Chasiv Yar: what we know"),
        ("Russia's defence ministry {hedge}claimed its forces had {cy_claim} Chasiv Yar, a hilltop town in the Donetsk region.",
         "Ukraine's General Staff denied that Chasiv Yar had fallen, saying its troops {cy_deny}.",
         "The fight for Chasiv Yar has lasted more than {cy_time}.",
         "{ukr_spk} {said} Russian claims about Chasiv Yar were {false}.",
         "Independent analysts said Russian units controlled {cy_part} of Chasiv Yar as of {cy_date}.",
         "The capture of Chasiv Yar would give Russian forces a foothold from which to advance on Kostiantynivka and Kramatorsk.",
         "Reuters could not independently verify the battlefield reports from Chasiv Yar."),
    ),
    "istanbul": (
        ("Istanbul talks yield prisoner swap but no truce",
         "Third round of Istanbul talks ends in under an hour",
         "Russia and Ukraine agree new exchanges in Istanbul"),
        ("Russian and Ukrainian delegations have met in Istanbul {three_times} since {may2}.",
         "The {third} round of talks in Istanbul lasted {dur}.",
         "The Istanbul talks have so far produced {ist_out}.",
         "In Istanbul, the sides agreed to swap {pnum} prisoners and to return the bodies of {bnum} soldiers.",
         "{zel} said a {fourth} round of talks in Istanbul would only be useful if it {zcond}.",
         "Turkish President Recep Tayyip Erdogan has offered to host a further round in Istanbul.",
         "The delegations, led by {medinsky} and {umerov}, exchanged draft memoranda during the Istanbul talks.",
         "Since the talks resumed in Istanbul, the two sides have held {three_rounds}, {according}."),
    ),
    "ceasefire": (
        ("Moscow sets out ceasefire conditions as deadline nears",
         "Russia's terms for a truce: what the Kremlin demands"),
        ("Moscow's conditions for a ceasefire include {c_withdraw}, {c_nato} and {c_arms}.",
         "The Kremlin insists that any truce requires {c_nato} and {c_arms}.",
         "Russia demands {c_withdraw} before it will agree to a cessation of hostilities.",
         "{kspk} {said} a ceasefire would be possible only on condition of {c_arms}.",
         "Kyiv has rejected Moscow's terms for a ceasefire, which it says amount to {capitulation}.",
         "Among Russia's preconditions for a peace deal is {c_nato}, {according}."),
    ),
    "china": (
        ("Putin to visit China {china_dates}",
         "Putin heads to China for SCO summit and parade"),
        ("{kspk} {said} Putin would be in China {china_dates}.",
         "Putin will attend the SCO summit in Tianjin before travelling to Beijing for a military parade on {sep3}.",
         "Putin's visit to China, scheduled {china_dates}, will include talks with Xi Jinping."),
    ),
    "oreshnik": (
        ("Putin says Oreshnik missile in mass production",
         "Russia begins serial production of Oreshnik missile, Putin says"),
        ("Putin {hedge}announced on {o_date} that Russia had begun mass production of the Oreshnik missile.",
         "Speaking on Valaam island on {o_date}, Putin said the first serial Oreshnik systems had been delivered to the troops.",
         "The Oreshnik, an intermediate-range ballistic missile, was first used against Dnipro in November 2024.",
         "Putin said serial production of the Oreshnik was under way and that the missile could be deployed in Belarus {when_or}."),
    ),
    "venue": (
        ("Turkey, Gulf states floated as venues for a leaders' meeting",
         "Where could Putin and Zelensky meet?"),
        ("{zel} suggested that {venue_list} could serve as a venue for talks with Putin.",
         "{venue_one} has {hedge}offered to host a meeting between the two leaders.",
         "Possible venues for a summit include {venue_list}, {according}.",
         "The location for any Putin-Zelensky meeting has not been agreed, {source} {said}.",
         "Diplomats said a meeting could take place in {venue_one} if the preparatory work is completed."),
    ),
    "medvedev": (
        ("Who is Dmitry Medvedev, the Kremlin's loudest hawk?",),
        ("Medvedev, who served as president from 2008 to 2012 and later as prime minister, has become one of Moscow's most hawkish voices.",
         "{medv}, the deputy chairman of the Security Council, {hedge}accused {trump} of playing an ultimatum game.",
         "{medv} {hedge}answered the submarine order with another post on Telegram."),
    ),
}

# Background sentences: on-topic articles only (may mention the war, not the events).
BACKGROUND = (
    "The war, which began with Russia's full-scale invasion in February 2022, has killed tens of thousands of people.",
    "Russian forces have been advancing slowly in the east, at a heavy cost in men and equipment.",
    "Ukraine has stepped up drone strikes on Russian oil refineries in recent weeks.",
    "Air raid sirens sounded across much of Ukraine overnight, local authorities said.",
    "European governments have pledged to keep supporting Kyiv financially through next year.",
    "Overnight, Ukraine's air force said it had shot down most of the {num2} drones launched by Russia.",
    "Energy infrastructure has again been a main target of Russian strikes this summer.",
    "Kyiv's allies are discussing how to fund air defence systems for the winter.",
)

# Neutral filler: economy, weather, background. Used in both modes; must stay trigger-free.
NEUTRAL = (
    "Temperatures are expected to reach {temp} degrees by the weekend, forecasters said.",
    "Heavy rain is forecast for much of the region on {weekday}.",
    "Fuel prices have risen {pct} percent since the start of the year.",
    "The national currency was little changed against the euro.",
    "Stock markets closed {updown} on {workday}, led by {sector} shares.",
    "The statistics office will publish new unemployment figures next week.",
    "Farmers have warned that the dry spell could hurt this year's harvest.",
    "Traffic was disrupted on several main roads after a water main burst.",
    "Officials said more details would be released in the coming days.",
    "Consumer confidence improved slightly in the latest survey.",
    "Wildfires in the south have forced the closure of several roads.",
    "Inflation eased to {pctdec} percent, the statistics office said.",
    "A heatwave warning remains in force for much of the country until {weekday}.",
    "Rail operators said services would run on a reduced timetable over the weekend.",
    "Gold prices edged {edged} as investors looked for safe assets.",
    "The central bank kept interest rates unchanged at its latest policy review.",
    "Thunderstorms are likely in the north later in the week.",
    "Retail sales grew {pctdec} percent compared with the previous quarter.",
    "Water companies urged customers to use water sparingly during the dry spell.",
    "Air quality in the capital was rated moderate on {weekday}.",
    "The government is due to publish its spending plans next month.",
    "Airport passenger numbers rose {pct} percent on last year.",
    "Coastal areas could see strong winds into the weekend.",
    "Electricity prices are expected to fall slightly from next quarter.",
    "Unemployment held steady at {pctdec} percent.",
    "The wheat harvest began early this year because of the warm weather.",
    "Road repairs will close a section of the motorway overnight.",
    "Pollen levels are forecast to be high across the south.",
    "House prices rose {pctdec} percent over the year, a lender said.",
    "The number of new business registrations increased in the second quarter.",
)

# ---------------------------------------------------------------------------
# Off-topic templates: category -> (headlines, sentences). Trigger-free.
# ---------------------------------------------------------------------------

OFF_GROUPS = {
    "sports": (
        ("{team} edge past {rival} in {competition} thriller",
         "{player} double lifts {team}",
         "{coach} praises {team} spirit after comeback win",
         "{team} extend unbeaten run"),
        ("{team} beat {rival} {score} on {weekday} night, with {player} scoring {goals} in the {half}.",
         "{coach}, the {team} coach, said the squad had shown {quality} after a difficult start to the season.",
         "{player} has now scored {num} goals in {num2} {competition} games this season.",
         "The result leaves {team} {ordinal} in the table, {num} points off top spot.",
         "Fans packed {stadium} for the derby, which sold out within hours.",
         "{player} limped off in the {minute}th minute and will have a scan on {weekday}.",
         "The club confirmed that {player} had signed a new contract running until {year}.",
         "Tickets for the cup final go on sale next week, the league said.",
         "Training went indoors because of heavy rain, the club said.",
         "{team} have won {num} of their last {num2} away games.",
         "In the women's competition, {team} stretched their unbeaten run to {num} games.",
         "{player} came off the bench to score in stoppage time.",
         "The home side dominated possession but struggled to create clear chances.",
         "{player}'s header from a corner gave {team} the lead just before half-time.",
         "{rival} had a goal ruled out for offside after a lengthy video review.",
         "The referee showed {num} yellow cards in a scrappy second half.",
         "{coach} said the squad would rest on {weekday} before returning to training.",
         "{team} will travel to face {rival} in the {competition} quarter-final.",
         "The goalkeeper made {num} saves to keep a clean sheet.",
         "Supporters' groups have criticised the club over rising season ticket prices.",
         "{player} was named player of the month by the league.",
         "Injuries to key defenders have left {coach} with few options at the back.",
         "Attendance at {stadium} was the highest of the season."),
    ),
    "local": (
        ("{council} approves {project} after long debate",
         "Residents voice anger over {issue}",
         "Mayor backs plan for new {project}"),
        ("The {council} voted {vote} on {weekday} to approve a new {project}.",
         "Mayor {person} said the {project} would be paid for from the existing budget.",
         "Residents packed the town hall to voice concerns about {issue}.",
         "Council member {person} proposed an amendment to cap spending on the {project}.",
         "The plan now goes to a public consultation that runs until the end of {month}.",
         "Opponents argue that the {project} will push up property taxes.",
         "A spokesperson for the county said a final vote is expected {when}.",
         "The school board separately approved a budget of {money} for the coming year.",
         "Turnout in the last local election was just {pct} percent.",
         "{person} is expected to announce a bid for the mayor's office {when}.",
         "Local business owners said the roadworks had cut footfall by a third.",
         "The {council} also agreed to extend library opening hours on weekends.",
         "The proposal would add {num} new bus routes serving outlying neighbourhoods.",
         "A petition against the {project} has gathered more than {bignum} signatures.",
         "The fire service said response times had improved since the new station opened.",
         "Council officers estimate the {project} will cost {money}.",
         "The county plans to plant {bignum} trees along main roads over the next decade.",
         "Parents have campaigned for a safer crossing outside the primary school.",
         "{person} said the council had listened to residents and scaled back the plans.",
         "Recycling rates rose to {pct} percent last year, the council said.",
         "The town's last cinema will reopen after a renovation paid for by local donors."),
    ),
    "tech": (
        ("{company} unveils new {gadget}",
         "{company} raises {money} to expand its software team",
         "Security flaw patched in popular apps"),
        ("{company} unveiled a new {gadget} on {weekday}, promising {feature}.",
         "The {gadget} will go on sale {when} at a starting price of {money}.",
         "Analysts said the launch puts {company} in direct competition with {rival_co}.",
         "The update also fixes a security flaw that researchers disclosed {when_past}.",
         "{company} said its new chip uses {pct} percent less power than its predecessor.",
         "A spokesperson for {company} declined to comment on sales figures.",
         "The startup raised {money} from investors led by {investor}.",
         "Cybersecurity experts warned users to install the patch as soon as possible.",
         "The company employs about {bignum} people worldwide.",
         "Open-source contributors released version {ver} of the library, with faster build times.",
         "Reviewers praised the {gadget} for {feature} but criticised its price.",
         "{company} said it had fixed an outage that left users unable to log in for several hours.",
         "The app has been downloaded more than {bignum} times since launch.",
         "Battery life is rated at up to {num2} hours.",
         "{rival_co} shares fell {pct} percent after the announcement.",
         "Privacy groups questioned how the new assistant handles personal data.",
         "Early benchmarks suggest the new processor is about {pct} percent faster.",
         "Users can try the new features free for {num} weeks.",
         "The firm also announced a partnership with a large cloud computing provider.",
         "{rival_co} is expected to respond with its own device {when}."),
    ),
    "business": (
        ("{firm} shares jump on strong earnings",
         "{firm} cuts outlook as shoppers rein in spending",
         "Stocks {updown} as investors weigh inflation data"),
        ("Shares of {firm} rose {pct} percent in early trading after quarterly earnings beat expectations.",
         "Revenue climbed to {money}, up {pct} percent from a year earlier.",
         "{firm}'s chief executive, {person}, said the company would open {num} new stores.",
         "The retailer cut its full-year outlook, citing weaker consumer spending.",
         "The merger, valued at {money}, still needs approval from regulators.",
         "Airline stocks fell as fuel costs rose for a {ordinal} straight week.",
         "Small businesses say higher rents are squeezing margins.",
         "{firm} plans to hire {bignum} workers ahead of the holiday season.",
         "The bank reported a {pct} percent rise in mortgage lending.",
         "Analysts at {firm} expect profits to recover in the second half of the year.",
         "Oil prices slipped {pctdec} percent as inventories rose.",
         "{firm} said it would close {num} underperforming branches by the end of the year.",
         "Online sales now make up {pct} percent of total revenue.",
         "The board approved a dividend increase and a share buyback of {money}.",
         "Wholesale gas prices have fallen sharply since the winter.",
         "{person}, chief financial officer of {firm}, said margins would improve as costs ease.",
         "Mortgage approvals rose for the {ordinal} month running.",
         "The housing market showed signs of cooling, with prices flat over the quarter.",
         "House builders reported a slowdown in new sales."),
    ),
    "health": (
        ("Study links {habit} to lower risk of {disease}",
         "Hospital to open new {ward} wing",
         "Rise in {illness} cases prompts warning"),
        ("Researchers at {univ} found that {habit} was linked to a {pct} percent lower risk of {disease}.",
         "The study followed {bignum} adults over {num} years.",
         "Doctors urged parents to keep children's vaccinations up to date ahead of the school year.",
         "The hospital said it would open a new {ward} wing {when}.",
         "Waiting times in emergency departments rose for the {ordinal} month in a row.",
         "{person}, a professor of {field} at {univ}, said the findings were encouraging but preliminary.",
         "Health officials reported {num2} new cases of {illness} in the region last week.",
         "The clinic offers free screenings on weekday mornings.",
         "Experts recommend at least {num2} minutes of moderate exercise a day.",
         "The findings were published in a leading medical journal on {weekday}.",
         "Participants who slept less than six hours a night had a higher risk of {disease}.",
         "The health service plans to recruit {bignum} extra nurses over the next {num} years.",
         "A new blood test could help doctors detect {disease} earlier, researchers said.",
         "Pharmacies will start offering flu jabs from next month.",
         "The charity said {num2} percent of adults do not get enough exercise.",
         "Hospital admissions linked to heat rose during the recent hot spell.",
         "Scientists cautioned that the study was observational and could not prove cause and effect.",
         "The trial will enrol {bignum} volunteers at {num} sites.",
         "Dentists warned that sugary drinks remain a major cause of tooth decay in children."),
    ),
    "culture": (
        ("{festival} opens with bold staging of {play}",
         "{artist} wins award for best {category}",
         "New exhibition celebrates {artist}"),
        ("The {festival} opens on {weekday} with a new staging of {play}.",
         "{artist}'s latest album debuted at number {num} on the charts.",
         "The museum's new exhibition brings together more than {num2} works by {artist}.",
         "Critics praised the film's {quality2} performances and striking photography.",
         "Tickets for the {festival} sold out within {num} hours.",
         "The author will read from her new novel at the {library} on {weekday} evening.",
         "The orchestra announced its new season, which includes {num} world premieres.",
         "The gallery is open daily except Mondays, and admission is free for students.",
         "{artist} won the award for best {category} at the ceremony on {weekday}.",
         "The show runs until the end of {month}.",
         "The novel, set in a small fishing town, has been shortlisted for a major prize.",
         "{artist} said the album was written during a long winter on the coast.",
         "The restored cinema will screen classic films every {weekday}.",
         "A rare manuscript went on display at the {library} this week.",
         "The dance company returns with a new piece inspired by folk traditions.",
         "Organisers expect more than {bignum} people over the festival's {num} days.",
         "The theatre's artistic director, {person}, said the season would focus on new writing.",
         "Streaming figures for the series have doubled since its second season aired.",
         "The painting sold at auction for {money}.",
         "Street performers drew large crowds in the old town on {weekday}."),
    ),
}

# ---------------------------------------------------------------------------
# Trigger phrases: loading and checking
# ---------------------------------------------------------------------------

_PUNCT = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
TOKEN_TABLE = str.maketrans(_PUNCT, " " * len(_PUNCT))
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec"}
IRREGULAR = {"meet": ("met",), "sit": ("sat",), "take": ("took", "taken"), "speak": ("spoke", "spoken"),
             "fight": ("fought",), "give": ("gave", "given"), "hold": ("held",), "send": ("sent",),
             "lead": ("led",), "run": ("ran",), "say": ("said",), "tell": ("told",)}
VOWELS = set("aeiou")


def tokens(text: str) -> list:
    """Lowercase words, punctuation (hyphens and apostrophes too) as separators."""
    return text.lower().translate(TOKEN_TABLE).split()


def forms(word: str, aliases: dict) -> set:
    """A word, its spelling variants, and simple inflections of each."""
    out = set()
    for w in {word, *aliases.get(word, ())}:
        out.update((w, w + "s", w + "es", w + "ed", w + "ing", w + "d"))
        if w.endswith("e"):
            out.add(w[:-1] + "ing")
        if w.endswith("y") and len(w) > 2 and w[-2] not in VOWELS:
            out.update((w[:-1] + "ies", w[:-1] + "ied"))
        if len(w) >= 3 and w[-1] not in VOWELS and w[-1] not in "wxy" and w[-2] in VOWELS \
                and w[-3] not in VOWELS:
            out.update((w + w[-1] + "ed", w + w[-1] + "ing"))
        out.update(IRREGULAR.get(w, ()))
    return out


def _split_flow(text: str) -> list:
    """Items of a YAML flow list body (no brackets); quotes respected."""
    items, cur, quote = [], [], None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
            else:
                cur.append(ch)
        elif ch in "\"'" and not "".join(cur).strip():
            quote = ch
        elif ch == ",":
            items.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    items.append("".join(cur).strip())
    return [i for i in items if i]


def _strip_comment(line: str) -> str:
    out, quote = [], None
    for i, ch in enumerate(line):
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            break
        out.append(ch)
    return "".join(out).rstrip()


def _parse_trigger_block(text: str) -> dict:
    """Minimal YAML: the `trigger:` mapping's `any:` and `with:` lists (flow or block)."""
    lines = [_strip_comment(l) for l in text.splitlines()]
    out, i = {}, 0
    while i < len(lines) and not re.match(r"^trigger:\s*$", lines[i]):
        i += 1
    i += 1
    key, buf, depth = None, "", 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if not line[:1].isspace():
            break  # end of the trigger block
        if depth:  # continuing a flow list
            buf += " " + line.strip()
            depth += line.count("[") - line.count("]")
            if depth <= 0:
                out[key] = _split_flow(buf[buf.index("[") + 1:buf.rindex("]")])
            continue
        m = re.match(r"^\s+(\w+):\s*(.*)$", line)
        if m:
            key, rest = m.group(1), m.group(2)
            if rest.startswith("["):
                buf, depth = rest, rest.count("[") - rest.count("]")
                if depth <= 0:
                    out[key] = _split_flow(buf[1:buf.rindex("]")])
            else:
                out[key] = []
            continue
        m = re.match(r"^\s+-\s+(.*)$", line)
        if m and key:
            out.setdefault(key, []).append(m.group(1).strip().strip("\"'"))
    return out


def _load_yaml(path: Path):
    try:
        import yaml  # optional
    except ImportError:
        return None
    return yaml.safe_load(path.read_text("utf-8")) or {}


def load_trigger_phrases(rules_dir: Path) -> list:
    phrases = []
    for path in sorted(Path(rules_dir).glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        data = _load_yaml(path)
        trig = (data or {}).get("trigger") if data is not None else _parse_trigger_block(path.read_text("utf-8"))
        for key in ("any", "with"):
            phrases.extend(str(p) for p in (trig or {}).get(key, []) or [])
    return phrases


def load_aliases(rules_dir: Path) -> dict:
    """canonical word -> spelling variants (shipped table and rules/_aliases.yaml)."""
    out = {}
    for path in (ALIAS_FILE, Path(rules_dir) / "_aliases.yaml"):
        if not path.is_file():
            continue
        data = _load_yaml(path)
        if data is None:  # minimal parse: "  word: [a, b]"
            words = {}
            for line in path.read_text("utf-8").splitlines():
                m = re.match(r"^\s+([^\s:#]+):\s*\[(.*)\]", _strip_comment(line))
                if m:
                    words[m.group(1)] = _split_flow(m.group(2))
            data = {"words": words}
        for word, variants in (data.get("words") or {}).items():
            out.setdefault(str(word).lower(), set()).update(str(v).lower() for v in variants or ())
    return out


class TriggerCheck:
    """Does a text contain a trigger phrase (or a forbidden word, or a month-day date)?"""

    def __init__(self, phrases, aliases):
        self.single = set()  # forms of one-word phrases
        self.multi = {}  # a form of a phrase's rarest word -> [(phrase, parts, every word's form set)]
        for phrase in list(phrases) + EXTRA_FORBIDDEN:
            parts = [[forms(w, aliases) for w in tokens(p)] for p in phrase.split("...")]
            parts = [p for p in parts if p]
            if not parts:
                continue
            if len(parts) == 1 and len(parts[0]) == 1:
                self.single |= parts[0][0]
                continue
            every = sorted((f for p in parts for f in p), key=lambda f: -min(map(len, f)))  # rarest first
            for f in sorted(every[0]):
                self.multi.setdefault(f, []).append((phrase, parts, every[1:]))
        self.keys = frozenset(self.multi)

    def hit(self, text: str):
        """The first offending word or phrase found, or None."""
        toks = tokens(text)
        words = set(toks)
        found = words & self.single
        if found:
            return min(found)
        for key in sorted(words & self.keys):
            for phrase, parts, others in self.multi[key]:
                if all(not f.isdisjoint(words) for f in others):  # all its words occur: look for the sequence
                    first = parts[0][0]
                    for i, t in enumerate(toks):
                        if t in first and _match_at(toks, i, parts):
                            return phrase
        for month in sorted(words & MONTHS):
            i = -1
            for _ in range(toks.count(month)):
                i = toks.index(month, i + 1)
                if i + 1 < len(toks) and toks[i + 1][:1].isdigit():
                    return f"date '{month} {toks[i + 1]}'"
                if i > 0 and toks[i - 1][:1].isdigit():
                    return f"date '{toks[i - 1]} {month}'"
        return None


def _match_at(toks, i, parts) -> bool:
    """Does `parts` (word sequences joined by gaps of up to GAP_WORDS) match at toks[i]?"""
    def seq_at(pos, seq):
        if pos + len(seq) > len(toks):
            return False
        return all(toks[pos + k] in seq[k] for k in range(len(seq)))

    def rest(pos, k):  # parts[k:] starting somewhere in pos .. pos+GAP_WORDS
        if k == len(parts):
            return True
        for start in range(pos, min(pos + GAP_WORDS, len(toks)) + 1):
            if seq_at(start, parts[k]) and rest(start + len(parts[k]), k + 1):
                return True
        return False

    return seq_at(i, parts[0]) and rest(i + len(parts[0]), 1)


# ---------------------------------------------------------------------------
# Text generation
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# The long tail. Real news is full of words that occur once or twice: names,
# places, numbers, compounds. Template text alone repeats a few thousand words,
# which lets spaCy's tokenizer serve nearly every word from its cache and runs
# it several times faster than on real articles. Some sentences therefore draw
# words from a large synthetic vocabulary with Zipf-like frequencies.
# ---------------------------------------------------------------------------

SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
             "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu bra dre kri "
             "plo stu gra mel tor san ven lin dor kas rem vol ber").split()
LONGTAIL_SHARE = 0.35  # of the sentences of an article
LEXICON_SIZE = 150_000
LONGTAIL = (
    "{Cap} {Cap}, who runs a {w} {w} business in {Cap}, said {w} {w} had risen by {pct} percent since {Cap}.",
    "The {w} of {Cap} {w} was {w} to {Cap} and {Cap} after {w} {w} on the {w} road.",
    "Residents of {Cap} told the {Cap} {Cap} that {w} {w} and {w} {w} remained their main worry.",
    "{Cap} {Cap}, {num}, a {w} {w} from {Cap}, described the {w} as {w} and {w}.",
    "Figures from the {Cap} {w} office put the {w} {w} at {num}, against {num} a year earlier.",
    "In {Cap}, {w} {w} and {w} {w} were reported by {Cap} {Cap} of the {Cap} {w} group.",
)


class Lexicon:
    """Deterministic pseudo-words, drawn with Zipf-like frequencies (rank r ~ 1/r)."""

    def __init__(self, rng, size=LEXICON_SIZE):
        self.words = []
        seen = set()
        while len(self.words) < size:
            word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                self.words.append(word)
        self.rng = rng

    def draw(self) -> str:
        # inverse-CDF of a Zipf-like law over ranks 1..size: r = size ** u
        r = int(len(self.words) ** self.rng.random()) - 1
        return self.words[min(max(r, 0), len(self.words) - 1)]


def _chooser(rng):
    """A faster rng.choice (one random() call per draw); deterministic for a seed."""
    rnd = rng.random
    return lambda seq: seq[int(rnd() * len(seq))]


class Filler(dict):
    """format_map mapping: every {slot} is drawn from SLOTS / NUMBER_SLOTS."""

    def __init__(self, rng):
        super().__init__()
        self.rng = rng
        self.choice = _chooser(rng)
        self.lexicon = None

    def __missing__(self, key):
        if key in ("w", "Cap") and self.lexicon is not None:
            word = self.lexicon.draw()
            return word.capitalize() if key == "Cap" else word
        opts = SLOTS.get(key)
        if opts is None:
            return NUMBER_SLOTS[key](self.rng)
        value = self.choice(opts)
        if "{" in value:
            value = value.format_map(self)
        return value


def _fill(template: str, filler: Filler) -> str:
    s = template.format_map(filler) if "{" in template else template
    return s[0].upper() + s[1:]


class Generator:
    def __init__(self, rng: random.Random, words: int, check: TriggerCheck | None):
        self.rng = rng
        self.words = words
        self.check = check
        self.filler = Filler(rng)
        self.filler.lexicon = Lexicon(random.Random(rng.random()))
        self.on_groups = [ON_GROUPS[k] for k in ON_GROUPS]
        self.on_all = tuple(t for _, ts in self.on_groups for t in ts)
        self.on_filler = NEUTRAL + BACKGROUND
        self.off_groups = [OFF_GROUPS[k] for k in OFF_GROUPS]

    def _body(self, headline, pick) -> tuple:
        """headline + paragraphs until the target length; pick() -> next sentence template."""
        rng, filler = self.rng, self.filler
        target = int(self.words * rng.uniform(0.6, 1.4))
        count = len(headline.split())
        paras, used = [], set()
        while count < target or not paras:
            sents = []
            for _ in range(rng.randint(2, 5)):
                t = pick()
                for _retry in range(4):  # prefer sentences not used yet in this article
                    if t not in used:
                        break
                    t = pick()
                used.add(t)
                s = _fill(t, filler)
                sents.append(s)
                count += s.count(" ") + 1
                if count >= target and len(sents) >= 2:
                    break
            paras.append(" ".join(sents))
        return headline + "\n\n" + "\n\n".join(paras) + "\n", count

    def ontopic(self) -> tuple:
        rng = self.rng
        focus = rng.sample(self.on_groups, rng.randint(2, 4))
        focus_sents = tuple(t for _, ts in focus for t in ts)
        headline = _fill(rng.choice(focus[0][0]), self.filler)
        on_all, on_filler = self.on_all, self.on_filler
        rnd, choice = rng.random, _chooser(rng)

        def pick():
            if rnd() < LONGTAIL_SHARE:
                return choice(LONGTAIL)
            r = rnd()
            if r < FILLER_SHARE_ON:
                return choice(on_filler)
            return choice(focus_sents) if r < 0.82 else choice(on_all)

        return self._body(headline, pick)

    def offtopic(self) -> tuple:
        rng = self.rng
        rnd, choice = rng.random, _chooser(rng)
        for _ in range(MAX_DRAWS):
            heads, sents = choice(self.off_groups)
            headline = _fill(choice(heads), self.filler)

            def pick():
                if rnd() < LONGTAIL_SHARE:
                    return choice(LONGTAIL)
                return choice(NEUTRAL) if rnd() < FILLER_SHARE_OFF else choice(sents)

            text, count = self._body(headline, pick)
            if self.check is None or self.check.hit(text) is None:
                return text, count
        raise RuntimeError("could not draw a trigger-free off-topic article; check the templates")


def _warn_offtopic_templates(check: TriggerCheck) -> None:
    """Flag off-topic templates and slot options that can never pass the check (e.g. after a rule change)."""
    todo = [(c, t) for c, (heads, sents) in OFF_GROUPS.items() for t in heads + sents]
    todo += [("neutral", t) for t in NEUTRAL]
    seen = set()
    while todo:
        where, t = todo.pop(0)
        bad = check.hit(re.sub(r"\{\w+\}", " ", t))
        if bad:
            print(f"warning: off-topic {where} holds '{bad}': {t}", file=sys.stderr)
        for slot in re.findall(r"\{(\w+)\}", t):
            if slot in SLOTS and slot not in seen:
                seen.add(slot)
                todo += [(f"slot '{slot}'", o) for o in SLOTS[slot]]


PUBLISHED_FROM = datetime.date(2025, 7, 28)
PUBLISHED_DAYS = 40
OUTLETS = ("Wire Service A", "Daily Courier", "Evening Herald", "World Report", "Eastern Monitor", "Capital Post")


def generate(out_dir, articles: int, mode: str, seed: int = 7, words: int = 500, rules_dir=DEFAULT_RULES,
             front_matter: bool = True):
    """Write the corpus; returns (articles, total words, on-topic count)."""
    rng = random.Random(seed)
    check = None
    if mode == "mixed":
        rules_dir = Path(rules_dir)
        phrases = load_trigger_phrases(rules_dir) if rules_dir.is_dir() else []
        if not phrases:
            print(f"warning: no trigger phrases found in {rules_dir}", file=sys.stderr)
        check = TriggerCheck(phrases, load_aliases(rules_dir))
        _warn_offtopic_templates(check)
    gen = Generator(rng, words, check)
    os.makedirs(out_dir, exist_ok=True)
    total = on = 0
    rnd = rng.random
    for i in range(1, articles + 1):
        if mode == "ontopic" or rnd() < ONTOPIC_SHARE:
            text, count = gen.ontopic()
            on += 1
        else:
            text, count = gen.offtopic()
        total += count
        if front_matter:  # the metadata a monitoring desk keeps with each article
            day = PUBLISHED_FROM + datetime.timedelta(days=int(rnd() * PUBLISHED_DAYS))
            outlet = OUTLETS[int(rnd() * len(OUTLETS))]
            text = f"---\noutlet: {outlet}\npublished: {day.isoformat()}\n---\n" + text
        with open(os.path.join(out_dir, "a%06d.txt" % i), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return articles, total, on


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", metavar="OUT_DIR", help="folder for a000001.txt ... (created if missing)")
    ap.add_argument("--articles", "-n", type=int, required=True, metavar="N", help="number of articles")
    ap.add_argument("--mode", choices=("ontopic", "mixed"), required=True,
                    help="ontopic: every article on the tracked events; mixed: ~10%% on-topic")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--words", type=int, default=500, metavar="W", help="average words per article (default 500)")
    ap.add_argument("--rules", type=Path, default=DEFAULT_RULES, metavar="DIR",
                    help=f"rules folder for the trigger phrases (default {DEFAULT_RULES})")
    ap.add_argument("--no-front-matter", action="store_true",
                    help="leave out the YAML front matter (outlet, published date): dates are then inferred")
    args = ap.parse_args(argv)
    if args.articles < 0 or args.articles > 999999:
        ap.error("--articles must be between 0 and 999999")
    if args.words < 20:
        ap.error("--words must be at least 20")
    n, total, on = generate(args.out_dir, args.articles, args.mode, args.seed, args.words, args.rules,
                            not args.no_front_matter)
    share = 100.0 * on / n if n else 0.0
    print(f"{n} articles, {total} words, {on} on-topic ({share:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
