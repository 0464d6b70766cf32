"""Benchmark of pseudonymisation detection. Prints, with the known-identifier list EMPTY:

1. precision, recall and F1 per identifier type on the demo corpus's gold file
   (corpora/htl-demo/gold_identifiers.csv, offsets into the transcripts as imported);
2. PER/LOC/ORG precision, recall and F1 of the shipped NER model on the test split of the
   Swedish NER corpus (../shared/data/swedish-ner-corpus/test_corpus.txt), and the PER recall
   of the whole detector (model + name lists + capitalisation rule) on the same sentences;
3. detection speed in words per second, and a 60-transcript project detected through the
   service (with its progress callback) against the 30-second target;
4. token-level figures on every set — the demo (DEVELOPMENT set), the name swap of the demo
   (evaluation set a, corpora/eval/swapped), the NER test split (b) and the hand-written
   interviews (c, corpora/eval/interviews, reported missing until written) — and a summary
   table against the targets (see tests/benchmarks/pseudonymise_sets.py for how they count).

    python tests/benchmarks/bench_pseudonymise.py [--no-project] [--small]
    python tests/benchmarks/bench_pseudonymise.py --set swap        # one set, token level only
    python tests/benchmarks/bench_pseudonymise.py --set demo --misses 40

``--misses N`` prints N missed gold tokens per set with their context. It is for analysis on
the development set (``--set demo``): whoever tunes the detector must not read the misses (or
the wrongly suggested words) of an evaluation set, or that set stops measuring the detector.

How the demo figures of section 1 count: a gold span is *found* when the suggestions
overlapping it cover every letter and digit of it (what matters for de-identification:
nothing of it is left); *typed* recall also wants the covering suggestion's type to equal the
gold type. A suggestion is *correct* for precision when it overlaps some gold span.
"""
from __future__ import annotations

import argparse
import csv
import gc
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pseudonymise_sets as sets  # noqa: E402

from qualcoder_htl.pseudonymise.detector import Detector  # noqa: E402

DEMO = ROOT / "corpora" / "htl-demo"
NER_TEST = ROOT.parent / "shared" / "data" / "swedish-ner-corpus" / "test_corpus.txt"
GOLD_TYPES = ("PERSON", "SCHOOL", "PLACE", "WORKPLACE", "ADDRESS", "PHONE", "EMAIL",
              "PERSONNUMMER", "DATE", "AGE")


def load_demo() -> tuple[dict[str, str], list[tuple[str, int, int, str, str]]]:
    """Texts as the importer makes them, and the gold spans. Falls back to the markup."""
    gold_path = DEMO / "gold_identifiers.csv"
    folder = DEMO / "transcripts"
    if gold_path.is_file() and folder.is_dir():
        from qualcoder_htl.importers.readers import read_file
        with open(gold_path, encoding="utf-8", newline="") as f:
            gold = [(r["source"], int(r["start"]), int(r["end"]), r["type"], r["text"])
                    for r in csv.DictReader(f)]
        texts = {p.name: read_file(p).text for p in sorted(folder.iterdir())
                 if p.suffix in (".docx", ".txt")}
        bad = [g for g in gold if g[0] not in texts or texts[g[0]][g[1]:g[2]] != g[4]]
        if not bad:
            return texts, gold
        print(f"(gold offsets disagree with the imported text in {len(bad)} spans, "
              f"e.g. {bad[0]}; using the markup instead)")
    sys.path.insert(0, str(DEMO))
    from markup_format import parse
    texts, gold = {}, []
    for p in sorted((DEMO / "markup").glob("*.txt")):
        text, ids, _ = parse(p.read_text(encoding="utf-8"), p.stem)
        texts[p.stem] = text
        gold.extend((p.stem, s.start, s.end, s.type, s.text) for s in ids)
    return texts, gold


def _covered(gold_start, gold_end, text, spans) -> bool:
    need = {i for i in range(gold_start, gold_end) if text[i].isalnum()}
    for s in spans:
        need -= set(range(s.start, s.end))
    return not need


