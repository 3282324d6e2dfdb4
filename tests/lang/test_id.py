"""Indonesian language data: real sentences from ../shared/corpus (dev docs and NTREX ind)."""
from __future__ import annotations

import pytest

from parley.stages.events import DOMESTIC_TYPES
from tests.conftest import analyse, codes_of, keys_of, reports, side, sides_of, with_groups
from tests.conftest import key as k

LANG = "id"


CODES = [
    ("Ada senyuman dan bentangan langit biru pada hari Sabtu (29 September) ketika para pemimpin Turki dan Jerman "
     "bertemu untuk sarapan di Berlin.", {"TUR", "DEU"}),
    ("Para diplomat memastikan bahwa Republik Dominika dan Panama sudah mengakui Beijing, dengan memberi sedikit "
     "tekanan dari Washington.", {"DOM", "PAN", "CHN", "USA"}),
    ("Mereka berselisih tentang masalah-masalah termasuk hak asasi manusia, kebebasan pers dan masuknya Turki ke UE.",
     {"TUR", "EUR"}),
    ("Duta besar AS menuduh Tiongkok 'melakukan intimidasi' dengan 'iklan propaganda'", {"USA", "CHN"}),
]


@pytest.mark.parametrize("text,expected", CODES)
def test_codes(text, expected):
    assert expected <= codes_of(text, LANG)


# False friends: the Korean name "Ri" is not RI (Indonesia); "Amerika Tengah" is not the USA.
def test_false_friends():
    text = ("Tetapi pada Sabtu, Menteri Luar Negeri Korea Utara Ri Yong-ho menyalahkan sanksi AS untuk kurangnya "
            "perkembangan sejak itu.")
    assert codes_of(text, LANG) == {"PRK", "USA"}
    text = ("Hukuman yang diusulkan, yang meliputi pemangkasan bantuan keuangan dan pembatasan visa yang ditargetkan, "
            "akan menyakiti negara Amerika Tengah dan naiknya tingkat pengangguran dan pembunuhan.")
    assert "USA" not in codes_of(text, LANG)


EVENTS = [
    # CONSULT (met)
    ("Ada senyuman dan bentangan langit biru pada hari Sabtu (29 September) ketika para pemimpin Turki dan Jerman "
     "bertemu untuk sarapan di Berlin.", k("CONSULT", "TUR", "DEU")),
    # SUPPORT (recognised)
    ("Para diplomat memastikan bahwa Republik Dominika dan Panama sudah mengakui Beijing, dengan memberi sedikit "
     "tekanan dari Washington.", k("SUPPORT", "DOM", "CHN")),
    # SUPPORT (supporting China), SANCTION (penalising)
    ("A.S. Menimbang Memberikan hukuman El Salvador karena Mendukung Tiongkok, Lalu Mundur", k("SUPPORT", "SLV", "CHN")),
    ("A.S. Menimbang Memberikan hukuman El Salvador karena Mendukung Tiongkok, Lalu Mundur", k("SANCTION", "USA", "SLV")),
    # SANCTION (recall of envoys; no longer recognising Taiwan)
    ("Pejabat Departemen Luar Negeri memutuskan untuk menarik kembali kepala misi diplomatik Amerika dari El Salvador, "
     "Republik Dominika dan Panama atas \"keputusan terbaru yang tidak lagi mengakui Taiwan,\" Heather Nauert, juru "
     "bicara departemen, memaparkan dalam suatu pernyataan awal bulan ini.", k("SANCTION", "USA", "PAN")),
    ("Pejabat Departemen Luar Negeri memutuskan untuk menarik kembali kepala misi diplomatik Amerika dari El Salvador, "
     "Republik Dominika dan Panama atas \"keputusan terbaru yang tidak lagi mengakui Taiwan,\" Heather Nauert, juru "
     "bicara departemen, memaparkan dalam suatu pernyataan awal bulan ini.", k("SANCTION", "DOM", "TWN")),
    # AID
    ("Namun hukuman hanya dipertimbangkan terhadap El Salvador, yang telah menerima bantuan sekitar $140 juta dari "
     "Amerika pada tahun 2017, termasuk untuk pengendalian narkotika, dukungan pembangunan dan ekonomi.",
     k("AID", "SLV", "USA")),
    # ACCUSE (accused; blamed)
    ("Duta besar AS menuduh Tiongkok 'melakukan intimidasi' dengan 'iklan propaganda'", k("ACCUSE", "USA", "CHN")),
    ("Tetapi pada Sabtu, Menteri Luar Negeri Korea Utara Ri Yong-ho menyalahkan sanksi AS untuk kurangnya "
     "perkembangan sejak itu.", k("ACCUSE", "PRK", "USA")),
]


