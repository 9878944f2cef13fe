"""Document.to_html (also Jupyter's _repr_html_): structure and escaping, checked with a real HTML parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import factsift
from factsift import Money, Percentage


@dataclass
class Mark:
    attrs: dict[str, str | None]
    text: str = ""
    label: str = ""


@dataclass
class Rendering:
    """What a browser would show: the text outside labels, the marks, every tag seen."""

    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


class Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Rendering()
        self.stack: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.tags.append(tag)
        self.stack.append((tag, dict(attrs)))
        if tag == "mark":
            self.out.marks.append(Mark(dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def in_label(self) -> bool:
        return any("factsift-label" in (a.get("class") or "") for _, a in self.stack)

    def handle_data(self, data: str) -> None:
        if self.in_label():
            self.out.marks[-1].label += data
            return
        self.out.text += data
        if any(tag == "mark" for tag, _ in self.stack):
            self.out.marks[-1].text += data


def read(doc: factsift.Document) -> Rendering:
    reader = Reader()
    reader.feed(doc.to_html())
    reader.close()
    assert reader.stack == [], "unclosed tags"
    return reader.out


def check(doc: factsift.Document) -> Rendering:
    """The rendering shows exactly the text, with one labelled mark per entity."""
    out = read(doc)
    assert out.tags[0] == "div" and set(out.tags) <= {"div", "mark", "span"}
    assert out.text == doc.text
    assert [(m.text, m.label) for m in out.marks] == [(e.text, e.label) for e in doc]
    for m, e in zip(out.marks, doc):
        assert m.attrs["data-label"] == e.label
        assert f"factsift-{e.label}" in (m.attrs["class"] or "")
        assert (m.attrs["title"] or "").startswith(e.label)
    return out


def test_markup_in_the_text_is_escaped() -> None:
    text = 'Tom & Jerry <b>paid</b> $5 "now" & 10%\n<script>alert(1)</script> 🙂'
    money = Money("$5", text.index("$5"), text.index("$5") + 2, 5, "USD")
    pct = Percentage("10%", text.index("10%"), text.index("10%") + 3, 10)
    doc = factsift.Document(text, [money, pct])
    html = doc.to_html()
    assert "&amp; Jerry &lt;b&gt;paid&lt;/b&gt;" in html
    assert "<script>" not in html and "<b>" not in html
    out = check(doc)
    assert "b" not in out.tags and "script" not in out.tags
    assert "amount=5" in (out.marks[0].attrs["title"] or "")
    assert "currency=USD" in (out.marks[0].attrs["title"] or "")


def test_entities_containing_markup_characters() -> None:
    text = "<<AT&T>> & co."
    org = factsift.Organization("AT&T", 2, 6, "AT&T", acronym="AT&T")
    doc = factsift.Document(text, [org])
    out = check(doc)
    assert out.marks[0].text == "AT&T"
    assert 'title="organization: name=AT&amp;T' in doc.to_html()


def test_adjacent_entities_and_astral_characters() -> None:
    text = "🚀5%10%🚀"
    doc = factsift.Document(
        text, [Percentage("5%", 1, 3, 5), Percentage("10%", 3, 6, 10)]
    )
    check(doc)


def test_extracted_document_renders() -> None:
    doc = factsift.extract(
        "Kazakh Rail & partners said <i>freight</i> rose 66% as €24 bn poured into Aktau 🚢."
    )
    out = check(doc)
    assert len(out.marks) >= 2


def test_empty_document_renders_its_text() -> None:
    out = check(factsift.Document("a < b && c > d"))
    assert out.marks == []


def test_jupyter_shows_the_same_html() -> None:
    doc = factsift.extract("Halyk Bank paid $5 million.")
    assert doc._repr_html_() == doc.to_html()
