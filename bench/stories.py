"""What the realistic bench articles say: templates of our own, in the registers of
real coverage, for the tracked story (summer 2025: the submarines, Trump's deadline,
Witkoff in Moscow, a Putin-Zelensky meeting and its conditions and venues, Chasiv
Yar, the Istanbul rounds, ceasefire terms, Putin in China, the Oreshnik, Medvedev)
and for everything around it (the war's other fronts, economy, reactions) and
beside it (local news, business, sport, weather: live blogs and briefs mix them in).

Template syntax (expanded by newsgen.Filler): `{slot}` is a slot of the filler
(lexicon.py's people, places, numbers, or another table here), `{a|b|c}` picks one
of the alternatives; both nest. Written for this benchmark: no sentence here is
taken from any corpus.
"""
from __future__ import annotations

# Voices of the story: {kremlin} says things for Moscow, {kyiv} for Ukraine, {us} for Washington.
VOICES = {
    "kremlin": ("Kremlin spokesman Dmitry Peskov", "Peskov", "Dmitry Peskov", "the Kremlin's press secretary",
                "Putin's spokesman", "Kremlin aide Yuri Ushakov", "Ushakov", "a Kremlin spokesman",
                "Foreign Minister Sergei Lavrov", "Lavrov", "the Russian Foreign Ministry"),
    "kyiv": ("Ukraine's foreign minister", "Andriy Sybiha", "a spokesman for Ukraine's General Staff",
             "Ukrainian officials", "Zelensky's chief of staff", "Kyiv", "the Ukrainian military",
             "Ukraine's army", "the Ukrainian president's office"),
    "us": ("the White House", "a White House official", "Secretary of State Marco Rubio",
           "Karoline Leavitt, the White House press secretary,", "a senior administration official",
           "US officials", "the State Department"),
    "trump": ("Trump", "Trump", "Donald Trump", "President Donald Trump", "the US president",
              "U.S. President Donald Trump", "the American president"),
    "putin": ("Putin", "Putin", "Vladimir Putin", "President Vladimir Putin", "the Russian leader",
              "Russian President Vladimir Putin"),
    "zelensky": ("Zelensky", "Zelensky", "Volodymyr Zelensky", "the Ukrainian leader", "Zelenskyy",
                 "Ukrainian President Volodymyr Zelensky"),
    "medvedev": ("Medvedev", "Dmitry Medvedev", "Dmitry Medvedev, deputy head of Russia's Security Council,",
                 "the former Russian president Dmitry Medvedev", "Medvedev, a former prime minister,"),
    "said": ("said", "said", "said", "told reporters", "told journalists", "said on {weekday}",
             "told reporters on {weekday}", "said in a statement", "wrote on Telegram", "told a briefing",
             "said in an interview", "added", "insisted", "noted"),
    "hedge": ("", "", "", "", "reportedly ", "apparently ", "now ", "again "),
    "soon": ("next week", "in the coming days", "later this month", "soon", "before the end of the month"),
}

# Values, each in the ways coverage says it.
VALUES = {
    "subwhere": ("to the appropriate regions", "closer to Russia", "near Russia", "to waters near Russia",
                 "to European waters", "toward Europe", "to an appropriate area", "off Russia's coast"),
    "subhow": ("nuclear submarines", "nuclear-powered submarines", "submarines", "nuclear subs", "Ohio-class boats"),
    "subcount": ("two", "two", "two", "at least two", "a pair of", "2"),
    "deadline": ("Aug. 8", "August 8", "Friday, August 8", "8 August", "next Friday", "the end of the week",
                 "Sept. 2", "September 2"),
    "deadline_span": ("10 days", "10 to 12 days", "12 days", "50 days", "ten days"),
    "wvisit": ("Wednesday", "next week", "Aug. 6", "August 6", "midweek", "Wednesday or Thursday"),
    "china": ("from Aug. 31 to Sept. 3", "from 31 August to 3 September", "at the end of August",
              "on Aug. 31", "for four days from August 31"),
    "odate": ("on Friday", "on Aug. 1", "on August 1", "last Friday", "on 1 August"),
    "cy_full": ("fully captured", "taken full control of", "completely liberated", "captured"),
    "cy_part": ("parts of", "part of", "the eastern districts of", "most of"),
    "round": ("first", "second", "third", "third", "fourth"),
    "rounds": ("three rounds", "two rounds", "three rounds of talks", "three sessions"),
    "venue": ("Turkey", "Istanbul", "Saudi Arabia", "the Gulf states", "the Vatican", "Switzerland", "Geneva",
              "Vienna", "a European capital", "Ankara", "Riyadh"),
    "condition": ("the withdrawal of Ukrainian forces from four regions", "a pledge never to join NATO",
                  "an end to Western arms deliveries", "Kyiv's renunciation of NATO membership",
                  "a halt to weapons supplies from the West", "the pull-out of Ukrainian troops from Donbas"),
}