@pytest.mark.parametrize("text,key", EVENTS)
def test_events(text, key):
    assert key in keys_of(text, LANG)


def test_future_is_agree():
    text = ("Bolivia dan Chili pada titik tertentu akan tetap berunding, namun akan menjadi sangat sulit untuk tetap "
            "berdiskusi setelah ini.")
    keys = keys_of(text, LANG)
    assert k("AGREE", "BOL", "CHL") in keys
    assert k("CONSULT", "BOL", "CHL") not in keys


def test_negation_drops_event():
    # "tanpa membawa teguran" (without a reprimand): no ACCUSE.
    text = ("Dan ketiga utusan Amerika diam-diam kembali lagi ke El Salvador, Panama dan Republik Dominika tanpa "
            "membawa teguran atau hukuman keras yang baru dari Washington.")
    assert not any(key[0] == "ACCUSE" for key in keys_of(text, LANG))


def test_negated_complement_keeps_request():
    # "meminta AS agar tidak ikut campur": the request stands, only its content is negative.
    text = ("Organisasi industri terkemuka Jerman, Federation of German Industries (BDI), telah meminta AS agar "
            "tidak ikut campur dalam kebijakan energi Uni Eropa dan perjanjian bilateral antara Berlin dan Moscow.")
    assert k("REQUEST", "DEU", "USA") in keys_of(text, LANG)


def test_two_sides():
    text = ("Jumlah orang yang membelot dari Korea Utara ke Korea Selatan telah menurun drastis sejak Kim Jong-un "
            "berkuasa tujuh tahun lalu, ujar seorang anggota parlemen Korea Sekatan.\n"
            "Pada awal bulan ini, para pemimpin kedua negara bertemu di Pyongyang untuk pembicaraan yang berpusat "
            "kepada negosiasi denuklirisasi yang tertunda.")
    assert k("CONSULT", "PRK", "KOR") in keys_of(text, LANG)


def test_ambassador_acts_for_the_sending_state():
    # "duta besar AS untuk Tiongkok": the US ambassador to China.
    text = ("Seminggu setelah surat kabar resmi Tiongkok memuat iklan empat halaman di sebuah harian AS yang menyebut "
            "keuntungan timbal balik perdagangan AS-Tiongkok, duta besar AS untuk Tiongkok menuduh Beijing menggunakan "
            "pers Amerika untuk menyebarkan propaganda.")
    d = analyse(text, LANG)
    assert [m.code for m in d.mentions if m.kind == "office"] == ["USA"]
    assert k("ACCUSE", "USA", "CHN") in keys_of(text, LANG)

