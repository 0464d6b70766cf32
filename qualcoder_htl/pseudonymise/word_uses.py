"""Where a word-like name is the ordinary word: an idiom ("Dag för dag"), a month among
months ("Maj, juni"), words set off ("Bo, skola, jobb."), a verb before its reflexive
("Klara sig"), a weekday before its time ("Tor 18.00"), a feast celebrated ("firade
Newroz"), a game played ("spelade Uno"), a greeting said ('säger "selam"')."""
from __future__ import annotations

import re

from . import context, frequency, lexicon, names
from .ages import is_number_word
from .calendar_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .letters import LOW, UP, L, contains_word
from .suggestions import SCHOOL, WORKPLACE, Suggestion


def a_word_here(text: str, start: int, end: int) -> bool:
    """A word-like name that the words around make a word: an idiom ("Dag för dag"), a month
    among months ("Maj, juni"), a sentence of words set off ("Bo, skola, jobb", "Klara,
    färdiga, gå"), a fixed phrase ("Dags att", "Per termin"), a game played ("spelade Uno"), a
    verb before its reflexive ("Klara sig själv", no name takes "sig"), a weekday before its
    time ("Tor 18.00", "tors 21/10")."""
    return idiom(text, start, end) or month_in_a_list(text, start, end) \
        or a_brand_named_so(text, start, end) \
        or opens_a_list_of_words(text, start, end) or a_fixed_phrase(text, start, end) \
        or "spela" in text[max(0, start - 10):start] \
        and context.word_before(text, start) in _PLAYED and not _played_by(text, start) \
        or text.startswith(" sig ", end) and lexicon.is_word(text[start:end].lower()) \
        or text[start:end].lower() in _WEEKDAY_SHORT and _TIME_AFTER.match(text, end) is not None \
        and (text[start:end].islower() or _SENTENCE_BEFORE.search(text, max(0, start - 3), start)
             is not None)  # (not "[Kommentar Tor 19/9: ...]", who commented)


def a_brand_named_so(text: str, start: int, end: int) -> bool:
    """The phone's assistant ("frågar Siri i mobilen", "en Siri i telefonen") and the
    burger chain ("äta på Max", "Bara Max och ICA"), not the girl and the boy named so."""
    word = text[start:end]
    if word == "Siri":
        return _IN_THE_PHONE.match(text, end) is not None  # (a girl teased: "hej Siri!")
    if word == "Max":
        return context.word_before(text, start) == "på" and not _NAME_AFTER.match(text, end) \
            or _A_CHAIN_AFTER.match(text, end) is not None
    return False


_IN_THE_PHONE = re.compile(r" (?:i|på) (?:mobilen|telefonen|iphonen|luren|paddan)\b")
_NAME_AFTER = re.compile(rf" [{UP}][{LOW}]")
_A_CHAIN_AFTER = re.compile(r" (?:och|eller) (?:ICA|Coop|Willys|Lidl|McDonald's|Burger King)\b")


def a_fixed_phrase(text: str, start: int, end: int) -> bool:
    """A word-like name in the phrase that makes it a word: "Dags att prata", "Dags för
    fika"; "Per termin", "per barn" (a preposition before its noun, not "Per tycker"); "Dag
    ett", "Dag 1" (a day counted, not "Dag, 45 år"); a colour among colours ("Gul nivå", "Grön,
    gul och röd")."""
    word = text[start:end].lower()
    if word == "dags":
        return _TIME_TO.match(text, end) is not None
    if word == "per":
        after = context.word_after(text, end)
        return after[:1].islower() and after == text[end + 1:end + 1 + len(after)] \
            and lexicon.is_word(after) and after not in context.VERBS \
            and not names.is_function_word(after) and (after == "år" or not after.endswith(
                ("r", "de", "te")))  # (not "Per ser", "Per tyckte": a verb after the man)
    if word == "dag":
        return _COUNTED.match(text, end) is not None
    if word == "storm":  # "Storm i ett vattenglas", "storm och motvind"
        return text.startswith((" i ett vattenglas", " och motvind", " kring "), end)
    if word == "klara":  # the adjective before what is clear, the verb before its object
        after = context.word_after(text, end)  # ("Klara besked", "Klara Gränser", "Klara av")
        return after in _CLEAR_THINGS or after in _DONE_WITH and text[end + 1:end + 2].islower()
    if word in _COLOURS and not text.startswith(":", end):  # (not "Gul:", who speaks)
        line = text[max(0, start - 60):end + 60].lower()
        return text.startswith(" nivå", end) or sum(
            contains_word(line, colour) for colour in _COLOURS) >= 2
    return False