HEADLINES = {
    "subs": ("Trump orders {subcount} {subhow} moved after Medvedev remarks",
             "Submarines '{subwhere}', Trump says, as war of words with Moscow escalates",
             "Kremlin plays down US submarine move", "Where are Trump's submarines?"),
    "deadline": ("Trump shortens Russia deadline to {deadline}", "Trump gives Moscow {deadline_span} to end war",
                 "Clock ticks on Trump's ultimatum to Putin", "Tariff threat looms as deadline nears"),
    "witkoff": ("Witkoff heads to Moscow {wvisit}", "US envoy Witkoff meets Putin in Kremlin",
                "Witkoff's Moscow trip: what is at stake"),
    "meeting": ("Kremlin says Putin-Zelensky meeting needs preparation",
                "Putin open to meeting Zelensky 'at the final stage', Kremlin says",
                "Will Putin and Zelensky meet?", "Moscow cool on leaders' summit"),
    "venue": ("Who could host a Putin-Zelensky summit?", "{venue} offers to host peace talks",
              "Race to host leaders' meeting heats up"),
    "chasiv": ("Russia claims capture of Chasiv Yar; Kyiv denies", "Battle for Chasiv Yar: what we know",
               "Ukraine says troops still hold Chasiv Yar"),
    "istanbul": ("Istanbul talks end with prisoner swap deal", "{round} round of Istanbul talks ends in an hour",
                 "Russia, Ukraine exchange memoranda in Istanbul"),
    "ceasefire": ("Moscow sets out terms for a ceasefire", "What Russia demands for a truce",
                  "Kyiv rejects Kremlin's ceasefire conditions"),
    "china": ("Putin to visit China {china}", "Putin heads to Tianjin for SCO summit"),
    "oreshnik": ("Putin says Oreshnik missile in serial production", "Russia begins mass production of Oreshnik"),
    "medvedev": ("Who is Dmitry Medvedev?", "Medvedev, the Kremlin's loudest hawk, strikes again"),
}

