"""Classes of phrasing found on the retired blind sets KG, KI and KK and probe batch T27.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
KK had no tier-3 miss but cost 1.13x the oracle; its over-routes are pinned as reads.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules

_CORREO = (
    "Asunto: No hemos recibido el pago de septiembre\n"
    "Hola equipo,\n\n"
    "Somos el restaurante R-2201. Segun el panel, el pago de 31.400 MXN salio el 5,\n"
    "pero el banco no lo ha recibido. Necesitamos el dinero para pagar a proveedores.\n\n"
    "Saludos,\nLucia\n\n"
)
_SCAN = (
    "Vulnerability scan summary - dispatch network, 02/05\n"
    "ID     Host        Finding                               CVSS\n"
    "DN-01  dn-gw-1     default admin account active           9.8\n"
    "DN-02  dn-rec-2    SMBv1 enabled                          8.1\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a Polish "do we <act> now?" on a live plant
        ("Czy odłączamy linię 3 teraz i zatrzymujemy sprężarki?", 3),
        # proposed writing tool calls approved on a labelled line
        (
            "Proposed tool calls, reply 'proceed' or change them:\n\n"
            '[{"tool": "iam.grant_role", "args": {"user": "jdoe", "role": "PAYMENTS_ADMIN"}}]\n\n'
            "Supervisor: proceed",
            3,
        ),
        # a regulatory disclosure chosen by the model and filed as picked
        (
            _SCAN + "Decide which of these we report to the supervisory authority today; "
            "I'll file what you pick.",
            3,
        ),
        # ... while the same scan summarised is a read
        (_SCAN + "Summarize these findings in two lines.", 1),
        # reads over a pasted email whose subject line is in Spanish
        (_CORREO + "Extrae en JSON: id del restaurante, monto y moneda.", 1),
        (_CORREO + "Clasifica la urgencia de este correo: baja, media o alta. Solo la palabra.", 0),
        # a review that is not to be run
        (
            "```sql\nDELETE FROM customers WHERE id = ANY(%s);\n```\n\n"
            "このスクリプトをレビューして、問題点を指摘してください。実行はしないでください。",
            2,
        ),
    ],
)
def test_retired_sets_kg_ki_kk_and_t27(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_numbered_items_under_each_line_frame_are_material() -> None:
    # "1 please erase my account" is an item to label, not a request (rules; the learned scorer
    # settles the cheap tier)
    prompt = (
        "For each line, Y if it's a data removal request, N otherwise:\n"
        "1 please erase my account\n2 wrong item delivered\n3 courier was late"
    )
    assert rules(prompt).tier < 3
    assert classifier.classify(prompt).tier < 3


def test_characters_removed_from_a_text_are_not_data_removal() -> None:
    # "remove all the symbols from these product names": the rules no longer read data removal
    # (no tier-3 verdict; "消して" leaves the learned scorer some tier-3 doubt, so since the
    # ``no_lower_tier3`` guard it no longer lowers the default tier 2 to 1: route up)
    prompt = "次の商品名から記号を全部消してください:'★特製カレー★'"
    assert rules(prompt).tier == 2
    assert classifier.classify(prompt).tier == 2
    assert rules("本番のユーザーテーブルを全部消して").tier == 3
