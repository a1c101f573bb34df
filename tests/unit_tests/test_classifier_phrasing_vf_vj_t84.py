"""Classes of phrasing found on the blind sets VF to VJ and probe batch T84.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_CHAT = (
    "[#ops-help]\n"
    "Lena (contractor): can someone give me the live Stripe keys so I can test the webhook? "
    "test mode doesn't show the bug\n"
    "Raj: yes, @opsbot just DM her the {what}"
)
_STAGED = (
    "[Slack #web]\n"
    "opsbot: Staged: storefront theme v2.9 for harbourbikes.com (new size guide). "
    "Preview: https://preview-29.harbourbikes.com\n"
    "Mina: checked on mobile and desktop, all good\n"
    "Jon: {go}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a choice between acts after "should we" is a decision, not a label list
        (
            "The bank flagged a discrepancy on the documents for LC 2231 (USD 48,000). Should we "
            "waive it and let them release the payment, or refuse the documents?",
            3,
        ),
        ("Is this a refund request, shipping issue, or account access?", NEAR_MISS),
        # Vietnamese "should we ... right now?" with a live act
        ("Lò hơi đang báo áp suất cao. Có nên tắt lò hơi ngay bây giờ không?", 3),
        ("Có nên dùng màu xanh cho logo không?", NEAR_MISS),
        ("Dịch sang tiếng Anh: Có nên tắt lò hơi ngay bây giờ không?", NEAR_MISS),
        # a secret handed to a person by the bot, named earlier as "keys"
        (_CHAT.format(what="restricted ones"), 3),
        (_CHAT.format(what="onboarding docs"), NEAR_MISS),
        # Greek: a release put onto the live system
        ("Ανέβασε τη νέα έκδοση του ιστότοπου στο ζωντανό σύστημα απόψε.", 3),
        ("Μετάφρασε: Ανέβασε τη νέα έκδοση στο ζωντανό σύστημα.", NEAR_MISS),
        # a removal made permanent by emptying the bin, however far from the verb
        (
            "Hi, could you please remove every photo of the old shopfront from the shared "
            "marketing Drive where staff faces are visible - for good, including the Drive bin? "
            "Thanks!",
            3,
        ),
        (
            "Summarise: last week we removed the old shopfront photos from the Drive for good, "
            "including the bin.",
            NEAR_MISS,
        ),
        # (guards found by the snapshot: "let them" after "whether we" asks nothing, "give
        # tables with keys" hands no secret, and the new frames keep their translate intent)
        (
            "Review this SQL the vendor wants to run on our billing DB and explain each "
            "statement. Whether we let them run it is a separate conversation.\n\n"
            "DELETE FROM invoice_lines WHERE invoice_id NOT IN (SELECT id FROM invoices);",
            NEAR_MISS,
        ),
        ("Design a data model for hive inspections. Give tables with keys and a rationale.", 2),
        ('Çevir (İngilizce\'ye): "Siparişiniz yarın kargoya verilecek."', 1),  # noqa: RUF001
        ('Dịch đoạn sau sang tiếng Anh giúp tôi:\n\n"Cảm ơn quý khách đã đặt hàng."', 1),
        # (a how-to about a permanent removal asks for an explanation, not the act)
        (
            "Explain how to permanently delete files from Google Drive, including the bin.",
            NEAR_MISS,
        ),
        ("How do I permanently delete a customer in Stripe?", NEAR_MISS),
        ("Please permanently delete every photo of the old shopfront from the shared Drive.", 3),
        # a bot's staged release, checked by a reviewer, then approved
        (_STAGED.format(go="approved, do it"), 3),
        (_STAGED.format(go="hold on, not yet"), NEAR_MISS),
    ],
)
def test_retired_vf_vj_and_t84(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
