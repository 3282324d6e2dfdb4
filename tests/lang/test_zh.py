"""Chinese (zh) language data: countries, false friends, triggers, markers.

Every sentence is copied from ../shared/corpus (dev documents or the NTREX corpus).
"""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, key, keys_of, side, sides_of, with_groups


@pytest.mark.parametrize("text, expected", [
    # CLDR names, office with its country, 北京政府 as a metonym for China
    ("这是土耳其总统埃尔多安出访德国的最后一天", {"TUR", "DEU"}),
    ("外交人士指出，多米尼加共和国和巴拿马已经承认了北京政府", {"DOM", "PAN", "CHN"}),
    # 白宫 (White House) is the US government; 欧盟 the EU
    ("白宫发言人博尔顿先生拒绝评论三位美国官员所描述的辩论细节", {"USA"}),
    ("两国在包括人权、新闻自由以及土耳其加入欧盟在内的问题上闹翻。", {"TUR", "EUR"}),
    # 驻华 / 美国驻华大使: the ambassador acts for the sending state
    ("美国驻华大使指责中国利用“宣传广告”实施“霸凌”行径", {"USA", "CHN"}),
    # 克里姆林宫 (Kremlin) and 华盛顿 (Washington) as governments
    ("克里姆林宫则认为华盛顿强烈反对此项目仅仅是出于经济原因，而且显然这有违公平竞争原则。", {"RUS", "USA"}),
])
def test_country_recognition(text, expected):
    assert expected <= codes_of(text, "zh")


@pytest.mark.parametrize("text, absent", [
    # 海地 (Haiti) inside 沿海地区 "coastal area"; 马里 (Mali) inside 马里兰 (Maryland), 马里奥 (Mario)
    ("渔业和农业是苏拉威西省中部经济的支柱，特别是东加拉沿海地区。", "HTI"),
    ("马里兰州贝塞斯达的美国国家癌症研究所研究员博卓夫斯基表示：“我们的试验结果显示，我们的疫苗有望取得良好治疗效果”", "MLI"),
    ("就我个人而言，我再也不会以同样幼稚的方式去看《超级马里奥》了。", "MLI"),
    # 哥伦比亚特区 is the District of Columbia (USA), not Colombia
    ("华盛顿哥伦比亚特区和18个州支持挑战新庇护政策", "COL"),
])
def test_false_friends(text, absent):
    assert absent not in codes_of(text, "zh")


@pytest.mark.parametrize("text, expected", [
    # SUPPORT: recognising a government (054) and backing it (051)
    ("外交人士指出，多米尼加共和国和巴拿马已经承认了北京政府，华盛顿方面几乎没有做出任何阻挠。",
     {key("SUPPORT", "DOM", "CHN"), key("SUPPORT", "PAN", "CHN")}),
    ("美国曾考虑要惩罚萨尔瓦多共和国，因其支持中国，但后来又放弃了", {key("SUPPORT", "SLV", "CHN")}),
    # SANCTION: recalling envoys and no longer recognising Taiwan
    ("美国国务院发言人希瑟诺尔特在本月初的一份声明中说，国务院官员决定召回驻萨尔瓦多、多米尼加共和国和巴拿马的美国外交官，"
     "并且“最近决定不再承认台湾”。",
     {key("SANCTION", "USA", "DOM"), key("SANCTION", "USA", "PAN"), key("SANCTION", "DOM", "TWN")}),
    # AID
    ("但只考虑了对萨尔瓦多进行惩罚，该国在2017年接受了美国估计1.4亿美元的援助，包括在禁毒、发展和经济支持等方面。",
     {key("AID", "SLV", "USA")}),
    # ACCUSE
    ("美国驻华大使指责中国利用“宣传广告”实施“霸凌”行径", {key("ACCUSE", "USA", "CHN")}),
    # CONSULT with mode visit
    ("这是土耳其总统埃尔多安出访德国的最后一天，这次旨在修复两个北约盟国之间的关系的访问颇具争议。",
     {key("CONSULT", "TUR", "DEU")}),
    # REQUEST
    ("德国领先的工业组织德国工业联合会(BDI)呼吁美国不要插手欧盟能源政策，以及柏林和莫斯科之间的双边协议。",
     {key("REQUEST", "DEU", "USA")}),
    # Future: "will continue to negotiate" is a promise (AGREE), not a meeting
    ("未来，玻利维亚与智利还会继续谈判，但自此以后要进行商讨将是一件极其困难的事情。", {key("AGREE", "BOL", "CHL")}),
])
def test_trigger_types(text, expected):
    assert expected <= keys_of(text, "zh")


