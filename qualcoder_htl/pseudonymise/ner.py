"""The shipped spaCy NER model (``resources/models/sv_htl_ner``), trained by the project.

See resources/models/README.md for what it was trained on (the Swedish NER corpus, CC BY 4.0)
and resources/models/train_ner.py to rebuild it. Loading takes about a second; the pipeline is
loaded once per process and shared (spaCy pipelines are safe to use from one thread at a time,
so calls are serialised with a lock).
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..core.errors import UserError
from ..core.messages import catalogue, msg
from ..paths import resources_dir
from .suggestions import NER, ORGANISATION, PERSON, PLACE, Suggestion

LABEL_TYPES = {"PER": PERSON, "LOC": PLACE, "ORG": ORGANISATION}
_lock = threading.Lock()


def model_path() -> Path:
    return resources_dir() / "models" / "sv_htl_ner"


catalogue({
    "pseudo.model_missing": (
        "Detection cannot run: the name-recognition model is missing at {path}. "
        "Reinstall qualcoder-htl (or rebuild the model with resources/models/train_ner.py).",
        "Identifieringen kan inte köras: modellen för namnigenkänning saknas i {path}. "
        "Installera om qualcoder-htl (eller bygg modellen med resources/models/train_ner.py)."),
})


class ModelMissing(UserError):
    """The shipped NER model is not where it should be."""


@lru_cache(maxsize=1)
def load():
    """The spaCy pipeline; raises ``ModelMissing`` if the model folder is absent."""
    import spacy
    from thinc.api import get_current_ops, set_current_ops

    path = model_path()
    if not (path / "meta.json").is_file():
        raise ModelMissing(msg("pseudo.model_missing", path=str(path)))
    before = get_current_ops()
    set_current_ops(_blas_ops())  # the layers take the ops current when they are built
    try:
        return spacy.load(path)
    finally:
        set_current_ops(before)


@lru_cache(maxsize=1)
def _blas_threads():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _blas_ops():
    """thinc's CPU ops with numpy's matrix product (OpenBLAS) in place of thinc's own (BLIS):
    the same products, about 2.7 times faster on this model's small matrices (the model was a
    third of detection time). ``entities`` runs it on one thread: on such small matrices a
    second thread only spins (twice the processor time for a little less waiting)."""
    from thinc.api import NumpyOps, Ops

    class BlasOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)

    return BlasOps()


def available() -> bool:
    try:
        load()
    except ModelMissing:
        return False
    return True


def entities(pieces: Iterable[tuple[int, str]], batch_size: int = 256) -> list[Suggestion]:
    """Run NER over (offset, text) pieces of a larger text; spans come back in its offsets.
    MISC entities are dropped; spans that do not start with a capital are dropped too (in
    transcripts, names are written with one)."""
    nlp = load()
    pieces = list(pieces)
    out: list[Suggestion] = []
    with _lock, _blas_threads().limit(limits=1, user_api="blas"):
        docs = nlp.pipe((t for _, t in pieces), batch_size=batch_size)
        for (offset, _), doc in zip(pieces, docs, strict=True):
            for ent in doc.ents:
                typ = LABEL_TYPES.get(ent.label_)
                name = ent.text.rstrip(_CLOSING)  # ("Dag]" of "med dag [Dag].": the name)
                if typ is None or not name[:1].isupper():
                    continue
                start = offset + ent.start_char
                out.append(Suggestion(start, start + len(name), typ, name, NER, 0.6))
    return out


_CLOSING = "])}>\"”’"