_TIME_TO = re.compile(r" (?:att|för) ")
_CLEAR_THINGS = frozenset("""besked gränser regler rutiner direktiv mål ord skillnader
instruktioner riktlinjer roller ramar svar krav uppdrag förväntningar strukturer
rekommendationer signaler""".split())
_DONE_WITH = frozenset("det av allt skolan jobbet provet sig".split())
_COUNTED = re.compile(rf" (?:\d{{1,2}}|ett|två|tre|fyra|fem)(?![{L}\d])(?! år)")
_COLOURS = ("grön", "gul", "röd", "orange", "blå", "svart", "vit", "rosa", "lila")


# what is played is a game, a sport or a part: "spelade Uno", "spelar Fortnite", "spela
# Lucia" (someone played with is "spelade med Avin")
_PLAYED = frozenset("spela spelar spelade spelat spelas".split())


def _played_by(text: str, start: int) -> bool:
    """The verb after an adverb opening the sentence, its subject after it: "Nu spelar Noah i
    P08-laget"."""
    before = context.words_before(text, start, 2)
    return len(before) == 2 and before[1] in _FRONTED


_FRONTED = frozenset("nu då sen sedan här där idag igår också numera ofta alltid ju".split())
_WEEKDAY_SHORT = frozenset(WEEKDAYS) | WEEKDAY_ABBREVIATIONS | {"tor"}
_TIME_AFTER = re.compile(r"\.? (?:kl\.? ?)?\d{1,2}(?:[/.:]\d{1,2}|-\d{1,2})(?!\d)")


_DAYS = r"(?:mån|tis|ons|tors?|fre|lör|sön)(?:dag(?:en|ar)?)?"
# "tor kl 15", "tor 12/11", "tor em", "tor & fre", "tis-tor": a Thursday cut short
_THURSDAY_AFTER = re.compile(rf"(?:[ \t]+(?:kl\b|\d(?!\d* år)|em\b|fm\b|e\.m\.|f\.m\.|eftermiddag|"
                             rf"förmiddag|kväll|morgon|lunch)|[ \t]*(?:&|\+|/|o|och|eller|-)"
                             rf"[ \t]*{_DAYS}\b)")
_THURSDAY_BEFORE = re.compile(rf"(?:\b(?:på|nästa|varannan|denna|varje)|\b{_DAYS}[ \t]*"
                              rf"(?:&|\+|/|o|och|eller|-)|\b{_DAYS},)[ \t]*$")


def thursday_cut_short(text: str, start: int, end: int) -> bool:
    """"tor" where a note or a chat means Thursday ("på tor", "tor kl 15", "ons o tor"), not
    Tor, a man."""
    return _THURSDAY_AFTER.match(text, end) is not None \
        or _THURSDAY_BEFORE.search(text, max(0, start - 20), start) is not None


def idiom(text: str, start: int, end: int) -> bool:
    """A word repeated across a preposition, as idioms do: "Dag för dag", "Steg för steg",
    "Dag ut och dag in", "Vecka efter vecka", "Sten på sten" (either of the two words)."""
    word = text[start:end]
    if word.lower() == "nada":
        return _nothing(text, start, end)
    m = _REPEATED.match(text, end)
    if m is not None and _said_again(m, word, m.group("w")):
        return True
    if not text.endswith(_PREPOSITION_BEFORE, 0, start):
        return False  # (a cheap test first: most words follow no such preposition)
    m = _REPEATED_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and _said_again(m, m.group("w"), word)


def _nothing(text: str, start: int, end: int) -> bool:
    """"nada" as in nothing: "fattar nada", "fick nada", "nada chans", "Nada. Ingenting.";
    not Nada, a girl ("tack nada", "nada sa")."""
    return _NOTHING_BEFORE.search(text, max(0, start - 12), start) is not None \
        or _NOTHING_AFTER.match(text, end) is not None


