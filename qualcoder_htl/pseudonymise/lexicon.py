"""A Swedish lexicon: which words are ordinary words, and which capitalised words are names.

The word forms come from spacy-lookups-data's Swedish lemma table (about 660,000 forms with
their lemmas), prepared as ``resources/lexicon/sv_words.txt.gz`` (lower-case entries: ordinary
words) and ``sv_proper.txt.gz`` (capitalised entries: proper nouns) by
``resources/lexicon/make_names.py``.
Spoken Swedish adds forms a written lexicon lacks (``eh``, ``asså``, ``okej``), listed here.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from itertools import chain

from . import frequency
from .lists import read_list

# Spoken forms, fillers and common words the written lexicon lacks. Generic Swedish only.
SPOKEN = frozenset("""
eh ehm öh öhm äh hm hmm mm mhm mmm aa ah aha jaha jaa ja jo nej nä näe nää japp nope okej
jarå jaså joo
ok okay oj oops asså alltså liksom typ ba bara va vah va' jättebra jättemycket jättesvårt
jättebra jättefint jättekul jätteviktigt jättejobbigt jättesvår jättestor jättebra typ nånting
nåt nån nåra nånstans nångång nåns nog sån sånt såna sånär dom dem mej dej sej sen sedan
våran vårat eran erat ni vi ju väl liksom skratt skrattar paus ohörbart suck hostar
dels jadå nejdå tja nja javisst visst precis absolut
idag igår imorgon ikväll inatt imorse iallafall iaf ihop ibland förut sen dess sådär
jättemånga jättelite jättefin jätteglad jätteledsen förlåt hej hejdå tack
covid corona pandemin pandemi mejl mejla mejlade sms sms:a sms:ade zoom teams hä aja ahh ahhh
åhh ehh jävla jäkla jävlar jösses herregud
""".split()) | frozenset(
    # other languages' interjections, oaths and greetings that Swedish speech borrows (in
    # the suburbs' Swedish and in code-switching): a word, never a name
    """wallah walla wallahi vallah yalla yallah jalla inshallah inshalla inşallah mashallah
