//! The ways the world writes money and percentages (issue 11), on sentences written for these
//! tests: each form gives its span, amount and currency, or deliberately nothing. A property
//! test writes random amounts in every supported style and checks they read back exactly.

use factsift::{
    Decimal, Document, EntityType, Extractor, MoneyExtractor, PercentageExtractor, Recognizer,
};
use proptest::prelude::*;

/// (span, amount, currency or "-") of every money entity of a document.
fn rows(doc: &Document<'_>) -> Vec<(String, String, String)> {
    doc.money()
        .map(|(e, m)| {
            let code = m.currency.map_or("-".to_string(), |c| c.to_string());
            (e.text.to_string(), m.amount.to_string(), code)
        })
        .collect()
}

fn money(text: &str) -> Vec<(String, String, String)> {
    rows(&MoneyExtractor::default().extract(text))
}

/// Asserts that `text` holds exactly one amount: `span` read as `amount` in `currency`.
fn one(text: &str, span: &str, amount: &str, currency: &str) {
    let found = money(text);
    let want = vec![(span.to_string(), amount.to_string(), currency.to_string())];
    assert_eq!(found, want, "{text}");
}

fn none(text: &str) {
    assert_eq!(money(text), vec![], "{text}");
}

#[test]
fn decimal_commas_and_dots_between_thousands() {
    one("The scarf was 34,50 € at the market.", "34,50 €", "34.5", "EUR");
    one("Delivery costs 249,00 EUR extra.", "249,00 EUR", "249", "EUR");
    one("The fare rose to R$260,00 this week.", "R$260,00", "260", "BRL");
    one("A meal there is zł 12,99.", "zł 12,99", "12.99", "PLN");
    one("The bill came to €1.234,56 in total.", "€1.234,56", "1234.56", "EUR");
    one("Rice sells for Rp 31.500 a sack.", "Rp 31.500", "31500", "IDR");
    one("The flat cost R$ 1.250.000 in May.", "R$ 1.250.000", "1250000", "BRL");
    // A single dot before three digits is a decimal point for currencies written the
    // English way ...
    one("The dividend is $1.375 a share.", "$1.375", "1.375", "USD");
    // ... and no value at all where the currency does not settle it.
    none("The upgrade costs €1.500 per seat.");
    // English grouping stays English.
    one("Tickets cost $1,500 each.", "$1,500", "1500", "USD");
}

#[test]
fn the_texts_other_numbers_settle_a_lone_dot() {
    // The same shop writes its other prices with decimal commas: the dot groups thousands.
    let found = money("The lamp was 2,75 € and the sofa 1.500 € in that shop.");
    assert_eq!(found[1], ("1.500 €".into(), "1500".into(), "EUR".into()));
    let found = money("Totals: 1.234,56 € for rent, 1.500 € for the deposit.");
    assert_eq!(found[1], ("1.500 €".into(), "1500".into(), "EUR".into()));
    // Decimal points elsewhere, or both kinds, or none: still no value.
    for text in [
        "The lamp was 2.75 € and the sofa 1.500 € in that shop.",
        "The lamp was 2,75 €, the rug 3.5 € and the sofa 1.500 €.",
        "Seats for 1,200 fans; 2,5 € a drink; 1.500 € a box.",
        "The sofa was 1.500 € in that shop.",
    ] {
        assert!(money(text).iter().all(|m| m.0 != "1.500 €"), "{text}");
    }
    // A scale word after the dot keeps it uncertain whatever the text writes.
    assert!(money("It was 2,75 € then 1.500 million €.").iter().all(|m| m.1 != "1500000000"));
    // A full stop after the number settles nothing ("€1.500." is not one and a half).
    none("The upgrade went up to €1.500.");
    one("Rice sells for Rp 31.500.", "Rp 31.500", "31500", "IDR");
}

#[test]
fn spaces_apostrophes_and_indian_groups() {
    one("The villa sold for 3 250 000 € last year.", "3 250 000 €", "3250000", "EUR");
    one("He saved 10 000 dollars.", "10 000 dollars", "10000", "USD");
    one(
        "It sold for 2\u{a0}500\u{202f}000,50 € at auction.",
        "2\u{a0}500\u{202f}000,50 €",
        "2500000.5",
        "EUR",
    );
    one("A permit costs CHF 1'250 a year.", "CHF 1'250", "1250", "CHF");
    one("The fund raised Rs 12,34,567 in a week.", "Rs 12,34,567", "1234567", "-");
    // Digits a phone number leaves over are never "000 dollars".
    for found in money("Ring 8 800 000 dollars hotline.") {
        assert_ne!(found.1, "0", "{found:?}");
    }
}

