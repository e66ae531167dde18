"""The one place that imports spaCy (lazily, so `--help` stays fast) and builds the pipeline once."""

from __future__ import annotations

from functools import lru_cache

# spaCy refuses texts over nlp.max_length; blocks longer than this are cut at whitespace first,
# so a whole document of any size is tokenised, never truncated.
CHUNK = 100_000


@lru_cache(maxsize=1)
def pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most ``size`` characters, cut at whitespace where possible."""
    out = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind(" ", pos + size // 2, end)
            if cut == -1:
                cut = text.rfind("\n", pos + size // 2, end)
            if cut > pos:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


def analyse(texts: list[str], matcher=None) -> list[tuple[list[tuple[int, int]], list[tuple[str, int, int]]]]:
    """For each text: its sentence (start, end) offsets and the phrase matches (key, start, end).

    One pass of the pipeline serves both, batched over all texts.
    """
    nlp = pipeline()
    pieces = []  # (text index, offset, piece)
    for i, t in enumerate(texts):
        for off, piece in chunks(t):
            pieces.append((i, off, piece))
    result = [([], []) for _ in texts]
    strings = nlp.vocab.strings
    for (i, off, _), doc in zip(pieces, nlp.pipe((p for _, _, p in pieces), batch_size=256)):
        sents, hits = result[i]
        for sent in doc.sents:
            sents.append((off + sent.start_char, off + sent.end_char))
        if matcher is not None:
            for match_id, s, e in matcher(doc):
                span = doc[s:e]
                hits.append((strings[match_id], off + span.start_char, off + span.end_char))
    return result


def phrase_matcher(phrases_by_key: dict[str, list[str]]):
    """A PhraseMatcher on lower-cased tokens; match ids are the keys."""
    from spacy.matcher import PhraseMatcher

    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, phrases in phrases_by_key.items():
        if phrases:
            matcher.add(key, list(nlp.tokenizer.pipe(phrases)))
    return matcher
