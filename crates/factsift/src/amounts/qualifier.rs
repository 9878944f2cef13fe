//! Qualifiers standing before an amount ("about", "more than", "up to"): kept as data,
//! outside the span.

use super::cursor::{prev_word, Lower};
use crate::entity::Qualifier;

/// The qualifier standing before an amount starting at `start` ("about", "more than").
pub(super) fn qualifier_before(text: &str, start: usize, floor: usize) -> Option<Qualifier> {
    use Qualifier::*;
    let (s1, e1) = prev_word(text, start).filter(|&(s, _)| s >= floor)?;
    // The last word of every qualifier, as a quick "no" for all other words.
    let w1 = match Lower::<16>::of(&text[s1..e1]).as_bytes() {
        b"than" => "than",
        b"least" => "least",
        b"most" => "most",
        b"to" => "to",
        b"of" => "of",
        b"as" => "as",
        b"estimated" => "estimated",
        b"about" => "about",
        b"around" => "around",
        b"approximately" => "approximately",
        b"approx" => "approx",
        b"nearly" => "nearly",
        b"almost" => "almost",
        b"roughly" => "roughly",
        b"some" => "some",
        b"circa" => "circa",
        b"over" => "over",
        b"above" => "above",
        b"exceeding" => "exceeding",
        b"under" => "under",
        b"below" => "below",
        _ => return None,
    };
    let p2 = prev_word(text, s1);
    let p3 = p2.and_then(|(s, _)| prev_word(text, s));
    let lower = |p: Option<(usize, usize)>| p.map(|(s, e)| Lower::<16>::of(&text[s..e]));
    let (w2, w3) = (lower(p2), lower(p3));
    let w2 = w2.as_ref().and_then(|l| std::str::from_utf8(l.as_bytes()).ok());
    let w3 = w3.as_ref().and_then(|l| std::str::from_utf8(l.as_bytes()).ok());
    let no = w3 == Some("no");
    let q = match (w2, w1) {
        (Some("more" | "greater" | "higher"), "than") => {
            if no {
                AtMost
            } else {
                MoreThan
            }
        }
        (Some("less" | "fewer" | "lower"), "than") => {
            if no {
                AtLeast
            } else {
                LessThan
            }
        }
        (Some("at"), "least") => AtLeast,
        (Some("at"), "most") => AtMost,
        (Some("up"), "to") => AtMost,
        (Some("close"), "to") => Approximately,
        (Some("excess"), "of") if w3 == Some("in") => MoreThan,
        (Some("much" | "many"), "as") if w3 == Some("as") => AtMost,
        (Some("upwards"), "of") => MoreThan,
        (Some("an"), "estimated") => Approximately,
        (
            _,
            "about" | "around" | "approximately" | "approx" | "nearly" | "almost" | "roughly"
            | "some" | "circa" | "estimated",
        ) => Approximately,
        (_, "over" | "above" | "exceeding") => MoreThan,
        (_, "under" | "below") => LessThan,
        _ => return None,
    };
    Some(q)
}