_NOTHING_BEFORE = re.compile(r"(?<![\w])(?i:fattar|fattade|fick|får|fått|vet|visste|vetat|blev|"
                             r"blir|gör|gjorde|typ|hör|hörde|=)[ \t]+[\"”]?$")
_NOTHING_AFTER = re.compile(r"[ \t]+(?:chans|information|info|budget|vila|av|tillbaka|hände|"
                            r"har hänt|som i)\b|[.!,]*[ \t]+(?i:ingenting|inget|noll)\b")


def _said_again(m: re.Match, first: str, second: str) -> bool:
    """The same word, in lower case the second time ("Dag för dag"), or a heading's capitals
    throughout ("Dag För Dag"); not "Lund till Lund", a man moving to the town, nor "en saga
    för Saga"."""
    return first.lower() == second.lower() and (second.islower()
                                                or m.group("prep")[:1].isupper())


_REPEATED = re.compile(rf" (?P<prep>för|efter|till|på|ut och|in och|För|Efter|Till|På) "
                       rf"(?P<w>[{L}]+)")
_PREPOSITION_BEFORE = (" för ", " efter ", " till ", " på ", " ut och ", " in och ", " För ",
                       " Efter ", " Till ", " På ")
_REPEATED_BEFORE = re.compile(rf"(?<![{L}])(?P<w>[{L}]+) (?P<prep>för|efter|till|på|ut och|"
                              rf"in och|För|Efter|Till|På) $")


def month_in_a_list(text: str, start: int, end: int) -> bool:
    """A month beside another: "Maj, juni, allt var stängt", "Maj och juni förra året"."""
    if text[start:end].lower() not in MONTHS:
        return False
    m = _MONTH_NEXT.match(text, end)
    return m is not None and m.group(1) in MONTHS  # (not "Maj, Maj Lindqvist")


_MONTH_NEXT = re.compile(rf"(?:, | och | till |–|-)([{L}]+)")


def celebrated(text: str, start: int) -> bool:
    """What one celebrates is a feast: "när vi firade Newroz", "firar inte Meskel", "firandet
    av newroz"; a feast's name at a time of the year ("inför Newroz", "vid Newroz förra
    året", "på Newroz i mars", "Newroz, 21 mars"), celebrated ("Newroz firas 21 mars"), as
    its party ("Newroz-festen", "Newrozfirandet") or among feasts ("Eid, Newroz, Midsommar")."""
    before = context.words_before(text, start, 2)
    if before and (before[0] in _CELEBRATE or len(before) == 2 and before[1] in (
            _CELEBRATE | _CELEBRATION) and before[0] in _SUBJECTS | _ADVERBS | {"av"}):
        return True
    word = context.WORD.match(text, start)
    if word is None:
        return False
    low = word.group(0).lower()
    feast = next((h for h in FEASTS if low.startswith(h)), None)
    if feast is None:
        return False
    hyphened = _HYPHENED.match(text, word.end())
    if low != feast or hyphened is not None:  # "Newroz-festen", "newrozfirandet"
        return (low[len(feast):].lstrip("-")
                or (hyphened.group(1).lower() if hyphened else "")) in _PARTY
    if low not in context.HOLIDAYS:
        return False
    if before and before[0] in _BEFORE_A_TIME or _ITS_MONTH.match(text, word.end()) \
            or context.word_after(text, word.end()) in _CELEBRATE:
        return True
    among = _AMONG_FEASTS.match(text, word.end())
    nxt = context.WORD.match(text, among.end()) if among is not None else None
    return nxt is not None and nxt.group(0).lower() in context.HOLIDAYS \
        or text[max(0, start - 2):start] == ", " \
        and context.word_before(text, start - 1) in context.HOLIDAYS


