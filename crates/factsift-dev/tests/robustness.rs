//! Property tests: whatever the input, extraction never panics and every result keeps the
//! promises checked by `factsift_dev::check_document`.

use factsift::Extractor;
use factsift_dev::check_document;
use once_cell::sync::Lazy;
use proptest::prelude::*;

static EXTRACTOR: Lazy<Extractor> = Lazy::new(Extractor::default);

fn check(text: &str) {
    let doc = EXTRACTOR.extract(text);
    if let Err(why) = check_document(text, &doc) {
        panic!("broken invariant on {text:?}: {why}");
    }
}

/// Pieces that steer random text into the money, percentage and name grammars.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "$", "US$", "€", "£", "¥", "₸", "₹", "C$", "USD", "KZT", "5", "0", "1,234", "12.5", "1.", ".5",
    "-", "–", "—", "to", "and", "between", "from", "about", "more than", "up to", "nearly", "half",
    "a", "forty", "two", "hundred", "thousand", "million", "billion", "bn", "mn", "k", "tn", "lakh",
    "crore", "dollars", "euros", "yuan", "tenge", "rubles", "cents", "pence", "pounds sterling",
    "%", "percent", "per cent", "pct", "percentage points", "basis points", "bps", " ", " ", "\n",
    ",", ".", "(", ")", "\"", "’s", "'s", "President", "Kassym-Jomart", "Tokayev", "Xi", "Astana",
    "Bank", "of", "the", "Ministry", "(SCO)", "U.S.", "Dr.", "ASTANA", "COVID-19", "G20", "2023",
    "é", "\u{301}", "👍", "\u{0}", "\u{a0}", "\u{2028}", "Ж", "中",
];

fn piece_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|parts| {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i % 3 == 1 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn grammar_like_text_keeps_the_invariants(text in piece_text()) {
        check(&text);
    }
}

/// Inputs the fuzzers found breaking an invariant once (files in `tests/fuzz_regressions/`,
/// kept as the fuzzer wrote them).
#[test]
fn fuzz_findings_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the regression folder exists") {
        let path = entry.expect("readable folder").path();
        let bytes = std::fs::read(&path).expect("readable file");
        // Like the fuzz target's `&str` input: the longest valid UTF-8 prefix of the bytes.
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).expect("a valid prefix"),
        };
        check(text);
        seen += 1;
    }
    assert!(seen > 0, "no regression inputs found in {}", dir.display());
}

/// Inputs that have hung or crashed other extractors. These only assert correctness here;
/// their cost per megabyte is measured by the `pathological` bench.
#[test]
fn pathological_inputs_keep_the_invariants() {
    let cases: Vec<String> = vec![
        "x".repeat(200_000),
        "1,".repeat(100_000),
        "9".repeat(100_000),
        "$".repeat(100_000),
        "$ ".repeat(50_000),
        "Astana ".repeat(20_000),
        "Ab".repeat(100_000),
        "(".repeat(50_000) + &")".repeat(50_000),
        "a\u{301}\u{302}\u{303}".repeat(20_000),
        "\u{0}".repeat(50_000),
        "\u{a0}\u{2000}\u{2003}\u{2028}\u{2029}\u{3000}\t\r\n".repeat(10_000),
        "5% ".repeat(30_000),
        "between $5 and ".repeat(10_000),
        "one hundred ".repeat(20_000) + "dollars",
    ];
    for text in &cases {
        check(text);
    }
}

#[test]
fn control_characters_never_end_up_inside_a_name() {
    let extractor = Extractor::default();
    let text = "President Kassym-Jomart\u{0}Tokayev met Li\u{1b}Qiang in Astana\u{7}Almaty.";
    let doc = extractor.extract(text);
    check(text);
    let names: Vec<&str> = doc.entities().iter().map(|e| e.text.as_str()).collect();
    assert!(names.contains(&"Kassym-Jomart"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains(['\u{0}', '\u{1b}', '\u{7}'])), "{names:?}");
}
