"""The Doc-free token paths (nlp.SpanTokens) must give exactly what spaCy's Doc gives."""

import pytest

from analyzer.ingest import load
from analyzer.ingest.text import document_from_text
from analyzer.nlp import analyse, pipeline, sentences, spans, _pipeline_tokens
from analyzer.rules import builtin_rules
from conftest import SAMPLES

# whitespace runs, leading and trailing spaces, special cases ("cannot", "a.m.", ":)") and
# punctuation pairs that a special case could join across two words ("'s:" then "(a)")
TRICKY = [
    "", " ", "\n\n", "One. Two", " lead. x", "trail. x ", "a  b.  C d.\n\nE\tf.\r\nG",
    "He said: (a) yes. No!  Two  spaces\n\nnew para. ok", "cannot. Gonna go. Can't stop!",
    "Meet at 10a.m. _. Then go.", "It ends :) (fine). Next", "it's: (a) done. Yes",
    "Company's: (i) x. Y", "a.m.: (a) b. C", "Section 3.2(a): see. (b) also", "“Quoted.” Next one…",
    "https://example.com/terms. Then", "U.S.A. and the E.U. agree.", "x" * 50 + ". " + "y " * 30,
]


def _texts():
    texts = list(TRICKY)
    for r in builtin_rules():
        for kind in ("present", "weak", "missing"):
            texts.extend(r.examples.get(kind) or [])
    for name in ("one-sided-agreement-weak.pdf", "plain-services-agreement.txt", "statement-of-work.docx"):
        doc = load(SAMPLES / name)
        texts.extend(doc.text[b.start:b.end] for b in doc.blocks)
    return texts


def _spacy_spans(text):
    """The spans spaCy's tokenizer reads one by one, from its tokens' whitespace."""
    out, start = [], None
    for t in pipeline().tokenizer(text):
        if start is None:
            start = t.idx
        if t.whitespace_ or t.is_space or t.i + 1 == len(t.doc) or t.doc[t.i + 1].is_space:
            out.append((start, t.idx + len(t.text)))
            start = None
    return out


def test_spans_are_the_tokenizers():
    for text in TRICKY:
        assert spans(text) == _spacy_spans(text), text


def test_sentences_are_those_of_the_spacy_pipeline():
    texts = _texts()
    assert len(texts) > 500
    expected = [a[0] for a in analyse(texts)]
    assert sentences(texts) == expected
    assert sentences(texts) == expected  # again, from the remembered spans
    assert sum(len(s) > 1 for s in expected) > 50  # the texts really have several sentences


def test_a_special_case_that_may_cross_two_words_is_left_to_spacy():
    cache = _pipeline_tokens()
    text = "it's: (a) done. Yes"
    words = [text[a:b] for a, b in spans(text)]
    assert cache.crosses(words, cache.entries(words))  # "s:" then "(" and "'s" is a special case
    assert not cache.crosses(["One."], cache.entries(["One."]))
    assert sentences([text]) == [a[0] for a in analyse([text])]


def test_words_kept_whole_need_no_doc_but_match_it():
    cache = _pipeline_tokens()
    tok = pipeline().tokenizer
    for word in ("agreement", "Agreement,", "cannot", "(a)", "10a.m.", "e-mail", "https://example.com", "’s"):
        whole = cache._one_token(word)
        assert whole == (len(tok(word)) == 1 and word not in tok.rules), word
        entry = cache.entries([word])[0]
        assert entry.orths == tuple(t.orth for t in tok(word)), word


def test_long_text_sentences_cross_the_chunk_size():
    from analyzer import nlp

    text = " ".join(["Words here. More words"] * 12_000)  # over nlp.CHUNK characters
    assert len(text) > nlp.CHUNK
    assert sentences([text]) == [a[0] for a in analyse([text])]


