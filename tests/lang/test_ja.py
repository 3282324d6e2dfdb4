"""Japanese (ja) language data: countries, false friends, triggers, markers.

Every sentence is copied from ../shared/corpus (dev documents or the NTREX corpus).
"""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, key, keys_of, side, sides_of, with_groups


@pytest.mark.parametrize("text, expected", [
    ("土曜日（9月29日）には、トルコとドイツの指導者たちがベルリンでの朝食のために集まったので、笑顔と青い空があった。", {"TUR", "DEU"}),
    # 米国 (not in CLDR), NATO and the EU written in Latin letters
    ("外交官は、米国の反対をほとんど受けずに、ドミニカ共和国とパナマが中国を承認済みであることを指摘した。",
     {"USA", "DOM", "PAN", "CHN"}),
    ("彼らは、人権、報道の自由、トルコのEU加盟などの問題について討議しました。", {"TUR", "EUR"}),
    # ホワイトハウス (White House) is the US government
    ("ホワイトハウスのボルトン氏の広報担当は、3 人の米国人高官が議論した内容の詳細についてのコメントを拒否した。", {"USA"}),
    # 北京 as a metonym for China; アメリカ
    ("中国の公式新聞がアメリカの日刊紙で、米中間の貿易の相互利益を宣伝する4ページの広告を掲載した1週間後、"
     "中国のアメリカ大使はアメリカの新聞をプロパガンダのために利用したとして北京を非難した。", {"USA", "CHN"}),
])
def test_country_recognition(text, expected):
    assert expected <= codes_of(text, "ja")


@pytest.mark.parametrize("text, absent", [
    # タイ (Thailand) inside スタイル; アルバ (Aruba) inside アルバム; マリ (Mali) inside マリオ
    ("セインズベリーはスペシャリストがスタッフのデパートスタイルの美容通路にBoots、Superdrug、Debenhamsを採用した。", "THA"),
    ("41歳のウェストは時々イェとあだ名がつけられており、そのあだ名は6月に発売された彼の8番目のアルバムのタイトルとしても使われた。", "ABW"),
    ("個人的には、二度とスーパー マリオを同じように見ることはないだろう。", "MLI"),
    # パリ (Paris) inside パリン (Palin); コロンビア特別区 is the District of Columbia (USA)
    ("サラ・パリンがドナルド・トランプの集会でパリンのPTSDに言及", "FRA"),
    ("18の州とコロンビア特別区は、ギャングやドメスティックバイオレンスから逃れている犠牲者の亡命を拒否する米国の新政策に対して、"
     "法的な異議申し立てを支持している。", "COL"),
])
def test_false_friends(text, absent):
    assert absent not in codes_of(text, "ja")


@pytest.mark.parametrize("text, expected", [
    # SUPPORT: recognising a government
    ("外交官は、米国の反対をほとんど受けずに、ドミニカ共和国とパナマが中国を承認済みであることを指摘した。",
     {key("SUPPORT", "PAN", "CHN")}),
    # AID
    ("ところが、罰則が検討されたのは、麻薬中毒者対策、開発および経済支援を含め、2017 年に米国から推定 1 億 4 千万ドルの支援を受けたエルサルバドルのみであった。",
     {key("AID", "USA", "SLV")}),
    # ACCUSE
    ("中国の公式新聞がアメリカの日刊紙で、米中間の貿易の相互利益を宣伝する4ページの広告を掲載した1週間後、"
     "中国のアメリカ大使はアメリカの新聞をプロパガンダのために利用したとして北京を非難した。", {key("ACCUSE", "USA", "CHN")}),
    # ACCUSE: 反発 "backlash"
    ("米国のスタンスはドイツの反発を招き、ドイツはプロジェクトへのコミットメントを再確認した。", {key("ACCUSE", "USA", "DEU")}),
    # REQUEST
    ("ドイツの主要産業団体であるドイツ産業連盟（BDI）は、EUのエネルギー政策およびベルリン、モスクワ間の二国間協定に口を出さないよう米国に求めた。",
     {key("REQUEST", "DEU", "USA")}),
    # SANCTION: calling envoys back
    ("国務省の担当者は「台湾の承認停止に関する最近の決定」に関してエルサルバドル、ドミニカ共和国、パナマから米国の外交使節団の責任者を"
     "呼び戻すことを決定した」と同省広報担当者ヘザー ナウアート氏が今月初めに声明を発表した。", {key("SANCTION", "USA", "SLV")}),
])
def test_trigger_types(text, expected):
    assert expected <= keys_of(text, "ja")