mashalla alhamdulillah bismillah subhanallah khalas tamam abow shuno keff haa mahadsanid
ajde hajde polako nema problema hvala molim dobro kurwa spasibo davai kiitos nahi acha
salaam hola gracias touché yekenyeley giitu buorre khub khob shaah claro qué sí ey voi iska waan
warran kurde merhaba günaydın teşekkürler shukran habibi habibti yani dziękuję cześć privet
zdravo""".split())

# Capitalised words that are not identifying in this kind of material: national bodies,
# generic services, software, countries and the like. Never suggested by the capital rule.
GENERIC_PROPER = frozenset("""
Sverige Sveriges Europa EU Norge Danmark Finland
Försäkringskassan Arbetsförmedlingen Skolverket Socialstyrelsen Skolinspektionen
Migrationsverket Polisen Folkhälsomyndigheten Barnombudsmannen Regionen Region Kommunen
Försäkringskassans Arbetsförmedlingens Skolverkets Socialstyrelsens Polisens
Teams Zoom Skype Google Facebook Instagram Snapchat TikTok YouTube Messenger WhatsApp iPad
Excel Word PowerPoint Outlook Covid Corona Gud Jesus Allah Ramadan Eid Jul Påsk Midsommar
Minecraft Fortnite Roblox Netflix Spotify Discord Twitter Telegram Viber Signal Swish BankID
Klarna IKEA Biltema Unikum SchoolSoft Vklass Infomentor Polyglutt Inläsningstjänst Procapita
Treserva Lifecare Pysslingen Komvux Readspeaker Skolplattformen Google Meet Kahoot
Polen Tyskland Syrien Somalia Irak Iran Afghanistan Eritrea Turkiet Bosnien Kosovo Serbien
Ryssland Ukraina Libanon Palestina Etiopien Marocko Thailand Kina Indien Pakistan Chile
Frankrike Spanien Italien England Storbritannien USA Amerika Afrika Asien Mellanöstern Grekland
Estland Lettland Litauen Rumänien Bulgarien Ungern Kroatien Nederländerna Holland Belgien Island
BUP BVC MVC AME SFI IFO LSS HVB SIS SoL LVU BBIC SMS HTL KBT ADHD ADD NPF IVO BEO
Barnahus Barnahuset Ungdomsmottagningen Familjecentralen Delmos Insta Folkets
Systembolaget Rusta Jysk Netto Hemköp Willys Lidl Coop Powerpoint Chromebook
Chromebooks FIFA Fifa Fifan Foodora Wolt NVivo Atlas.ti MAXQDA
Barnkonventionen Barnkonventionens Skollagen Socialtjänstlagen Diskrimineringslagen GDPR
""".split())

# words of qualitative research and of everyday talk that the lemma table lacks, in every
# form: a transcriber's note or an answer at a sentence's start ("Transkriptet i
# projektmappen", "Magont. Och huvudvärk.") is no name ("memo" is not among them: Memo is a
# name too)
MISSING_WORDS = frozenset("""
transkript transkriptet transkripten transkripts transkriptets transkriptens
kodning kodningen kodningar kodningarna kodbok kodboken
kodbokens kodböcker kodschema kodschemat intervjuguide intervjuguiden intervjuguider
fokusgrupp fokusgruppen fokusgrupper fokusgrupperna fokusgruppens pseudonymisering
pseudonymiseringen samtyckesblankett
samtyckesblanketten samtyckesblanketter
magont halsont ryggont öronvärk öronont
chatt chatten chattar chattarna chattens chattade chattat chatta
pilotskola pilotskolan pilotskolor pilotskolorna pilotskolans pilotskolornas
""".split())

_lock = threading.Lock()
_words: frozenset[str] | None = None
_proper: frozenset[str] | None = None


def _load() -> None:
    global _words, _proper
    with _lock:
        if _words is not None:
            return
        words = frozenset(chain(read_list("sv_words.txt.gz"), SPOKEN, MISSING_WORDS,
                                _stop_words(), _extra_words()))
        _proper = frozenset(read_list("sv_proper.txt.gz"))
        _words = words  # last: another thread reads both once this is set


def _stop_words() -> set[str]:
    try:
        from spacy.lang.sv.stop_words import STOP_WORDS
    except ImportError:
        return set()
    return set(STOP_WORDS)


def _extra_words() -> set[str]:
    """Uninflected words the lemma table lacks (adverbs, prepositions, ...), shipped beside the
    NER model and rebuilt with it by resources/models/train_ner.py."""
    from .ner import model_path

    path = model_path() / "extra_words.txt"
    if not path.is_file():
        return set()
    return {w for w in path.read_text(encoding="utf-8").split("\n") if w and w[0] != "#"}


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries, continents and world regions in Swedish, and their genitives: places too
    large to identify anyone (``resources/lexicon/countries_sv.txt``)."""
    lines = read_list("countries_sv.txt")
    return frozenset(lines + [line + "s" for line in lines])


def is_generic(name: str) -> bool:
    """A name that identifies no one: a national body, a generic service, software, a
    country or a continent ("Skatteverket", "Teams", "Polen", "Mellanöstern")."""
    return name in GENERIC_PROPER or name in countries()


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def generic_compound(word: str) -> bool:
    """A name that identifies no one joined to an ordinary word: "Stockholmsenkäten",
    "Sverigebesöket", "Skolverkets-rapporten"."""
    if len(word) > 60:
        return False  # no compound of a name (a 200,000-letter "word" must not be split)
    for i in range(3, min(len(word) - 3, 30)):  # (no generic name is longer than 30)
        head, tail = word[:i], word[i:].lower().lstrip("-")
        if is_generic(head) and (tail in words() or (tail.startswith("s")
                                                     and tail[1:] in words())):
            return True
    return False