@pytest.mark.parametrize("name", ["one-sided-agreement-weak.pdf", "plain-services-agreement.txt"])
def test_excluded_skips_splitting_only_where_no_exclude_pattern_can_match(name, monkeypatch):
    """_excluded asks the prefilter whether an exclude pattern can match in the block before
    splitting it into sentences; with that check off, every rule must find the same hits."""
    from analyzer.matching import candidates
    from analyzer.matching.compiled import compile_rules
    from analyzer.matching.prefilter import BlockFilter
    from analyzer.roles import detect

    doc = load(SAMPLES / name)
    lib = compile_rules(builtin_rules(), detect(doc.text))
    fast = candidates.prepare(doc, lib)
    with_check = [candidates._hits_for(fast, cr) for cr in lib.rules]
    monkeypatch.setattr(BlockFilter, "may_match", lambda self, rx, block: True)
    plain = candidates.prepare(doc, lib)
    assert [candidates._hits_for(plain, cr) for cr in lib.rules] == with_check
    assert sum(map(len, with_check)) > 10


def test_may_match_is_false_only_without_a_required_literal():
    from analyzer.matching.compiled import LazyPattern
    from analyzer.matching.prefilter import BlockFilter

    doc = document_from_text("Liability is capped.\n\nNothing about it here.")
    starts, ends = [b.start for b in doc.blocks], [b.end for b in doc.blocks]
    f = BlockFilter(doc.text, starts, ends, frozenset({"liabil"}))
    rx = LazyPattern(r"\bliabil\w+\s+is\s+capped")
    assert [f.may_match(rx, i) for i in range(len(starts))] == [True, False]
    assert f.may_match(LazyPattern(r"^\s*\w+"), 1)  # no literal requirement: may match anywhere


def test_sparse_and_dense_sentence_paths_agree_with_spacy():
    """sentences() tokenises only marked words; _dense_sentences reads every span: both must give
    spaCy's sentences (None only where a special case may join two words)."""
    from analyzer.nlp import _dense_sentences, _sparse_sentences

    cache = _pipeline_tokens()
    assert cache.sparse_ok
    for text in _texts():
        expected = analyse([text])[0][0]
        for path in (_sparse_sentences, _dense_sentences):
            found = path(text, cache)
            assert found is None or found == expected, (path.__name__, text)


def test_split_gives_the_tokenizers_tokens_for_every_word():
    """SpanTokens._split follows spaCy's affix steps in Python (no Doc, no lexemes): for every word
    of the test texts, normalised as the classifier reads them too, the same token texts as spaCy's
    tokenizer, or None (left to spaCy) where a special case takes part."""
    from analyzer.classifier import normalise

    from analyzer.classifier import resolve
    from analyzer.nlp import SpanTokens

    tokenizers = [(_pipeline_tokens(), pipeline().tokenizer)]
    model = resolve("default")
    if model is not None:  # the classifier's own tokenizer (its rules come with the model)
        tokenizers.append((SpanTokens(model.nlp.tokenizer), model.nlp.tokenizer))
    words = {w for text in _texts() for w in text.split()}
    words |= {w for text in _texts() for w in normalise(text).split()}
    words |= {"cannot", "(cannot)", "don't.", "a.m.", "(a.m.)", ":)", "x:)", "e-mail,", "U.S.", "10km.",
              "“Agreement”),", "https://example.com/terms.", "'s", "Company's:", "...", "--", "(i)(a)", "$1,000.00",
              # one mark each side (SpanTokens._one_mark_each_side), special cases among them
              "(a)", "agreement,", "“Agreement”", "[a]", "cannot,", "(cannot)", "'em,", "(etc)", "US,", "(km)", "s'",
              "(Inc),", "Inc.,", "(A)", "x!", "{b}", "‘term’"}
    for cache, tok in tokenizers:
        split = 0
        for w in sorted(words):
            found = cache._split(w)
            if found is not None:
                assert found == [t.text for t in tok(w)], w
                split += 1
        assert split > 0.9 * len(words) and split < len(words)
