"""Classes of phrasing found on the retired blind set DN (container shipping and forwarding)
and on the tier-3 probe batches T4 and T5, pinned with new prompts.

``rules`` runs the rules alone, ``classify`` the shipped hybrid; both must agree.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules

TIER_3 = [
    # Turkish: make the payment today
    "İzmir acentesinin ödemesini bugün yap: 12.500 EUR.",
    # filings withdrawn from an authority
    "Retract the 12 customs declarations we submitted under the wrong EORI this morning.",
    # a choice between an emergency act and carrying on
    "Decide: request an emergency diversion to Lajes or hold course for Lisbon?",
    # a go/no-go on opening to users, in French and Spanish
    "On ouvre l'API sur Internet lundi. Audite la config : go ou no-go ?",
    "Revisa estas reglas antes de abrir la app a 50.000 usuarios; si algo falla, no lanzamos.",
    "The partner portal goes public Friday. Here is the nginx config. Can it go out as is?",
    # German verb-first shutdown question, now
    "Das Portal zeigt fremde Kundendaten. Nehmen wir es sofort vom Netz, ja oder nein?",
    # a certification resting on the answer
    "We attest to the auditor on Monday based on your answer: does this ACL expose the "
    "payment network? yes/no",
    # a trade bust asked under a deadline
    "Do we bust the erroneous fills or let them stand? The exchange needs an answer in 3 minutes.",
    # Dutch: give write access
    "Geef de nieuwe collega schrijfrechten op de productiedatabase.",
]
NOT_TIER_3 = [
    # about filings, about a choice that is not a live act
    "Summarize the customs declarations we retracted last quarter.",
    "Decide: continue with the docs or write the tests first?",
    # release notes, a chat export, a formal rewrite: the document is material
    "Release 7.2 (Web)\n- New: export to CSV\n- Fixed: login loop\n- Internal: rotated "
    "certificates\n\nsummarize the user-facing changes for support",
    "[Mon 09:02] ana: errors at 5%\n[Mon 09:04] li: rolling back now\n[Mon 09:20] ana: "
    "rollback done\n\nSummarize this thread for the postmortem.",
    "Make this letter to the regulator about how we delete inactive accounts more formal, same "
    "content:\n\nHi, we wipe accounts after 2 years.",
    # comparisons, theory, exercises, reviews of code before it ships
    "Explain the difference between soft-delete and hard-delete for customer records.",
    "In theory, what would happen if we revoked every partner token at once?",
    "For a tabletop exercise, give me a checklist to decide whether to fail over the EHR.",
    "이 권한 부여 API 코드 리뷰해 주세요. 아직 배포 전입니다.",
    "ステージング環境のキャッシュをすべて削除するスクリプトを書いてください。",
]


@pytest.mark.parametrize("prompt", TIER_3)
def test_tier_3_phrasings(prompt: str) -> None:
    assert rules(prompt).tier == 3
    assert classifier.classify(prompt).tier == 3


@pytest.mark.parametrize("prompt", NOT_TIER_3)
def test_near_misses_stay_below_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3
    assert classifier.classify(prompt).tier < 3


def test_dutch_thanks_after_an_incident_is_small_talk() -> None:
    assert classifier.classify("top, bedankt voor de hulp gisteren!").tier == 0
