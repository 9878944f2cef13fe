"""Writes train.jsonl and dev.jsonl: invented loan-agreement excerpts (written for factsift,
no real parties) annotated with people, places and organizations.

Names are marked inline as [type|text]; the script removes the marks and records code-point
offsets, the gold JSONL format `factsift train --gold` and `factsift eval --gold` read.
Run from the repository root: python3 examples/own_domain/make_jsonl.py
"""

import json
import re
from pathlib import Path

TYPES = {"per": "person", "loc": "place", "org": "organization"}

TRAIN = [
    "This CREDIT AGREEMENT is entered into as of March 3, 2025 among [org|KESTREL HARBOR HOLDINGS LLC], a [loc|Delaware] limited liability company (the \"Borrower\"), the Lenders party hereto and [org|MARLOWE TRUST COMPANY N.A.], as Administrative Agent.",
    "The Borrower shall repay the Term Loans on the Maturity Date. Each Lender shall make its Pro Rata Share available to the Administrative Agent at its Lending Office in [loc|New York].",
    "[org|KESTREL HARBOR HOLDINGS LLC]\nBy: /s/ [per|Odile Marchetti]\nName: [per|Odile Marchetti]\nTitle: Chief Financial Officer",
    "[org|MARLOWE TRUST COMPANY N.A.], as Administrative Agent and a Lender\nBy: /s/ [per|Tobias Renner]\nName: [per|Tobias Renner]\nTitle: Managing Director",
    "Section 2.07 Interest. Each Loan shall bear interest at the Adjusted Term SOFR Rate plus the Applicable Margin. The Administrative Agent shall notify the Borrower and the Lenders of each rate.",
    "Notices to the Borrower shall be sent to [org|Kestrel Harbor Holdings LLC], 400 Pier Street, [loc|Baltimore], [loc|Maryland], Attention: [per|Odile Marchetti].",
    "This GUARANTY is made by [org|SILVERFERN LOGISTICS INC.], an [loc|Ohio] corporation (the \"Guarantor\"), in favor of [org|BRIGHTWATER CAPITAL PARTNERS LP] (the \"Lender\").",
    "The Guarantor guarantees the Obligations under the Loan Documents. Nothing in this Guaranty limits the rights of the Lender under Section 9.02 of the Credit Agreement.",
    "[org|SILVERFERN LOGISTICS INC.]\nBy: /s/ [per|Harriet Quayle]\nName: [per|Harriet Quayle]\nTitle: President and Chief Executive Officer",
    "[org|BRIGHTWATER CAPITAL PARTNERS LP]\nBy: [org|Brightwater GP LLC], its general partner\nBy: /s/ [per|Desmond Okafor]\nName: [per|Desmond Okafor]\nTitle: Authorized Signatory",
    "This Agreement shall be governed by the laws of the State of [loc|New York]. Each party submits to the jurisdiction of the courts sitting in the Borough of [loc|Manhattan].",
    "The Collateral Agent may appoint sub-agents. The Security Documents grant to the Collateral Agent a Lien on the Collateral for the benefit of the Secured Parties.",
    "Copies of notices to the Lender shall go to [org|Pellworth & Sade LLP], 17 Garrow Lane, [loc|Chicago], [loc|Illinois], Attention: [per|Miriam Castellane], Esq.",
    "Each Subsidiary Guarantor, including [org|SILVERFERN FREIGHT CORP.] and [org|SILVERFERN REALTY LLC], joins this Agreement as a Loan Party.",
]

DEV = [
    "This LOAN AND SECURITY AGREEMENT is dated as of June 9, 2025 between [org|OSPREY VALE FOODS INC.], a [loc|Texas] corporation (the \"Borrower\"), and [org|GRANITE LEDGER BANK N.A.] (the \"Lender\").",
    "[org|OSPREY VALE FOODS INC.]\nBy: /s/ [per|Conrad Ilves]\nName: [per|Conrad Ilves]\nTitle: Treasurer",
    "[org|GRANITE LEDGER BANK N.A.]\nBy: /s/ [per|Priya Venkataraman]\nName: [per|Priya Venkataraman]\nTitle: Senior Vice President",
    "The Borrower shall deliver to the Lender the financial statements required by Section 6.01. The Lender may inspect the Collateral at the Borrower's premises in [loc|Houston].",
    "Notices to the Lender shall be sent to [org|Granite Ledger Bank N.A.], 88 Quarry Road, [loc|Denver], [loc|Colorado], Attention: [per|Priya Venkataraman].",
    "This Agreement is governed by the laws of the State of [loc|Texas]. The Obligations are secured by the Collateral described in the Security Agreement.",
]

MARK = re.compile(r"\[(per|loc|org)\|([^\]]+)\]")


def record(n: int, marked: str) -> dict:
    text, gold, at = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[at : m.start()]
        start = len(text)
        text += m.group(2)
        gold.append({"start": start, "end": len(text), "type": TYPES[m.group(1)]})
        at = m.end()
    text += marked[at:]
    return {"id": n, "text": text, "gold": gold}


here = Path(__file__).parent
for name, docs in (("train", TRAIN), ("dev", DEV)):
    lines = [json.dumps(record(i + 1, d), ensure_ascii=False) for i, d in enumerate(docs)]
    (here / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
