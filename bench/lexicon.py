"""The vocabulary of the realistic bench corpus (bench/newsgen.py): people, places,
organisations, outlets, things and numbers, drawn so that a few words are common and
most are rare, as in real coverage.

Real news owes many of its distinct words to names, places, numbers and the
punctuation stuck to them ("Kovalenko's", "Odesa,", "($4.2bn)"): spaCy's tokenizer
caches at most 10,000 of those chunks, so a corpus that repeats a few hundred of them
runs from the cache and flatters every speed measured on it. Names here are
combinations (~250 given names x ~4,300 family names; ~2,800 towns), organisations and
numbers are composed, the common words (n, a, v: 12,000 nouns, adjectives and verbs)
come from the frequency list of spacy-lookups-data, and every draw is Zipf-like: rank
r comes up about 1/r as often as the first.

Written for this benchmark (lists of common given names, family names, cities and
nouns, as any almanac has them); no sentence of any corpus is in here.
"""
from __future__ import annotations

import bisect
import functools
import gzip
import itertools
import json
import random
import sysconfig
from pathlib import Path

FIRST = """Aaron Abdul Ada Adam Adrian Agnieszka Ahmed Aisha Akira Alan Alejandro Aleksandr Alexei Alice
Alina Amal Amir Ana Anastasia Andrei Andriy Angela Anil Anna Anton Antonio Arjun Arman Artem Ayse Barbara
Beatriz Ben Bogdan Boris Brian Camille Carlos Carmen Catherine Chen Chiara Chloe Christian Claire Clara
Daniel Daniela Dariusz Daria David Denis Diana Dmytro Dolores Dong Elena Elif Elizabeth Emeka Emil Emma Eric
Erik Esther Fatima Felix Fernando Fiona Francesca Gabriel Gareth George Giorgi Giulia Grace Hana Hannah
Hassan Heinrich Helen Hiroshi Hugo Ibrahim Igor Ilya Ines Ioana Irina Isaac Ivan Jakub James Jan Jana Javier
Jean Jennifer Jessica Joanna John Jonas Jorge Jose Julia Julian Kamal Karen Karim Karl Kateryna Kazimierz
Kenji Kevin Khalid Kim Kirill Klaus Kofi Krzysztof Lars Laura Leila Lena Leon Liam Lina Liu Lucas Lucia
Luis Lukas Magdalena Mai Malik Marco Margaret Maria Marina Mark Marta Martin Maryam Mateo Matteo Maxim
Mehmet Mei Michael Miguel Mikhail Mila Mohammed Monika Nadia Naomi Natalia Nikolai Nina Noah Nora Obinna
Oksana Oleg Oleksandr Oliver Olga Omar Oscar Pablo Patrick Paul Pavel Pedro Peter Petra Pierre Priya Rafael
Rahul Ravi Rebecca Ricardo Robert Roman Rosa Ruslan Ryan Sabine Salma Samir Sandra Sara Sebastian Selin Sergei
Serhiy Simon Sofia Sophie Stefan Svitlana Takeshi Tamar Tanya Taras Teresa Thomas Tomasz Valentina Vasyl
Victor Viktor Viktoria Vladimir Walter Wei Yana Yaroslav Yasmin Yevhen Yuki Yulia Yusuf Zainab Zofia Zoran""".split()

