#!/usr/bin/env python3
"""Generate crates/factsift/src/amounts/currency_table.rs, the currency facts factsift's money grammar uses.

Source of the ISO 4217 codes and names: Debian's `iso-codes` package
(/usr/share/iso-codes/json/iso_4217.json, `apt-get install iso-codes`; the same file ships
inside the PyPI package `pycountry`, used as a fallback). iso-codes is LGPL-2.1-or-later.

On top of the ISO names, this script holds the hand-kept English usage the standard does not
record: plurals, everyday names ("yuan", "roubles", "pounds sterling"), symbols and prefixed
dollars ("US$", "HK$"), abbreviations ("Rs", "Rp"), sub-units (cents, pence) and the
historic ISO 4217 codes of pre-euro currencies still met in archive news (markka, guilder...).

Run: python3 tools/currencies/generate.py   (rewrites the Rust file; commit the result)
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "crates", "factsift", "src", "amounts", "currency_table.rs")


def load_iso():
    paths = ["/usr/share/iso-codes/json/iso_4217.json"]
    try:
        import pycountry  # noqa: F401

        paths.append(os.path.join(os.path.dirname(pycountry.__file__), "databases", "iso4217.json"))
    except ImportError:
        pass
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return p, json.load(f)["4217"]
    sys.exit("iso_4217.json not found: apt-get install iso-codes (or pip install pycountry)")


# Codes that are not money one pays with: funds, metals, units of account, testing.
NOT_CURRENCIES = {
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XAG", "XAU", "XBA", "XBB",
    "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX", "VED", "SLL", "CUC",
}
# Codes that are also everyday English words or common acronyms: never read as a currency code
# ("ALL 5 solutions", "TOP 10", "CAD 3D"); their currencies are still found by name or symbol.
WORD_CODES = {
    "ALL", "AMD", "BAM", "BOB", "CAD", "CUP", "DOP", "GEL", "MAD", "MOP", "PEN", "PHP", "RON",
    "SOS", "TOP", "TRY", "SAR", "ANG", "BIF", "CVE", "ERN", "MGA", "NIO", "PAB", "SHP", "SRD",
    "STN", "TND", "WST", "LAK", "HUF", "GIP", "FKP", "MRU", "VES", "MDL", "ISK", "KES", "JOD",
}
# Lower-case codes read as codes too ("10 usd", "rmb 10"): the common ones that are no English word.
LOWER_CODES = {
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "aud", "nzd", "hkd", "sgd", "inr", "rub",
    "kzt", "krw", "brl", "mxn", "zar", "sek", "nok", "dkk", "pln", "uah", "uzs", "kgs", "tjs",
    "azn", "byn", "idr", "myr", "thb", "vnd", "pkr", "aed", "qar", "kwd", "egp", "ngn", "ils",
    "twd", "czk", "tmt",
}
# Extra codes: RMB is no ISO code but is written like one for the renminbi.
EXTRA_CODES = {"RMB": "CNY"}

# Historic ISO 4217 codes (pre-euro), by English name: (code, names...).
HISTORIC = [
    ("FIM", ["finnish markka", "finnish markkaa", "finnish markkas", "markka", "markkaa", "markkas"]),
    ("NLG", ["dutch guilder", "dutch guilders"]),
    ("ESP", ["spanish peseta", "spanish pesetas", "peseta", "pesetas"]),
    ("FRF", ["french franc", "french francs"]),
    ("BEF", ["belgian franc", "belgian francs"]),
    ("DEM", ["deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "german mark", "german marks"]),
    ("ITL", ["italian lira", "italian lire"]),
    ("ATS", ["austrian schilling", "austrian schillings"]),
    ("IEP", ["irish punt", "irish punts"]),
    ("GRD", ["greek drachma", "greek drachmas", "drachma", "drachmas", "drachmae"]),
    ("PTE", ["portuguese escudo", "portuguese escudos"]),
]

# Everyday English names the ISO list does not spell (lower case; plurals listed explicitly).
ALIASES = {
    "USD": ["us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollar", "american dollars",
            "us dlr", "us dlrs", "u.s. dlr", "u.s. dlrs"],
    "CNY": ["yuan", "renminbi", "chinese yuan", "chinese renminbi", "kuai"],
    "KZT": ["tenge", "kazakh tenge", "kazakhstani tenge", "kazakhstan tenge"],
    "RUB": ["ruble", "rubles", "rouble", "roubles", "russian rouble", "russian roubles"],
    "GBP": ["pound", "pounds", "pounds sterling", "sterling", "british pound", "british pounds", "uk pound", "uk pounds",
            "stg"],
    "JPY": ["yen", "japanese yen"],
    "KRW": ["won", "korean won", "south korean won"],
    "EUR": ["euro", "euros"],
    "INR": ["indian rupee", "indian rupees"],
    "TRY": ["lira", "liras", "lire", "turkish lira", "turkish liras"],
    "ILS": ["shekel", "shekels", "sheqel", "sheqels", "israeli shekel", "israeli shekels", "new israeli shekel", "new israeli shekels"],
    "UAH": ["hryvnia", "hryvnias", "hryvnya", "hryvnyas", "ukrainian hryvnia", "ukrainian hryvnias"],
    "PLN": ["zloty", "zlotys", "zlotych", "złoty", "polish zloty", "polish zlotys"],
    "BRL": ["reais", "real", "brazilian real", "brazilian reais"],
    "AZN": ["azerbaijani manat", "azerbaijani manats"],
    "TMT": ["turkmen manat", "turkmen manats"],
    "UZS": ["uzbek sum", "uzbek sums", "uzbek som", "uzbek soum", "soum", "soums"],
    "KGS": ["kyrgyz som", "kyrgyz soms"],
    "TJS": ["somoni", "tajik somoni"],
    "GEL": ["lari", "georgian lari"],
    "AMD": ["dram", "drams", "armenian dram", "armenian drams"],
    "BYN": ["belarusian ruble", "belarusian rubles", "belarusian rouble", "belarusian roubles"],
    "VND": ["dong", "vietnamese dong"],
    "THB": ["baht", "thai baht"],
    "IDR": ["rupiah", "indonesian rupiah"],
    "MYR": ["ringgit", "malaysian ringgit"],
    "PKR": ["pakistani rupee", "pakistani rupees"],
    "LKR": ["sri lankan rupee", "sri lankan rupees"],
    "NPR": ["nepali rupee", "nepali rupees"],
    "SAR": ["saudi riyal", "saudi riyals"],
    "AED": ["uae dirham", "uae dirhams", "emirati dirham", "emirati dirhams"],
    "QAR": ["qatari riyal", "qatari riyals"],
    "OMR": ["omani rial", "omani rials"],
    "HKD": ["hk dollar", "hk dollars"],
    "TWD": ["taiwan dollar", "taiwan dollars", "taiwanese dollar", "taiwanese dollars"],
    "MNT": ["tugrik", "tugriks", "togrog", "mongolian tugrik", "mongolian tugriks"],
    "NGN": ["naira", "nigerian naira"],
    "ZAR": ["rand", "south african rand"],
    "SEK": ["swedish kronor"],
    "NOK": ["norwegian kroner"],
    "DKK": ["danish kroner"],
    "ISK": ["icelandic krona", "icelandic kronur"],
    "CZK": ["czech korunas", "czech koruny"],
    "HUF": ["forint", "forints", "hungarian forint", "hungarian forints"],
    "RON": ["romanian lei"],
    "BGN": ["bulgarian leva"],
    "EGP": ["egyptian pounds"],
    "UYU": ["uruguayan peso", "uruguayan pesos"],
    "NIO": ["nicaraguan cordoba", "nicaraguan cordobas"],
    "VES": ["bolivar", "bolivars", "venezuelan bolivar", "venezuelan bolivars"],
    "CHF": ["swiss francs"],
}
# Ambiguous bare plurals: money for sure, but of no one currency ("francs", "pesos").
UNKNOWN_WORDS = [
    "franc", "francs", "peso", "pesos", "rupee", "rupees", "dinar", "dinars", "riyal", "riyals",
    "rial", "rials", "krona", "kronor", "krone", "kroner", "shilling", "shillings", "guilder",
    "guilders", "manat", "manats", "leu", "lei", "kwacha", "kwachas",
]
# Currency words that are also common English words: only read as money with a scale word
# ("5 million pounds"), a grouped or decimal number ("5,000 won", "2.50 pounds") or a symbol.
AMBIGUOUS_WORDS = {
    "pound", "pounds", "won", "real", "rand", "mark", "marks", "sol", "dong", "som", "sum", "kip",
    "lek", "lari", "tala", "pula", "loti", "kina", "leone", "balboa",
    "cordoba", "guarani", "afghani", "dram", "drams", "lev", "leu", "lei", "gourde", "denar",
    "sterling", "dirham", "kuai", "lira", "lire", "peso", "franc", "rupee", "dinar",
    "riyal", "rial", "krona", "krone", "shilling", "guilder", "colon", "bolivar",
}
# Last words of ISO names written base word first ("Rial Omani"): no currency names alone.
NAME_FIRST = {"omani", "oro", "uruguayo", "soberano", "bceao", "beac", "renminbi"}
# Words of the ISO names that are no currency names on their own.
NOT_NAMES = {"gold", "silver", "platinum", "palladium", "sucre", "mvdol", "convertible mark"}

# Cryptocurrency names and tickers (no ISO 4217 code: money with currency unknown).
CRYPTO = ["bitcoin", "bitcoins", "btc", "xbt", "ether", "eth"]
# Sub-units: (word, code or "$" for the configured dollar currency, or None for unknown).
SUBUNITS = [
    ("cent", "$"), ("cents", "$"), ("euro cent", "EUR"), ("euro cents", "EUR"),
    ("penny", "GBP"), ("pence", "GBP"), ("pennies", "GBP"), ("satoshi", None), ("satoshis", None),
    ("kopek", "RUB"), ("kopeks", "RUB"), ("kopeck", "RUB"), ("kopecks", "RUB"),
    ("tiyn", "KZT"), ("tiyns", "KZT"), ("paise", "INR"), ("paisa", None),
    ("kopiyka", "UAH"), ("kopiykas", "UAH"), ("kopiyok", "UAH"),
]
# Signs written before or after the number, case-sensitive: (sign, code, "$" or None).
SIGNS = [
    ("$", "$"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₸", "KZT"), ("₽", "RUB"),
    ("₹", "INR"), ("₩", "KRW"), ("₺", "TRY"), ("₴", "UAH"), ("₦", "NGN"), ("₱", "PHP"),
    ("₫", "VND"), ("₪", "ILS"), ("₼", "AZN"), ("₾", "GEL"), ("₭", "LAK"), ("₮", "MNT"),
    ("₡", "CRC"), ("₲", "PYG"), ("₵", "GHS"), ("₨", None), ("৳", "BDT"), ("฿", "THB"),
    ("元", "CNY"), ("円", "JPY"), ("﷼", None), ("ரூ", None), ("֏", "AMD"), ("₣", None), ("₿", None),
    ("US$", "USD"), ("U.S.$", "USD"), ("C$", "CAD"), ("CA$", "CAD"), ("CAN$", "CAD"),
    ("A$", "AUD"), ("AU$", "AUD"), ("HK$", "HKD"), ("S$", "SGD"), ("SG$", "SGD"),
    ("NZ$", "NZD"), ("NT$", "TWD"), ("R$", "BRL"), ("Mex$", "MXN"), ("MX$", "MXN"),
    ("RD$", "DOP"), ("J$", "JMD"), ("TT$", "TTD"), ("EC$", "XCD"), ("N$", "NAD"),
    ("CN¥", "CNY"), ("RMB¥", "CNY"), ("JP¥", "JPY"),
    ("Rs", None), ("Rs.", None), ("Rp", "IDR"), ("Rp.", "IDR"), ("RM", "MYR"), ("Tk", "BDT"),
    ("KSh", "KES"), ("Ksh", "KES"), ("USh", "UGX"), ("TSh", "TZS"), ("zł", "PLN"), ("Kč", "CZK"),
    ("kr", None), ("SFr", "CHF"), ("Fr.", "CHF"), ("LE", "EGP"), ("L.E.", "EGP"), ("SR", "SAR"),
]
# Prefixes of "$" that also pass in lower case and with a space before the "$", as in
# tokenized text ("c $ 16.4 million", "hk $ 10"); all others must stand right before the "$".
SPACED_DOLLAR_PREFIXES = ["us", "u.s", "u.s.", "c", "ca", "can", "hk", "nz", "au", "nt", "mex", "sg"]


# Words and signs that stand for a family of currencies ("rupees", "Rs", "kr", "¥"): the
# configured default of the family decides (factsift's built-in defaults: "$" USD, "¥" JPY,
# "£"/pounds GBP, the others none). "$" in the lists above marks the dollar family.
FAMILIES = {
    "Yen": ["¥"],
    "Pound": ["£", "pound", "pounds"],
    "Rupee": ["rupee", "rupees", "Rs", "Rs.", "₨", "ரூ", "paisa"],
    "Peso": ["peso", "pesos"],
    "Franc": ["franc", "francs", "₣"],
    "Krona": ["kr", "krona", "kronas", "krone", "kroner", "krones", "kronor"],
    "Dinar": ["dinar", "dinars"],
    "Dirham": ["dirham", "dirhams"],
    "Rial": ["rial", "rials", "﷼"],
    "Riyal": ["riyal", "riyals"],
    "Shilling": ["shilling", "shillings"],
    "Manat": ["manat", "manats"],
    "Kwacha": ["kwacha", "kwachas"],
    "Leu": ["leu", "lei", "leus"],
    "Colon": ["colon", "colons"],
    "Guilder": ["guilder", "guilders"],
}
FAMILY_OF = {w: f for f, words in FAMILIES.items() for w in words}


def rust_unit(code, flags=(), exp=0, phrase=None):
    if phrase in FAMILY_OF:
        cur = f"Cur::Family(Family::{FAMILY_OF[phrase]})"
    elif code == "$":
        cur = "Cur::Family(Family::Dollar)"
    elif code is None:
        cur = "Cur::Unknown"
    else:
        cur = f'Cur::Iso(Currency::of("{code}"))'
    fl = " | ".join(flags) if flags else "0"
    return f"Unit {{ cur: {cur}, exp: {exp}, flags: {fl} }}"


def plural(word):
    invariant = {"yen", "yuan", "won", "tenge", "baht", "rand", "kip", "kyat", "riel", "dong",
                 "som", "sum", "taka", "rupiah", "ringgit", "naira", "renminbi", "vatu", "tala",
                 "pula", "loti", "kina", "lek", "lari", "lilangeni", "rufiyaa", "ngultrum",
                 "dalasi", "ariary", "denar", "afghani", "somoni", "nakfa", "pataca", "metical"}
    if word in invariant:
        return word
    return word + "s"


def main():
    src, entries = load_iso()
    codes = {}
    for e in entries:
        c = e["alpha_3"]
        if c in NOT_CURRENCIES:
            continue
        codes[c] = e["name"]
    names = {}  # phrase -> (code or "$" or None, flags, exp)

    def add(phrase, code, flags=(), exp=0, override=False):
        phrase = phrase.lower()
        if phrase in NOT_NAMES:
            return
        fl = set(flags)
        if phrase in AMBIGUOUS_WORDS:
            fl.add("AMBIGUOUS")
        if phrase in names and not override:
            old = names[phrase]
            if old[0] != code:  # two currencies share it: money, currency unknown
                names[phrase] = (None, old[1] | fl, exp)
            return
        names[phrase] = (code, fl, exp)

    # Base words shared by several currencies ("dollar", "peso") stay unknown unless aliased.
    for code, name in sorted(codes.items()):
        n = name.lower().replace("’", "'")
        if "(" in n or "unidad" in n or n in NOT_NAMES:
            continue
        words = n.split()
        add(n, code)
        add(" ".join(words[:-1] + [plural(words[-1])]), code)
        if len(words) > 1 and words[-1] in ("dollar", "peso", "franc", "pound", "rupee"):
            continue
        if words[-1] in NAME_FIRST:  # "Rial Omani", "Peso Uruguayo": the base word comes first
            continue
        add(words[-1], code)
        add(plural(words[-1]), code)
    for w in UNKNOWN_WORDS:
        add(w, None, override=True)
    for code, phrases in ALIASES.items():
        for p in phrases:
            add(p, code, override=True)
    for code, phrases in HISTORIC:
        for p in phrases:
            add(p, code, override=True)
    # Cryptocurrencies are money without an ISO 4217 code.
    for p in CRYPTO:
        add(p, None, override=True)
    # The bare dollar follows the configured currency ("$" is USD by default).
    for p in ("dollar", "dollars", "buck", "bucks", "dlr", "dlrs"):
        add(p, "$", override=True)
    names.pop("mark", None)
    names.pop("marks", None)
    names.pop("buck", None)
    for p, code in SUBUNITS:
        names[p] = (code, {"SUBUNIT"}, 8 if p.startswith("satoshi") else 2)

    out = []
    out.append("// @generated by tools/currencies/generate.py -- do not edit by hand.")
    out.append(f"// ISO 4217 codes and names: Debian iso-codes ({os.path.basename(src)}),")
    out.append("// LGPL-2.1-or-later, https://salsa.debian.org/iso-codes-team/iso-codes .")
    out.append("// English usage (plurals, everyday names, symbols, sub-units, historic codes): the")
    out.append("// hand-kept lists in the generator.")
    out.append("")
    out.append("use super::{Cur, Currency, Family, Unit, AMBIGUOUS, SUBUNIT};")
    out.append("")
    out.append("/// Current ISO 4217 codes (no funds, metals or test codes) with their ISO names.")
    out.append("pub(crate) static CODES: &[(&str, &str)] = &[")
    for c in sorted(codes):
        out.append(f'    ("{c}", "{codes[c]}"),')
    out.append("];")
    out.append("")
    out.append("/// Codes written next to numbers (`USD 5`, `5 USD`): (as written, ISO code).")
    out.append("pub(crate) static WRITTEN_CODES: &[(&str, &str)] = &[")
    written = {}
    for c in codes:
        if c not in WORD_CODES:
            written[c] = c
    for c, iso in EXTRA_CODES.items():
        written[c] = iso
    for c in LOWER_CODES:
        written[c] = EXTRA_CODES.get(c.upper(), c.upper())
    for w in sorted(written):
        out.append(f'    ("{w}", "{written[w]}"),')
    out.append("];")
    out.append("")
    out.append("/// Codes that are also English words or acronyms, read as codes only in capitals next to a")
    out.append("/// formatted or scaled number (`CAD 3.03`, not `TOP 10`).")
    out.append("pub(crate) static GUARDED_CODES: &[&str] = &[")
    for c in sorted(WORD_CODES):
        if c in codes:
            out.append(f'    "{c}",')
    out.append("];")
    out.append("")
    out.append("/// Currency names and sub-units, lower case, words separated by one space, sorted.")
    out.append("pub(crate) static NAMES: &[(&str, Unit)] = &[")
    for p in sorted(names, key=lambda s: s.encode()):
        code, fl, exp = names[p]
        out.append(f'    ("{p}", {rust_unit(code, sorted(fl), exp, p)}),')
    out.append("];")
    out.append("")
    out.append("/// Signs and abbreviations, case-sensitive, sorted by bytes.")
    out.append("pub(crate) static SIGNS: &[(&str, Unit)] = &[")
    for s, code in sorted(SIGNS, key=lambda t: t[0].encode()):
        out.append(f'    ("{s}", {rust_unit(code, phrase=s)}),')
    out.append("];")
    out.append("")
    out.append("/// Prefixes of `$` also read in lower case and with a space before the `$`.")
    out.append("pub(crate) static SPACED_DOLLAR_PREFIXES: &[&str] = &[")
    for p in sorted(SPACED_DOLLAR_PREFIXES):
        out.append(f'    "{p}",')
    out.append("];")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    # Formatted as `cargo fmt` would, so the committed file is exactly this script's output.
    subprocess.run(["rustfmt", "--edition", "2021", OUT], check=True)
    print(f"wrote {OUT}: {len(codes)} codes, {len(names)} names, {len(SIGNS)} signs")


if __name__ == "__main__":
    main()