#[test]
fn codes_signs_and_names_on_either_side() {
    one("The taxi was CAD 3.03 per kilometre.", "CAD 3.03", "3.03", "CAD");
    one("The taxi was CAD3.03 per kilometre.", "CAD3.03", "3.03", "CAD");
    one("Coffee costs 3.14US$ at the airport.", "3.14US$", "3.14", "USD");
    one("A bowl of laksa costs 42 RM there.", "42 RM", "42", "MYR");
    one("A bowl of laksa costs RM42 there.", "RM42", "42", "MYR");
    one("A bowl of laksa costs 42 ringgit there.", "42 ringgit", "42", "MYR");
    one("The guide charged 42 LE for the tour.", "42 LE", "42", "EGP");
    // The name of one currency, in lower case, before a plain number.
    one("The fare is ringgit 42 on the new line.", "ringgit 42", "42", "MYR");
    one("A ferry seat was baht 300.", "baht 300", "300", "THB");
    one("Lunch came to euros 12,50 each.", "euros 12,50", "12.5", "EUR");
    // ... but not before a year, a count of something, or with a name several currencies
    // or everyday English share.
    none("The euro 2024 final was in Berlin.");
    none("The yuan 5 years ago was weaker; the Euro 12 months on.");
    none("He lost pounds 5 times and dollars 3 times.");
    one("Prices start at SAR 5 million.", "SAR 5 million", "5000000", "SAR");
    // Codes that are also words need a formatted or scaled number.
    none("We listed the TOP 10 songs and 42 SAR images in CAD 3 formats.");
}

#[test]
fn news_wire_forms() {
    one("The company earned dlrs 220 million.", "dlrs 220 million", "220000000", "USD");
    one("Net profit rose to 220 mln dlrs.", "220 mln dlrs", "220000000", "USD");
    one("Sales were U.S. dlrs 5 mln.", "U.S. dlrs 5 mln", "5000000", "USD");
    one("The bid was worth stg 5 mln.", "stg 5 mln", "5000000", "GBP");
    one("Market value hit $2.174T on Friday.", "$2.174T", "2174000000000", "USD");
    one("The account shows $-99.99 now.", "$-99.99", "-99.99", "USD");
    // A price broken after its point is not joined (the guidelines do not ask for it).
    one("The coat was $119. 95 of them sold.", "$119", "119", "USD");
}

#[test]
fn pounds_after_a_plain_number_unless_they_weigh_something() {
    one("She found ten pounds on the bus.", "ten pounds", "10", "GBP");
    one("The fine was 40 pounds, paid at once.", "40 pounds", "40", "GBP");
    for text in [
        "Mix ten pounds of flour with water.",
        "The parcel weighed 40 pounds.",
        "He has lost eight pounds since May.",
        "They were carrying about 40 pounds each.",
        "The new bike is five pounds lighter.",
        "She bought a 10-pound turkey.",
    ] {
        none(text);
    }
    // The pound's configured currency applies.
    let egp = Extractor::builder().types([EntityType::Money]).currency_default("£", "EGP");
    assert_eq!(rows(&egp.build().unwrap().extract("It was ten pounds."))[0].2, "EGP");
}

#[test]
fn a_dollar_and_a_euro_are_one() {
    one("He left a dollar on the table.", "a dollar", "1", "USD");
    one("Parking is a euro an hour.", "a euro", "1", "EUR");
    let doc = MoneyExtractor::default().extract("The pen cost less than a dollar.");
    assert_eq!(doc.money().next().unwrap().1.qualifier.unwrap().as_str(), "less_than");
    for text in [
        "She runs a dollar store downtown.",
        "They sold a dollar-linked bond.",
        "It was worth half a dollar then.",
        "Only a fraction of a dollar went to them.",
        "The dollar fell against the euro.",
    ] {
        none(text);
    }
}

#[test]
fn composite_amounts_are_one_entity_with_the_sum() {
    one("The stamp cost $20 and 43c in all.", "$20 and 43c", "20.43", "USD");
    one("The toll is 3 CHF 4 cents here.", "3 CHF 4 cents", "3.04", "CHF");
    one("The toll is 3 CAD 3 cents here.", "3 CAD 3 cents", "3.03", "CAD");
    one("Bread is 3 UAH 4 kopiykas now.", "3 UAH 4 kopiykas", "3.04", "UAH");
}

#[test]
fn currency_defaults_decide_ambiguous_signs_and_words() {
    let text = "Tea is Rs 20, lunch 500 rupees, a room 5 lakh rupees, a book ¥30, a pen $2.";
    let found: Vec<String> = money(text).into_iter().map(|m| m.2).collect();
    assert_eq!(found, ["-", "-", "-", "JPY", "USD"]);
    let india = Extractor::builder()
        .types([EntityType::Money])
        .currency_defaults("rupee=INR, ¥=CNY, $=CAD")
        .build()
        .unwrap();
    let found: Vec<String> = rows(&india.extract(text)).into_iter().map(|m| m.2).collect();
    assert_eq!(found, ["INR", "INR", "INR", "CNY", "CAD"]);
    // The "$" shorthand and the general option agree.
    let cad = Extractor::builder().types([EntityType::Money]).dollar_currency("CAD").build();
    assert_eq!(rows(&cad.unwrap().extract("a pen $2"))[0].2, "CAD");
    for (key, code) in [("dinero", "EUR"), ("rupee", "XYZ"), ("", "USD")] {
        let built = Extractor::builder().currency_default(key, code).build();
        assert!(built.is_err(), "{key}={code}");
    }
}

