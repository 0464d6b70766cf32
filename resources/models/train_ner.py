"""Rebuild the shipped Swedish NER model ``sv_htl_ner`` from the Swedish NER corpus.

    python resources/models/train_ner.py            # defaults: ../shared/data/swedish-ner-corpus
    python resources/models/train_ner.py --data DIR --out DIR --minutes 15

The corpus (Webbnyheter 2012 from Språkbanken, annotated for NER with PER, ORG, LOC, MISC;
CC BY 4.0) has one ``token<TAB>label`` per line (spaces in the test file), ``0`` for no
entity, and a blank line between sentences. Consecutive tokens with the same label are taken
as one entity (the corpus has no B-/I- prefixes). One sentence in ten of ``train_corpus.txt``
is held out to choose the best epoch; ``test_corpus.txt`` is left for the benchmark
(tests/benchmarks/bench_pseudonymise.py).

The network is deliberately small (a hash-embedding CNN of width 96, 2,500 rows) so that the
model stays at a few MB and detection stays fast on a 2-core laptop. Training is bounded by
``--minutes``.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import compounding, minibatch  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "swedish-ner-corpus"
DEFAULT_OUT = Path(__file__).resolve().parent / "sv_htl_ner"
LABELS = ("PER", "LOC", "ORG", "MISC")


def read_corpus(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as lists of (token, label); label "O" for outside."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        parts = line.rstrip("\n").rsplit(None, 1)  # a tab in train, spaces in test
        token, label = (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "0")
        token = token.replace("\u00ad", "")  # soft hyphens: invisible, break the hash features
        if not token:
            continue
        label = label.strip()
        current.append((token, "O" if label in ("0", "O", "") else label))
    if current:
        sentences.append(current)
    return sentences


def to_doc(vocab, sentence: list[tuple[str, str]], with_ents: bool = True) -> Doc:
    words = [t for t, _ in sentence]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    if with_ents:
        ents, i = [], 0
        while i < len(sentence):
            label = sentence[i][1]
            j = i + 1
            if label != "O":
                while j < len(sentence) and sentence[j][1] == label:
                    j += 1
                ents.append(doc.char_span(doc[i].idx, doc[j - 1].idx + len(doc[j - 1]),
                                          label=label))
            i = j
        doc.ents = [e for e in ents if e is not None]
    return doc


def write_extra_words(sentences, path: Path) -> int:
    """Lower-case words of the corpus (outside entities) that the lemma table of
    spacy-lookups-data lacks (it lists inflected forms, not adverbs, prepositions and the like).
    The capitalisation rule uses them as part of its Swedish lexicon."""
    import gzip
    from importlib import resources

    table = resources.files("spacy_lookups_data") / "data" / "sv_lemma_lookup.json.gz"
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        known = set(json.load(f))
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        known |= set(json.load(f).values())
    extra = sorted({t for s in sentences for t, label in s
                    if label == "O" and t.isalpha() and t.islower() and t not in known})
    path.write_text("# Swedish words missing from spacy-lookups-data's lemma table, taken from "
                    "the Swedish NER corpus (CC BY 4.0) by train_ner.py\n"
                    + "\n".join(extra) + "\n", encoding="utf-8")
    return len(extra)


def build_pipeline(width: int, depth: int, embed_size: int, hidden: int):
    nlp = spacy.blank("sv")
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
        "extra_state_tokens": False, "hidden_width": hidden, "maxout_pieces": 2,
        "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                    "width": width, "depth": depth, "embed_size": embed_size,
                    "window_size": 1, "maxout_pieces": 3, "subword_features": True}}})
    return nlp


def augment_names(sentences, seed: int = 0) -> list[list[tuple[str, str]]]:
    """One extra copy of every sentence with a person in it, the names swapped for others
    from Faker's Swedish lists: more names seen, so the model learns what a name looks like
    rather than which names the news of 2012 wrote about."""
    try:
        from faker.providers.person.sv_SE import Provider
    except ImportError:
        return []
    rng = random.Random(seed)
    firsts = sorted(set(Provider.first_names_female) | set(Provider.first_names_male))
    lasts = sorted(set(Provider.last_names))
    out = []
    for s in sentences:
        if not any(label == "PER" for _, label in s):
            continue
        copy, previous = [], "O"
        for token, label in s:
            if label == "PER" and token[:1].isupper():
                pool = lasts if previous == "PER" else firsts
                name = rng.choice(pool)
                if token.endswith("s") and not name.endswith("s"):
                    name += "s"
                copy.append((name, label))
            else:
                copy.append((token, label))
            previous = label
        out.append(copy)
    return out


def examples(nlp, sentences) -> list[Example]:
    out = []
    for s in sentences:
        gold = to_doc(nlp.vocab, s)
        out.append(Example(Doc(nlp.vocab, words=[t.text for t in gold],
                               spaces=[bool(t.whitespace_) for t in gold]), gold))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--minutes", type=float, default=15.0, help="stop training after this")
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--patience", type=int, default=6, help="epochs without a better dev score")
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--embed-size", type=int, default=2500)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-augment", action="store_true",
                    help="do not add name-swapped copies of sentences with persons")
    ap.add_argument("--words-only", action="store_true",
                    help="only write the extra word list (extra_words.txt) and stop")
    args = ap.parse_args(argv)

    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    train_path = args.data / "train_corpus.txt"
    if not train_path.is_file():
        print(f"error: no training corpus at {train_path}", file=sys.stderr)
        return 1
    sentences = read_corpus(train_path)
    if args.words_only:
        args.out.mkdir(parents=True, exist_ok=True)
        n = write_extra_words(sentences, args.out / "extra_words.txt")
        print(f"wrote {n} words to {args.out / 'extra_words.txt'}")
        return 0
    dev_s = sentences[::10]
    train_s = [s for i, s in enumerate(sentences) if i % 10]
    if not args.no_augment:
        train_s = train_s + augment_names(train_s, args.seed)
    nlp = build_pipeline(args.width, args.depth, args.embed_size, args.hidden)
    train = examples(nlp, train_s)
    dev = examples(nlp, dev_s)
    optimizer = nlp.initialize(lambda: train)
    print(f"{len(train)} training sentences, {len(dev)} held out; "
          f"width {args.width}, depth {args.depth}", flush=True)

    deadline = time.monotonic() + args.minutes * 60
    best, best_epoch, tmp = -1.0, -1, args.out.with_name(args.out.name + ".tmp")
    history = []
    for epoch in range(args.epochs):
        random.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = nlp.evaluate(dev)
        per = scores["ents_per_type"].get("PER", {})
        # recall of names matters most for pseudonymisation: weigh PER recall in
        score = (scores["ents_f"] + per.get("r", 0.0)) / 2
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1),
                        "ents_f": round(float(scores["ents_f"]), 4),
                        "PER_r": round(float(per.get("r", 0)), 4),
                        "PER_p": round(float(per.get("p", 0)), 4)})
        print(json.dumps(history[-1]), flush=True)
        if score > best:
            best, best_epoch = score, epoch
            with nlp.use_params(optimizer.averages):
                if tmp.exists():
                    shutil.rmtree(tmp)
                nlp.to_disk(tmp)
        if epoch - best_epoch >= args.patience or time.monotonic() > deadline:
            break
    if args.out.exists():
        shutil.rmtree(args.out)
    tmp.rename(args.out)
    write_extra_words(sentences, args.out / "extra_words.txt")
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "htl_ner", "version": "1.0.0",
        "description": "Small Swedish NER (PER, LOC, ORG, MISC) for qualcoder-htl's "
                       "pseudonymisation, trained by resources/models/train_ner.py",
        "sources": [{"name": "Swedish manually annotated NER (Webbnyheter 2012, Språkbanken)",
                     "url": "https://github.com/klintan/swedish-ner-corpus",
                     "license": "CC BY 4.0"}],
        "license": "CC BY 4.0 (model trained on CC BY 4.0 data)",
        "training": {"best_epoch": best_epoch, "history": history,
                      "width": args.width, "depth": args.depth, "embed_size": args.embed_size,
                     "hidden": args.hidden, "seed": args.seed,
                     "augmented": not args.no_augment},
    })
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"saved {args.out} (best epoch {best_epoch}, {size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