_BEFORE_A_TIME = frozenset("inför under efter före innan sedan sen vid nära".split())
FEASTS = tuple(sorted((h for h in context.HOLIDAYS if " " not in h), key=len, reverse=True))
_PARTY = frozenset("""fest festen fester firande firandet kväll kvällen dag dagen
eld elden""".split())
_AMONG_FEASTS = re.compile(r"(?:,| och| eller) ")
_HYPHENED = re.compile(rf"-([{L}]+)")
_CELEBRATION = frozenset("firandet firande firandena".split())
_ADVERBS = frozenset("inte också alltid ju aldrig även".split())
# the month after a feast's name: "Newroz i mars", "Newroz, 21 mars", "Newroz (20/3)"
_ITS_MONTH = re.compile(rf",? (?:i|den)? ?(?:\d{{1,2}}(?::e)? )?(?:{'|'.join(MONTHS)})\b"
                        r"|,? \(?\d{1,2}/\d{1,2}")


_CELEBRATE = frozenset("fira firar firade firat firas firades".split())
_SUBJECTS = frozenset("vi de dom ni man jag hon han alla".split())


def opens_a_list_of_words(text: str, start: int, end: int) -> bool:
    """A word that opens a sentence before two lower-case words set off by commas, or before
    where one lives: "Bo, skola, jobb.", "Klara, färdiga, gå!", "Bo här, jobba", "Bo kvar,
    arbeta" (a person set off takes a verb or an apposition: "Dag, kan du", "Alla, grannen,
    hjälpte")."""
    if start > 0 and _SENTENCE_BEFORE.search(text, max(0, start - 3), start) is None:
        return False  # opening a sentence
    word = text[start:end].lower()
    m = _WORDS_SET_OFF.match(text, end)
    if m is not None:
        first, last = m.group(1), m.group(2)
        return lexicon.is_word(word) and not is_number_word(first) \
            and first not in context.KIN_AND_TITLES and last not in context.VERBS \
            and not (len(last) >= 4 and last.endswith(("de", "te")))  # (not "Emir, femton,
        # nian.", "Tom, läraren, ringde.": who spoke, and how old or who)
    return word == "bo" and _WHERE_ONE_LIVES.match(text, end) is not None \
        and _HE_OR_SHE_AFTER.match(text, end) is None  # (not "Bo där, han är snäll")


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:]|\n)[ \t]*$")
# two words set off, then the sentence's end ("Dilan, samordnare, jag har" is no list)
_WORDS_SET_OFF = re.compile(rf", ([{LOW}]+), ([{LOW}]+)[.!]")
_WHERE_ONE_LIVES = re.compile(r" (?:här|där|kvar|hemma|trångt|nära|ihop)(?![\w])")
_HE_OR_SHE_AFTER = re.compile(r" \w+, (?:han|hon|hen)\b")


# greetings of other languages that are first names too ("Selam", "Salam")
FOREIGN_GREETINGS = frozenset("selam salam salaam salaan merhaba shalom hola privet".split())


def greeted(text: str, start: int, end: int) -> bool:
    """A greeting of another language said as one: quoted ('säger "selam"'), after a verb of
    saying ("sa bara selam"; not "säger att selam sa"), or before "!", "alla" or "aleyküm"
    ("selam alla, är kuben öppet"); not the girl named so ("selam tydlig om mandatfrågan")."""
    word = text[start:end].lower()
    if word not in FOREIGN_GREETINGS or context.word_before(text, start) in _TO_SOMEONE:
        return False  # "hej selam!", "välkommen selam!": the girl greeted
    after = text[end:end + len(word) + 2].lower().lstrip(" ,")
    before = text[max(0, start - len(word) - 2):start].lower().rstrip(" ,")
    if _GREETING_TO.match(text, end) or after.startswith(word) or before.endswith(word):
        return True  # "selam millet", "selam 👋", "selam, selam!": said to all, or twice
    said = _SAYING & set(context.words_before(text, start, 2)) \
        and context.word_before(text, start) not in ("att", "om", "när")
    return text[start - 1:start] in _QUOTES or said \
        or _GREETING_AFTER.match(text, end) is not None and text[start - 1:start] != "("


_TO_SOMEONE = frozenset("hej hejsan hallå tack välkommen t till grattis".split())
_GREETING_TO = re.compile(r" (?:millet|kanka|kardeşim|habibi|habibti|bro|bror|guys|allihop|"
                          r"allihopa|alla)\b| ?[👋✌🙋🙏🤝]")
