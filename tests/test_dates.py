import pytest

from .conftest import analyse


def _dates(text, lang, published=None):
    from parley.document import Document
    from parley.pipeline import Pipeline
    d = Pipeline()(Document(id="t", text=text, lang=lang, published=published))
    return [m.value for m in d.mentions if m.kind in ("date", "weekday")]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "In August 2020, General Qamar Javed Bajwa and Japanese Defense Minister Taro Kono discussed it.", ["2020-08"]),
    ("en", "Mr. Trump had a warm meeting with President Juan Carlos Varela of Panama in June 2017.", ["2017-06"]),
    ("en", "It may be mentioned here that in 2019, Pakistan and Japan signed a Memorandum.", ["2019"]),
    # The weekday pins the year: 29 September last fell on a Saturday in 2018 (then 2029).
    ("en", "There were smiles and blue skies on Saturday (September 29) as the leaders met.", [None, "2018-09-29"]),
    ("en", "The leaders met on September 29 in Berlin.", ["--09-29"]),  # no weekday: no year
    ("ru", "В субботу, 29-го сентября, лидеры Турции и Германии встретились.", [None, "2018-09-29"]),
    ("tr", "Türkiye ve Almanya liderleri cumartesi günü (29 Eylül) Berlin'de buluştu.", [None, "2018-09-29"]),
    ("vi", "Trong ngày thứ Bảy (29 tháng 9) các nhà lãnh đạo đã gặp nhau.", [None, "2018-09-29"]),
    ("vi", "Đây là lần thứ hai (29 tháng 9) hai bên gặp nhau.", ["--09-29"]),  # "the second time"
    ("en", "The first 2+2 dialogue took place.", []),
])
def test_dates(lang, text, expected):
    assert _dates(text, lang) == expected


def test_publication_date_resolves_weekday_and_year():
    text = "There were smiles and blue skies on Saturday (September 29) as the leaders met."
    assert _dates(text, "en", published="2018-10-01") == ["2018-09-29", "2018-09-29"]


def test_weekday_must_stand_beside_the_date_to_give_its_year():
    assert _dates("They met on Friday; the summit closed on September 29.", "en") == [None, "--09-29"]


def test_month_name_needs_capital_in_english():
    d = analyse("It may be mentioned here that the two countries may meet.", "en")
    assert not [m for m in d.mentions if m.kind == "date"]


@pytest.mark.parametrize("lang,text,published,expected", [
    ("en", "State Department officials announced early this month that they would call back the envoys.", "2018-09-20", ["2018-09"]),
    ("ur", "گزشتہ ماہ پاکستان اور جاپان نے مفاہمت کی یادداشت پر دستخط کیے۔", "2020-08-15", ["2020-07"]),
    ("vi", "Hôm qua , hai bên đã ký kết biên bản ghi nhớ .", "2024-01-10", ["2024-01-09"]),
    ("ja", "昨年、両国は覚書に署名した。", "2019-05-01", ["2018"]),
    ("en", "Yesterday the two sides met.", None, []),       # no publication date: left unresolved
    # Relative phrases news writes beyond CLDR's, from the NTREX translations of one sentence.
    ("ru", "Об этом заявила в начале месяца официальный представитель департамента.", "2018-09-20", ["2018-09"]),
    ("tr", "Sözcü bu ayın başlarında bir ifadesinde bunu söyledi.", "2018-09-20", ["2018-09"]),
    ("vi", "Theo tuyên bố của phát ngôn viên hồi đầu tháng.", "2018-09-20", ["2018-09"]),
    ("hi", "इस महीने की शुरूआत में विभाग के प्रवक्ता ने कहा।", "2018-09-20", ["2018-09"]),
    ("fr", "a fait savoir la porte-parole du département, au début du mois dans un communiqué.", "2018-09-20",
     ["2018-09"]),
])
def test_relative_dates_resolve_against_publication(lang, text, published, expected):
    assert _dates(text, lang, published=published) == expected
