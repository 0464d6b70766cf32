import pytest

from qualcoder_htl.pseudonymise.detector import Detector, names_in_project


@pytest.fixture(scope="session")
def detector():
    """The real detector: Faker's name lists, the Swedish lexicon and the shipped NER model."""
    d = Detector()
    d.detect("Anna bor i Tjärnadalen.")
    return d


def found(detector, text):
    """{(text, type)} of the detector's suggestions for ``text``."""
    return {(s.text, s.type) for s in detector.detect(text)}


def covered(detector, text, word):
    """Every character of each occurrence of ``word`` is inside a PERSON suggestion."""
    spans = [(s.start, s.end) for s in detector.detect(text) if s.type == "PERSON"]
    at = [i for i in range(len(text)) if text.startswith(word, i)]
    assert at, word
    return all(any(a <= i and i + len(word) <= b for a, b in spans) for i in at)


def in_a_project(detector, texts):
    """The suggestions for the last of ``texts`` when all are one project's transcripts (the
    service's two passes: each text, then the names found in any looked for in all)."""
    found_each = [detector.detect(t) for t in texts]
    project = names_in_project(found_each)
    return detector.with_project_names(texts[-1], found_each[-1], project)


def people_in_project(detector, project, text):
    """(text, start) of the people found in ``text``, the last of a project's texts."""
    return {(s.text, s.start) for s in in_a_project(detector, [*project, text])
            if s.type == "PERSON"}


def spans(suggestions):
    return [(s.text, s.type) for s in suggestions]


TRANSCRIPT = """Intervju med vårdnadshavare, 14 oktober 2019
J: Vill du berätta om familjen?
IP: Ja. Det är jag och min son Yusuf, han är nio år. Annas dotter går också på Tjärnaskolan.
IP: Inga problem egentligen, men Inga på skolan ringde mig, hon heter Inga Berg.
J: Och vem hjälpte er?
IP: Lina från socialtjänsten. Hon kom hem till oss på Granvägen 14 varje vecka."""