STORY = {
    "subs": (
        "{trump} {said} he had ordered {subcount} {subhow} to be moved {subwhere} in response to what he called {provocative|inflammatory|foolish} statements by {medvedev}.",
        "\"I have ordered {subcount} {subhow} to be positioned {subwhere}, just in case,\" {trump} wrote on his social media platform.",
        "Asked about the boats on {weekday}, {trump} {said} they had been sent {subwhere} and were \"ready\".",
        "The Pentagon declined to comment on the location of the submarines, which it does not normally disclose.",
        "The exact location of the {subhow} was not disclosed, and the Navy said it does not discuss submarine movements.",
        "{kremlin} {said} Moscow was not alarmed by the order, since such boats were always at sea, and saw no need to respond.",
        "Analysts noted that US ballistic-missile submarines on patrol can strike Russia from almost anywhere, so the order to move the boats {subwhere} was largely symbolic.",
        "{medvedev} had warned Washington about the Soviet-era 'Dead Hand' retaliation system, prompting {trump} to send {subcount} submarines {subwhere}.",
        "{trump} did not say whether the vessels he ordered {subwhere} were nuclear-armed or only nuclear-powered.",
    ),
    "deadline": (
        "{trump} {said} Russia had until {deadline} to agree to a ceasefire or face secondary tariffs on buyers of its oil.",
        "Last month {trump} gave {putin} {deadline_span} to end the war, shortening an earlier 50-day deadline.",
        "The deadline set by {trump} expires on {deadline}, after which Washington has threatened sanctions on countries that buy Russian oil.",
        "{us} {said} the president's deadline of {deadline} still stood.",
        "{kremlin} {said} Moscow had taken note of the ultimatum but would not be swayed by deadlines.",
        "If Moscow does not move by {deadline}, {trump} has said, buyers of Russian crude will face tariffs of up to 100%.",
        "The {deadline_span} given to Russia run out on {deadline}, {trump} told reporters aboard Air Force One.",
    ),
    "witkoff": (
        "US special envoy Steve Witkoff will travel to Moscow {wvisit}, {trump} {said}.",
        "Witkoff arrived in Moscow on {wvisit} and held about three hours of talks with {putin} in the Kremlin.",
        "{kremlin} {said} Witkoff's visit to Moscow would take place {wvisit}, without giving details.",
        "Steve Witkoff, who has met {putin} several times this year, is expected in Moscow {wvisit}, {hedge}according to {us}.",
        "Witkoff's trip to Russia comes days before the deadline {trump} set for Moscow.",
        "{kremlin} described the conversation between {putin} and Witkoff as useful and constructive.",
    ),
    "meeting": (
        "{kremlin} {said} {putin} was ready to meet {zelensky}, but only at the final stage of negotiations, to finalise agreements.",
        "A meeting between {putin} and {zelensky} would require careful preparation at the expert level, {kremlin} {said}.",
        "{kremlin} {said} there could be no meeting of the two presidents before the preparatory work was done.",
        "{putin} does not rule out meeting {zelensky}, {kremlin} {said}, but questions remain over who would sign any agreement.",
        "{kremlin} again questioned the legitimacy of {zelensky}, whose term, Moscow argues, expired last year.",
        "{zelensky} {said} he was ready to meet {putin} in any format and accused Moscow of stalling.",
        "Moscow also points to a Ukrainian decree banning negotiations with {putin} as an obstacle to any summit.",
        "{kremlin} dismissed calls for an immediate leaders' meeting as premature.",
        "\"A meeting at the highest level must be well prepared,\" {kremlin} {said}. \"It cannot be an empty gesture.\"",
    ),
    "venue": (
        "{venue} has offered to host a meeting between {putin} and {zelensky}, {kremlin} {said}.",
        "{zelensky} suggested that talks with {putin} could take place in {venue}.",
        "Diplomats said {venue} and {venue} were among the possible venues for a summit between the two leaders.",
        "{venue} is ready to host the next round of talks between Russia and Ukraine, its foreign ministry said.",
        "The location for a meeting of the two presidents has not been agreed, {us} {said}.",
    ),
    "chasiv": (
        "Russia's Defence Ministry said its forces had {cy_full} Chasiv Yar, a hilltop town in the Donetsk region.",
        "{kyiv} denied that Chasiv Yar had fallen, saying Ukrainian troops still held positions in the town.",
        "Ukrainian forces remain in control of {cy_part} Chasiv Yar, {kyiv} {said}.",
        "Open-source analysts said Russian units controlled {cy_part} Chasiv Yar but had not taken the whole town.",
        "The fight for Chasiv Yar, which overlooks the road to Kostiantynivka, has lasted more than a year.",
        "Russian troops have {cy_full} Chasiv Yar, the ministry claimed, in what would be their biggest gain in weeks.",
        "The town lies in ruins after months of shelling, and none of its prewar residents are thought to remain.",
    ),
    "istanbul": (
        "Russian and Ukrainian delegations met in Istanbul for a {round} round of talks, which lasted less than an hour.",
        "In Istanbul, the two sides agreed to exchange {number} prisoners of war and the bodies of {big} soldiers.",
        "The delegations exchanged draft memoranda in Istanbul setting out their positions on a settlement.",
        "Since May, the sides have held {rounds} in Istanbul without agreeing a ceasefire.",
        "The {round} round in Istanbul produced another prisoner exchange but no movement on a truce.",
        "Turkey's foreign minister said Istanbul was ready to host a further round of negotiations.",
    ),
    "ceasefire": (
        "Moscow's conditions for a ceasefire include {condition} and {condition}.",
        "{kremlin} {said} any truce would require {condition}.",
        "Russia demands {condition} before it will agree to a ceasefire, {kyiv} {said}.",
        "Kyiv has rejected Moscow's terms, which include {condition}, as a demand for capitulation.",
        "Among Russia's preconditions for a peace settlement is {condition}, according to the Russian memorandum.",
    ),
    "china": (
        "{putin} will visit China {china}, {kremlin} {said}, attending the SCO summit in Tianjin and a parade in Beijing.",
        "The Russian leader is due in China {china} for talks with Xi Jinping.",
        "{kremlin} {said} {putin}'s trip to China was scheduled {china}.",
    ),
    "oreshnik": (
        "{putin} said {odate} that Russia had begun serial production of the Oreshnik missile.",
        "Speaking to reporters on Valaam island {odate}, {putin} announced that the Oreshnik was in mass production.",
        "The Oreshnik, an intermediate-range ballistic missile, entered serial production, {putin} said {odate}.",
    ),
    "medvedev": (
        "{medvedev}, who was Russia's president from 2008 to 2012, is now deputy chairman of the Security Council.",
        "Medvedev, a former prime minister, has become one of the most hawkish voices in Moscow.",
        "{trump} told Medvedev, the former Russian president, to watch his words.",
    ),
}

