"""factsift from Python: extract the facts from the bundled sample article.

Run after `make python-install` (or `pip install ./python`):

    .venv/bin/python examples/python_quickstart.py [FILE]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import factsift
from factsift import Money, Percentage, Person, Place


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sample_article.txt")
    text = path.read_text(encoding="utf-8")
    doc = factsift.extract(text)

    print(f"{len(doc)} entities in {path.name}: {dict(Counter(e.type for e in doc))}\n")
    for e in doc:
        # start/end are str indices: text[e.start:e.end] is the mention itself.
        assert text[e.start : e.end] == e.text
        if isinstance(e, Money):
            bounds = f" (range {e.min}..{e.max})" if e.min is not None else ""
            what = f"{e.amount} {e.currency or '?'}{bounds}"
        elif isinstance(e, Percentage):
            what = f"{e.value} {e.kind}"
        elif isinstance(e, Person):
            what = f"{e.canonical}" + (f", {e.title}" if e.title else "")
        elif isinstance(e, Place):
            what = f"{e.canonical} ({e.kind or 'place'}, {e.country or '?'})"
        else:
            what = e.canonical
        qualifier = getattr(e, "qualifier", None)
        print(f"{e.type:>12}  {e.start:>5}-{e.end:<5} {e.text!r:<34} {what}"
              + (f"  [{qualifier}]" if qualifier else ""))

    total = sum(m.amount for m in doc.money if m.currency == "USD")
    print(f"\nUS dollar amounts mentioned add up to {total:,} (exact decimal arithmetic)")

    # Many documents: parallel, GIL released, results in input order.
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    numbers = factsift.Extractor(types=["money", "percentage"])
    for i, para_doc in enumerate(numbers.extract_many(paragraphs)):
        print(f"paragraph {i}: " + ", ".join(e.text for e in para_doc))


if __name__ == "__main__":
    main()