def score_demo(detector: Detector, texts, gold, show_fp: int = 0) -> float:
    by_source = defaultdict(list)
    for g in gold:
        by_source[g[0]].append(g)
    found, typed, total = defaultdict(int), defaultdict(int), defaultdict(int)
    pred_total, pred_ok = defaultdict(int), defaultdict(int)
    misses, false_pos = defaultdict(list), defaultdict(list)
    words, seconds = 0, 0.0
    for name, text in texts.items():
        t0 = time.perf_counter()
        sugg = detector.detect(text)
        seconds += time.perf_counter() - t0
        words += len(text.split())
        golds = by_source.get(name, [])
        for _, gs, ge, gt, gtext in golds:
            total[gt] += 1
            over = [s for s in sugg if s.start < ge and gs < s.end]
            if _covered(gs, ge, text, over):
                found[gt] += 1
                if any(s.type == gt for s in over):
                    typed[gt] += 1
            else:
                misses[gt].append(f"{name}: {gtext!r} in {text[max(0, gs - 30):ge + 20]!r}")
        for s in sugg:
            pred_total[s.type] += 1
            if any(s.start < ge and gs < s.end for _, gs, ge, _, _ in golds):
                pred_ok[s.type] += 1
            else:
                false_pos[s.type].append(f"{s.text!r} ({s.source} {s.score}) in "
                                         f"{text[max(0, s.start - 30):s.end + 20]!r}")
    print(f"\n== Demo gold: {len(texts)} transcripts, {words} words, {len(gold)} identifiers "
          f"(known-identifier list empty) ==")
    print(f"{'type':13} {'gold':>5} {'found':>6} {'recall':>7} {'typed':>6} {'sugg':>6} "
          f"{'prec':>6} {'F1':>6}")
    all_found = all_total = 0
    for t in GOLD_TYPES:
        n = total[t]
        r = found[t] / n if n else float("nan")
        tr = typed[t] / n if n else float("nan")
        p = pred_ok[t] / pred_total[t] if pred_total[t] else float("nan")
        f1 = 2 * p * r / (p + r) if n and pred_total[t] and p + r else float("nan")
        all_found += found[t]
        all_total += n
        print(f"{t:13} {n:5} {found[t]:6} {r:7.3f} {tr:6.3f} {pred_total[t]:6} {p:6.3f} "
              f"{f1:6.3f}")
    others = {t: pred_total[t] for t in pred_total if t not in GOLD_TYPES}
    sp = sum(pred_total.values())
    ok = sum(pred_ok.values())
    r_all = all_found / all_total
    p_all = ok / sp if sp else 0.0
    print(f"{'ALL':13} {all_total:5} {all_found:6} {r_all:7.3f} {'':6} {sp:6} {p_all:6.3f} "
          f"{2 * p_all * r_all / (p_all + r_all):6.3f}  (other types suggested: {others})")
    print(f"speed: {words / seconds:,.0f} words/s ({seconds:.2f} s for {words} words, "
          f"one thread, lists and model already loaded)")
    for t in GOLD_TYPES:
        for line in misses[t][:8]:
            print(f"  missed {t}: {line}")
    if show_fp:
        from collections import Counter
        for t, items in false_pos.items():
            print(f"  false {t} ({len(items)}), most frequent surface forms: "
                  f"{Counter(i.split(' (')[0] for i in items).most_common(25)}")
            for line in items[:show_fp]:
                print(f"    {line}")
    return words / seconds


def read_ner_test() -> list[list[tuple[str, str]]]:
    sys.path.insert(0, str(ROOT / "resources" / "models"))
    from train_ner import read_corpus
    return read_corpus(NER_TEST)


def _ents(sentence) -> set[tuple[int, int, str]]:
    out, i = set(), 0
    while i < len(sentence):
        label = sentence[i][1]
        j = i + 1
        if label != "O":
            while j < len(sentence) and sentence[j][1] == label:
                j += 1
            out.add((i, j, label))
        i = j
    return out