# Around the story: the war and its politics, in the long tail of names, places and numbers.
CONTEXT = (
    "Russian drones struck {town} in the {region} region overnight, killing {number} people and wounding {number}, regional governor {person} said.",
    "Ukraine's air force said it had shot down most of the {number} drones launched by Russia overnight.",
    "In {town}, {number} residents were evacuated after shelling damaged the local {noun}, officials said.",
    "{person}, a {title} at the {org}, said the {adj} {noun} in {town} would take months to repair.",
    "European Union foreign ministers are due to meet in {city} on {weekday} to discuss a new package of sanctions.",
    "Oil prices rose {percent} on {weekday} as traders weighed the risk of new sanctions on Russian crude.",
    "{person}, an analyst at {org}, said the talks had so far produced {adj} results.",
    "The governor of the {region} region, {person}, said {number} homes had been damaged in {town}.",
    "Ukraine's energy ministry said repairs to a damaged substation near {town} would cost about {money}.",
    "{person} of the {org} in {city} said markets had largely priced in the threat of tariffs.",
    "India, a major buyer of Russian oil, said it would protect its national interests, {person} reported from {city}.",
    "Fighting was heaviest near {town} and {town}, where Russian units have pressed for weeks.",
    "Aid agencies said {big} people in the {region} region were without water after a strike on a pumping station.",
    "\"We have seen nothing like it since spring,\" said {person}, {age}, who runs a {noun} in {town}.",
    "The {org} estimates the cost of rebuilding Ukraine at more than {money}.",
    "Polish and Romanian jets were scrambled after Russian drones flew close to the border, {person} said.",
    "{person}, a former {title}, wrote in a column that the {adj} diplomacy had yet to change facts on the ground.",
    "Officials in {town} said they would {v} the {a} {n} by the end of {month}, {person} reported.",
    "{person} said the {n} had become a {a} problem for the {n} industry in the {region} region.",
    "The {a} {n} near {town} drew criticism from {person}, who called it {a} and {a}.",
    "Local media reported that a {n} and a {n} had been damaged in {town}.",
    "\"People here {v} every {n} they can,\" said {person}, a {n} from {town}.",
    "Volunteers in {city} have collected {big} {n}s and {n}s for soldiers at the front, {person} said.",
    "The {org} said it would {v} its {a} {n} programme, citing a shortage of {n}.",
    "{person}, {age}, described the {n} as {a}, adding that the {n} had never been {a}.",
)

