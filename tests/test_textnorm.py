import pytest

from parley.textnorm import fold, fold_str
from tests.conftest import SHARED


@pytest.mark.parametrize("a,b", [
    ("كوبا", "کوبا"),                      # Arabic kaf/yeh vs Persian
    ("کوئزومی", "کویزومی"),                  # hamza seat folded
    ("الرابع", "الرابع"),
    ("عُقد", "عقد"),                          # harakat dropped
    ("۲۰۱۷", "2017"),                        # Persian digits
    ("٢٠١٩", "2019"),                        # Arabic-Indic digits
    ("quan tâm .", "quan tâm."),             # Vietnamese space before punctuation
    ("Japan’s", "japan's"),
    ("هیئت\u200cها", "هیئت ها"),            # ZWNJ
])
def test_fold_equates_variants(a, b):
    assert fold_str(a) == fold_str(b)


def test_offsets_point_back_to_original():
    text = "Tại đối thoại , hai bên"
    f = fold(text)
    i = f.text.index("hai")
    s, e = f.span(i, i + 3)
    assert text[s:e] == "hai"


def test_decomposed_vietnamese_composes():
    import unicodedata
    nfd = unicodedata.normalize("NFD", "Nhật Bản")
    assert fold(nfd).text == fold_str("Nhật Bản")


def test_fast_fold_agrees_with_the_character_path():
    """The translate fast path must give exactly what the character-by-character path gives."""
    import json
    import random

    from parley.textnorm import _fold_slow

    rng = random.Random(7)
    texts = []
    for path in sorted((SHARED / "corpus" / "ntrex").glob("*.jsonl"))[:40]:
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"][:400] for line in list(f)[:5]]
    pool = "aB ,.\t\nßİé\u0301ّيك«»\u200c\u200d  ١٢Ωﬁ"
    texts += ["".join(rng.choice(pool) for _ in range(rng.randrange(12))) for _ in range(3000)]
    for t in texts:
        a = rng.randrange(len(t) + 1)
        b = rng.randrange(a, len(t) + 1)
        fast, slow = fold(t, a, b), _fold_slow(t, a, b)
        assert (fast.text, fast.offsets) == (slow.text, slow.offsets), repr(t[a:b])