def score_ner(detector: Detector, limit: int | None = None) -> None:
    from qualcoder_htl.pseudonymise import ner
    if not NER_TEST.is_file() or not ner.available():
        print(f"\n(no NER test split at {NER_TEST}; skipped)")
        return
    from spacy.tokens import Doc

    nlp = ner.load()
    sentences = read_ner_test()[:limit]
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    per_total = per_found_model = per_found_all = per_found_thorough = 0
    from qualcoder_htl.pseudonymise.detector import DetectorOptions
    thorough = Detector(options=DetectorOptions(ner_scope="all"))
    t0 = time.perf_counter()
    ntok = 0
    docs = [Doc(nlp.vocab, words=[t for t, _ in s]) for s in sentences]
    for doc in docs:
        ntok += len(doc)
    ner_pipe = nlp.get_pipe("ner")
    predicted = list(ner_pipe.pipe(docs, batch_size=256))
    ner_seconds = time.perf_counter() - t0
    for s, doc in zip(sentences, predicted, strict=True):
        gold = _ents(s)
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        for label in ("PER", "LOC", "ORG", "MISC"):
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            tp[label] += len(g & p)
            fp[label] += len(p - g)
            fn[label] += len(g - p)
        # PER recall of the model (any overlap) and of the whole detector
        text = " ".join(t for t, _ in s)
        offsets, pos = [], 0
        for t, _ in s:
            offsets.append(pos)
            pos += len(t) + 1
        sugg = detector.detect(text)
        sugg_all = thorough.detect(text)
        for a, b, label in gold:
            if label != "PER":
                continue
            per_total += 1
            if any(x[0] < b and a < x[1] and x[2] == "PER" for x in pred):
                per_found_model += 1
            gs, ge = offsets[a], offsets[b - 1] + len(s[b - 1][0])
            over = [x for x in sugg if x.start < ge and gs < x.end]
            if _covered(gs, ge, text, over):
                per_found_all += 1
            if _covered(gs, ge, text, [x for x in sugg_all if x.start < ge and gs < x.end]):
                per_found_thorough += 1
    print(f"\n== Swedish NER corpus, test split: {len(sentences)} sentences, {ntok} tokens "
          f"(exact entity match; model alone, gold tokenisation) ==")
    print(f"{'label':6} {'gold':>5} {'prec':>6} {'recall':>7} {'F1':>6}")
    for label in ("PER", "LOC", "ORG", "MISC"):
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:6} {tp[label] + fn[label]:5} {p:6.3f} {r:7.3f} {f:6.3f}")
    print(f"PER recall, any overlap: model {per_found_model / per_total:.3f}; whole detector "
          f"(model + name lists + capitals, fully covered) {per_found_all / per_total:.3f} "
          f"with the model on undecided sentences (default), "
          f"{per_found_thorough / per_total:.3f} with the model on every sentence "
          f"(ner_scope='all'); {per_total} persons")
    print(f"model speed on gold tokens: {ntok / ner_seconds:,.0f} tokens/s")


