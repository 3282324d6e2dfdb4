"""Russian (ru) language data: countries, false friends, triggers, negation, future, "two sides".

Every sentence is copied from ../shared/corpus (dev documents ru_ntrex_3/5 and the NTREX
Russian stories in ntrex/rus.jsonl); they are inlined so the tests need no shared files.
"""
from __future__ import annotations

import pytest

from tests.conftest import codes_of, keys_of
from tests.conftest import key as k

LANG = "ru"


# (sentence, codes that must be recognised)
COUNTRY_ROWS = [
    # inflected adjectives, instrumental capitals as metonyms, EU abbreviation
    ("Немецкие промышленники в лице Федерации немецкой промышленности (BDI), призвали США держаться "
     "подальше от энергетической политики ЕС и двусторонних соглашений между Берлином и Москвой.",
     {"DEU", "USA", "EUR", "RUS"}),
    # genitive country names, "госдепартамент" = US State Department
    ("Представители госдепартамента решили отозвать американских руководителей дипломатических миссий "
     "из Сальвадора, Доминиканской Республики и Панамы по причине «недавних решений о непризнании "
     "Тайваня», заявила в начале этого месяца пресс-секретарь департамента Хезер Науэрт.",
     {"USA", "SLV", "DOM", "PAN", "TWN"}),
    ("В Кельне проживает самая большая турецкая диаспора за пределами Турции.", {"TUR"}),
    # capital as metonym, demonym in genitive plural
    ("Сеул утверждает, что с момента окончания Корейской войны в 1953 году более 30 000 северокорейцев "
     "незаконно пересекли границу.", {"KOR", "PRK"}),
    ("Джин Фриман, MSP, обратилась с этим письмом к сотрудникам менее, чем за шесть месяцев до выхода "
     "Великобритании из ЕС.", {"GBR", "EUR"}),
    ("По оценкам ООН, более 5,5 миллионов сирийцев покинули страну с начала войны в 2011 году.",
     {"UNO", "SYR"}),
    ("США наказали Эль-Сальвадор за поддержку Китая, но затем отступили", {"USA", "SLV", "CHN"}),
]


@pytest.mark.parametrize("text,expected", COUNTRY_ROWS)
def test_countries(text, expected):
    assert expected <= codes_of(text, LANG)


# (sentence, code that must NOT be recognised)
FALSE_FRIEND_ROWS = [
    # "округ Колумбия" is the District of Columbia (USA), not Colombia
    ("Восемнадцать штатов и округ Колумбия поддерживают правовое оспаривание новой политики США, "
     "которая запрещает предоставление убежища жертвам бегства или домашнего насилия.", "COL"),
    # the pronoun "того" is not Togo
    ("Это был последний день визита президента Эрдогана в Германию с целью наладить отношения между "
     "двумя странами-участниками НАТО — визита, и без того сопряженного с некоторыми конфликтами.", "TGO"),
]


@pytest.mark.parametrize("text,absent", FALSE_FRIEND_ROWS)
def test_false_friends(text, absent):
    assert absent not in codes_of(text, LANG)


# (text, keys that must be among the scored keys)
EVENT_ROWS = [
    # CONSULT: "встретились"
    ("В субботу, 29-го сентября, когда лидеры Турции и Германии встретились за завтраком, стояла "
     "прекрасная погода, и оба высших лица были в отличном настроении.",
     {k("CONSULT", "TUR", "DEU")}),
    # SUPPORT: recognition ("признали Пекин")
    ("Дипломаты отметили, что Доминиканская Республика и Панама уже признали Пекин, что вызвало "
     "негативную реакцию Вашингтона.",
     {k("SUPPORT", "DOM", "CHN"), k("SUPPORT", "PAN", "CHN")}),
    # SANCTION withdraw ("отозвать") and discontinue ("непризнании")
    ("Представители госдепартамента решили отозвать американских руководителей дипломатических миссий "
     "из Сальвадора, Доминиканской Республики и Панамы по причине «недавних решений о непризнании "
     "Тайваня», заявила в начале этого месяца пресс-секретарь департамента Хезер Науэрт.",
     {k("SANCTION", "USA", "SLV"), k("SANCTION", "USA", "DOM"), k("SANCTION", "USA", "PAN"),
      k("SANCTION", "SLV", "TWN"), k("SANCTION", "PAN", "TWN")}),
    # SANCTION (punish) and SUPPORT (noun "поддержку") in a headline
    ("США наказали Эль-Сальвадор за поддержку Китая, но затем отступили",
     {k("SANCTION", "USA", "SLV"), k("SUPPORT", "SLV", "CHN")}),
    # AID: "помощи" (but not "с помощью")
    ("Однако возможность наказания рассматривалась только в отношении Сальвадора, который получил около "
     "140 миллионов долларов американской помощи в 2017 году, в том числе на контроль над наркотиками, "
     "экономическое развитие и поддержку.",
     {k("AID", "SLV", "USA")}),
    # ACCUSE: "обвинил", office + genitive country
    ("Однако в субботу министр иностранных дел Северной Кореи Ри Юн Хо обвинил США в том, что своими "
     "санкциями они препятствуют прогрессу в этом вопросе.",
     {k("ACCUSE", "PRK", "USA")}),
    ("Посол США обвиняет Китай в «нападках», осуществляемых посредством «пропагандистской рекламы»",
     {k("ACCUSE", "USA", "CHN")}),
    # REQUEST: "призвали"
    ("Немецкие промышленники в лице Федерации немецкой промышленности (BDI), призвали США держаться "
     "подальше от энергетической политики ЕС и двусторонних соглашений между Берлином и Москвой.",
     {k("REQUEST", "DEU", "USA")}),
]


@pytest.mark.parametrize("text,expected", EVENT_ROWS)
def test_event_types(text, expected):
    assert expected <= keys_of(text, LANG)


def test_negation_drops_event():
    # "не будет ... влиять на исход возможных переговоров": negated, no event
    text = ("Находящийся в Нидерландах орган ООН не имеет полномочий распоряжаться чилийской территорией "
            "и уже заявил, что не будет никак влиять на исход возможных переговоров.")
    assert keys_of(text, LANG) == set()


def test_future_is_agree():
    # "продолжат переговоры" (will continue talks): AGREE, not CONSULT
    text = "Боливия и Чили в какой-то момент продолжат переговоры, но после этого будет крайне трудно вести дискуссии."
    keys = keys_of(text, LANG)
    assert k("AGREE", "BOL", "CHL") in keys
    assert k("CONSULT", "BOL", "CHL") not in keys


def test_two_sides_resolve_to_document_parties():
    # "лидеры двух стран" (the leaders of the two countries) = the two Koreas named before
    text = ("Подавляющему большинству северокорейских перебежчиков в конечном итоге предлагается "
            "гражданство Южной Кореи. В начале этого месяца лидеры двух стран встретились в Пхеньяне для "
            "возобновления зашедших в тупик переговоров по ядерному разоружению.")
    assert k("CONSULT", "PRK", "KOR") in keys_of(text, LANG)


def test_hypothetical_khotya_by_is_not_conditional():
    # "хотя бы" (at least) is not the conditional particle "бы": the pledge stays
    text = ("Китай пообещал, что ответные меры против США будут каждый раз равносильны, и вторая по "
            "величине экономика мира вряд ли начнет испытывать хотя бы малейшие сложности в ближайшее время.")
    assert k("AGREE", "CHN", "USA") in keys_of(text, LANG)