# Endings of Swedish common nouns and adjectives that names almost never have: definite
# plurals, -ning, -het, -else, -tion, -ism, -itet, -skap (a word the lexicon lacks, such as
# "Sökningarna" or "Genomsnittslönen", is still no name)
WORD_ENDINGS = ("arna", "erna", "orna", "ningen", "ningar", "ningarna", "heten", "heter",
                "elsen", "tionen", "tioner", "ismen", "iteten", "skapet", "skaper", "andet",
                "endet", "ningens", "hetens", "eringen", "eringar")
# shorter endings that a few names share ("Henning", "Pickering"): only on longer words
LONG_WORD_ENDINGS = (("ning", 9), ("ering", 11))


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def has_word_ending(word: str) -> bool:
    low = word.lower()
    if low.endswith(WORD_ENDINGS) and len(low) > 7:
        return True
    if any(low.endswith(e) and len(low) >= n for e, n in LONG_WORD_ENDINGS):
        return True
    for ending in ("arna", "erna", "orna", "en", "et", "na", "ar", "er", "or"):
        if low.endswith(ending) and len(low) - len(ending) >= 5:
            stem = low[: -len(ending)]
            if stem in words() or is_compound_word(stem):
                return True
    return False


def words() -> frozenset[str]:
    """Lower-case word forms of ordinary Swedish words."""
    if _words is None:
        _load()
    return _words  # type: ignore[return-value]


def proper_nouns() -> frozenset[str]:
    """Capitalised forms the lexicon lists (names of people, places, organisations)."""
    if _proper is None:
        _load()
    return _proper  # type: ignore[return-value]


@lru_cache(maxsize=200_000)
def is_word(token: str) -> bool:
    """Is ``token`` (any case) an ordinary Swedish word form?"""
    low = token.lower()
    return low in words()


@lru_cache(maxsize=200_000)
def is_compound_word(token: str) -> bool:
    """Is ``token`` an ordinary word or a compound of ordinary words (``skolgården``,
    ``elevhälsoteamet``, ``brobyggarfunktionen``)? Compounds are how Swedish makes most words
    a lexicon lacks; parts may be joined by a linking s, e, a, o or u."""
    low = token.lower()
    if low in words():
        return True
    # longer "words" are no compounds anyone writes (and splitting one costs its length
    # cubed: a pasted run of letters must not stall detection)
    return 7 <= len(low) <= 40 and low.isalpha() and _compound(low, 0)


# Words that never end a compound (its last part is a noun, adjective or verb): without this,
# "Nermina" would be "ner" + "mina" and "Adina" "a" + "dina"
_NOT_TAILS = frozenset("""
min mina mitt din dina ditt sin sina sitt hon han hen dem den det dom och men som att när där
inte eller utan från till över under efter innan hans deras vår våra era ers oss mig dig sig
med på av om hos vid mot åt genom bland kring ju nu då så
""".split())


@lru_cache(maxsize=200_000)
def _compound(low: str, depth: int) -> bool:
    lex = words()
    for i in range(3, len(low) - 2):
        head, tail = low[:i], low[i:]
        if len(tail) < 3 or tail in _NOT_TAILS \
                or not (tail in lex or (depth < 2 and len(tail) >= 6
                                        and _compound(tail, depth + 1))):
            continue
        if len(tail) == 3 and frequency.zipf_sv(tail) < 3.0:
            continue  # a short, rare last part makes no compound: "Valdrin" is no
            # "vald" + "rin", "Halonen" no "halo" + "nen" (names split so)
        if head in lex or (head[-1] in "saeou" and len(head) > 3 and head[:-1] in lex):
            return True
        if head.endswith("a") and len(head) > 4 and head + "r" in lex:
            return True  # "föräldra-" from "föräldrar" (förälder)
        if head.endswith("ar") and head[:-2] + "are" in lex:
            return True  # "brobyggar-" from "brobyggare"
    return False
