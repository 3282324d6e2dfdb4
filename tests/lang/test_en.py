"""English language data: groups inside one country (police, protesters, suspects), the
triggers of domestic events, and words that must not be read as such groups.

Every input is a real sentence (or a short run of consecutive sentences) from
../shared/corpus (the NTREX English stories), copied verbatim.
"""
from __future__ import annotations

import pytest

from tests.conftest import analyse, reports, side, sides_of, with_groups

LANG = "en"



# (text, type, actor side, recipient side); a recipient of None is not checked, for events
# whose target the text does not name as a group.
DOMESTIC = [
    # COERCE: the arrests follow a clash with riot police; the place gives the country.
    ("Six people were arrested in Barcelona on Saturday after pro-independence protesters clashed with riot "
     "police, and as thousands joined rival demonstrations to mark the first anniversary of Catalonia's "
     "polarizing vote on secession.",
     "COERCE", side(("ESP", "COP")), side(("ESP", "CVL"))),
    # PROTEST: the same sentence reports the protesters' demonstration.
    ("Six people were arrested in Barcelona on Saturday after pro-independence protesters clashed with riot "
     "police, and as thousands joined rival demonstrations to mark the first anniversary of Catalonia's "
     "polarizing vote on secession.",
     "PROTEST", side(("ESP", "CVL")), None),
    # COERCE: police arrest "a suspect" (a criminal suspect) in a US city.
    ("Police in Baton Rouge, La., announced Saturday that a suspect has been arrested in the shooting death "
     "of LSU basketball player Wayde Sims on Friday.",
     "COERCE", side(("USA", "COP")), side(("USA", "CRM"))),
    # PROTEST: protestors in the Senate; the country comes from the sentence before.
    ('"Women are not going to forget what happened yesterday - they are not going to forget it tomorrow and '
     'not in November," Karine Jean-Pierre, a senior adviser and national spokeswoman for the progressive '
     'group MoveOn said on Friday, according to the Washington, D.C. newspaper.\n'
     'On Friday morning, protestors chanted "November is coming!" as they demonstrated in the hallway of the '
     "Senate as the Republicans controlling the Judiciary Committee chose to move forward with Kavanaugh's "
     "nomination despite the testimony of Dr. Christine Blasey Ford, Mic reported.",
     "PROTEST", side(("USA", "CVL")), None),
    # ASSAULT: troops "fired on" a demonstration (1968); the first sentence, a promise never to use
    # the military "to repress" the people, is negated and reports nothing.
    ('Lopez Obrador promised Saturday at Tlatelolco Plaza to "never ever use the military to repress the '
     'Mexican people."\n'
     "Troops fired on a peaceful demonstration at the plaza on Oct. 2, 1968, killing as many as 300 people at "
     "a time when leftist student movements were taking root throughout Latin America.",
     "ASSAULT", side(("MEX", "MIL")), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", DOMESTIC)
def test_domestic(text, etype, actor, recipient):
    found = sides_of(text, LANG)
    assert reports(found, etype, actor, recipient)


# Sentences that report no domestic event: police only reporting what happened, a promise
# never to use force.
NOT_DOMESTIC = [
    "After questioning Simpson, police said he admitted to fatally shooting Wayde.",
    "A market manager told the Evening News that the pig had been locked away to prevent it attacking anyone "
    "else, while police gathered evidence at the scene.",
    "Mexican President-elect Andres Manuel Lopez Obrador has vowed to never use military force against "
    "civilians as the country approaches the 50th anniversary of a bloody reprisal against students.",
]


@pytest.mark.parametrize("text", NOT_DOMESTIC)
def test_not_domestic(text):
    assert not with_groups(sides_of(text, LANG))


# Words that name a group elsewhere but not here: a court as a modifier ("Supreme Court
# nominee"), "opposition" as an objection, a football "striker".
NOT_GROUPS = [
    ("Continuing his defense of the Supreme Court nominee, who has been accused of sexual misconduct by three "
     "women, the president suggested that the Democrats were using the allegations for their own ends.", "JUD"),
    ("Setting out his opposition to the EU, he said: 'We didn't fight world wars to be subservient.", "OPP"),
    ("The Blues striker heeled a pass back to Mateo Kovacic on that play, before spinning off near midfield "
     "and sprinting into the Liverpool half.", "LAB"),
]


@pytest.mark.parametrize("text,sector", NOT_GROUPS)
def test_not_groups(text, sector):
    assert sector not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}
