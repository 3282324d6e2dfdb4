"""Vietnamese language data: real sentences from the shared corpus (seed_004, the
Vietnamese NTREX stories) with what the pipeline must find in them."""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, keys_of, side, sides_of
from tests.conftest import key as k

LANG = "vi"


# Countries, capitals used as metonyms, organisations and titles with their country.
CODES = [
    ("Các quan chức của Bộ Ngoại giao đã quyết định triệu hồi các trưởng phái đoàn ngoại giao Mỹ "
     "từ El Salvador, Cộng hòa Dominica và Panama do \"các quyết định gần đây về việc không công "
     "nhận Đài Loan\", Heather Nauert, theo tuyên bố của phát ngôn viên của bộ Ngoại giao hồi đầu tháng.",
     {"USA", "SLV", "DOM", "PAN", "TWN"}),
    ("Các nhà ngoại giao nhận thấy Cộng hòa Dominica và Panama đã công nhận Bắc Kinh, Washington "
     "hầu như không đưa ra phản đối gì.",
     {"DOM", "PAN", "CHN", "USA"}),
    ("Đầu tháng này, các nhà lãnh đạo của hai nước đã gặp nhau tại Bình Nhưỡng để có các cuộc "
     "đàm phán tập trung vào vấn đề phi hạt nhân hóa.",
     {"PRK"}),
    ("Thượng tướng Hoàng Xuân Chiến , Thứ trưởng Quốc phòng và Ngài Serizawa Kiyoshi , Thứ trưởng "
     "Quốc phòng Nhật Bản tại phiên đối thoại .",
     {"JPN"}),
    ("Thủ tướng Theresa May bác lại những phê phán về kế hoạch rời khỏi Liên minh châu Âu là "
     "“ván bài chính trị” với tương lai của Anh và làm suy yếu lợi ích quốc gia",
     {"EUR"}),
    ("Đã có những nụ cười và thời tiết thuận lợi trong ngày thứ Bảy (29 tháng 9) khi các nhà lãnh "
     "đạo Thổ Nhĩ Kỳ và Đức gặp gỡ ăn sáng tại Berlin.",
     {"TUR", "DEU"}),
    ("Tiền đạo người Bồ Đào Nha hiện đang chơi cho đội tuyển Juventus đã bị buộc tội cưỡng hiếp "
     "một phụ nữ Mỹ, có tên là Kathryn Mayorga, trong phòng khách sạn ở Las Vegas vào năm 2009.",
     {"PRT", "USA"}),
]


@pytest.mark.parametrize("text,expected", CODES)
def test_codes(text, expected):
    assert expected <= codes_of(text, LANG)


# False friends: a code that must NOT be found.
FALSE_FRIENDS = [
    # a photographer named Trọng Đức is not Germany (Đức)
    ("( Ảnh : Trọng Đức )", "DEU"),
    # "pháp luật" (law) is not France (Pháp)
    ("Chia sẻ quan điểm về tình hình thế giới và khu vực , Thứ trưởng Quốc phòng Nhật Bản Serizawa "
     "Kiyoshi nhấn mạnh tinh thần thượng tôn pháp luật , chung tay xây dựng môi trường hòa bình , "
     "hữu nghị , hợp tác , phát triển .", "FRA"),
    # "đô la Mỹ" (US dollars) is a currency, not a party
    ("Nhưng hình phạt chỉ cân nhắc đối với El Salvador, quốc gia này đã nhận khoản viện trợ trị giá "
     "140 triệu đô la Mỹ trong năm 2017, bao gồm kiểm soát ma túy, phát triển và hỗ trợ kinh tế.", "USA"),
]


@pytest.mark.parametrize("text,absent", FALSE_FRIENDS)
def test_false_friends(text, absent):
    assert absent not in codes_of(text, LANG)


# Seed context: the first sentences name both parties, so "hai bên"/"hai nước" resolve.
SEED_CONTEXT = ("Trên nền tảng tốt đẹp đó , mối quan hệ giữa Việt Nam - Nhật Bản đang bước vào một giai "
                "đoạn phát triển mới , mở ra cơ hội hợp tác trên nhiều lĩnh vực giữa Bộ Quốc phòng hai nước .\n")

ERDOGAN_CONTEXT = ("Đã có những nụ cười và thời tiết thuận lợi trong ngày thứ Bảy (29 tháng 9) khi các nhà "
                   "lãnh đạo Thổ Nhĩ Kỳ và Đức gặp gỡ ăn sáng tại Berlin.\n")

