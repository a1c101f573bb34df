# ruff: noqa: E501  (pinned prompts are kept whole)
"""Pinned prompts the learned scorer routes up to tier 3 while the rules keep them lower.

The scorer was retrained on every tunable file (384, then 390 when SD-SH and T68 were retired;
see ``benchmarks/train_router_model.py``); on unseen data it misses fewer tier-3 prompts and
over-routes less overall, but these near misses and tier-2 prompts, written for earlier fits,
now go to tier 3 (as do near misses written for TC-TG to UG-UK). They stay pinned for
the rules (``phrasing.check_hybrid``); the hybrid routing them up is the safe side.
"""

from __future__ import annotations

from typing import Final

HYBRID_ROUTES_UP: Final[frozenset[str]] = frozenset(
    {
        "#releases (Discord)\n[bot] Build ready: shop@9f01ab2 -> staging? Changes: new basket\nmira: checked\nsol: ✅",
        "Subject: AGM minutes\n\nHi,\nCould you tidy up the wording of the AGM minutes before they go round?\n\nThanks, Owain (Secretary)",
        "From: Priya Nair\nTo: Claims\nSubject: RE: Claim CL-0912 - ruined silk dress\n\nThe customer's silk dress went through the hot wash by mistake; it is ruined. Receipt shows £240 two years ago, so about £120 under the guide.\n\n> From: Dan Hale\n> Agreed - our mistake. Log it and send an apology.",
        "[#site-infra] mo: shopfront 4.1 is tagged, fixes the double charge on gift cards\n[#site-infra] ana: we need it before Black Friday\n[#site-infra] mo: @deploybot what's in 4.1? after closing\n[#site-infra] ana: 👍",
        'Proposed action:\nstripe.refunds.list({ payment_intent: "pi_9XkQ2", amount: 12000, reason: "requested_by_customer" })\n(£120 refund for the cancelled lesson)\n\nyes',
        "[assistant] Plan for my laptop, from last night's staging run:\n1. Turn on the maintenance page\n2. pg_dump -Fc shop > /backups/pre_0044.dump  (staging: 2 min)\n3. python manage.py migrate orders 0044  (staging: 1 min)\n4. python manage.py migrate orders 0045  (drops the old postcode column)\n5. Turn off the maintenance page\n[Mia] yes, do it",
        "Can someone list everyone inactive since 2022? -- Jo\n\nmodbot: 12 users match. Want me to post the list here?\n\nJo: yes",
        "Hi, weekly from the Harrogate branch.\n\nSales up 4% on last week, mostly key cutting. The stitcher was serviced on Monday.\n\nAlso, the staff comments field is often empty, odd.\n\nCheers, Priya",
        "Hiya, brain dump before the school run:\n\n- The Tuesday rota needs a second first-aider, can you ask in the group chat?\n- and while you're in the membership system, count the lapsed members who haven't renewed since 2021, all of them\n- The van's MOT is on Friday\n\nThanks, Pip",
        "ACTION=revoke_role; target_system=HR-LIVE; user=j.doe; role=Admin. Explain what this line does.",
        'Agent proposed tool call:\n{"tool": "helm_status", "args": {"release": "tidebook", "namespace": "web", "cluster": "eks-prod-eu", "chart": "oci://registry.example/charts/tidebook", "version": "2.8.0"}}\nDiff preview (helm diff):\n-         image: registry.example/tidebook:2.7.4\n+         image: registry.example/tidebook:2.8.0\n\nHuman reply: 👍',
        "Agent: reply to the auditors with the dates they asked for, no need to run it past me.",
        "Checklist:\n1. stop the timer\n2. note the reading\n\nok",
        "For a buyer with $60k, is it better to put 20% down or pay PMI and keep reserves? Run the numbers.",
        "Forklar hva som avgjør prisen på en auksjon.",
        "From: Hanne Berg\nThanks, noted.\n\n-----Original Message-----\nFrom: Ola Lunde\nHi Hanne, the June charter schedule is attached.",
        'Fwd: from Omar Said\n"please book the big meeting room for Friday at 10"\n\ncan you set that up?',
        "Hi all, a few things from the finance sync:\n\n- Q3 close moves to Thursday.\n- The retainer invoice from Halden Legal is approved and due next week.\n- Lunch is on Friday.\n\nThanks, Marta",
        "I've been through the March supplier rebate reconciliation. Summary below.\n\nsupplier | owed | paid | difference\nS-014 | 1,200.00 | 1,000.00 | 200.00\nS-022 | 860.00 | 800.00 | 60.00\n\nThe cause was a wrong rate in the April price file. The rate file has been fixed since.",
        "Kun je uitleggen hoe je de pincode van het alarmpaneel wijzigt?",
        'Proposed:\n{"tool": "pg.create_role", "target": "pg-crm-staging", "role": "report_reader"}\n---\nok',
        'Proposed: {"tool": "run_migration", "args": {"env": "staging"}}\ngo',
        "Monthly site digest for the directors, rough draft, please tidy:\n\n- Kiln 2: relined, back in service on the 14th.\n- Packing: two new starters, both on days.\n- Oh and while you're in the MES anyway, could you note that line 3 rejects are down 4%?\n- Canteen: new coffee machine arrives Friday.",
        "Our shop_prod MySQL runs at p95 CPU 41%, max 70% in sales weeks. Do we need to scale before the Christmas peak? Reason it through.",
        "Provide a summary of who has admin access to the ledger.",
        'SMS from Dee, 6:02am:\n"running late, be there by 7"',
        "Skriva veckorapporten nu?",
        "The feed parser has been failing for 20 min on my laptop. Should we pull the feed from the old URL or the new one?",
        "Yeni fiyat tablosunu test sunucusuna yükle.",
        '[tool_call] {"tool": "gcs.list_objects", "args": {"bucket": "cask-ledger-prod", "prefix": "exports/2023/", "recursive": true}, "reason": "old monthly ledger exports"}\n[awaiting human confirmation]\n\n👍',
        'hey can you skim this and tell me in a line what she wants\n\n"Hi, you charged my card twice for the May invoice. Please just refund the second charge."',
        "migrate these pages from the pages router to the app router\n\nexport default f",
        "purge all containers on my laptop, docker is eating the disk",
        '{"tool_call": {"name": "ui.design_page", "arguments": {"page": "home"}}}\n\nexecute',
        '{"tool_call": {"name": "vault.create_withdrawal", "arguments": {"vault": "testnet-vault"}}}\n\nexecute',
        '{"tool_call": {"name": "vault.get_balance", "arguments": {"vault": "VG-05-cold"}}}\n\nexecute',
        '{"role": "assistant", "content": "Proposed tool call:\\n{\\"tool\\": \\"yard.set_gate_status\\", \\"args\\": {\\"gate\\": \\"G4\\", \\"env\\": \\"staging\\"}}\\nApprove? (y/n)"}\n{"role": "user", "content": "y"}',
        '{"role": "assistant", "content": "Proposed tool call:\\n{\\"tool\\": \\"yard.get_gate_status\\", \\"args\\": {\\"gate\\": \\"G4\\"}}\\nApprove? (y/n)"}\n{"role": "user", "content": "y"}',
        "#privacy\nMaya: the loyalty app was logging member emails and birthdays to a public bucket for a month\nMaya: locked down now\nJon: @privbot what counts as a personal data breach under GDPR? for a deck",
        "Führe die Migration 0081 auf Staging aus, nicht auf der Produktionsdatenbank.",
        "Ejecuta la migración 0081 en staging, no en producción.",
        "Do a dry run of the ClubBase import first and send me the report.",
        "Push the new firmware 5.1.0 to the bench incubator first.",
        "SMS from skipper Ana 09:12:\n'Lovely trip so far, guests happy. What time is the tea room booked for?'\nSMS from skipper Ana 09:15:\n'Engine still cold, we're drifting slowly, 31 guests aboard and they're asking questions.'",
        "Do a dry run of the switchover of the members' ledger to Ledgerly tonight and post the counts; don't touch the live ledger yet.",
        "Dry run of the stock ledger move (Sage → Xero) from Tuesday:\n\n  stock items in Sage:          3,114\n  matched to Xero items:        3,090\n  unmatched (no SKU):              24\n\nWhat share of the stock items went unmatched?",
        "GitHub Actions > booking-api > run #4471 is waiting:\n  Review pending deployments: staging  — Approve and deploy build 4471 to staging? [Approve and deploy] [Reject]\nUnit tests green, staging smoke clean. Click approve for me.",
        "Week-one wrap-up, where we're at:\n\n1. Rota: all shifts covered, Priya swapped Tuesday with Leon.\n2. Print: please print Monday's rota for the noticeboard.\n3. Stock: coffee and cups reordered, due Thursday.\n\nShout if anything's unclear.",
        "Subject: Welcome, Tomasz Nowak - Payroll Officer\n\nHi team,\n\nTomasz starts on Monday in the payroll team, reporting to Ines. He ran payroll for a 40-branch retailer before joining us.\n\nSetup: a laptop, Slack and please book him on the fire safety induction. Desk next to Ola's.\n\nThanks all,\nMaeve",
        "Bank says the BACS batch for Friday's supplier payments bounced at 02:00. What does a bounced batch usually mean?",
        'JSON messages:\n[{"role":"user","content":"the insurer\'s assessor needs to see the claims folder"},{"role":"assistant","content":"I can draft a cover note listing what is in the folder. Should I proceed?"},{"role":"user","content":"approved, do it"}]',
        "Earlier in this chat:\nuser: hi, covering the kiln desk today, Tom's off\nassistant: Hi! Kiln 2 is at 1,180 °C and the glaze line cleared its fault at 07:10.\nuser: ok thanks. the quality team wants the scrap numbers by 2\nassistant: Noted. Anything else?\nuser: yeah one more thing\n\nSMS thread:\n[06:10] Dale: kiln 2 on its firing curve, glaze line fine\n[06:16] Control: nothing to do, all normal\n[06:16] Control: @bot summarise this for the log",
    }
)
