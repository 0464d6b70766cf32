"""What the words around a capitalised word say about it.

Swedish grammar decides most cases that a list cannot: an article or a possessive before a
word makes it a noun ("en vilja", "hela hans liv"); a finite verb after it makes it the subject,
and a bare singular subject is a name ("Liv är nio år", "Vilja gick till kuratorn"); a verb of
saying after it makes it a person ("Karin Holmgren berättar"); what makes X a place ("i X",
"bor i X") is ``places``'s. Closed classes that Swedish writes in lower case but careless
transcribers capitalise (languages, nationalities, months, weekdays, holidays) identify no one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import frequency, lexicon, names
from .ages import is_number_word
from .calendar_words import MONTHS, WEEKDAYS
from .letters import LOW, UP, L
from .typing_rules import STRONG_SURNAME_ENDINGS, SURNAME_ENDINGS

WORD = re.compile(rf"[{L}][{L}\-:'’]*")

# particles inside names of many languages: "Maria von Trapp", "Abd el Aziz", "da Silva"
NAME_PARTICLES = frozenset("von van af zu da di du del della dos das bin bint ibn abu umm el al "
                           "ter ten mac".split())

ARTICLES = frozenset("""
en ett den det de dom min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era
hans hennes deras dess denna detta dessa varje någon något några ingen inget inga hela samma
stor stora liten lilla ny nya god goda bra mer mycket lite all allt alla sådan sådant sådana
vilken vilket vilka annan annat andra egen eget egna första sista nästa
""".split())

# Finite verbs that follow a subject: after a bare capitalised word they make it a name.
VERBS = frozenset("""
är var har hade gick går sa säger sade tycker tyckte kom kommer ringde ringer berättade
berättar fick får ville vill kan kunde ska skulle bor bodde gillar gillade mår mådde brukar
brukade blev blir började börjar slutade hämtade hämtar träffade träffar hjälpte hjälper
frågade frågar svarade svarar menar menade förklarade förklarar beskriver beskrev tog tar
gjorde gör behöver behövde verkar verkade jobbar jobbade arbetar arbetade pratade pratar
kände känner vet visste heter hette sitter satt står stod skrattade grät fyller fyllde
älskar älskade hatar minns glömde glömmer läser läste spelar spelade tränar tränade ritar
ritade skämtar skämtade rättar rättade mejlar mejlade jublar jublade skickar skickade
föreslår föreslog nämner nämnde lovar lovade fixar fixade bokar bokade undrar undrade kollar
kollade påminner påminde ordnar ordnade åker åkte sover sov leker lekte springer sprang
skriker skrek sjunger sjöng dansar dansade cyklar cyklade bråkar bråkade bestämde bestämmer
väljer valde visar visade kör körde skriver skrev presenterar presenterade skjutsar
skjutsade tittar tittade väntar väntade lyssnar lyssnade stannar stannade flyttar flyttade
flydde tänker tänkte förstår förstod lämnar lämnade dog föddes lever levde äter somnar
somnade vaknar vaknade meddelar meddelade håller höll fortsätter fortsatte slutar ser såg
kopplar kopplade transkriberar transkriberade exporterar exporterade lagar lagade driver
drev öppnar öppnade stänger stängde tipsar tipsade erbjuder erbjöd ansvarar ansvarade hittar
hittade ler log kramar kramade
kmr""".split())  # ("kmr": kommer, as chats write it)

# Verbs of saying and thinking: "X berättar" is a person, whatever X looks like.
SPEECH_VERBS = frozenset("""
berättar berättade säger sa sade tycker tyckte menar menade förklarar förklarade beskriver
beskrev påpekar påpekade framhåller framhöll betonar betonade svarar svarade frågar frågade
uttrycker uttryckte konstaterar konstaterade understryker underströk anser ansåg tror trodde
""".split())

# the words that close a letter before the writer's name: "Mvh Tomasz", "Kram/Mirre"
SIGN_OFFS = frozenset("mvh vh kram kramar hälsningar hälsning vänligen bästa".split())

# Greetings and thanks before a name ("Tack Goran", "Hej Bilal"); some are also surnames
GREETINGS = frozenset("""tack hej hejsan tjena tja hallå grattis välkommen välkomna kära käre
snälla förlåt ursäkta god goddag adjö hejdå""".split())


def greeting(text: str, start: int, word: str) -> bool:
    """"Tack" in "Tack Goran": a greeting before a name, not a surname ("Maria Tack" is)."""
    return word.lower() in GREETINGS and not after_first_name(text, start)

MONTHS_AND_DAYS = frozenset(MONTHS + WEEKDAYS + tuple(day + "en" for day in WEEKDAYS))
HOLIDAYS = frozenset("""jul julen julafton påsk påsken påskafton midsommar midsommarafton
nyår nyårsafton valborg lucia advent halloween ramadan eid bajram kurban diwali hanukka
nowruz newroz nouruz nawruz norouz nevruz pingst allhelgona trettondagen sportlov höstlov
jullov påsklov sommarlov
timkat meskel enkutatash genna tết songkran vesak herdelezi vasilica fiestas patrias hanukkah
purim
""".split())
_LANGUAGE_ENDINGS = ("ska", "ier", "ierna", "iskt", "isk", "iskan")
# Languages whose Swedish names do not end in -ska
LANGUAGES = frozenset("""tigrinja dari thai pashto urdu farsi hindi swahili meänkieli romani
romska amhariska oromo bengali punjabi tamil nepali lingala wolof hausa yoruba kurmanji sorani
badinani zazaki romsk""".split())


def word_before(text: str, start: int) -> str:
    """The word just before ``start`` on the same line (lower case), or ''."""
    before = _words_before(text, start, 1, False)  # (the cache directly: a hot path)
    return before[0] if before else ""


def word_after(text: str, end: int) -> str:
    """The word just after ``end`` on the same line (lower case), or ''."""
    i = end
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    m = WORD.match(text, i)
    return m.group(0).lower() if m else ""


def words_before(text: str, start: int, n: int = 2, keep_case: bool = False
                 ) -> tuple[str, ...]:
    """Up to ``n`` words before ``start`` on the same line, nearest first (lower case unless
    ``keep_case``). A word is a run of letters, hyphens, colons and apostrophes."""
    return _words_before(text, start, n, keep_case)


@lru_cache(maxsize=65_536)
def _words_before(text: str, start: int, n: int, keep_case: bool) -> tuple[str, ...]:
    # the rules ask about the same positions many times over (a text's hash is computed once)
    out = []
    rev = _reversed(text)
    pos = len(text) - start
    for _ in range(n):
        m = _WORD_BACKWARDS.match(rev, pos)
        if m is None:
            break
        word = m.group(1)[::-1]
        out.append(word if keep_case else word.lower())
        pos = m.end()
    return tuple(out)


# a word read backwards (from the reversed text), after the blanks before it
_WORD_BACKWARDS = re.compile("[ \t\u00a0]*((?:[^\\W\\d_]|[-:'’])+)")


@lru_cache(maxsize=4)
def _reversed(text: str) -> str:
    """The text reversed, kept for the many look-backs of one detection."""
    return text[::-1]


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def closed_class(word: str) -> bool:
    """A language, nationality, month, weekday or holiday (Swedish writes them in lower case;
    a capital is a transcriber's habit, not a name)."""
    low = word.lower()
    if low in MONTHS_AND_DAYS or low in HOLIDAYS or low in LANGUAGES:
        return True
    return low.endswith(_LANGUAGE_ENDINGS) and lexicon.is_word(low)


def noun_context(text: str, start: int) -> bool:
    """An article, possessive or quantifier (in lower case) just before: the word is used as
    a noun ("en Vilja"; "Inga Berg" is a name)."""
    before = words_before(text, start, 1, keep_case=True)
    return bool(before) and before[0] in ARTICLES


ADJECTIVE_ENDINGS = ("ande", "ende", "erade", "erad", "erat", "iga", "igt", "iska", "iskt",
                     "isk", "ade", "lig", "liga", "ligt", "bar", "bara", "sam", "samma")


def after_name(text: str, start: int) -> bool:
    """A capitalised word just before, on the same line and with only a space between: the
    second part of a name ("Anna Ekbacka", "Café Solrosen")."""
    if start < 2 or text[start - 1] != " ":
        return False
    before = words_before(text, start, 1, keep_case=True)
    if not before or not before[0][:1].isupper():
        return False
    word = before[0]
    # "Sveriges Kommuner", "Närvarofrämjande Arbete": a generic name or an ordinary word
    # (an adjective, a participle, a compound) before is no name
    return not (lexicon.is_word(word) or lexicon.is_generic(word)
                or lexicon.is_compound_word(word) or lexicon.has_word_ending(word)
                or word.lower().endswith(ADJECTIVE_ENDINGS))


def after_first_name(text: str, start: int) -> bool:
    """A listed first name just before ("Donald Trump", "Anna Grip"): a surname follows,
    even one that is also a word."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False  # (not after a label: "Per-Olof: Tack så mycket")
    before = words_before(text, start, 2, keep_case=True)
    particle = len(before) == 2 and before[0] in NAME_PARTICLES
    if particle:
        before = before[1:]  # "Maria von Trapp", "Till von Essen"
    if not before or not before[0][:1].isupper() or before[0].isupper() \
            or lexicon.is_generic(before[0]) or (names.is_function_word(before[0])
                                                 and not names.is_swedish_person_name(before[0])
                                                 and not particle):
        return False  # not after "ICA" or "BUP", nor "Till" in "Till Kommunstyrelsen"
    for part in before[0].split("-")[::-1]:  # "Mats-Olov Grip"
        hit = names.lookup(part)
        if hit is not None and hit.kind == "first" and not hit.suffix:
            return True
    return False


# what someone is called: "jag heter Alla", "hon kallas Som"
NAMING_VERBS = frozenset("heter hette kallas kallades kallad kallade döpt döptes".split())
# "kallar mig Lärkan", "de kallade honom Stormen", "i skolan kallade dom mig Tivoli": what
# someone is called
_CALLED = re.compile(r"(?:(?:kallar|kallade|kallat|döpte|döpt)\s+"
                     r"(?:(?:de|dom|alla|folk|man|vi|ni|han|hon|hen|jag|du)\s+)?"
                     r"(?:mig|dig|honom|henne|hen|oss|dem|dom|sig)"
                     r"|(?:mig|dig|honom|henne|hen|oss|dem|dom)\s+(?:kallar|kallade)\s+"
                     r"(?:de|dom|alla|folk|man|vi|ni|han|hon|hen|barnen|eleverna|ungarna)"
                     r")\s+(?:för\s+)?[\"”“'»]?$", re.IGNORECASE)  # ('mig kallar barnen "Stormen"')
_A_PERSON_CALLED = re.compile(rf"(?<![{L}])([{UP}][{L}\-]+) kallas (?:för )?[\"”“']$")
# "alla säger Kuba", "vi säger Bero": what everyone calls someone (not "vi säger Hej")
_SAID_BY_ALL = re.compile(r"(?<![\w])(?:alla|vi|dom|de|man|folk|(?:mina|hans|hennes|våra|deras) "
                          r"(?:kompisar|vänner|syskon|klasskompisar)) säger $", re.IGNORECASE)
# ("mina kompisar säger Dasha")


_KIN_AFTER = re.compile(r",\s+(?:hennes|hans|hens|deras|min|mitt|din|ditt|vår|er|sin)\s+"
                        r"(?:(?:lilla|lille|stora|store|äldsta|äldste|yngsta|yngste)\s+)?"
                        r"(\w+)", re.IGNORECASE)  # "Tan, hennes lilla pojke"


def kin_after(text: str, end: int) -> bool:
    """A possessed kin word or title set off after the word: "Golf, hennes bror", "Som,
    min kollega": the word names that person."""
    m = _KIN_AFTER.match(text, end, end + 40)
    return m is not None and (m.group(1).lower() in KIN_AND_TITLES
                              or m.group(1).lower() in CHILD_WORDS)


CHILD_WORDS = frozenset("pojke flicka tjej kille unge grabb pojken flickan".split())


def named_as(text: str, start: int) -> bool:
    """A verb of naming just before: the capitalised word after it is a name."""
    if _CALLED.search(text, max(0, start - 30), start) is not None:
        return True
    by_name = _A_PERSON_CALLED.search(text, max(0, start - 40), start)
    if by_name is not None and names.is_listed_person(by_name.group(1), ("first",),
                                                      word_like_too=True):
        return True  # 'Tuula kallas "Tuttan" av ettorna': her by-name
    if _SAID_BY_ALL.search(text, max(0, start - 30), start) is None:
        return False
    word = WORD.match(text, start)
    low = word.group(0).lower() if word else ""
    return bool(low) and low not in lexicon.SPOKEN and frequency.zipf_sv(low) < 4.5


def before_listed_name(text: str, end: int) -> bool:
    """A listed first name or surname (capitalised) just after: the word before it is a
    title or an adjective ("Herr Nilsson", "Lilla Anna")."""
    if end >= len(text) or text[end] != " ":
        return False
    m = WORD.match(text, end + 1)
    if not m or not m.group(0)[:1].isupper():
        return False
    hit = names.lookup(m.group(0))
    return hit is not None and hit.kind in ("first", "surname") and not hit.stop


def before_unknown_word(text: str, end: int) -> bool:
    """A capitalised word no lexicon, corpus or compound knows just after ("Meseret
    Alemu"): two such words side by side are a name."""
    if end >= len(text) or text[end] != " ":
        return False
    m = WORD.match(text, end + 1)
    if not m or not m.group(0)[:1].isupper() or m.group(0).isupper():
        return False
    nxt = m.group(0).rstrip(".,:;")
    head = nxt.split("-", 1)[0]
    if "-" in nxt and len(head) > 1 and head.isupper():
        return False  # "Gruppintervju HTL-team skola": an acronym's compound, no surname
    return len(nxt) > 2 and not lexicon.is_word(nxt) and not lexicon.is_compound_word(nxt) \
        and frequency.zipf_sv(nxt) == 0 and frequency.zipf_en(nxt) < 2.0


_SURNAME_INITIAL = re.compile(rf" [{UP}]\.(?=[\s,;:)]|$)")


def surname_initial_after(text: str, end: int) -> bool:
    """A surname's initial just after ("Taras B., åk 3"): the word before is a first name."""
    return _SURNAME_INITIAL.match(text, end) is not None


def before_surname(text: str, end: int) -> bool:
    """A capitalised word with a surname's ending just after ("Biret Kuhmunen", "Ploy
    Virtanen"), or a surname's initial ("Taras B., åk 3"): the word before it is a first name,
    whatever else it may mean."""
    if end >= len(text) or text[end] != " ":
        return False
    if surname_initial_after(text, end):
        return True
    m = WORD.match(text, end + 1)
    if not m or not m.group(0)[:1].isupper():
        return False
    nxt = m.group(0).rstrip(".,:;")
    low = nxt.lower()
    hit = names.lookup(nxt)
    return (hit is not None and hit.kind == "surname" and not hit.stop) or (
        low.endswith(STRONG_SURNAME_ENDINGS)
        or low.endswith(SURNAME_ENDINGS) and not lexicon.is_word(low) and len(low) > 5)


_LIST_BEFORE = re.compile(rf"([{UP}][{L}\-]*)(?:, | och | & | eller )$")
_LIST_AFTER = re.compile(rf"(?:, | och | & | eller )([{UP}][{L}\-]*)(?! [{UP}])")  # not "X, Ivana
# Marić" (a person set beside X)


def in_list_of_names(text: str, start: int, end: int) -> bool:
    """A word in a list beside a listed first name ("Ebbe, Otto, Sigge, Bris", "Frid och
    Vide", "River, Sky, Hope"): a name too."""
    for m in (_LIST_BEFORE.search(text, max(0, start - 30), start),
              _LIST_AFTER.match(text, end)):
        if m is None:
            continue
        hit = names.lookup(m.group(1))
        if hit is not None and hit.kind == "first" and (
                not hit.stop or names.is_swedish_person_name(hit.base)):
            return True
    return False


# words for kin and titles that stand before a first name: "kusin Taras", "fröken Sol"
# verbs that open a request before a name: "Ring Dilan", "Fråga Anna", "Hälsa Samir"
IMPERATIVES = frozenset("""ring fråga hälsa skriv säg mejla sms:a messa tacka kolla hämta ta
stryk lägg glöm""".split())
KIN = frozenset("""mamma pappa bror syster mormor morfar farmor farfar moster faster morbror
farbror mami papi mamá papá mamita""".split())
KIN_AND_TITLES = KIN | frozenset("""kusin kusinen storasyster lillasyster storebror lillebror
halvsyster halvbror brodern brorsan systern syrran mor far son sonen
dotter dottern fru frun sambo kompis kompisen granne grannen kollega kollegan fröken magister
rektor kurator tränaren tränare imam pastor präst diakon abla amca dayı teta baba hooyo aabo
walaal nena baka deda dedo
abba abo eeddo habo xaal abti ayeeyo awoowe dajë teyze khala khaleh ammo mummu babcia
dziadek ciocia wujek dotterson sonson dotterdotter sondotter barnbarn brorson systerson
brorsdotter systerdotter svärson svärdotter svärmor svärfar maken frun hustrun bonusson
bonusdotter styvson styvdotter fosterson fosterdotter tant babusia babusja babusjka""".split())
# (kin and titles in the families' languages too)


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def brand_like(word: str) -> bool:
    """A product or brand written with an inner capital ("SchoolSoft", "WhatsApp",
    "TikTok"), not a name with a particle ("McDonald", "DeLeon", "MacKenzie")."""
    m = _INNER_CAPITAL.search(word)
    if m is None:
        return False
    core = word.split("-")[0].split("'")[0].split("’")[0]
    if core.startswith(("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'")):
        return False
    return m.end() <= len(core)


_INNER_CAPITAL = re.compile(rf"[{LOW}][{UP}]")


_CAMEL_PART = re.compile(rf"[{UP}][^{UP}\d_]*")


def camel_parts(word: str) -> list[str]:
    """The capitalised parts of a word written in camel case: "FilmonFlash" → ["Filmon",
    "Flash"], "AmirTheGoat" → ["Amir", "The", "Goat"]."""
    return _CAMEL_PART.findall(word)


def name_handle(word: str, found: dict[str, str] | None = None) -> bool:
    """A user name in camel case built on a person's name ("FilmonFlash", "JonatanMoose",
    "AmirTheGoat"), not a brand ("WhatsApp", "SchoolSoft", "PowerPoint"): a part is a listed
    first name or surname, or a name found in the text (``found``; "KivikangasKing" too)."""
    if not brand_like(word):
        return False
    for part in camel_parts(word):
        if len(part) < 3:
            continue
        if names.is_listed_person(part) or (found is not None and part in found):
            return True
    return False


# "familjen Grönfors", "en romsk familj, Grönfors,": a family, then its surname
_FAMILY_BEFORE = re.compile(r"(?:^|\s)(?:[Ff]amiljen|[Ff]amilj,|[Ff]am\.)\s$")  # (and "fam. Jama")


def family_named(text: str, start: int) -> bool:
    """The word at ``start`` names the family just mentioned ("vi har familjen Grönfors"):
    a surname, even one made of words ("grön" + "fors")."""
    return _FAMILY_BEFORE.search(text, max(0, start - 12), start) is not None


# "min mentor, Stål.", "hennes lärare, Gift, ...": a person's role, then the person
_ROLE_APPOSITION = re.compile(
    r"(?:^|[\s(])(?:min|mitt|mina|din|ditt|hans|hennes|hens|deras|vår|våra|er|sin|sitt|"
    r"\w{2,}s)\s+([a-zåäö]+),\s$", re.IGNORECASE)  # also "Linas man, Firas"
ROLE_NOUNS = frozenset("""mentor mentorn lärare läraren kurator kuratorn rektor rektorn tränare
tränaren handledare handledaren kontaktperson kontaktpersonen coach coachen chef chefen
socialsekreterare handläggare handläggaren brobyggare brobyggaren tolk tolken
fritidsledare fritidsledaren assistent assistenten elevassistent specialpedagog
skolsköterska psykolog psykologen kompis kompisen granne grannen kollega kollegan bästis
klasskompis sambo pojkvän flickvän vän man make fru maka skolsköterskan specialpedagogen
samordnaren socialsekreteraren studiehandledaren modersmålsläraren vaktmästare vaktmästaren
strateg strategen präst prästen pastor pastorn imam imamen bovärd bovärden""".split())


def after_a_role(text: str, start: int) -> bool:
    """A role in the definite form and a comma just before: "skolsköterskan, Aga", "ibland
    kommer kuratorn, Inga": the role's holder."""
    if text[start - 2:start] != ", ":
        return False
    before = words_before(text, start - 2, 1)
    return bool(before) and before[0] in ROLE_NOUNS and before[0].endswith(("n", "en", "an"))


def role_apposition(text: str, start: int) -> bool:
    """A possessed role or kin word and a comma just before: "min mentor, Stål"."""
    m = _ROLE_APPOSITION.search(text, max(0, start - 40), start)
    if m is not None and m.end() == start and (
            m.group(1).lower() in ROLE_NOUNS or m.group(1).lower() in KIN_AND_TITLES):
        return True
    m = _CHILD_APPOSITION.search(text, max(0, start - 50), start)
    return m is not None and m.end() == start  # "en pojke i sexan, Gift, ..."


# "en pojke i sexan, Gift", "en tjej på fritids, Vilja": a child, then the child's name
_CHILD_APPOSITION = re.compile(
    r"(?:^|[\s(])(?:en|ett|vår|min|hennes|hans|deras)\s+(?:pojke|flicka|kille|tjej|elev|unge|"
    r"son|dotter|bror|syster|kusin|granne|kompis)(?:\s+(?:i|på|från)\s+[\w]+)?,\s$",
    re.IGNORECASE)


# verbs that attribute a quote in reports and reported speech: "..., säger Zäta."
ATTRIBUTION_VERBS = frozenset("""säger sa sade berättar berättade skriver skrev förklarar
förklarade konstaterar konstaterade fortsätter fortsatte avslutar avslutade svarar svarade
frågar frågade menar menade påpekar påpekade""".split())


def after_speech_verb(text: str, start: int) -> bool:
    """A verb of saying just before ("säger Zäta", "frågade Landeskog"): who says it."""
    return word_before(text, start) in ATTRIBUTION_VERBS


def subject_context(text: str, end: int, start: int | None = None) -> bool:
    """A finite verb just after: the subject of a clause ("saga rättar:" in notes); given its
    ``start``, not a preposition's noun ("i dag ser jag", "i magen är", "på kajen är")."""
    return word_after(text, end).rstrip(":") in VERBS and (
        start is None or word_before(text, start) not in ("i", "på", "under", "efter", "före"))


def inverted_subject(text: str, start: int, end: int) -> bool:
    """The subject's place between a finite verb (or a conjunction) and a sentence adverb or
    a supine, or between a modal verb and an infinitive: "nu sitter stig inte här", "det har
    dag tagit fram", "när bo inte är där", "kan sten ta ett snack?". A noun there would have
    its article; an object stands after the adverb ("har inte sol")."""
    word = text[start:end].lower()
    if word in _SENTENCE_ADVERBS or word == "int" or is_number_word(word):
        return False  # "har int varit" (spoken "inte"), "har elva fått"
    before = word_before(text, start)
    after = word_after(text, end)
    if before in _MODALS and after in _INFINITIVES and word not in _VERBS_THAT_ARE_NAMES:
        return True  # "kan sten ta ett snack?", "ska dag ringa henne" (not "skulle vilja
        # säga": a verb chain)
    if before not in _BEFORE_AN_INVERTED_SUBJECT and (
            before not in VERBS or before in _COPULAS):
        return False
    return after in _SENTENCE_ADVERBS or after in _SUPINES and before not in _COPULAS


# (a bare noun after these is a predicate or what there is: "det var dag igen")
_COPULAS = frozenset("är var blir blev heter hette verkar verkade".split())
_BEFORE_AN_INVERTED_SUBJECT = frozenset("när eftersom medan innan tills fast".split())
_SENTENCE_ADVERBS = frozenset("inte ju nog aldrig alltid redan faktiskt tydligen".split())
# (not "fortfarande", "också": they follow an object too, "kör bil fortfarande")
_SUPINES = frozenset("""tagit gjort sagt varit fått haft kommit gått ringt skrivit pratat fixat
ordnat hjälpt frågat träffat börjat slutat berättat skickat kollat sett hört drivit jobbat
hittat hämtat bokat lovat tänkt förstått bestämt glömt lärt visat flyttat stannat""".split())


_MODALS = frozenset("kan ska får måste vill bör skulle kunde borde fick".split())
_VERBS_THAT_ARE_NAMES = frozenset("vilja bo klara orka hinna våga bli leva kunna".split())
_INFINITIVES = frozenset("""ta göra säga vara ha komma gå ringa skriva prata fixa ordna hjälpa
fråga träffa börja sluta berätta skicka kolla se höra hitta hämta boka lova tänka förstå
bestämma lära visa flytta stanna svara läsa ge hålla följa köra kontakta mejla""".split())


# verbs whose object is a person: "träffade Lan", "ringde Sol", "frågade Vide"
_PERSON_OBJECT_VERBS = frozenset("""träffade träffar träffat ringde ringer ringt frågade frågar
frågat hämtade hämtar hämtat hjälpte hjälper hjälpt mötte möter besökte besöker kramade
kramar tröstade tröstar väckte väcker skjutsade skjutsar uppfostrade saknar saknade
träffa ringa fråga hämta hjälpa möta besöka krama trösta skjutsa sakna""".split())


def person_object(text: str, start: int) -> bool:
    """A verb whose object is a person just before: "Vi träffade Lan igår", "jag ringde
    till Hope", "hon sa till Bright"."""
    before = words_before(text, start, 2)  # nearest first
    if before and before[0] == "till":
        return len(before) == 2 and before[1] in _ADDRESSING_VERBS
    return word_before(text, start) in _PERSON_OBJECT_VERBS


# verbs that address someone "till" a person: "ringde till Hope", "sa till Amen"
_ADDRESSING_VERBS = frozenset("""ringde ringer ringt ringa sa sade säger sagt säga skrev skriver
skrivit smsade smsar messade messar mejlade mejlar viskade viskar ropade ropar""".split())


def dislocated_subject(text: str, end: int) -> bool:
    """"Vilja, hon är sju": a word set before a sentence and taken up by a pronoun."""
    return bool(re.match(r", (?:han|hon|hen) ", text[end:end + 6]))


_GRADE = re.compile(r",? (?:som går |går )?i (?:ettan|tvåan|trean|fyran|femman|sexan|sjuan|"
                    r"åttan|nian|förskoleklass(?:en)?|årskurs \d|klass \d|\d[a-zA-Z]?\b"
                    r"|(?:min|hans|hennes|vår|er|deras|samma) klass\b)")


def kin_or_role(word: str) -> bool:
    """A kin or role noun, also in its definite form ("mamman", "tolken", "bovärden")."""
    return any(w in ROLE_NOUNS or w in KIN_AND_TITLES for w in (word, word[:-1], word[:-2]) if w)


def kin_apposition(text: str, start: int, end: int) -> bool:
    """"hennes mamma, Alla, hon bor hos dem": a word set off by commas after a kin word and
    taken up by a pronoun names that person, whatever else it means."""
    return text[start - 2:start] == ", " and word_before(text, start - 2) in KIN_AND_TITLES \
        and _TAKEN_UP.match(text, end) is not None


# taken up by a pronoun, or set off by a second comma or the sentence's end: "min kompis,
# Juni, från Glimmeboda", "Hon har en kompis, Vi."
_TAKEN_UP = re.compile(r", (?:hon|han|hen)\b|, |\.(?:\s|$)")


def pronoun_follows(text: str, end: int, within: int = 30) -> bool:
    """"hon", "han" or "hen" begins within ``within`` characters after ``end``, in the same
    sentence: "där var Aga viktig, hon ringde", "Och Ro är ju inte med ... för hon är sjuk"."""
    return _pronoun_within(within).match(text, end, end + within + 10) is not None


@lru_cache(maxsize=4)
def _pronoun_within(within: int) -> re.Pattern:
    return re.compile(rf"[^.!?\n]{{0,{within}}}?\b(?:hon|han|hen)\b")


def grade_context(text: str, end: int) -> bool:
    """"Nova i fyran", "Saga, som går i femman", "Gift i min klass": a child named by
    her class."""
    return bool(_GRADE.match(text, end))


def age_after(text: str, end: int) -> bool:
    """An age after the word: "Vilda är sju", "Onni, som är nio"."""
    return _AGE_AFTER.match(text, end) is not None


def person_context(text: str, end: int) -> bool:
    """A verb of speaking after the name, its age ("Filmon är tio år") or whose child or
    friend it is ("Varg är min son"): a person."""
    if word_after(text, end) in SPEECH_VERBS and _ASIDE_AFTER.match(text, end) is None \
            or _AGE_AFTER.match(text, end) or _KIN_PREDICATE.match(text, end):
        return True
    role = _ROLE_AFTER.match(text, end)  # "Först Nada, kurator. Hon ..."
    if role is None:
        return False
    noun = role.group(2).lower()
    return (noun in ROLE_NOUNS or role.group("a") and noun in KIN) \
        and noun not in ("man", "vän")  # ... "Aga – en polsk mamma – sa"


# a speaker's aside with its own subject: "från Jokkmokk tror jag" (whoever thinks is "jag")
_ASIDE_AFTER = re.compile(r" (?:tror|tycker|menar|säger|vet) (?:jag|vi)(?![\w])")


def kin_predicate(text: str, end: int) -> bool:
    """Whose child or friend the word is said to be: "Varg är min son"."""
    return _KIN_PREDICATE.match(text, end) is not None


# a role set off after the name: "Nada, kurator", "Amir, vår mentor"
# (or "Aga – en polsk mamma – sa": a role of someone from somewhere, set off by dashes)
_ROLE_AFTER = re.compile(r"(?:, (?:vår |min |hennes |hans |deras |er )?|(?P<a>(?:,| [–-]) en "
                         r"(?:\w+sk |\w+ska )?))(\w+)(?=[ .,;:)]|$)", re.MULTILINE)
# (also after someone's name: "Mosse är Abdis kusin")
_KIN_PREDICATE = re.compile(rf" (?:är|var) (?:min|mitt|hans|hennes|hens|vår|deras|din|er|"
                            rf"[{UP}][{LOW}]+s) "
                            r"(?:son|dotter|bror|syster|kusin|kompis|bästis|vän|man|fru|sambo|"
                            r"mamma|pappa|lillebror|lillasyster|storebror|storasyster|barnbarn)\b")


# ("ett" only with "år": "Tolkning är ett särskilt tema" is no one's age)
_AGE_AFTER = re.compile(r",? (?:är|var|blir|fyller|fyllde) (?:(?:\d{1,2}|två|tre|fyra|fem|sex|sju|"
                        r"åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|"
                        r"nitton)(?: år)?|ett år)\b")


def possessed_after(text: str, end: int) -> bool:
    """What a person has follows a genitive: "asters dotter", "klaras lista", "majs nr"."""
    return _POSSESSED_AFTER.match(text, end) is not None


_POSSESSED_AFTER = re.compile(r" (?:" + "|".join(sorted(KIN_AND_TITLES | {
    "nr", "nummer", "telefon", "telefonnummer", "mejl", "mail", "mejladress", "adress", "lista",
    "listan", "anteckn", "anteckningar", "anteckningarna", "kontor", "bil", "mentor", "son",
    "dotter", "döttrar", "söner", "man", "kille", "tjej", "flickvän", "pojkvän", "ordspråk",
    "idé", "förslag", "dörr", "rum", "grupp", "klass", "schema", "kalender", "beslut",
    "roll", "uppdrag", "tjänst"})) \
    + r")(?![\w])")  # (not "barn", "elever": "Tärnfjärdens barn")