def bench_project(texts: dict[str, str], n: int = 60, per_transcript: int = 4) -> None:
    """A project of ``n`` transcripts detected through the service, as the GUI and CLI run
    it. Each transcript joins ``per_transcript`` demo texts (about 8,000 words, the middle of
    the 3,000–12,000 a real interview has), with a line that makes it unique."""
    from qualcoder_htl.core.jobs import Progress
    from qualcoder_htl.services import Project
    try:
        from qualcoder_htl.services.pseudonymisation import PseudonymisationService
    except ImportError:
        print("\n(no pseudonymisation service yet; project benchmark skipped)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        items = list(texts.values())
        for i in range(n):
            parts = [items[(i + k) % len(items)] for k in range(per_transcript)]
            (folder / f"t{i:03}.txt").write_text(f"Intervju {i}\n" + "\n".join(parts),
                                                 encoding="utf-8")
        with Project.create(Path(tmp) / "p.qhtl", coder="bench") as p:
            p.importer.import_folder(folder)
            words = p.info()["words"]
            steps = []
            t0 = time.perf_counter()  # the window loads the detector in the background when a
            PseudonymisationService.preload_in_background().join()  # project opens
            loaded = time.perf_counter() - t0
            t0 = time.perf_counter()
            result = p.pseudonymisation.detect(Progress(lambda d, t, label: steps.append(d)))
            seconds = time.perf_counter() - t0
    print(f"\n== Project: {n} transcripts, {words} words (import not timed) detected through "
          f"the service in "
          f"{seconds:.1f} s ({words / seconds:,.0f} words/s, {len(steps)} progress steps, "
          f"{result.suggestions} suggestions), after the detector's load in the background "
          f"({loaded:.1f} s; with it {words / (seconds + loaded):,.0f} words/s); "
          f"target < 30 s ==")


SET_NAMES = ("demo", "ner-dev", "ner-dev-kept", "dev-interviews", "dev-c", "dev-d", "dev-e",
             "dev-f", "dev-g",
             "dev-h", "dev-i", "dev-j", "dev-k", "dev-l", "dev-m", "dev-n", "dev-o", "dev-p",
             "dev-q", "dev-r", "dev-s", "dev-t", "dev-u", "dev-v", "dev-w", "dev-x", "dev-y",
             "dev-z", "dev-za", "dev-zb", "dev-zc", "dev-zd", "dev-ze", "dev-zf", "dev-zg",
             "dev-zh", "dev-zi", "dev-zj", "dev-zk", "dev-zl",
             "dev-zm", "dev-zn", "dev-zo", "dev-zp", "dev-zq", "dev-zr", "dev-zs", "dev-zt",
             "dev-zu", "dev-zv", "dev-zw", "dev-zx", "dev-zy", "dev-zz", "dev-zza", "dev-zzb",
             "dev-zzc", "dev-zzd", "dev-zze", "dev-zzf", "dev-zzg", "dev-zzh", "dev-zzi",
             "dev-zzj", "dev-zzk", "dev-zzl", "dev-zzm", "dev-zzo", "dev-zzp", "dev-zzq", "dev-zzr",
             "dev-zzs", "dev-zzt", "dev-zzu", "dev-zzv", "dev-zzw", "dev-zzx",
             "dev-zzy", "dev-zzz", "dev-zzza", "dev-zzzb", "dev-zzzc", "dev-zzzd", "dev-zzze",
             "dev-zzzf", "dev-zzzg", "dev-zzzh", "dev-zzzi", "dev-zzzj", "dev-zzzk", "dev-zzzl",
             "dev-zzzm", "dev-zzzn", "dev-zzzo", "dev-zzzp",
             "dev-zzzq", "dev-zzzr", "dev-zzzs", "dev-zzzt", "dev-zzzu", "dev-zzzv",
             "dev-zzzw", "dev-zzzx", "dev-zzzy", "dev-zzzz", "dev-ya", "dev-yb", "dev-yd",
             "dev-ye", "dev-yf", "dev-yg", "dev-yc", "dev-yi", "dev-yh", "dev-yj", "dev-yk",
             "dev-yl", "dev-ym", "dev-yn", "dev-yo", "dev-yp", "dev-yq", "dev-yr",
             "dev-ys", "dev-yt", "dev-yu", "dev-yv", "dev-yw", "dev-yx", "dev-yy",
             "dev-yz", "dev-xa", "dev-xb", "dev-xc", "dev-xd",
             "dev-xe", "dev-xf", "dev-xg", "dev-xh", "dev-xi", "dev-xj",
             "dev-xk", "dev-xl", "dev-xm", "dev-xn",
             "dev-xo", "dev-xp", "dev-xq", "dev-xr", "dev-xs", "dev-xt", "dev-xu", "dev-xv",
             "dev-xw", "dev-xx", "dev-xy", "dev-xz", "dev-wb", "dev-wa", "dev-wc",
             "dev-wd", "dev-we", "dev-wf", "dev-wg", "dev-wh", "dev-wi", "dev-wj", "dev-wk",
             "dev-wl", "dev-wm", "dev-wn", "dev-wo", "dev-wp", "dev-wq", "dev-wr", "dev-ws",
             "dev-wt", "dev-wu", "dev-wx", "dev-wy", "dev-wv", "dev-ww", "dev-wz", "dev-va",
             "dev-vb", "dev-vc", "dev-vd", "dev-ve", "dev-vf", "dev-vg", "dev-vh", "dev-vi",
             "dev-vj", "dev-vk", "dev-vl", "dev-vm", "dev-vn", "dev-vo",
             "swap", "ner", "ner-nc",
             "ner-kept", "interviews")


def score_sets(detector: Detector, names, small: bool, misses: int) -> None:
    """Section 4: token-level figures per set, then the summary table."""
    chosen, notes = sets.load_sets(list(names), small=small)
    for line in notes:
        print(f"\n{line}")
    rows = []
    for ev in chosen:
        gc.collect()  # the previous set's scoring garbage is not this set's detection time
        sc = sets.score(detector, ev.docs, misses, project=not ev.key.startswith("ner"))
        sets.report(ev, sc, misses)
        rows.append((ev.key + (" (dev)" if ev.development else ""), sc.figures()))
    if rows:
        sets.table(rows)


def cold_start(runs: int = 3) -> None:
    """The detector ready from a cold start: a fresh process imports it and loads the lists,
    lexicon, word frequencies and model (target: 2 s)."""
    import subprocess
    code = ("import time; t = time.perf_counter()\n"
            "from qualcoder_htl.pseudonymise.detector import Detector, preload\n"
            "preload(); Detector().detect('Anna bor i Tjärnadalen.')\n"
            "print(time.perf_counter() - t)")
    times = sorted(float(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                        text=True, check=True, cwd=ROOT).stdout)
                   for _ in range(runs))
    print(f"detector ready from a cold start (fresh process, {runs} runs): median "
          f"{times[len(times) // 2]:.2f} s, best {times[0]:.2f} s; target 2 s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true",
                    help="a quick run: 5 transcripts, 300 NER sentences, a 5-source project")
    ap.add_argument("--no-project", action="store_true")
    ap.add_argument("--no-ner", action="store_true", help="detection without the NER model")
    ap.add_argument("--no-ner-corpus", action="store_true")
    ap.add_argument("--show-fp", type=int, default=0, help="print N false positives per type")
    ap.add_argument("--set", choices=SET_NAMES, action="append", dest="sets",
                    help="token-level figures of this set only (repeatable); skips sections "
                         "1-3")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print N missed gold tokens per set with context (for the "
                         "development set: do not read them for an evaluation set)")
    ap.add_argument("--cold-start", action="store_true",
                    help="also time the detector's start in fresh processes")
    args = ap.parse_args(argv)
    if args.cold_start:
        cold_start()
    t0 = time.perf_counter()
    from qualcoder_htl.pseudonymise.detector import DetectorOptions
    detector = Detector(options=DetectorOptions(use_ner=not args.no_ner))
    detector.detect("Anna bor i Tjärnadalen.")  # load lists, lexicon and model
    print(f"loading lists, lexicon and model: {time.perf_counter() - t0:.1f} s")
    # a running program has detected before: warm up on a synthetic transcript that belongs
    # to no set measured here, so words/s below is the steady speed, not the first calls'
    sys.path.insert(0, str(ROOT / "corpora"))
    import random

    from synthetic import transcript
    t0 = time.perf_counter()
    rng = random.Random(11)
    syllables = ("ka", "lo", "vi", "ran", "ost", "mir", "eb", "tu", "zan", "dor")
    invented = [("".join(rng.choice(syllables) for _ in range(3))).capitalize()
                for _ in range(60)]  # words no list knows: the model reads their sentences
    warm = transcript(rng, 3000) + "\n" + "\n".join(
        f"IP: Vi pratade med {a} igår, och {b} sa att det gick bra på {c}."
        for a, b, c in zip(invented[::3], invented[1::3], invented[2::3], strict=True))
    detector.detect(warm)
    print(f"warm-up on a synthetic transcript ({len(warm.split()):,} words, in no set): "
          f"{time.perf_counter() - t0:.2f} s")
    if args.sets:
        score_sets(detector, args.sets, args.small, args.misses)
        return 0
    texts, gold = load_demo()
    if args.small:
        texts = dict(list(texts.items())[:5])
        gold = [g for g in gold if g[0] in texts]
    score_demo(detector, texts, gold, args.show_fp)
    if not args.no_ner_corpus:
        score_ner(detector, limit=300 if args.small else None)
    if not args.no_project:
        bench_project(texts, n=5 if args.small else 60, per_transcript=1 if args.small else 4)
    names = [n for n in SET_NAMES if not (args.no_ner_corpus and n.startswith("ner"))]
    score_sets(detector, names, args.small, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