#[test]
fn fractions_of_a_percent() {
    let pct = |text: &str| -> Vec<(String, String)> {
        PercentageExtractor::default()
            .extract(text)
            .percentages()
            .map(|(e, p)| (e.text.to_string(), p.value.to_string()))
            .collect()
    };
    assert_eq!(
        pct("Yields rose one-tenth of 1 percent."),
        [("one-tenth of 1 percent".to_string(), "0.1".to_string())]
    );
    assert_eq!(
        pct("It slipped a quarter of 1% and then three-quarters of 2%."),
        [("a quarter of 1%".into(), "0.25".into()), ("three-quarters of 2%".into(), "1.5".into())]
    );
    // Thirds have no exact decimal value: the fraction stays outside.
    assert_eq!(pct("a third of 1%"), [("1%".to_string(), "1".to_string())]);
    assert_eq!(pct("It fell 3,5% on Monday."), [("3,5%".to_string(), "3.5".to_string())]);
    assert_eq!(pct("In 2019,20% of them left."), vec![]);
}

#[test]
fn vague_amounts_are_left_out() {
    none("The plan will cost hundreds of millions of dollars.");
    none("They spent several thousand dollars on it.");
}

/// `Decimal`'s range (README): numerals up to 30 digits, 28 decimal places, a mantissa within
/// 128 bits. At each edge the amount inside is read exactly, the one beyond is left out
/// (never read as some other number), and the text around it still counts.
#[test]
fn amounts_at_the_edges_of_decimals_range() {
    let thirty = "123456789012345678901234567890";
    one(&format!("The claim was ${thirty} in all."), &format!("${thirty}"), thirty, "USD");
    none(&format!("The claim was ${thirty}1 in all."));
    let tiny = format!("0.{}1", "0".repeat(27));
    one(&format!("Each unit cost ${tiny} then."), &format!("${tiny}"), &tiny, "USD");
    none(&format!("Each unit cost $0.{}1 then.", "0".repeat(28)));
    let big = "$99,999,999,999,999,999,999,999,999 trillion";
    one(&format!("A debt of {big}."), big, &format!("{}{}", "9".repeat(26), "0".repeat(12)), "USD");
    none("A debt of $999,999,999,999,999,999,999,999,999,999 trillion.");
    let found = money(&format!("First ${thirty}1, then $5 more."));
    assert_eq!(found, [("$5".to_string(), "5".to_string(), "USD".to_string())]);
    let text = format!("Up {thirty}1% on the year.");
    assert_eq!(PercentageExtractor::default().extract(&text).entities(), []);
}

/// Writes `cents` (an amount in hundredths) with `group` between thousands and `point` as
/// the decimal sign, always with two decimals when `decimals`.
fn write(cents: u64, group: &str, point: &str, decimals: bool) -> String {
    let whole = (cents / 100).to_string();
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if decimals {
        out += &format!("{point}{:02}", cents % 100);
    }
    out
}

/// Writes `cents` in Indian grouping: "12,34,567.89".
fn write_indian(cents: u64) -> String {
    let whole = (cents / 100).to_string();
    let (head, last3) = whole.split_at(whole.len().saturating_sub(3));
    let mut groups = Vec::new();
    let mut rest = head;
    while rest.len() > 2 {
        let (a, b) = rest.split_at(rest.len() - 2);
        groups.insert(0, b);
        rest = a;
    }
    if !rest.is_empty() {
        groups.insert(0, rest);
    }
    groups.push(last3);
    format!("{}.{:02}", groups.join(","), cents % 100)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_amount_in_any_supported_style_reads_back(cents in 0u64..100_000_000_000, style in 0usize..9) {
        let whole = cents - cents % 100;
        let (written, value, code) = match style {
            0 => (format!("${}", write(cents, ",", ".", true)), cents, "USD"),
            1 => (format!("{} €", write(cents, ".", ",", true)), cents, "EUR"),
            2 => (format!("{} €", write(cents, " ", ",", true)), cents, "EUR"),
            3 => (format!("{} EUR", write(cents, "\u{a0}", ".", true)), cents, "EUR"),
            4 => (format!("CHF {}", write(cents, "'", ".", true)), cents, "CHF"),
            5 => (format!("Rp {}", write(whole, ".", ",", false)), whole, "IDR"),
            6 => (format!("Rs {}", write_indian(cents)), cents, "INR"),
            7 => (format!("{} USD", write(cents, ",", ".", true)), cents, "USD"),
            _ => (format!("R$ {}", write(cents, ".", ",", true)), cents, "BRL"),
        };
        let ex = MoneyExtractor::with_currency_defaults("rupee=INR").unwrap();
        let text = format!("The total came to {written} in the end.");
        let found = rows(&ex.extract(&text));
        let amount = Decimal::new(i128::from(value), 2).unwrap().to_string();
        prop_assert_eq!(found, vec![(written.clone(), amount, code.to_string())], "{}", text);
    }
}