# (text, keys that must be found)
EVENTS = [
    # CONSULT, "the two sides" resolved to the document's parties
    (SEED_CONTEXT + "Tại đối thoại , hai bên cũng trao đổi về tình hình thế giới , khu vực và các vấn đề "
     "cùng quan tâm .", {k("CONSULT", "VNM", "JPN")}),
    # AGREE: "hai bên thống nhất" (the two sides agreed)
    (SEED_CONTEXT + "Về phương hướng , hai bên thống nhất tiếp tục nỗ lực thúc đẩy hợp tác , trọng tâm vào "
     "các lĩnh vực như : trao đổi đoàn các cấp , giáo dục , đào tạo , công nghiệp quốc phòng , quân y , "
     "hải quân , an ninh mạng , cứu hộ cứu nạn , gìn giữ hòa bình , khắc phục hậu quả chiến tranh , "
     "nâng cao năng lực thực thi pháp luật trên biển .", {k("AGREE", "VNM", "JPN")}),
    # AGREE (036): an invitation
    ("Nhân dịp này , Thượng tướng Hoàng Xuân Chiến trân trọng mời lãnh đạo Bộ Quốc phòng Nhật Bản cùng "
     "các doanh nghiệp hoạt động trong lĩnh vực công nghiệp quốc phòng sang Việt Nam dự Triển lãm Quốc "
     "phòng quốc tế Việt Nam lần thứ hai vào tháng 12 / 2024 .", {k("AGREE", "VNM", "JPN")}),
    # SUPPORT (051): thanks
    ("Cảm ơn sự đón tiếp trọng thị của Bộ Quốc phòng Việt Nam , Thứ trưởng Quốc phòng Nhật Bản Serizawa "
     "Kiyoshi khẳng định tầm quan trọng của quan hệ Việt Nam - Nhật Bản nói chung và quan hệ hợp tác "
     "quốc phòng giữa hai nước nói riêng .", {k("SUPPORT", "VNM", "JPN")}),
    # SUPPORT (051): "ủng hộ" (support for China)
    ("Hoa Kỳ đã cân nhắc trừng phạt El Salvador do ủng hộ Trung Quốc, nhưng sau đó đã rút lại",
     {k("SUPPORT", "SLV", "CHN")}),
    # CONSULT: "gặp gỡ" (met)
    (ERDOGAN_CONTEXT, {k("CONSULT", "TUR", "DEU")}),
    # PROTEST: the protesters are resolved to the other party of the story
    (ERDOGAN_CONTEXT + "Hàng trăm người biểu tình chống Erdogan - nhiều người trong số họ là người Kurd - "
     "cũng lên tiếng, lên án cả chính sách của Erdogan và quyết định của chính phủ Đức chào đón ông đến "
     "nước này.", {k("PROTEST", "TUR", "DEU")}),
    # ACCUSE (112): "cáo buộc" (accused)
    ("Đại sứ Mỹ cáo buộc Trung Quốc 'bắt nạt' bằng 'quảng cáo tuyên truyền'", {k("ACCUSE", "USA", "CHN")}),
    # ACCUSE: "đổ lỗi cho" (blamed)
    ("Nhưng vào thứ Bảy, Bộ trưởng Ngoại giao Bắc Triều Tiên, Ri Yong-Ho đã đổ lỗi cho các lệnh trừng "
     "phạt của Mỹ đã gây ra sự chậm trễ trong tiến trình.", {k("ACCUSE", "PRK", "USA")}),
    # REQUEST: "kêu gọi Mỹ không can thiệp" (urged the US not to interfere): the "không" belongs
    # to what is urged, it does not negate the request
    ("Tổ chức công nghiệp hàng đầu của Đức, Liên đoàn Công nghiệp Đức (BDI), đã kêu gọi Mỹ không can "
     "thiệp vào chính sách năng lượng của Liên minh Châu Âu, cũng như các thỏa thuận song phương giữa "
     "Berlin và Moscow.", {k("REQUEST", "DEU", "USA")}),
    # SUPPORT (054): "đã công nhận Bắc Kinh" (had recognised Beijing); the "không" of the next
    # clause ("hầu như không đưa ra phản đối gì") negates only the objection
    (CODES[1][0], {k("SUPPORT", "DOM", "CHN"), k("SUPPORT", "PAN", "CHN")}),
    # AID: "đã nhận khoản viện trợ" (received aid, the donor left implicit: the story's other
    # party); "cân nhắc" (weighed) in the first clause only governs the penalty, and "đô la Mỹ"
    # (US dollars) is not a party
    ("Hoa Kỳ đã cân nhắc trừng phạt El Salvador do ủng hộ Trung Quốc, nhưng sau đó đã rút lại\n"
     "Nhưng hình phạt chỉ cân nhắc đối với El Salvador, quốc gia này đã nhận khoản viện trợ trị giá "
     "140 triệu đô la Mỹ trong năm 2017, bao gồm kiểm soát ma túy, phát triển và hỗ trợ kinh tế.",
     {k("AID", "SLV", "USA")}),
    # SANCTION: recall of envoys (withdraw) and no longer recognising Taiwan (discontinue)
    (CODES[0][0], {k("SANCTION", "USA", "SLV"), k("SANCTION", "USA", "DOM"), k("SANCTION", "USA", "PAN"),
                   k("SANCTION", "SLV", "TWN")}),
]