def test_visit_mode():
    evs = analyse("这是土耳其总统埃尔多安出访德国的最后一天，这次旨在修复两个北约盟国之间的关系的访问颇具争议。", "zh").events
    consult = [e for e in evs if e.type == "CONSULT" and "TUR" in {a.code for a in e.actor}]
    assert consult and consult[0].mode == "visit"


def test_hypothetical_is_dropped():
    # 考虑 "considered" penalising: no sanction was imposed
    keys = keys_of("美国曾考虑要惩罚萨尔瓦多共和国，因其支持中国，但后来又放弃了", "zh")
    assert not any(t == "SANCTION" for t, _ in keys)


def test_negation_is_dropped():
    # 不会接受 "will not accept" aid: no AID event between Syria and anyone
    text = ("利比亚外长穆阿利姆在联合国大会上说，利比亚的局势正在缓和。"
            "但是他强调，叙利亚不会接受有条件的援助，也不会接受那些支持叛乱的国家的帮助。")
    keys = keys_of(text, "zh")
    assert not any(t == "AID" for t, _ in keys)


def test_future_without_marker_is_consult():
    keys = keys_of("德国总理安格拉·默克尔和俄罗斯总统弗拉基米尔·普京最近举行了会晤", "zh")
    assert key("CONSULT", "DEU", "RUS") in keys
    assert key("AGREE", "DEU", "RUS") not in keys


def test_two_sides_marker():
    d = analyse("双方明争暗斗的抗议活动反映出了彼此的分歧所在，一些德籍土耳其人将埃尔多安称作英雄，而被其他人痛斥为独裁者。", "zh")
    assert any(m.kind == "both_sides" for m in d.mentions)


def test_two_sides_resolved_to_document_parties():
    text = ("这是土耳其总统埃尔多安出访德国的最后一天，这次旨在修复两个北约盟国之间的关系的访问颇具争议。"
            "两国在包括人权、新闻自由以及土耳其加入欧盟在内的问题上闹翻。"
            "双方明争暗斗的抗议活动反映出了彼此的分歧所在，一些德籍土耳其人将埃尔多安称作英雄，而被其他人痛斥为独裁者。")
    assert key("PROTEST", "TUR", "DEU") in keys_of(text, "zh")


def test_office_person_name():
    d = analyse("今年6月，美国总统唐纳德·特朗普与金正恩在新加坡举行了历史性会晤，双方就朝鲜半岛无核化达成广泛共识。", "zh")
    people = [m for m in d.mentions if m.kind == "person"]
    assert people and people[0].code == "USA"
    assert "特朗普" in d.text[people[0].start:people[0].end]


def test_name_after_office_stops_before_verb():
    d = analyse("利比亚外长穆阿利姆在联合国大会上说，利比亚的局势正在缓和。", "zh")
    names = [d.text[m.start:m.end] for m in d.mentions if m.kind == "person"]
    assert "穆阿利姆" in names


def test_dates():
    d = analyse("2017年6月，特朗普与巴拿马总统胡安·卡洛斯·瓦雷拉进行了热情的会晤，并在巴拿马一家酒店下榻，直到伙伴国驱逐了特朗普一行的管理团队。", "zh")
    assert "2017-06" in {m.value for m in d.mentions if m.kind == "date"}
    d = analyse("周六（9月29日）的柏林蓝天白云，到处洋溢着欢歌笑语，土耳其与德国领导人相约早餐会。", "zh")
    assert {"2018-09-29"} <= {m.value for m in d.mentions if m.kind == "date"}


def test_short_weekday():
    # 周六 "Saturday" (not in CLDR, which has 星期六)
    d = analyse("周六（9月29日）的柏林蓝天白云，到处洋溢着欢歌笑语，土耳其与德国领导人相约早餐会。", "zh")
    assert any(m.kind == "weekday" for m in d.mentions)


