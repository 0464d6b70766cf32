"""Detection: every rule's suggestions for a text, combined into non-overlapping typed spans.

The rules, strongest first: the project's known identifiers; patterns (personnummer, phone,
e-mail, address, date, age); Swedish name lists; the NER model; the capitalisation rule.
Then names found with confidence are propagated to their other occurrences in the same text,
and overlapping or adjacent spans are merged ("Anna" + "Söderlund" → one person, "Café" +
"Kvarnen" → one workplace). Recall comes first: a research assistant reviews every suggestion.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import (
    chats,
    context,
    english,
    frequency,
    institutions,
    lexicon,
    lower_case,
    lower_notes,
    lower_propagation,
    names,
    neighbours,
    ner,
    nicknames,
    patterns,
    people_ages,
    places,
    propagation,
    references,
    short_forms,
    speaker_labels,
    speech_repairs,
    word_checks,
    word_uses,
    workplaces,
)
from .ages import NUMBER_WORDS
from .capitals import (
    ABBREVIATIONS,
    CHORUS,
    LABEL_WORDS,
    ROLE_LABELS,
    CapToken,
    capital_rule,
    capitalised_tokens,
    is_acronym,
    next_on_line,
    role_word,
    speaks_again,
)
from .compass import with_compass_point
from .consistent_types import KIN_AFTER, consistent_types
from .headings import weak_in_a_heading
from .institutions import is_authority
from .known import KnownIdentifier, KnownMatcher
from .letters import UP, L
from .merging import merge
from .propagation import Coverage, names_in, names_in_project
from .retype import project_type, retype
from .suggestions import (
    AGE,
    CAPITAL,
    DATE,
    NAME_TYPES,
    NAMES,
    ORGANISATION,
    PERSON,
    PLACE,
    SCHOOL,
    WORKPLACE,
    Suggestion,
)
from .typing_rules import a_school_noun, infer_type

_SENTENCE = re.compile(r"[^\n.!?…]+[.!?…]*")


@dataclass
class DetectorOptions:
    use_names: bool = True
    use_ner: bool = True
    use_capitals: bool = True
    propagate: bool = True
    min_score: float = 0.0
    keep: frozenset[str] = frozenset()  # surface forms never suggested ("Älvbacka")
    # Which sentences the NER model reads: "uncertain" (default: those with a capitalised
    # word the rules could not decide, such as "Dag" or "Lina" opening a sentence), "names"
    # (every sentence with a name in it) or "all". The rules are fast; the model is not.
    ner_scope: str = "uncertain"
    types: frozenset[str] | None = None  # report only these types (None: all)


# numbers and quantifiers that are listed first names too ("Tre är bra", "Andra tyckte")
_COUNTS = frozenset(NUMBER_WORDS) | frozenset("andra båda bägge flera övriga somliga".split())


@dataclass
class Detector:
    """Build once (loads the lists and the model lazily), then ``detect`` many texts."""

    known: Iterable[KnownIdentifier] = ()
    options: DetectorOptions = field(default_factory=DetectorOptions)

    def __post_init__(self) -> None:
        self._known = KnownMatcher(list(self.known))
        self._keep = {k.casefold() for k in self.options.keep}
        self._ner_ok = self.options.use_ner
        if self._ner_ok:
            ner.load()  # a missing model stops detection with a clear error

    # --- the whole text ---------------------------------------------------------------------
    def detect(self, text: str, project_names: dict[str, str] | None = None
               ) -> list[Suggestion]:
        """Suggestions for ``text``. ``project_names`` ({name: type}, from
        ``names_in(...)`` over the other texts of the project) finds the names seen elsewhere
        in any case here too."""
        found: list[Suggestion] = patterns.find_all(text)
        found.extend(self._known.find(text))
        tokens = capitalised_tokens(text)
        weak: list[CapToken] = []
        if self.options.use_names or self.options.use_capitals:
            found.extend(self._words(text, tokens, weak))
        if self._ner_ok:
            found.extend(self._ner(text, found, weak, tokens))
        if self.options.use_capitals:
            found.extend(workplaces.find(text))  # "Bygg & Måleri i Norr AB", "IK Tallmon"
        if self.options.use_names:
            found.extend(lower_notes.lower_listed_names(text, found))  # "vi ringde emina"
            found.extend(neighbours.lower_listed_places(text, found))  # "från tuzla"
            found.extend(lower_notes.lower_institutions(text, found))  # "hägerdalsskolan"
            found.extend(lower_notes.named_lower_case(text, found))  # "hon heter nhung"
            found.extend(chats.senders(text, found) + speech_repairs.corrections_in_brackets(
                text, found))  # "[07:52] dag ekholm: god morgon"; "kål botten [Kolbotten]"
        found = merge(text, found)
        initials = short_forms.initials_of_double_names(text, found) \
            + short_forms.doubled_short_forms(text, found) if self.options.use_names else []
        if initials:  # "PO" for a Per-Olof found above
            found = merge(text, found + initials)
        if self.options.propagate:
            seen = names_in(found)
            if project_names:
                seen = {**project_names, **seen}
            found = merge(text, found + propagation.propagate(text, found, tokens, seen)
                           + lower_propagation.lower_case(text, found, seen)
                           + lower_notes.bullet_labels(text, found, seen)
                           + lower_notes.lower_places_in_notes(text, found, seen)
                           + short_forms.abbreviated_names(text, found, seen)
                           + short_forms.lower_short_forms(text, found)
                           + short_forms.bracketed_full_names(text, found)
                           + short_forms.short_forms_before_full_names(text, found)
                           + neighbours.coordinated(text, found, tokens)
                           + neighbours.lower_surnames(text, found)
                           + neighbours.named_by_a_word(text, found, tokens)
                           + neighbours.quoted_nicknames(text, found)
                           + neighbours.aliases(text, found, tokens)
                           + speech_repairs.corrected(text, found)
                           + speech_repairs.misheard(text, found)
                           + neighbours.set_off_short_forms(text, found)
                           + neighbours.acronyms_of_bodies(text, found)
                           + neighbours.first_names_of_full_names(text, found, tokens)
                           + lower_case.lower_names_before_roles(text, found)
                           + lower_case.lower_names_after_roles(text, found)
                           + lower_case.lower_names_before_numbers(text, found)
                           + lower_case.lower_names_with_initials(text, found)
                           + lower_case.transcribers(text, found)
                           + lower_case.lower_names_with_ages(text, found)
                           + lower_case.spelled_names(text, found)
                           + lower_case.lower_case_transcript_names(text, found)
                           + lower_case.lower_names_by_kin_and_grade(text, found)
                           + lower_case.equated_names(text, found)
                           + chats.untimed_senders(text, found)
                           + chats.meeting_speakers(text, found)
                           + chats.names_in_group_titles(text, found))
            lower = lower_case.lower_names_to_spread(found)
            if lower:  # "mamma gülşen" found: "gülşen" elsewhere in the notes too
                found = merge(text, found + lower_propagation.lower_case(text, found, lower))
            later = people_ages.ages_of_found_people(text, found) \
                + people_ages.fractions_of_ages(text, found) \
                + speech_repairs.stuttered(text, found) + neighbours.joined_names(text, found) \
                + neighbours.named_by_email(text, found) \
                + lower_case.lower_names_in_lists(text, found) \
                + neighbours.prefixed_names(text, found) \
                + lower_case.middle_names(text, found) \
                + lower_case.particle_surnames(text, found) \
                + lower_case.lower_surnames(text, found) \
                + lower_case.handles_of_people(text, found) \
                + lower_notes.lower_streets(text, found) \
                + (lower_case.equated_names(text, found) if "=" in text else [])
            if later:  # "vuk är fjorton": an age after a name found in lower case; "dag dag
                found = merge(text, found + later)  # lindqvist": a stumble on a name
        found = consistent_types(text, [h for s in found
                                        if (h := weak_in_a_heading(text, retype(text, s)))])
        found = [with_compass_point(text, s) for s in found]  # "i södra Stockholm"
        found = references.apply(text, found)  # "Danermark, B. (2000). ... Lund: Liber."
        return [s for s in found if self._wanted(s)]

    def with_project_names(self, text: str, found: list[Suggestion],
                           project_names: dict[str, str]) -> list[Suggestion]:
        """``found`` (this detector's suggestions for ``text``) plus the occurrences, in any
        case, of names found elsewhere in the project: the cheap second pass of a project's
        detection, after ``names_in`` has gathered the names of every text."""
        if not project_names or not self.options.propagate:
            return found
        found = [project_type(text, s, project_names) for s in found]
        tokens = capitalised_tokens(text, only=project_names)
        extra = propagation.propagate(text, found, tokens, project_names) + \
            lower_propagation.lower_case(text, found, project_names) + \
            lower_notes.bullet_labels(text, found, project_names) + \
            lower_notes.lower_places_in_notes(text, found, project_names) + \
            short_forms.abbreviated_names(text, found, project_names)
        extra = [s for s in extra if weak_in_a_heading(text, s)]  # ("Efter Stormen?")
        if not extra:
            return found
        merged = merge(text, found + [with_compass_point(text, _retyped(text, s, project_names))
                                      for s in extra])
        later = people_ages.ages_of_found_people(text, merged) \
            + lower_case.lower_names_in_lists(text, merged) \
            + (lower_case.equated_names(text, merged) if "=" in text else [])
        if later:  # an age, a list's other names, or a by-name equated, of a name the
            merged = merge(text, merged + later)  # project found here ("weli = abdiweli")
        merged = references.apply(text, merged)
        return [s for s in merged if self._wanted(s)]

    def _wanted(self, s: Suggestion) -> bool:
        if s.score < self.options.min_score:
            return False
        if self.options.types is not None and s.type not in self.options.types:
            return False
        if self._keep and (s.text.casefold() in self._keep
                           or names.strip_genitive(s.text).casefold() in self._keep):
            return False
        return True

    # --- names and capitals -----------------------------------------------------------------
    def _words(self, text: str, tokens: list[CapToken], weak: list[CapToken]) -> list[Suggestion]:
        out = []
        for i, tok in enumerate(tokens):
            word = tok.text
            if (speaker_labels.label_said_again(text, tok) or speaker_labels.says_its_own_name(
                    text, tok)) and not speaker_labels.plain_label(word) and not role_word(word):
                out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, 0.8))
                continue  # "Miko: Miko. Tretton.", "Lilla: Jag är Lilla.": its own name said
            if tok.label and word.lower() in CHORUS and word.istitle() \
                    and names.is_listed_person(word, ("first",), word_like_too=True) \
                    and propagation.one_speaker(text, word):
                out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, 0.55))
                continue  # "Alla: (sv) Ja. Vill du ha kaffe?": one speaker, not the chorus
            if speaker_labels.label_with_an_initial(text, tokens, i):
                score = 0.8 if not names.is_function_word(word) \
                    else 0.6 if speaker_labels.labels_turns(text, word) else 0.55
                out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, score))
                continue  # "Alla K: Hela tiden." (spreads where it labels turns again and again)
            if not tok.label and word.istitle() and word_checks.said_to_be_a_name(text, tok) \
                    and names.is_listed_person(word, ("first",), word_like_too=True):
                score = 0.55 if names.is_function_word(word) else 0.7  # (not "Alla" spread)
                out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, score))
                continue  # "Alla med stort A", "Sol med stort S", "Hans, rektorn, han"
            acting = word_checks.possessive_name_acting(text, tok)  # "Hans bestämde"
            if tok.initial and not tok.label and word_checks.plain_function_word(word) \
                    and not _AGE_IN_BRACKETS.match(text, tok.end) and not acting \
                    and not word_checks.names_oneself(text, tok) \
                    and not word_checks.opens_a_full_name(text, tokens, i):
                continue  # "Och", "Vi", "I" opening a sentence: many tokens, none a name
                # (but "Dina Haddad (studiehandledare)")
            if tok.label and speaker_labels.plain_label(word):
                continue  # "IP:", "I:", "Intervjuare:": every rule keeps them
            if word_uses.a_word_here(text, tok.start, tok.end):
                continue  # "Dag för dag", "Maj, juni", "Bo, skola, jobb", "Tor 18.00"
            nxt = next_on_line(text, tokens, i)
            if word in word_checks.SAINTS and not tok.initial and nxt is not None:
                end = nxt.end  # "Mor Yakub", "Mor Afrem": a Syriac congregation
                out.append(Suggestion(tok.start, end, WORKPLACE, text[tok.start:end], NAMES,
                                      0.9))
                continue
            if not tok.initial and context.kin_apposition(text, tok.start, tok.end) \
                    and not lexicon.is_generic(word) and not is_acronym(word) \
                    and not is_authority(word) and infer_type(word, PERSON) == PERSON:
                # (a score that does not spread: "Alla" stays a word everywhere else)
                out.append(Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.55))
                continue  # "hennes mamma, Alla, hon bor hos dem"
            if acting:
                out.append(Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.55))
                continue  # "Hans bestämde till slut"
            if names.is_function_word(word) and word_checks.function_word_named(text, tokens, i):
                # "Ikran och Vi", "Alla tyckte inte det": a first name where, written with a
                # capital inside a sentence, the word cannot be the pronoun or determiner;
                # "jag heter Alla", a listed first name named so, is sure enough to spread
                if word_checks.after_naming_verb(text, tok.start):
                    out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, 0.7))
                else:
                    out.append(Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.55))
                continue
            alone = names.is_function_word(word) and word_checks.function_word_alone(text, tok)
            if not tok.label and role_word(word) and not alone \
                    and not word_checks.first_name_before_surname(text, tok, nxt):
                continue  # "Hooyo grät", "Skolsköterskan, Elin": kin and roles
            if institutions.before_university(text, tok.end, tok.start):
                continue  # "Malmö universitet", "Högskolan i Halmstad": a public body
            if tok.initial and word.lower() in context.IMPERATIVES:
                continue  # "Ring Dilan", "Fråga Anna": the verb, not a name's first part
            if word_checks.kind_before_a_name(text, tokens, i):
                continue  # "Byskolan Bjurnäs skola", "Bostadsbolaget Ekesundshem": the kind
            if word.lower() not in lexicon.SPOKEN and nicknames.is_linked_short_form(
                    text, tok.start, tok.end, context.word_before(text, tok.start)):
                out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, 0.8))
                continue  # "Aleksandra, vi säger Sunny", "Jakub. Kuba är smeknamnet"
            if alone and names.is_listed_person(word, ("first",), word_like_too=True) \
                    and not names.is_swedish_person_name(word):
                out.append(Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.55))
                continue  # "och nu vi har Alla också"
            if lexicon.is_generic(word) or lexicon.is_generic(names.strip_genitive(word)) \
                    or institutions.in_authority_name(text, tok.start):
                if word.endswith("s") and context.word_after(text, tok.end) in KIN_AFTER \
                        or word_checks.country_as_a_by_name(text, tok):
                    out.append(Suggestion(tok.start, tok.end, PERSON, word, CAPITAL, 0.6))
                continue  # "Skatteverket", "Polen", "Region Västernorrland"; but "Kubas mamma",
                # "min lillebror Kuba", "alla säger Kuba", "det var Kuba som fixade det", "Kuba,
                # Jakub Wiśniewski": a country is no one's brother, called nothing, does nothing
            if "-" in word and word_checks.ordinary_hyphenation(word):
                continue  # "SIP-möten", "D-kursen", "Mini-milan"
            if word[:3] in ("al-", "ul-", "el-") and i > 0 and tokens[i - 1].end == tok.start - 1 \
                    and context.closed_class(tokens[i - 1].text):
                continue  # "Eid al-Fitr", "Eid ul-Adha": the feast's name
            if word_checks.english_pair(text, tokens, i):
                continue  # "spelade vi Among Us": an English title
            hit = names.lookup(word) if self.options.use_names else None
            if hit is None and "-" in word and self.options.use_names \
                    and names.is_listed_person(word.split("-")[0], word_like_too=True) \
                    and lexicon.is_compound_word(word.split("-", 1)[1]) \
                    and not word_uses.celebrated(text, tok.start):
                # "Ahlgren-utredningen": a thing named after a person (not "Newroz-festen")
                out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, 0.7))
                continue
            if hit is None and self.options.use_names \
                    and ("-" in word and word_checks.place_before_a_noun(word)
                         or word_checks.place_compound(word)):
                # "Södertälje-grejer", "Kiruna-resan", "Göteborgsnummer": a thing of a place the
                # lists know
                out.append(Suggestion(tok.start, tok.end, PLACE, word, NAMES, 0.6))
                continue
            if hit is None and self.options.use_names and word.isupper() and len(word) >= 4:
                caps = names.lookup(word.capitalize())  # "DILOVAN" in a quoted message
                if caps is not None and caps.kind == "first" and not caps.stop:
                    out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, 0.6))
                    continue
            if hit is not None and hit.kind == "first" and (
                    (tok.label and speaks_again(word, text) and word not in LABEL_WORDS
                     and not (len(word) <= 3 and word.isupper())  # "ELS:", initials
                     and word.lower() not in ROLE_LABELS and word.lower() not in CHORUS)
                    or _AGE_IN_BRACKETS.match(text, tok.end)):
                # "Era: Ja." speaking again and again; "Frid (15), Lo (14), Era (14)"
                out.append(Suggestion(tok.start, tok.end, PERSON, word, NAMES, 0.7))
                continue
            if hit is not None and names.is_function_word(word) \
                    and not names.is_swedish_person_name(hit.base) \
                    and not word_checks.first_name_before_surname(text, tok, nxt):
                hit = None  # "Om", "Sen", "Mitt": names somewhere, Swedish words here (but
                # "har vi Alla Kovalenko med": a first name before a surname)
            if hit is not None and len(head := word.split(":")[0]) <= 3 and head.isupper():
                hit = None  # "IVO", "ULF", "ICA:n": an acronym, not the name in capitals
            if hit is not None and english.common_english(word) \
                    and english.english_around(text, tok.start, tok.end):
                hit = None  # "My Swedish mail", "Will you": English, not the names
            if hit is not None and not (tok.label and len(word) <= 3 and word.isupper()):
                typ = PLACE if hit.kind == "place" else PERSON
                institution = institutions.after_institution_noun(text, tok.start) \
                    if hit.stop else None
                if institution is not None:  # "föreningen Bro", "förskolan Sol": its name
                    typ = SCHOOL if a_school_noun(institution) else WORKPLACE
                    # (here only: "Sol" elsewhere in the project may be a girl)
                    out.append(Suggestion(tok.start, tok.end, typ, word, CAPITAL, 0.55))
                    continue
                if word_uses.celebrated(text, tok.start):
                    continue  # "när vi firade Newroz": the feast, though a woman has its name
                if not hit.stop:
                    score = 0.9 if not tok.initial else 0.85
                    out.append(Suggestion(tok.start, tok.end, typ, word, NAMES, score))
                    continue
                if context.greeting(text, tok.start, word):
                    continue  # "Tack Goran", "Hej Bilal": the greeting is no surname
                followed = (nxt is not None and word_checks.name_like(nxt.text)) \
                    or _INITIAL_AFTER.match(text, tok.end) is not None \
                    or word_checks.coordinated_with_name(text, tokens, i) \
                    or (_AND_I.match(text, tok.end) is not None
                        and (not names.is_function_word(word)
                             or word_checks.names_oneself(text, tok)))  # "Pirre och jag har"
                if tok.initial and names.is_function_word(word) and not followed:
                    continue  # "Inga barn", "Vi pratade": the word ("Inga Berg" is a name)
                swedish = names.is_swedish_person_name(hit.base)
                # words: "Best Practice", "i Maj", "Metod" (a Slovene name); names: "Will Smith"
                a_word = (english.common_english(word) and not swedish) \
                    or context.closed_class(word) \
                    or (not swedish and lexicon.is_word(word) and frequency.zipf_sv(word) >= 3.5)
                if (hit.kind == "place" or word in names.places()) \
                        and (places.place_context(text, tok.start)
                             or not tok.initial and context.word_before(text, tok.start) == "på"):
                    a_word = False  # "i Dalarna", "i London", "på Rosengård": the place
                if (not tok.initial and not a_word
                        and not context.noun_context(text, tok.start)) \
                        or tok.label or followed or context.after_first_name(text, tok.start):
                    out.append(Suggestion(tok.start, tok.end, typ, word, NAMES, 0.7))
                elif tok.initial and word.lower() in _COUNTS \
                        and context.subject_context(text, tok.end):
                    weak.append(tok)  # "Tre är bra", "Andra tyckte": a number or a
                    # quantifier is a subject as well as a name is (Tre, Andra are listed)
                elif context.subject_context(text, tok.end) \
                        or context.dislocated_subject(text, tok.end) \
                        or (typ == PERSON and context.person_context(text, tok.end)) \
                        or (typ == PERSON and context.kin_after(text, tok.end)) \
                        or (typ == PERSON and context.person_object(text, tok.start)) \
                        or (typ == PERSON and not tok.initial and context.word_before(
                            text, tok.start) in context.KIN_AND_TITLES) \
                        or context.role_apposition(text, tok.start) \
                        or (typ == PERSON and context.grade_context(text, tok.end)) \
                        or (typ == PERSON and word_checks.someone_called(text, tok.start)):
                    # "Liv är nio år", "Vilja, hon är sju", "Frid och Vide": a bare word as
                    # subject, or named beside another name, is a name
                    out.append(Suggestion(tok.start, tok.end, typ, word, NAMES, 0.6))
                else:
                    weak.append(tok)  # "Inga barn", "Hans mamma": only with more evidence
                continue
            if self.options.use_capitals:
                s = capital_rule(tok, text)
                if s is not None and not context.name_handle(s.text):  # "OnniTurbo" a person
                    shape = infer_type(s.text, s.type)
                    if not (s.type == WORKPLACE and shape == PLACE
                            and context.word_before(text, tok.start) not in ("i", "från")
                            and (institutions.after_institution_noun(text, tok.start)
                                 or institutions.institution_apposition(text, tok.start, tok.end))):
                        s = s.with_(type=shape)  # but "äldreboendet Tallbacken" is no place
                if s is not None:
                    out.append(s)
        return out

    # --- the NER model, on sentences that may hold a name ----------------------------------
    def _ner(self, text: str, found: list[Suggestion], weak: list[CapToken],
             tokens: list[CapToken]) -> list[Suggestion]:
        scope = self.options.ner_scope
        if scope == "all":
            starts = None
        elif scope == "names":
            starts = sorted({s.start for s in found if s.type in NAME_TYPES}
                            | {t.start for t in weak})
        else:
            starts = sorted({t.start for t in weak} | _undecided(text, tokens, found))
        if starts == []:
            return []
        pieces, k = [], 0
        for m in _SENTENCE.finditer(text):
            if starts is None:
                if m.group(0).strip():
                    pieces.append((m.start(), m.group(0)))
                continue
            while k < len(starts) and starts[k] < m.start():
                k += 1
            if k < len(starts) and starts[k] < m.end():
                pieces.append((m.start(), m.group(0)))
        out = []
        for s in ner.entities(pieces):
            if not s.text.strip():
                continue  # (a span of blanks, as the model may give across a table's cells)
            while len(s.text.split()) > 1 and _leading_word(s.text.split()[0]):
                first = s.text.split()[0]  # "Inte BUP", "Och Anna": the word is no name
                cut = s.text.index(first) + len(first) + 1
                s = s.with_(start=s.start + cut, text=s.text[cut:])
            tail = _HYPHEN_TAIL.match(text, s.end)  # the model cuts "Excel-ark" at "-"
            last = s.text.split()[-1] + (tail.group(0) if tail else "")
            if "-" in last and word_checks.ordinary_hyphenation(last):
                if " " not in s.text:
                    continue  # "Irak-resa", "BUP-tid": a country's or a body's compound
                s = s.with_(text=s.text[:s.text.rindex(" ")])  # "Carolinas Excel-ark"
                s = s.with_(end=s.start + len(s.text))
            if _no_name_in(text, s) or lexicon.generic_compound(s.text) \
                    or _CODE.fullmatch(s.text) or word_uses.a_word_here(text, s.start, s.end):
                continue  # ... "Facebookgrupper": a brand's compound; "R1", "IP2": a code
            typ = WORKPLACE if s.type == ORGANISATION else s.type
            out.append(s.with_(type=infer_type(s.text, typ)))
        return out


_AND_I = re.compile(r" och (?:jag|hon|han|hen|vi)\b")  # a person and someone else
_CODE = re.compile(rf"[{UP}]{{1,4}}\d{{1,3}}")  # a respondent's or a room's code: "R1", "IP2"
# a surname's initial after a first name that is also a word: "Tindra K.", "Sol A."
_INITIAL_AFTER = re.compile(rf" [{UP}]\.(?![{L}])")
_UNIVERSITIES = frozenset("universitet universitets högskola högskolas Universitet University "
                          "College".split())
# a name with an age in brackets after it: "Frid (15)", "Rojda (9 år)"
_AGE_IN_BRACKETS = re.compile(r" ?\((?:[1-9]|1\d)(?: år)?\)")


def _retyped(text: str, s: Suggestion, project_names: dict[str, str]) -> Suggestion:
    """``s``, found again in the project's second pass, typed by the words around it; but a
    person the project knows, written in lower case, stays a person ("transkribering till
    vale" where Vale is the assistant: "till" would make a word with a capital a place)."""
    if s.type == PERSON and s.text.islower() \
            and project_names.get(s.text.capitalize()) == PERSON:
        return s
    return retype(text, s)


def _undecided(text: str, tokens: list[CapToken], found: list[Suggestion]) -> set[int]:
    """Capitalised words no rule suggested and no rule could explain away: a sentence-initial
    word that a lexicon lists as a proper noun too ("Lina" is a rope and a name), or any
    capitalised word that is not an ordinary Swedish word ("Merkel väntas", "Mo Yan"): the
    model decides those."""
    covered = Coverage(found)
    out = set()
    proper = lexicon.proper_nouns()
    for tok in tokens:
        word = tok.text
        if tok.label or len(word) < 2 or names.is_function_word(word) \
                or is_acronym(word) or lexicon.is_generic(word) \
                or word_uses.a_word_here(text, tok.start, tok.end):
            continue
        if not tok.initial:
            # inside a sentence, a capitalised word the rules let pass that no lexicon
            # knows ("Trump" after "Donald" is decided; "Xi" is not)
            if not covered.covers(tok.start) \
                    and not lexicon.is_word(word) and not lexicon.is_compound_word(word):
                out.add(tok.start)
            continue
        if covered.covers(tok.start):
            continue
        if (frequency.zipf_sv(word) >= 4.5 or frequency.zipf_en(word) >= 4.5) \
                and names.lookup(word) is None:
            continue  # "Finns det ...", "She said": a very common word opens the sentence
        if word in proper or names.strip_genitive(word) in proper or \
                not (lexicon.is_word(word) or lexicon.is_compound_word(word)
                     or lexicon.has_word_ending(word)):
            out.add(tok.start)  # "Lina", "Merkel", "Mo" at a sentence start
    return out


_HYPHEN_TAIL = re.compile(rf"-[{L}]+")


def _leading_word(word: str) -> bool:
    """The first word of a model's span that is no part of the name: "Och Anna", "Medan Rio
    Ferdinand", "Inte BUP"."""
    if names.is_function_word(word) or word.lower() in context.SIGN_OFFS \
            or word.lower() in context.GREETINGS or word.lower() in context.KIN_AND_TITLES \
            or role_word(word):
        return True  # "Mvh Tomasz", "Hej Bilal", "Hooyo Sahra", "Ordföranden Torsten Lund"
    return lexicon.is_word(word) and frequency.zipf_sv(word) >= 4.0 and \
        names.lookup(word) is None


def _unlikely_entity(text: str) -> bool:
    """NER spans that are a function word, a generic name, a label or ordinary words that no
    name list knows ("Och", "Respondent", "Skolan", "Gult", "Signs of Safety", "Läslyftet")."""
    if lexicon.is_generic(text) or is_acronym(text) or text in LABEL_WORDS \
            or text.split()[0] in ABBREVIATIONS:
        return True
    words = [w for w in text.split() if w[:1].isupper()]
    return bool(words) and all(word_checks.ordinary_word(w) for w in words)


def _no_name_in(text: str, s: Suggestion) -> bool:
    """A span the model found that names no one: ordinary words ("Skolan", "Signs of
    Safety"), an authority or a public university ("Region Västernorrland", "FoU Halland",
    "Malmö universitet", "Högskolan i Halmstad"), English words in English, a kin word
    ("Mami blir arg"), or a span across a table's cells."""
    words = s.text.split()
    return _unlikely_entity(s.text) or institutions.in_authority_name(text, s.start) \
        or english.english_phrase(text, s.start, s.end) or words[-1] in _UNIVERSITIES \
        or institutions.before_university(text, s.end, s.start) \
        or s.text.lower() in context.KIN_AND_TITLES or words[0] in institutions.AUTHORITY_HEADS \
        or "|" in s.text


def preload() -> None:
    """Load the lists, the lexicon, the word frequencies and the model (about two seconds),
    for example in a background thread when a project opens, so that detection starts at
    once when asked."""
    collecting = gc.isenabled()
    gc.disable()  # loading makes about a million objects and frees none: the collector's
    try:  # passes over them would be a tenth of the time
        lexicon.words()
        names.load()
        frequency.load()
        lower_notes.load()
        ner.load()
    finally:
        if collecting:
            gc.enable()


def detect(text: str, known: Iterable[KnownIdentifier] = (),
           options: DetectorOptions | None = None) -> list[Suggestion]:
    """One-off detection (builds a ``Detector``; reuse one for many texts)."""
    return Detector(known, options or DetectorOptions()).detect(text)


__all__ = ["Detector", "DetectorOptions", "detect", "names_in", "names_in_project", "preload",
           "AGE", "DATE"]