@pytest.mark.parametrize("text,expected", EVENTS)
def test_events(text, expected):
    assert expected <= keys_of(text, LANG)


# Domestic events: police, protesters, armed groups... inside one country, which takes the
# place named in the sentence or the story's only state. Context sentences from the same
# story come first where the sentence itself names no country.
BARCELONA = ("Sáu người đã bị bắt giữ tại Barcelona hôm thứ Bảy sau khi những người biểu tình ủng hộ độc lập "
             "đụng độ với cảnh sát chống bạo động, khi hàng ngàn người tham gia biểu tình nhân dịp đánh dấu kỷ "
             "niệm lần đầu tiên bỏ phiếu thuộc cả hai phe của Catalonia về ly khai.")
MEXICO_HEADLINE = "Tổng Thống Mexico tuyên bố sẽ không đưa quân đội chống lại dân thường"
SAIPOV = ("Các công tố viên liên bang ở New York đang đề nghị án tử hình cho Sayfullo Saipov, nghi phạm trong vụ "
          "tấn công khủng bố ở thành phố New York đã giết chết 8 người - một hình phạt hiếm hoi chưa được tiến "
          "hành tại bang này vì phạm tội liên bang kể từ năm 1953.")

# (text, type, actor side, recipient side; None when the text names no recipient)
DOMESTIC = [
    # "bị bắt giữ" (were arrested) in Barcelona after protesters clashed with riot police
    (BARCELONA, "COERCE", side(("ESP", "COP")), side(("ESP", "CVL"))),
    (BARCELONA, "PROTEST", side(("ESP", "CVL")), None),
    # "một nghi phạm đã bị bắt" (a suspect was arrested), police in Baton Rouge
    ("Hôm thứ Bảy, cảnh sát tại Baton Rouge, La., đã tuyên bố rằng một nghi phạm đã bị bắt trong vụ bắn chết "
     "cầu thủ bóng rổ Wayde Sims của đội LSU vào thứ Sáu.",
     "COERCE", side(("USA", "COP")), side(("USA", "CRM"))),
    # "Quân đội đã nổ súng" (the army opened fire) on the 1968 student protest in Mexico
    (MEXICO_HEADLINE + "\nQuân đội đã nổ súng trong một cuộc biểu tình vì hòa bình tại quảng trường vào ngày 2 "
     "tháng 10 năm 1968, giết chết tới 300 người ngay lúc đó khi các phong trào sinh viên cánh tả đang bén rễ "
     "trên khắp châu Mỹ La tinh.",
     "ASSAULT", side(("MEX", "MIL")), side(("MEX", "EDU"))),
    # protesters chanting in the Senate halls against the Kavanaugh vote
    ("Tờ báo Washington, D.C. dẫn lời Karine Jean-Pierre, cố vấn cấp cao và phát ngôn viên quốc gia của nhóm "
     "tiến bộ MoveOn hôm Thứ Sáu: \"Phụ nữ sẽ không quên những gì xảy ra ngày hôm qua - ngày mai họ sẽ không "
     "quên và đến tháng 11 họ cũng vẫn không quên\".\nMic đưa tin: Vào sáng thứ Sáu, những người biểu tình hô "
     "vang \"Tháng 11 đang đến!\" khi diễu hành trên hành lang của Thượng viện vì Đảng Cộng hòa đang nắm quyền "
     "kiểm soát Ủy ban Tư pháp đã chọn tiếp tục bỏ phiếu đề cử Kavanaugh bất chấp lời khai của Giáo sư "
     "Christine Blasey Ford.",
     "PROTEST", side(("USA", "CVL")), None),
    # "bị người biểu tình la hét" (was shouted at by protesters) on his way to the hearing
    ("Tổng Thống Trump đã mở một cuộc điều tra FBI về những cáo buộc chống lại Kavanaugh.\nSau khi nhân vật ôn "
     "hòa của Cộng hòa vừa đưa ra tuyên bố rằng ông sẽ bỏ phiếu ủng hộ Kavanaugh, ông đã bị máy quay của CNN và "
     "CBS theo dõi được vào sáng thứ Sáu rằng ông bị người biểu tình la hét khi ông cố gắng di chuyển theo thang "
     "máy tới phiên điều trần của Ủy ban Tư pháp.",
     "PROTEST", side(("USA", "CVL")), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", DOMESTIC)
def test_domestic(text, etype, actor, recipient):
    found = sides_of(text, LANG)
    if recipient is None:
        assert any(t == etype and a == actor for t, a, _ in found), found
    else:
        assert (etype, actor, recipient) in found


# (text, type, sector): no event of that type has an actor of that sector.
NOT_DOMESTIC = [
    # "sẽ không đưa quân đội chống lại dân thường" (will not send the army against civilians): a
    # negated pledge, not a deployment
    (MEXICO_HEADLINE, "MOBILIZE", "MIL"),
    # the protesters were arrested: they are not the ones arresting
    (BARCELONA, "COERCE", "CVL"),
    # the prosecutors seek the death penalty for the attack; they did not attack
    (SAIPOV, "ASSAULT", "JUD"),
]


@pytest.mark.parametrize("text,etype,sector", NOT_DOMESTIC)
def test_not_domestic(text, etype, sector):
    assert not any(t == etype and any(s == sector for _, s in a) for t, a, _ in sides_of(text, LANG))


def _types(text: str) -> set[str]:
    return {t for t, _ in keys_of(text, LANG)}


def test_future_is_agree():
    # "sẽ tiếp tục đàm phán" (will continue negotiating): a plan, AGREE and not CONSULT
    text = ("Vào thời điểm nào đó, Bolivia và Chile sẽ tiếp tục đàm phán với nhau, nhưng sẽ là cực kỳ khó "
            "khăn để tổ chức các cuộc thảo luận sau chuyện này.")
    keys = keys_of(text, LANG)
    assert k("AGREE", "BOL", "CHL") in keys
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize("text,absent", [
    # "hầu như không đưa ra phản đối gì" (raised hardly any objection): no ACCUSE
    (CODES[1][0], "ACCUSE"),
    # "không có quyền trao trả lãnh thổ" (has no power to hand back territory)
    ("LHQ với trụ sở tại Hà Lan không có quyền trao trả lãnh thổ cho Chile và đã quy định rằng họ sẽ "
     "không xác định kết quả của các cuộc trao đổi tiềm năng.", "RETREAT"),
])
def test_negation(text, absent):
    assert absent not in _types(text)


def test_hypothetical():
    # "cân nhắc trừng phạt" (weighed penalising): considered, not done
    text = "Hoa Kỳ đã cân nhắc trừng phạt El Salvador do ủng hộ Trung Quốc, nhưng sau đó đã rút lại"
    assert "SANCTION" not in _types(text)


def test_person_after_rank():
    doc = analyse("Tại đối thoại , hai bên cũng trao đổi về tình hình thế giới . Thượng tướng Hoàng Xuân "
                  "Chiến nhấn mạnh , Việt Nam nhất quán đường lối đối ngoại độc lập .", LANG)
    names = {m.name for m in doc.mentions if m.kind == "person"}
    assert "Hoang Xuan Chien" in names


def test_person_after_office_and_country():
    # "Thứ trưởng Quốc phòng Nhật Bản Serizawa Kiyoshi": the name follows the office's country
    doc = analyse("Chia sẻ quan điểm về tình hình thế giới và khu vực , Thứ trưởng Quốc phòng Nhật Bản "
                  "Serizawa Kiyoshi nhấn mạnh tinh thần thượng tôn pháp luật .", LANG)
    people = {(m.name, m.code) for m in doc.mentions if m.kind == "person"}
    assert ("Serizawa Kiyoshi", "JPN") in people


@pytest.mark.parametrize("text,value", [
    (ERDOGAN_CONTEXT, "2018-09-29"),
    ("Thời gian qua , quan hệ hợp tác quốc phòng Việt Nam - Nhật Bản có nhiều kết quả thiết thực , "
     "phù hợp với tinh thần Tuyên bố Tầm nhìn chung về hợp tác quốc phòng hướng tới thập niên tiếp "
     "theo giữa Bộ Quốc phòng hai nước ( ký tháng 4 / 2018 ) .", "2018-04"),
    ("Tổng thống Trump đã có cuộc gặp hữu nghị với Tổng thống Juan Carlos Varela của Panama vào "
     "tháng 6 năm 2017 và tổng thống đã từng sở hữu một khách sạn tại Panama.", "2017-06"),
])
def test_dates(text, value):
    doc = analyse(text, LANG)
    assert value in {m.value for m in doc.mentions if m.kind == "date"}