LAST = """Abbott Abdullah Adeyemi Agarwal Aguilar Ahmadi Aksoy Alexeyev Alvarez Andersen Antonov Arslan Babic
Bakker Baranov Barros Bauer Becker Benitez Bergstrom Bianchi Bilyk Blanco Bogdanov Bondarenko Borisov Boyko
Brandt Brennan Brooks Bruno Bulut Campbell Carter Castillo Cavanagh Celik Chen Chowdhury Ciobanu Clarke Costa
Cruz Dahl Danilov Das Dawson Demir Diaz Dimitrov Doherty Dubois Duda Dvorak Eriksson Esposito Evans Fedorov
Ferrari Fischer Fitzgerald Flores Fonseca Fournier Gallagher Garcia Gavrilov Gomez Gonzalez Grabowski Grant
Gray Greco Gruber Gupta Gutierrez Haddad Hansen Harris Hartmann Hassan Herrera Hoffmann Horvat Hughes
Huseynov Ibrahim Ivanenko Ivanov Jablonski Jansen Jensen Jovanovic Kaczmarek Kaplan Karimov Kaya Keller
Khan Kim Klein Koch Kovac Kovalenko Kowalski Kozak Kozlov Kravchenko Kruger Kumar Kuznetsov Lambert Lang Larsen
Laurent Lebedev Lee Lehmann Leone Levchenko Lewis Lindqvist Lopez Lysenko Macaulay Maier Malik Marchenko
Marin Markovic Martinez Masood Matsumoto Melnyk Mendes Meyer Mikhailov Moldovan Moreau Moreno Morozov
Moroz Mueller Murphy Nagy Nakamura Navarro Nielsen Nikolaev Novak Nowak Obi Odhiambo Okafor Oliveira Olsen
Orlov Ortiz Osipov Ozturk Pavlenko Pavlov Pereira Perez Petrenko Petrov Popescu Popov Quinn Ramirez Rao
Reyes Ribeiro Richter Rios Romanenko Romano Rossi Rusu Ryan Sahin Salazar Santos Sato Savchenko Schmidt
Schneider Schulz Semenov Sharma Shevchenko Silva Simonov Singh Smirnov Sokolov Sorensen Stanek Stepanov
Suzuki Svoboda Szabo Takahashi Tanaka Tkachenko Torres Tran Turner Usman Vargas Varga Vasquez Vlasov Volkov
Wagner Walsh Weber Wojcik Wong Yadav Yamamoto Yildiz Yilmaz Zaitsev Zhang Zielinski Zubko""".split()

# Town names are made of a real-sounding stem and an ending.
# Family names composed as many languages make them: a stem and an ending (~4,000 more).
NAME_STEMS = """Abr Andr Bar Bel Bog Bon Brod Chern Dan Dem Dub Fed Gal Gor Grab Hal Har Hol Iv Kal Kar Kir Kol Kon
Kor Kov Kozl Kras Kul Lav Leb Lyt Mak Mal Mar Mel Mik Mor Naz Nov Ol Osip Pav Pet Pol Pop Rad Rom Rud Sav Sem
Shev Sid Sok Sol Stas Tar Tk Tym Vas Vol Yak Yar Zak Zel Ber Cal Dar Fer Gar Hen Jan Lam Mon Nor Ped Ram Ros
Sal Tor Val Wal Wil""".split()
NAME_ENDS = """enko chuk chenko ov ova ev eva in ina ski ska sky czyk iak uk yuk ovic evic escu anu idze adze yan
ian ez es ini elli etti son sen man mann er ow ley ford ton""".split()

STEMS = """Ala Bel Bor Bra Cher Dal Dob Dru Gor Hol Hor Kal Kam Kar Kos Kra Kur Lis Lub Lys Mal Mar Mir Myk
Nov Ob Ol Or Pav Per Pok Pol Pry Rad Ros Sal Sel Siv Slo Sol Sta Svi Tor Tro Ug Vas Vel Ver Vol Vys Yas Zal
Zel Zol Zor Ber Dor Fal Gal Hel Kel Lan Len Mel Nor Ran Sten Tal Val Wes""".split()
ENDS = """a ach an ane anka ansk ar ark ava avka e en esk ets evo ia ich ievka in ino ivka ka ko kove la liv
ne nik ny o ov ove ovka sk ske sky tsia ukha va vsk yn yne yshche""".split()

