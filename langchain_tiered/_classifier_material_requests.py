"""Requests over pasted material: "process this" under a payment request, "replace it" after a
leaked secret, "approve or reject" on a pasted approval request.

The request names no act itself; what the pasted email, batch or alert asks for is the act.
:mod:`langchain_tiered.classifier` reads these tables through ``_classifier_rules``.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_patterns import _c, _words

#: "Can you process this?" over pasted material: the request is whatever the material asks.
PROCESS_GATE: Final = _words(
    "process handle action execute approve pay settle complete sort take deal submit send "
    "transmit upload"
)
PROCESS_THIS: Final = _c(
    r"(?:process|handle|action|execute|approve|pay|settle|complete|sort\s+out|take\s+care\s+of"
    r"|deal\s+with)\s+(?:this|it|that|these|them|the\s+(?:request|below|following|attached"
    r"|email|message|one\s+below|forwarded\s+\w+))\b"
    # "All good? Then submit it to the provider." over a pasted payment batch
    r"|(?:submit|send|transmit|upload)\s+(?:it|this|them|the\s+(?:batch|file|run))\s+(?:to|into"
    r"|through|via)\b"
    # "Please just send it today, they've chased twice." over a forwarded remittance request
    r"|send\s+(?:it|this|them|the\s+(?:payment|money|transfer|remittance))\s+(?:today|now|tonight"
    r"|asap|straight\s+away|right\s+away|this\s+(?:morning|afternoon))\b"
    # "[it-requests auto-forward -> access-agent] Please action." under the forwarded request
    r"|(?:action|handle|process)(?=\s*(?:please\s*)?[.!]?\s*$)"
    # "can whoever picks this up sort it?" over a forwarded request
    r"|sort\s+(?:it|this|that)(?:\s+out)?\b"
)
#: A request handed to whoever reads it ("can whoever picks this up sort it?").
WHOEVER_ASK: Final = _c(
    r"\bwhoever\s+(?:picks\s+(?:this|it)\s+up|is\s+on(?:\s+\w+)?|sees\s+this|gets\s+this)\s+"
    r"(?:sort|handle|action|process|deal\s+with|do)\b"
)
#: An approval written above a forwarded request ("ok from me - Marta").
APPROVED_ABOVE: Final = _c(
    r"\s*(?:ok(?:ay)?|fine|good|approved?|agreed|yes|\+1)\s+(?:from|by)\s+me\b|\s*approved\b"
)
#: The forwarded request's closing ask ("pls action", "please set them up").
CLOSING_ACTION_ASK: Final = _c(
    r"\b(?:pls|please|kindly)\s+(?:action|process|handle|set\s+(?:it|this|them)\s+up|grant|issue)\b"
    r"[^\n]{0,30}$"
)
#: Pasted material that asks for access ("They need read-only on the FINANCE schema").
MATERIAL_ACCESS_REQUEST: Final = _c(
    r"\b(?:need|needs|require|requires|requesting|request)\s+(?:read-only|read/write|read-write"
    r"|write|admin|full|edit|owner|elevated)\s+(?:access\s+|rights\s+|permissions?\s+)?(?:on|to|in|for)\b"
    # "needs a ManifestHub production API token", "needs project-manager level access to"
    r"|\bneeds?\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:api\s+(?:token|key)|access\s+token|credentials"
    r"|level\s+access\s+to|admin\s+(?:access|rights))\b"
)
#: Pasted material that asks for money to be moved: bank details, or a payment with an amount.
MATERIAL_MONEY_REQUEST: Final = _c(
    r"\b(?:iban|swift|bic|beneficiary|account\s+(?:number|no)|routing\s+number|sort\s+code"
    r"|wire\s+(?:transfer|instructions|details))\b|\b(?:settle|pay|wire|transfer|remit|send"
    r"|release)\b[^.\n]{0,80}(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|aed|chf|jpy)\b"
    r"|\b(?:outstanding\s+)?balance\b|\binvoices?\b)"
    # a payment batch: '"batch_id": ..., "payments": [{"msisdn": ..., "amount": 45}]'
    r"|\"(?:payments|payouts|disbursements|transfers|beneficiaries)\"\s*:\s*\[|\bmsisdn\b"
)
#: Pasted material reporting a leaked secret ("GitHub secret scanning found a PyPI API Token in
#: a public repository"): handling it means revoking and rotating live credentials.
MATERIAL_SECRET_LEAK: Final = _c(
    r"\bsecret\s+scanning\b|\b(?:secrets?|tokens?|keys?|credentials?|passwords?)\s+(?:was\s+|were"
    r"\s+|has\s+been\s+|have\s+been\s+)?(?:found|detected|exposed|leaked|committed|published)\b"
    r"|\b(?:exposed|leaked)\s+(?:[\w-]+\s+)?(?:secrets?|tokens?|keys?|credentials?|passwords?)\b"
    # "The webhook signing secret ended up in the client build."
    r"|\b(?:secrets?|tokens?|keys?|credentials?|passwords?)\s+(?:has\s+|have\s+)?(?:ended\s+up|got"
    r"|gone|slipped|shipped|leaked|was\s+bundled|were\s+bundled)\s+(?:out\s+)?(?:in|into)\s+(?:the\s+|a\s+"
    r"|our\s+)?(?:[\w-]+\s+)?(?:client|frontend|front-end|public|mobile|browser|app|js|javascript"
    r"|bundle|build|repo|logs?|slack|channel|ticket)\b"
)
#: Replacing the credential just named ("... ended up in the client build. Replace it."): a
#: live credential rotated.
ROTATE_IT: Final = _c(
    r"\b(?:replace|rotate|roll|regenerate|reissue|re-issue|revoke|reset|cycle|swap)\s+(?:it|them"
    r"|that|this\s+(?:one|secret|key|token))\b"
)
#: "Reply approve or reject" over a pasted approval request: the approval is the act when the
#: request moves money or calls a tool that acts (``MATERIAL_MONEY_REQUEST``, ``TOOL_WRITE``).
APPROVAL_ASK: Final = _c(r"\b(?:approve|approved)\s+or\s+(?:reject|rejected|deny|denied|decline)\b")
