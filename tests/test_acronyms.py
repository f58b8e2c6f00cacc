"""An acronym a report spells out as another name does not name the registry's group."""

from __future__ import annotations

import pytest

from awol.extract.pipeline import Extractor
from awol.model import Document
from awol.normalize.acronyms import redefined
from awol.normalize.groups import default_registry


@pytest.mark.parametrize("text, acronyms", [
    ("Two deputies of the Social Democratic Front (SDF) crossed the floor in Yaounde.", {"SDF"}),
    ("Commanders of the Syrian Democratic Forces (SDF) met in Hasakah.", set()),
    ("The Forces Démocratiques de Libération du Rwanda (FDLR) lost a camp.", set()),  # the same group, in French
    ("The Kachin Independence Army (KIA) took a hill near Bhamo.", set()),
    ("The SDF said on Monday that the road was open.", set()),  # not spelled out: the registry decides
])
def test_spelled_out_acronyms(text, acronyms):
    assert redefined(text, default_registry()) == acronyms


def test_a_party_spelled_out_under_an_armed_groups_acronym_gives_no_claim_about_that_group():
    text = ("BAMENDA - Four municipal councillors of the Social Democratic Front (SDF) said on Friday that they had "
            "left the SDF and joined the ruling party. The SDF is the main opposition party in the region.")
    result = Extractor().extract(Document(id="t", text=text, published="2024-05-03", publisher="Example Wire"))
    assert all(c.group != "Syrian Democratic Forces" for c in result.claims)
    syria = Extractor().extract(Document(id="s", text=text.replace("Social Democratic Front", "Syrian Democratic Forces"),
                                         published="2024-05-03", publisher="Example Wire"))
    assert any(c.group == "Syrian Democratic Forces" for c in syria.claims)