CITIES = """Aarhus Abuja Accra Adelaide Algiers Almaty Amman Amsterdam Ankara Antwerp Athens Atlanta Auckland
Baku Baltimore Bangkok Barcelona Basel Beirut Belgrade Bergen Berlin Bern Bilbao Birmingham Bogota Bologna
Bordeaux Boston Bratislava Bremen Brisbane Bristol Brno Brussels Bucharest Budapest Buenos Busan Cairo
Calgary Cardiff Casablanca Chennai Chicago Chisinau Cologne Copenhagen Cork Dakar Dallas Delhi Denver Dhaka
Dnipro Doha Dortmund Dresden Dublin Dubrovnik Durban Edinburgh Eindhoven Florence Frankfurt Gdansk Geneva
Genoa Ghent Glasgow Gothenburg Graz Hamburg Hanoi Hanover Harare Helsinki Houston Kharkiv Kherson Krakow
Kyiv Lagos Leeds Leipzig Lille Lima Lisbon Liverpool Ljubljana Lodz London Luxembourg Lviv Lyon Madrid
Malmo Manchester Manila Marseille Melbourne Milan Minsk Montreal Mumbai Munich Mykolaiv Nairobi Nantes
Naples Nice Odesa Oslo Ottawa Palermo Paris Perth Porto Poznan Prague Quebec Riga Rome Rotterdam Salzburg
Santiago Sarajevo Seattle Seville Skopje Sofia Stockholm Stuttgart Sumy Sydney Tallinn Tampere Tbilisi
Tirana Tokyo Toronto Toulouse Trieste Tunis Turin Utrecht Valencia Valletta Vancouver Venice Vienna Vilnius
Warsaw Wellington Wroclaw Yerevan Zagreb Zaporizhzhia Zurich""".split()

REGIONS = """Donetsk Kharkiv Zaporizhzhia Kherson Sumy Dnipropetrovsk Luhansk Mykolaiv Odesa Poltava Chernihiv
Belgorod Kursk Bryansk Rostov Crimea""".split()

LOOKUPS = Path(sysconfig.get_paths()["purelib"]) / "spacy_lookups_data" / "data"
SKIP_COMMON = 400  # the most frequent words of the frequency list are function words and chat


@functools.lru_cache(maxsize=None)
def common_words(count: int = 12_000) -> dict:
    """Real English nouns, adjectives and verbs (WordNet's lists in spacy-lookups-data, the
    checker's own dependency), most frequent first by the package's word probabilities:
    part of speech -> [word]."""
    index = json.load(gzip.open(LOOKUPS / "en_lemma_index.json.gz"))
    prob = json.load(gzip.open(LOOKUPS / "en_lexeme_prob.json.gz"))
    out = {}
    for pos in ("noun", "adj", "verb"):
        words = sorted((w for w in set(index[pos]) if w.isalpha() and w.islower() and len(w) > 2 and w in prob),
                       key=lambda w: (-prob[w], w))
        out[pos] = [w for w in words[SKIP_COMMON:] if len(w) > 3][:count]
    return out


ORG_KINDS = """Authority Board Bureau Commission Council Institute Agency Foundation Association Trust Office
Service Society Union Alliance Centre Group Partnership Federation Network""".split()
ORG_TOPICS = """Energy Transport Water Housing Health Education Fisheries Forestry Aviation Statistics Trade Labour
Consumer Maritime Rail Heritage Science Arts Youth Agriculture Tourism Broadband Mining Coastal Safety""".split()
COMPANY_PARTS = """Atlas Nordic Vertex Meridian Helix Orbit Solar Pioneer Summit Harbour Cascade Granite Quantum
Beacon Evergreen Falcon Horizon Keystone Lumen Nimbus Polar Sterling Tidal Vantage Zenith Apex Crescent Delta
Ember Fjord Juniper Lattice Mosaic Obsidian Prism Quarry Radiant Silverline Trident Umber Willow""".split()
COMPANY_KINDS = """Holdings Systems Energy Logistics Foods Motors Pharma Capital Labs Networks Industries Metals
Airlines Shipping Robotics Textiles Media Bank Insurance Mining""".split()