def test_protest_in_document():
    text = ("土曜日（9月29日）には、トルコとドイツの指導者たちがベルリンでの朝食のために集まったので、笑顔と青い空があった。"
            "これは、エルドアン大統領がドイツを訪問した最後の日であり、NATOの同盟国間の関係を修復することを目的としています。"
            "何百人もの反エルドアン抗議者たち（その多くはクルド人）もまた彼らの声を聞き、"
            "エルドアン首相の方針と彼を同国に歓迎するというドイツ政府の決定を非難した。")
    assert key("PROTEST", "TUR", "DEU") in keys_of(text, "ja")


def test_alliance_members_are_not_the_organisation():
    text = "これは、エルドアン大統領がドイツを訪問した最後の日であり、NATOの同盟国間の関係を修復することを目的としています。"
    assert "IGO" not in codes_of(text, "ja")


def test_visit_in_document():
    text = ("土曜日（9月29日）には、トルコとドイツの指導者たちがベルリンでの朝食のために集まったので、笑顔と青い空があった。"
            "これは、エルドアン大統領がドイツを訪問した最後の日であり、NATOの同盟国間の関係を修復することを目的としています。")
    evs = analyse(text, "ja").events
    consult = [e for e in evs if e.type == "CONSULT"]
    assert consult and consult[0].mode == "visit"
    assert key("CONSULT", "DEU", "TUR") in keys_of(text, "ja")


def test_no_deal_is_not_an_agreement():
    # 合意なしに "without a deal" is the absence of an agreement
    text = ("同相はまた、英国トヨタがBBCに向けて英国が合意なしにEUを離脱するなら、"
            "同社のバーナストン工場での製造を一時停止すると表明したことを「懸念している」と加えた。")
    assert not any(t == "AGREE" for t, _ in keys_of(text, "ja"))


def test_wish_is_not_a_meeting():
    # 会合を進めたい "wanted the meeting to go ahead": a wish, not a meeting
    text = ("ところが、罰則が検討されたのは、麻薬中毒者対策、開発および経済支援を含め、"
            "2017 年に米国から推定 1 億 4 千万ドルの支援を受けたエルサルバドルのみであった。"
            "ところが、9 月中旬までに、政府高官が会合を進めたいと明言し、実質的にエルサルバドルへの罰則の検討を終了した。")
    assert not any(t == "CONSULT" for t, _ in keys_of(text, "ja"))


def test_both_sides_marker():
    text = ("トランプ氏は 2017 年 6 月にパナマのフアン カルロス バレラ大統領と友好的な会談を行い、"
            "両者がトランプ陣営の運営チームを撤退させるまでパナマのホテルに滞在していた。")
    d = analyse(text, "ja")
    assert any(m.kind == "both_sides" for m in d.mentions)


def test_name_after_title_with_shi():
    text = ("国務省の担当者は「台湾の承認停止に関する最近の決定」に関してエルサルバドル、ドミニカ共和国、パナマから米国の外交使節団の責任者を"
            "呼び戻すことを決定した」と同省広報担当者ヘザー ナウアート氏が今月初めに声明を発表した。")
    d = analyse(text, "ja")
    names = [d.text[m.start:m.end] for m in d.mentions if m.kind == "person"]
    assert "ヘザー ナウアート" in names


def test_dates():
    d = analyse("トランプ氏は 2017 年 6 月にパナマのフアン カルロス バレラ大統領と友好的な会談を行い、"
                "両者がトランプ陣営の運営チームを撤退させるまでパナマのホテルに滞在していた。", "ja")
    assert "2017-06" in {m.value for m in d.mentions if m.kind == "date"}
    d = analyse("土曜日（9月29日）には、トルコとドイツの指導者たちがベルリンでの朝食のために集まったので、笑顔と青い空があった。", "ja")
    assert "2018-09-29" in {m.value for m in d.mentions if m.kind == "date"}


def test_country_name_title_is_one_office():
    # "パナマのフアン カルロス バレラ大統領": the title takes the country written before the name
    text = ("トランプ氏は 2017 年 6 月にパナマのフアン カルロス バレラ大統領と友好的な会談を行い、"
            "両者がトランプ陣営の運営チームを撤退させるまでパナマのホテルに滞在していた。")
    d = analyse(text, "ja")
    offices = [(m.code, d.text[m.start:m.end]) for m in d.mentions if m.kind == "office"]
    assert ("PAN", "フアン カルロス バレラ大統領") in offices
    assert key("CONSULT", "USA", "PAN") in keys_of(text, "ja")


