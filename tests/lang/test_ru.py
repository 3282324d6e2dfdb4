"""Russian (ru) language data: countries, false friends, triggers, negation, future, "two sides",
domestic events (police, protesters, suspects) and the groups they involve.

Every sentence is copied from ../shared/corpus (dev documents ru_ntrex_3/5 and the NTREX
Russian stories in ntrex/rus.jsonl); they are inlined so the tests need no shared files.
"""
from __future__ import annotations

import pytest

from parley.stages.events import DOMESTIC_TYPES
from tests.conftest import analyse, codes_of, keys_of, reports, side, sides_of, with_groups
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


# (text, events that must be among the coded ones: (type, actor side, recipient side), None for
# a recipient the sentence leaves open); an empty set marks a text that reports no domestic event.
DOMESTIC = [
    # Protesters pelting the police with eggs in Barcelona: a protest against the police.
    ("Сотрудники полиции оттесняли протестующих сторонников независимости, тогда как последние, облаченные "
     "в черные маски, забрасывали стражей порядка яйцами и порошковой краской, поднимая облака темной пыли в "
     "самом центре Барселоны.",
     {("PROTEST", side(("ESP", "CVL")), side(("ESP", "COP")))}),
    # "участники беспорядков" (rioters) clash with "полицейскими" and are taken into custody
    # ("попали под стражу"); Spain is named in the sentence before.
    ("В субботу в Барселоне прошел многотысячный митинг, посвященный первой годовщине референдума о выходе "
     "Каталонии из состава Испании, расколовшего страну на два лагеря. Не обошлось без столкновений между "
     "сторонниками независимости автономии и полицейскими; шестеро участников беспорядков попали под стражу.",
     {("COERCE", side(("ESP", "COP")), side(("ESP", "CVL"))),
      ("PROTEST", side(("ESP", "CVL")), side(("ESP", "COP")))}),
    # Police arrest a suspect ("подозреваемый", a criminal suspect) in Baton Rouge.
    ("Полиция Батон-Руж, штат Луизиана, объявила в субботу, что подозреваемый в убийстве (стрельба)  "
     "баскетболиста LSU Уэйда Симса, произошедшего в пятницу, был арестован.",
     {("COERCE", side(("USA", "COP")), side(("USA", "CRM")))}),
    # Negative: a pig attacking a farming couple is no political event.
    ("В 2016 году свинья напала на женщину и ее мужа на ферме в американском штате Массачусетс, тяжело "
     "травмировав мужчину.", set()),
    # Negative: a shark attack.
    ("По сообщениям официальных источников, в субботу, первый день сезона охоты на лобстеров, в Калифорнии "
     "13-летний ныряльщик подвергся нападению акулы и получил телесные повреждения.", set()),
    # Negative: journalists disputing a claim.
    ("Некоторые журналисты оспаривают это утверждение: Сандерс не проводила брифингов в Белом доме с "
     "10 сентября.", set()),
]


@pytest.mark.parametrize("text,expected", DOMESTIC)
def test_domestic_events(text, expected):
    found = sides_of(text, LANG)
    if expected:
        for etype, actor, recipient in expected:
            assert reports(found, etype, actor, recipient), found
    else:
        assert not with_groups(found, DOMESTIC_TYPES), found


# (text, sector): a group word named in the sentence.
GROUP_ROWS = [
    ("Некоторые журналисты оспаривают это утверждение: Сандерс не проводила брифингов в Белом доме с "
     "10 сентября.", "JRN"),
    ("Сотрудники полиции оттесняли протестующих сторонников независимости, тогда как последние, облаченные "
     "в черные маски, забрасывали стражей порядка яйцами и порошковой краской, поднимая облака темной пыли в "
     "самом центре Барселоны.", "COP"),
    ("В пятницу сепаратисты заночевали на заявленном пути следования демонстрации в поддержку испанской "
     "полиции, чтобы помешать ее проведению.", "REB"),
]


@pytest.mark.parametrize("text,sector", GROUP_ROWS)
def test_groups(text, sector):
    assert sector in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}


# (text, sector): words that name a group elsewhere but not here: "рабочих мест" (jobs), a title
# before a name ("судью Кавано"), the press as audience ("заявил журналистам").
NOT_GROUP_ROWS = [
    ("Японский автопроизводитель заявил, что последствия задержек на границе в случае отсутствия сделки в "
     "рамках Brexit могут повлечь за собой потерю рабочих мест.", "LAB"),
    ("«Голос за судью Кавано\u00a0— это голос против безжалостной и возмутительной тактики, применяемой "
     "демократами»,\u00a0— заявил Трамп на митинге своих соратников в Уилинге, штат Западная Вирджиния.", "JUD"),
    ("«Уэйд Симс получил огнестрельное ранение в голову,  в результате которого скончался», — заявил в "
     "субботу журналистам начальник полиции Мерфи Дж. Пол.", "JRN"),
]


@pytest.mark.parametrize("text,sector", NOT_GROUP_ROWS)
def test_not_groups(text, sector):
    assert sector not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}