NOUNS = """airport apartment arena audit bakery bank barrier battery bill border bridge budget bus cabinet
campus canal candidate census charity clinic coalition contract court crop dam debt depot district doctor
drought election embassy engine factory farm ferry festival flood forest fund gallery grid harbour highway
hospital hotel inquiry invoice jury kiosk laboratory landlord lawsuit library license lorry market mayor
museum nurse orchard parliament pension pharmacy pipeline plant platform police port prison project quarry
railway referendum refinery reservoir road runway salary school shelter shipyard shortage stadium station
strike subsidy supplier surgery tariff tax teacher tender terminal theatre tower tram tunnel turbine union
university vaccine vineyard voter wage warehouse wetland windfarm workshop""".split()
ADJECTIVES = """ageing annual bitter brief busy cautious central chronic coastal costly crowded crucial damaged
delayed domestic dramatic early eastern empty extra fierce final fragile fresh frozen gradual heavy hidden
historic huge independent informal initial key landmark last late local long major minor modest municipal
narrow national new northern official open outdated overdue private provisional public rapid rare regional
remote renewed rising rural seasonal second senior sharp short slow southern steep strong sudden temporary
tight unexpected unpaid urgent vacant vast western wider""".split()
VERBS = """approved announced blocked cancelled closed completed confirmed criticised cut delayed denied
doubled expanded extended halted launched lifted opened postponed praised proposed raised reopened
rejected reviewed scrapped signed suspended tightened unveiled upgraded welcomed""".split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_SHORT = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
TITLES = """minister spokesman spokeswoman governor mayor adviser analyst researcher commander lawmaker
economist envoy diplomat prosecutor professor director chairman chairwoman official correspondent""".split()


class Zipf:
    """Items drawn with Zipf-like frequencies (rank r ~ 1/r), in an order fixed by the seed."""

    def __init__(self, items, rng: random.Random, s: float = 1.0, shuffle: bool = True):
        self.items = list(items)
        if shuffle:
            rng.shuffle(self.items)
        weights = [1.0 / (r + 1) ** s for r in range(len(self.items))]
        self.cum = list(itertools.accumulate(weights))
        self.rng = rng

    def __call__(self):
        return self.items[bisect.bisect_left(self.cum, self.rng.random() * self.cum[-1])]


class Lexicon:
    """Every kind of word the templates ask for, as a function of one seeded random.Random."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        composed = sorted({s + e for s in NAME_STEMS for e in NAME_ENDS} - set(LAST))
        self.first, self.last = Zipf(FIRST, rng, 0.8), Zipf(LAST + composed, rng, 0.5)
        self.town = Zipf([s + e for s in STEMS for e in ENDS], rng, 0.5)
        self.city = Zipf(CITIES, rng, 0.9)
        self.region = Zipf(REGIONS, rng)
        self.noun, self.adj, self.verb = Zipf(NOUNS, rng, 0.8), Zipf(ADJECTIVES, rng, 0.8), Zipf(VERBS, rng, 0.8)
        self.company_part, self.company_kind = Zipf(COMPANY_PARTS, rng, 0.7), Zipf(COMPANY_KINDS, rng, 0.7)
        self.org_kind, self.org_topic = Zipf(ORG_KINDS, rng), Zipf(ORG_TOPICS, rng)
        self.title = Zipf(TITLES, rng)
        words = common_words()
        self.n, self.a, self.v = (Zipf(words[p], rng, 0.9, shuffle=False) for p in ("noun", "adj", "verb"))

    def person(self) -> str:
        return f"{self.first()} {self.last()}"

    def place(self) -> str:
        return self.town() if self.rng.random() < 0.55 else self.city()

    def company(self) -> str:
        return f"{self.company_part()} {self.company_kind()}"

    def org(self) -> str:
        kind = self.rng.random()
        if kind < 0.4:
            return f"{self.place()} {self.org_topic()} {self.org_kind()}"
        if kind < 0.7:
            return f"{self.org_topic()} {self.org_kind()}"
        return self.company()

    def number(self, low: int = 2, high: int = 900) -> str:
        return str(int(low * (high / low) ** self.rng.random()))

    def big(self) -> str:
        return f"{int(1000 * 900 ** self.rng.random()):,}"

    def money(self) -> str:
        r = self.rng.random()
        unit = ("$", "€", "£", "")[int(r * 4)]
        amount = f"{self.rng.uniform(1.1, 99.9):.1f}"
        return f"{unit}{amount} {'million' if r < 0.6 else 'billion'}" if unit else f"{amount} million hryvnias"

    def percent(self) -> str:
        return f"{self.rng.uniform(0.2, 48):.1f}%" if self.rng.random() < 0.5 else \
            f"{self.rng.randint(2, 60)} percent"

    def clock(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.choice(('00', '05', '10', '15', '20', '30', '40', '45', '50', '55'))}"

    def weekday(self) -> str:
        return self.rng.choice(WEEKDAYS)

    def month(self) -> str:
        return self.rng.choice(MONTHS)
