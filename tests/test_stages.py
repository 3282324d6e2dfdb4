"""Each stage on real text from the seed articles, per language."""
import pytest

from parley.document import Document
from parley.stages.clean import is_boilerplate
from parley.stages.sentences import split

from .conftest import DEV_DOCS, analyse, needs_shared


@pytest.mark.parametrize("line,expected", [
    ("ماخذ: https://www.vietnamplus.vn/viet-nam-va-nhat-ban-tiep-tuc-thuc-day-hop-tac-quoc-phong-sau-rong-post1081245.vnp", True),
    ("تبصرہ (0)", True),
    ("621", True),
    ("Source: https://example.org/a", True),
    ("COAS appreciated Japan’s support for peace and stability in the region.", False),
    ("جاپانی وزیر دفاع نے خطے اور دنیا میں امن اور تعاون کے فروغ میں ویتنام کے کردار کو سراہا۔", False),
])
def test_boilerplate(line, expected):
    assert is_boilerplate(line) is expected


@pytest.mark.parametrize("lang,text,n", [
    ("en", "Mr. Trump had a warm meeting with President Juan Carlos Varela of Panama in June 2017. "
           "The U.S. envoys returned.", 2),
    ("ur", "جاپانی وزیر دفاع نے خطے اور دنیا میں امن اور تعاون کے فروغ میں ویتنام کے کردار کو سراہا۔ دونوں ممالک کے درمیان تعلقات کی اچھی ترقی کے تناظر میں۔", 2),
    ("vi", "Tại đối thoại , hai bên cũng trao đổi về tình hình thế giới , khu vực và các vấn đề cùng quan tâm . Hai bên thống nhất .", 2),
    ("ar", "في الرابع من ديسمبر، عُقد في طوكيو، اليابان، الحوار الأول. وأكد الجانبان على أهمية الدور.", 2),
    ("zh", "土耳其总统来访。两国领导人会面。", 2),
])
def test_sentence_split(lang, text, n):
    assert len(list(split(text, 0, len(text), ".!?", ("Mr.", "U.S.")))) == n


@needs_shared
@pytest.mark.parametrize("doc,lang", [
    ("seed_000.txt", "ur"), ("seed_001.txt", "ar"), ("seed_002.txt", "en"),
    ("seed_003.txt", "fa"), ("seed_004.txt", "vi"),
])
def test_document_language_and_cleaning(doc, lang):
    text = (DEV_DOCS / doc).read_text(encoding="utf-8")
    d = analyse(text)
    assert d.lang == lang
    for b in d.boilerplate:
        assert not any(p.start <= b.start < p.end for p in d.paragraphs)
    # Stages add spans but never change the text.
    assert d.text == text
    for s in d.sentences:
        assert text[s.start:s.end].strip() == text[s.start:s.end]


@needs_shared
def test_mixed_document_has_two_languages():
    d = analyse((DEV_DOCS / "seed_002.txt").read_text(encoding="utf-8"))
    assert {p.lang for p in d.paragraphs} == {"en", "ur"}


def test_pipeline_keeps_text_and_offsets():
    text = "The Japanese Ambassador to Pakistan met Chief of Army Staff (COAS) General Qamar Javed Bajwa in Rawalpindi on Wednesday."
    d = analyse(text, "en")
    for m in d.mentions:
        assert 0 <= m.start < m.end <= len(text)
    people = [m for m in d.mentions if m.kind == "person"]
    assert any(m.name == "Qamar Javed Bajwa" for m in people)
    places = [m for m in d.mentions if m.kind == "place"]
    assert [p.name for p in places] == ["Rawalpindi"]
    assert isinstance(d, Document)
