import pytest

from parley.textnorm import fold, fold_str


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