LANG = "ja"

# Events inside one country: police, protesters and pro-independence groups, each side with
# its country and sector. Consecutive sentences of one story are given where the country is
# only named in the sentence before. An empty set: no domestic event at all.
DOMESTIC = [
    # Barcelona: six arrested after pro-independence supporters clashed with the police.
    ("土曜日にバルセロナで親独立派が警察と衝突後、6人の人間が逮捕され、何千人もの人々がカタルーニャ離党票決の一種年記念デモに参加した。",
     {("COERCE", side(("ESP", "COP")), side(("ESP", "OPP")))}),
    # Fourteen people hurt by protesters; Spain is named in the sentence before.
    ("数時間に渡って親独立派のグループは「忘れない、許さない」と叫び、「スペインよ、永遠に」と叫ぶ連合派に立ち向かいました。"
     "地方紙によると、14人が抗議者から軽いけがを受けて治療を受けているという。",
     {("PROTEST", side(("ESP", "CVL")), side())}),
    # Demonstrators in front of the Senate; Washington is named in the sentence before.
    ("ワシントンDCの新聞によれば、金曜日、進歩主義グループであるムーブオンのシニアアドバイザー兼全国スポークスウーマンである"
     "のカリーン・ジーン・ピエール氏は、「女性達は昨日の出来事を忘れることはなく、明日になっても忘れません。"
     "このことは、11月まで記憶に残っているでしょう」と語った。"
     "金曜日の朝、司法委員会を統括する共和党が、クリスティーヌ・ブラスリー・フォード博士の証言にもかかわらず、"
     "カバナー氏の指名を進めることを選択したことに対して、上院の前でデモをしていたデモ隊は、「11月が来るぞ！」と叫んでいました 。",
     {("PROTEST", side(("USA", "CVL")), side())}),
    # Negative: a vow never to use the army against civilians is no attack.
    ("メキシコの大統領に選任されたアンドレス・マニュエル・ロペス・オブラドルは学生に対する血の報復の50周年を国が迎える事により、"
     "一般市民に対して軍事力の行使を決して行わない事を誓った。", set()),
    # Negative: police describing a shooting did not shoot.
    ("警察官は、英国夏時間の午前 2:30 前後に発生した射撃を「無差別乱射」と説明した。", set()),
    # Negative: a farmer killed by a pig.
    ("地方メディアによれば、中国南西の市場で農夫が豚に攻撃され殺された。", set()),
]


@pytest.mark.parametrize("text, expected", DOMESTIC)
def test_domestic_events(text, expected):
    got = sides_of(text, LANG)
    if expected:
        assert expected <= got, got
    else:
        assert not with_groups(got), got


@pytest.mark.parametrize("text, sector", [
    ("独立投票記念日を控え、カタロニア人分離主義者と警察が衝突", "REB"),  # separatists
    ("顔を隠した親分離派の集団が機動隊に押されると、卵、粉末塗料を投げつけ、いつもは観光客で賑わう通りに暗黒の塵雲を作り出した。",
     "COP"),  # 機動隊 riot police
    ("警察は、20歳のLSUバスケットボール選手、ウェイド・シムズが銃で撃たれて死亡した事件の容疑者を逮捕した。", "CRM"),
    ("被害者は攻撃者を目撃しなかった。", "UAF"),
])
def test_domestic_groups(text, sector):
    assert sector in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}


def test_attacker_is_no_attack():
    # 攻撃者 "the attacker" is a participant, not the act of attacking.
    assert not analyse("被害者は攻撃者を目撃しなかった。", LANG).events


def test_latin_america_is_not_the_usa():
    # ラテンアメリカ contains アメリカ
    text = "左翼学生運動がラテンアメリカに根付いていた1968年10月2日にプラザで平和なデモに軍隊が発砲し、300人もの人々が当時亡くなった。"
    assert "USA" not in codes_of(text, LANG)


def test_citizenship_is_not_civilians():
    # 市民権 is citizenship, not citizens
    text = "北からの多くの亡命者は次第に韓国での市民権が提供される。"
    assert "CVL" not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}