# (text, events that must be among the coded ones: (type, actor side, recipient side), None for
# a recipient the sentence leaves open); an empty set marks a text that reports no domestic event.
DOMESTIC = [
    # "peserta demonstrasi" (demonstrators) clash with "polisi anti huru-hara" (riot police); six
    # people are arrested ("ditangkap") in Barcelona.
    ("Enam orang ditangkap in Barcelona pada hari Sabtu setelah peserta demonstrasi pro-kemerdekaan bentrok "
     "dengan polisi anti huru-hara, dan ketika ribuan orang bergabung dengan demonstrasi saingan untuk menandai "
     "perayaan pertama pemungutan suara polarisasi Catalonia tentang pemisahan diri.",
     {("COERCE", side(("ESP", "COP")), side(("ESP", "CVL"))),
      ("PROTEST", side(("ESP", "CVL")), side(("ESP", "COP")))}),
    # Police announce the capture ("tertangkapnya") of a suspect ("tersangka") in Baton Rouge.
    ("Pada hari Sabtu, kepolisian Baton Rouge, Louisiana, mengumumkan tertangkapnya tersangka pelaku penembakan "
     "hingga menyebabkan kematian Wayde Sims, pemain bola basket dari LSU, pada hari Jumat.",
     {("COERCE", side(("USA", "COP")), side(("USA", "CRM")))}),
    # Demonstrators in the Senate hallway; the country comes from the sentence before.
    ("\"Wanita tidak akan melupakan apa yang terjadi kemarin - mereka tidak akan melupakannya besok, dan juga "
     "tidak akan melupakannya pada bulan November,\" Karine Jean-Pierre, seorang penasihat senior dan juru "
     "bicara nasional untuk kelompok progresif MoveOn mengatakannya pada hari Jumat, menurut surat kabar "
     "Washington, D.C.\n"
     "Pada hari Jumat pagi, para demonstran meneriakkan \"November sudah dekat!\" saat mereka melakukan "
     "demonstrasi di lorong Senat ketika Partai Republik mengendalikan Komite Kehakiman untuk terus maju dalam "
     "pencalonan Kavanaugh terlepas dari kesaksian Dr. Christine Blasey Ford, Mic melaporkan.",
     {("PROTEST", side(("USA", "CVL")), None)}),
    # Negative: a farmer killed by a pig.
    ("Seorang petani diserang dan dibunuh oleh seekor babi di sebuah pasar Cina tenggara, menurut laporan media "
     "lokal.", set()),
    # Negative: a shark attack.
    ("Seekor hiu menyerang dan melukai seorang anak laki-laki berusia 13 tahun pada hari Sabtu ketika dia "
     "menyelam untuk menangkap lobster di California dalam acara pembukaan musim lobster, ujar seorang "
     "petugas.", set()),
    # Negative: journalists disputing a claim.
    ("Beberapa wartawan akan menentang pernyataan itu: Sanders belum mengadakan pertemuan pers di Gedung Putih "
     "sejak tanggal 10 September.", set()),
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
    ("Beberapa wartawan akan menentang pernyataan itu: Sanders belum mengadakan pertemuan pers di Gedung Putih "
     "sejak tanggal 10 September.", "JRN"),
    ("Narcis Termes, 68, seorang tukang listrik yang menghadiri protes separatis dengan istrinya mengatakan dia "
     "tidak lagi berharap tentang prospek Catalonia mendapatkan kemerdekaan.", "REB"),
    ("Presiden Terpilih Andres Manuel Lopez Obrador sudah bersumpah tidak akan pernah menggunakan kekuatan "
     "militer melawan masyarakat sipil menjelang peringatan ke-50 tahun tindakan balasan berdarah melawan "
     "mahasiswa.", "EDU"),
]


@pytest.mark.parametrize("text,sector", GROUP_ROWS)
def test_groups(text, sector):
    assert sector in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}


# (text, sector): words that name a group elsewhere but not here: "partai Buruh" (Labour), a
# football forward ("Penyerang"), the press as audience ("kepada wartawan"), a title before a
# name ("Hakim Kavanaugh").
NOT_GROUP_ROWS = [
    ("Jeremy Corbyn mengklaim minggu lalu bahwa partai Buruh seharusnya membantu mengembangkan budaya "
     "toleransi.", "LAB"),
    ("Penyerang Portugal dan Juventus ini dituduh memperkosa seorang wanita Amerika, bernama Kathryn Mayorga, "
     "di sebuah kamar hotel di Las Vegas pada tahun 2009.", "UAF"),
    ("Pelatih kepala Negara Bagian Tennessee, Rod Reed mengatakan kepada wartawan cedera itu terjadi tak lama "
     "sebelum babak berakhir.", "JRN"),
    ("\"Saya katakan akan menghadiri persidangan, saya katakan, saya sudah berbicara dengan Hakim Kavanaugh.",
     "JUD"),
]


@pytest.mark.parametrize("text,sector", NOT_GROUP_ROWS)
def test_not_groups(text, sector):
    assert sector not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}
