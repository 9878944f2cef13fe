//! A money and percentage report from a financial text: every amount and percentage in text
//! order with its exact value, then the amounts gathered by currency and the percentages by kind.
//!
//! ```sh
//! cargo run --example money_report -- examples/financial_report.txt
//! ```
//!
//! Only the grammar-based types are asked for, so the names tagger does no work. Values are exact
//! decimals ("$2.45 billion" is 2450000000, "46 cents" is 0.46), never binary floats.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use factsift::{Decimal, Document, EntityType, Extractor, Qualifier};

fn main() -> ExitCode {
    let path = std::env::args_os().nth(1).map_or_else(bundled_report, PathBuf::from);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("money_report: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let doc = numbers_extractor().extract(&text);
    match report(&doc, &mut io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("money_report: cannot write the report: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The financial text that comes with the repository (a fictional company's results).
fn bundled_report() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/financial_report.txt")
}

fn numbers_extractor() -> Extractor {
    Extractor::builder()
        .types([EntityType::Money, EntityType::Percentage])
        .build()
        .expect("money and percentages need no configuration")
}

/// "9600000000 to 9900000000" for a range, the value alone otherwise.
fn value(value: Decimal, min: Option<Decimal>, max: Option<Decimal>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("{min} to {max}"),
        _ => value.to_string(),
    }
}

/// " (approximately)" and the like, or nothing.
fn note(qualifier: Option<Qualifier>) -> String {
    qualifier.map_or_else(String::new, |q| format!(" ({})", q.as_str()))
}

/// Writes the report: the mentions in text order, then money by currency (how many mentions,
/// the smallest and the largest amount, range bounds included) and the percentages by kind.
fn report(doc: &Document<'_>, out: &mut impl Write) -> io::Result<()> {
    let mut currencies = BTreeMap::<&str, (usize, Decimal, Decimal)>::new();
    writeln!(out, "Money, in text order")?;
    for (e, m) in doc.money() {
        let currency = m.currency.as_ref().map_or("(currency not stated)", |c| c.as_str());
        let amount = value(m.amount, m.min, m.max);
        writeln!(out, "  {:<32} {amount} {currency}{}", e.text, note(m.qualifier))?;
        let high = m.max.unwrap_or(m.amount);
        let entry = currencies.entry(currency).or_insert((0, m.amount, high));
        *entry = (entry.0 + 1, entry.1.min(m.amount), entry.2.max(high));
    }
    writeln!(out, "Percentages, in text order")?;
    let mut kinds = BTreeMap::<&str, Vec<String>>::new();
    for (e, p) in doc.percentages() {
        let (number, note) = (value(p.value, p.min, p.max), note(p.qualifier));
        writeln!(out, "  {:<32} {number} {}{note}", e.text, p.kind.as_str())?;
        kinds.entry(p.kind.as_str()).or_default().push(number + &note);
    }
    writeln!(out, "By currency")?;
    for (currency, (count, low, high)) in &currencies {
        writeln!(out, "  {currency}: {count} mentioned, from {low} to {high}")?;
    }
    writeln!(out, "By kind of percentage")?;
    for (kind, numbers) in &kinds {
        writeln!(out, "  {kind}: {}", numbers.join(", "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_of(text: &str) -> String {
        let mut out = Vec::new();
        report(&numbers_extractor().extract(text), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The bundled text was written for this example, so its figures are known.
    #[test]
    fn the_bundled_report_lists_every_figure_with_its_exact_value() {
        let out = report_of(&std::fs::read_to_string(bundled_report()).unwrap());
        let section = |title: &str| -> Vec<String> {
            let start = out.find(title).unwrap() + title.len() + 1;
            let lines = out[start..].lines().take_while(|l| l.starts_with("  "));
            lines.map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
        };
        let money = section("Money, in text order");
        assert_eq!(money.len(), 14, "{out}");
        assert_eq!(money[0], "$2.45 billion 2450000000 USD");
        assert!(money.contains(&"46 cents 0.46 USD".to_string()), "{out}");
        assert!(money.contains(&"C$265 million 265000000 CAD".to_string()), "{out}");
        assert!(money.contains(&"$500 million 500000000 USD (at_most)".to_string()), "{out}");
        let range = "$9.6 billion and $9.9 billion 9600000000 to 9900000000 USD";
        assert!(money.contains(&range.to_string()), "{out}");
        assert_eq!(section("Percentages, in text order").len(), 8, "{out}");
        assert_eq!(
            section("By currency"),
            [
                "CAD: 1 mentioned, from 265000000 to 265000000",
                "EUR: 1 mentioned, from 410000000 to 410000000",
                "GBP: 1 mentioned, from 96400000 to 96400000",
                "USD: 11 mentioned, from 0.46 to 9900000000",
            ]
        );
        assert_eq!(
            section("By kind of percentage"),
            [
                "basis_points: 40",
                "percent: 12, 13, 7.5, 4 (approximately), 18, 2 to 3",
                "percentage_points: 1.3",
            ]
        );
    }

    #[test]
    fn a_text_without_figures_gives_empty_sections() {
        assert_eq!(
            report_of("The board met in Oslo on Monday."),
            "Money, in text order\nPercentages, in text order\nBy currency\nBy kind of percentage\n"
        );
    }

    #[test]
    fn an_amount_without_a_currency_is_gathered_apart() {
        let out = report_of("The fee was 300 francs.");
        assert!(out.contains("\n  (currency not stated): 1 mentioned, from 300 to 300\n"), "{out}");
    }
}