# Beside the story: what live blogs, briefs, sidebars and off-topic copy are full of.
ELSEWHERE = (
    "{company} said on {weekday} it would cut {number} jobs at its plant in {place}, blaming {adj} demand.",
    "The {org} {verb} plans for a {adj} {noun} in {place}, after a {adj} debate.",
    "Shares in {company} fell {percent} after the firm reported a quarterly loss of {money}.",
    "{person} scored twice as {city} beat {city} {score} in front of {big} fans.",
    "Temperatures in {city} are forecast to reach {temp} degrees on {weekday}, the weather service said.",
    "Police in {place} are appealing for witnesses after a {adj} {noun} was damaged overnight, {person} said.",
    "The council in {place} has {verb} a {money} upgrade of the {noun}, {person}, its leader, said.",
    "{person}, {age}, was named {title} of the {org} on {weekday}.",
    "Residents of {place} say the {adj} {noun} has been closed since {month}.",
    "A court in {city} {verb} a bid by {company} to block a {adj} {noun} contract.",
    "{company} and {company} agreed a merger worth {money}, the companies said.",
    "Rail services between {city} and {place} were {verb} after a {adj} fault, the operator said.",
    "The {org} said inflation in {month} was {percent}, against {percent} a month earlier.",
    "{person} won the {city} marathon in {clock}, a course record.",
    "Voters in {place} will elect a new {title} on {weekday}, with {number} candidates standing.",
    "Health officials in {place} reported {number} new cases of measles this month.",
    "A {adj} fire at a {noun} near {place} was brought under control after {number} hours, firefighters said.",
    "{person}, who founded {company} in {year}, will step down at the end of the year.",
    "The festival in {place} drew {big} visitors, organisers said, up {percent} on last year.",
    "Flights from {city} were delayed for up to {number} minutes on {weekday} after a strike by {noun} staff.",
    "{company} plans to {v} its {a} {n} business, chief executive {person} said.",
    "A {a} {n} in {place} has been {verb}, angering local {n} owners.",
    "{person} of {org} said the {n} market was {a} but that {n} prices could {v}.",
    "Researchers at the {org} found that {a} {n}s were {percent} more likely to {v}.",
    "The {n} will {v} the {a} {n} from {month}, {person} told the {place} {n}.",
    "Critics said the {a} {n} would {v} {n} and {n} in {place}.",
    "At the {n} show in {city}, {person} showed a {a} {n} made from {n}.",
    "{person}, the {a} {n} who {verb} the {place} {n} last year, will {v} in {month}.",
)

TRANSCRIPT_Q = (
    "Dmitry Sergeyevich, how does the Kremlin view the order to move {subcount} submarines {subwhere}?",
    "Is a meeting between President Putin and {zelensky} possible this month?",
    "Can you confirm that Mr Witkoff will come to Moscow {wvisit}?",
    "Ukraine says its forces still hold Chasiv Yar. What is your comment?",
    "What are Russia's conditions for a ceasefire?",
    "Will the president travel to China {china}?",
    "There are reports of a new round of talks in Istanbul. Is a date set?",
    "How do you assess the deadline of {deadline} announced by President Trump?",
)
TRANSCRIPT_A = (
    "We do not comment on the movements of other countries' navies. Such boats are always at sea, and we see no reason for alarm.",
    "The president has said many times that he does not rule out such a meeting, but it must be prepared by experts. That work has not been done.",
    "We expect Mr Witkoff {wvisit}. The details will be announced in due course.",
    "Our military has reported that Chasiv Yar is fully under our control. I have nothing to add to what the Defence Ministry said.",
    "Our conditions are well known: {condition}, and guarantees of Russia's security.",
    "Yes, the president will be in China {china}, and there will be a bilateral meeting with President Xi.",
    "The delegations are in contact. When there is a date for the next round, we will tell you.",
    "We have taken note of these statements. We are not guided by ultimatums.",
)
EXPLAINER_Q = ("What happened?", "What does the Kremlin say?", "What does Kyiv want?", "Why does it matter?",
               "What happens next?", "Who else is involved?", "What has Washington said?", "Where do things stand?")

STATE_MEDIA = (
    "The {town} group of forces has taken control of another village in the {region} region, the Defence Ministry reported.",
    "The Kiev regime continues to shell civilian areas, the ministry said, adding that {number} drones had been destroyed over the {region} region.",
    "The special military operation is proceeding according to plan, {kremlin} {said}.",
    "Over the past day, Russian forces inflicted losses of up to {number} servicemen on the enemy, the ministry said.",
)
AGGREGATOR = ("It may be mentioned here that ", "As per reports, ", "It has been learnt that ", "Sources said that ",
              "It is worth noting that ")
CAPTIONS = (
    "[Photo] {person} speaks to reporters in {city} on {weekday}. Credit: {outlet} / Agencies",
    "[Photo] Residents inspect a damaged {noun} in {town}. File photo, {month}. Credit: Agencies",
    "Caption: A view of the {adj} {noun} in {place}, {month} {day}. ({outlet})",
    "[Image] Smoke rises over {town} after a strike. Credit: {person}",
)