LANG = "zh"

# Events inside one country: police, protesters, soldiers and students, each side with its
# country and sector. Several consecutive sentences of one story are given where the
# country is only named in the sentence before. An empty set: no domestic event at all.
DOMESTIC = [
    # Barcelona: six arrested after pro-independence protesters clashed with riot police.
    ("支持独立的抗议者与防暴警察发生冲突后，并随着千人加入反抗示威游行，纪念加泰罗尼亚一边倒支持独立一周年，"
     "周六在巴塞罗那有 6 人被逮捕。",
     {("COERCE", side(("ESP", "COP")), side(("ESP", "CVL")))}),
    # Unionist protesters face the pro-independence groups ("Long live Spain").
    ("数小时内，支持独立的团体高喊“绝不遗忘、绝不原谅”，与大喊“西班牙万岁”的支持统一的抗议者相对峙。",
     {("PROTEST", side(("ESP", "CVL")), side())}),
    # Protesters in the Senate corridor; Washington is named in the sentence before.
    ("据华盛顿特区报纸报道进步组织MoveOn高级顾问兼国家发言人卡莉纳·吉恩·皮埃尔周五表示，"
     "“女性选民不会忘记昨天发生的事 - 这件事她们明天不会忘记，11月份也不会忘记”。"
     "据Mic报道周五上午，抗议者在参议院走廊上示威并高呼“11月来了！”。"
     "此前克里斯汀·布拉西·福特博士已经提交了相关证据，但控制司法委员会的共和党人仍坚持提名卡瓦诺。",
     {("PROTEST", side(("USA", "CVL")), side())}),
    # Tlatelolco 1968: the army opened fire on the students' peaceful demonstration.
    ("洛佩斯·奥夫拉多尔周六在特拉特洛尔科（ Tlatelolco）广场承诺“绝不会再使用军事力量镇压墨西哥人。”"
     "1968年10月2日，军队对在该广场上和平示威的人群开枪,击毙了300人，是时左翼学生运动在整个拉丁美洲已生根发芽。",
     {("ASSAULT", side(("MEX", "MIL")), side(("MEX", "EDU")))}),
    # Negative: a vow never to use the army against civilians is no attack.
    ("随着墨西哥血腥报复学生 50 周年的临近，该国当选总统安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔"
     "（ Andres Manuel Lopez Obrador） 发誓绝不使用军事力量对付平民。", set()),
    # Negative: court papers about an attack; the court is no party to it.
    ("法庭文件显示，赛波夫是乌兹别克斯坦人，在袭击发生后的几天和几个月里，他依然毫无悔意。", set()),
    # Negative: police describing a shooting did not shoot.
    ("警方称这起发生在英国02：30左右的枪击事件是“随机行为”。", set()),
    # Negative: a farmer killed by a pig.
    ("据地方媒体报道，中国西南部的一个农民被猪袭击致死。", set()),
]


@pytest.mark.parametrize("text, expected", DOMESTIC)
def test_domestic_events(text, expected):
    got = sides_of(text, LANG)
    if expected:
        assert expected <= got, got
    else:
        assert not with_groups(got), got


@pytest.mark.parametrize("text, sector", [
    ("独立投票周年纪念之前，警察与加泰罗利亚分裂分子发生冲突", "REB"),  # separatists
    ("法庭文件显示，赛波夫是乌兹别克斯坦人，在袭击发生后的几天和几个月里，他依然毫无悔意。", "JUD"),
    ("随着墨西哥血腥报复学生 50 周年的临近，该国当选总统安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔"
     "（ Andres Manuel Lopez Obrador） 发誓绝不使用军事力量对付平民。", "CVL"),  # 平民 civilians
    ("他表示，失业和缺乏教育机会导致年轻人被犯罪集团所利用。", "CRM"),
])
def test_domestic_groups(text, sector):
    assert sector in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}


@pytest.mark.parametrize("text, sector", [
    # 记者会 is a press conference, not journalists.
    ("本周在纽约，总统先生在记者会上随心所欲地露面，并时不时做出奇怪地表情，或许就证明了这一点。", "JRN"),
])
def test_words_containing_group_names(text, sector):
    assert sector not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}