_QUOTES = frozenset("\"”“'’")
_SAYING = frozenset("säger sa sade säga hälsar hälsade skriver skrev".split())
_GREETING_AFTER = re.compile(r"!| alla\b| aleyk|[\"”“]", re.IGNORECASE)


def at_a_workplace(text: str, start: int, end: int, found: list[Suggestion]) -> bool:
    """A person where they work: before "på" and a school or workplace found there, or a
    service the notes name by its noun ("bo på arbetsmarknadsenheten", "maj på biblioteket",
    "saga på Ankaret"); not a word's use ("varje dag på biblioteket", "vill bo på Ankaret",
    "sten på sten", "i maj på biblioteket", "var ute på Fyren")."""
    m = _AT.match(text, end)
    word = text[start:end].lower()
    if m is None or m.group("what").lower() == word \
            or not names.is_listed_person(word.capitalize(), ("first",), word_like_too=True) \
            or frequency.zipf_sv(word) >= 6.0:
        return False  # (not "jobbar natt på", "ungdomar på", "vara på")
    before = context.words_before(text, start, 2)  # (the nearest first)
    if before[:1] and before[0] in _NO_ONE_AT_WORK \
            and not (before[0] in ("var", "är") and before[1:] == ("det",)):
        return False  # (but "nej det var maj på biblioteket": a cleft)
    return m.group("what").lower() in _SERVICES or any(
        s.start == m.start("what") and s.type in (SCHOOL, WORKPLACE) for s in found)


_AT = re.compile(rf" på (?P<what>[{L}][{L}.\-]*[{L}])")
_SERVICES = frozenset("""biblioteket fritids fritidsgården familjecentralen fam.centralen famc
socialtjänsten soc arbetsmarknadsenheten ame förvaltningen mottagningen vårdcentralen bvc
elevhälsan ifo""".split())
# (a determiner, a verb's marker or a preposition before the word: the ordinary word)
_NO_ONE_AT_WORK = frozenset("""en ett den det denna detta varje någon något samma hela första
sista nästa varannan vilken vilket i att ska vill kan får fick måste skulle kunde borde bör
brukar behöver kommer ville inte var varit är vara blev bli längre kortare""".split()) \
    | set(MONTHS)


# someone fetched, brought or met, and when or where: "kan du ta storm idag", "tar ask till
# fritids", "hämta bo efter lunch" (a word after these verbs takes an article or a noun)
_FETCHING = frozenset("ta tar tog hämta hämtar hämtade lämna lämnar lämnade skjutsa skjutsar "
                      "skjutsade möta möter mötte".split())
_WHEN_OR_WHERE = re.compile(r" (?:idag|imorgon|i dag|i morgon|efter (?:lunch|skolan|maten)|"
                            r"till (?:fritids|skolan|mamma|pappa|bussen)|hem|kl\.?)\b")


def picked_up(text: str, start: int, end: int) -> bool:
    """A word-like name in lower case that someone fetches, brings or meets, then when or
    where: "kan du ta storm idag" (where Storm is a child)."""
    return context.word_before(text, start) in _FETCHING \
        and _WHEN_OR_WHERE.match(text, end) is not None


# a predicate only one person is: kin or a role in the singular, bare or after a possessive,
# where the plural differs ("Alla är mamman?", "Kuba är lillebror", "Alla är min granne"; not
# "Alla är mina grannar", everyone)
_ONE_PERSON_PREDICATE = re.compile(
    rf" (?:är|var|blev) (?:ju |alltså )?(?:(?:min|hans|hennes|din|deras|vår|[{UP}][{LOW}]+s) )?"
    r"(?:mamma|mamman|pappa|pappan|mormor|farmor|moster|faster|fru|syster|systern|bror|brodern|"
    r"lillebror|lillasyster|storebror|storasyster|son|sonen|dotter|dottern|kusin|granne|grannen|"
    r"chef|chefen|kompis|väninna|mentor|mentorn|rektorn|kuratorn|tolken|samordnaren|"
    r"brobyggaren|studiehandledaren|läraren)(?![\w])")


def one_person_predicate(text: str, end: int) -> bool:
    """After the word, a predicate that only one person can be: the word is a name (a
    pronoun of many or a country would not be someone's brother)."""
    return _ONE_PERSON_PREDICATE.match(text, end) is not None
