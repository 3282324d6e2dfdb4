"""Indonesian language data: real sentences from ../shared/corpus (dev docs and NTREX ind)."""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, keys_of
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
