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
    let w2 = p2.map(|(s, e)| Lower::<16>::of(&text[s..e]));
    let w2 = w2.as_ref().map(Lower::as_bytes);
    // The word before those two, read only for the qualifiers that need it.
    let third_is = |word: &[u8]| {
        let p3 = p2.and_then(|(s, _)| prev_word(text, s));
        p3.is_some_and(|(s, e)| Lower::<16>::of(&text[s..e]).as_bytes() == word)
    };
    let q = match (w2, w1) {
        (Some(b"more" | b"greater" | b"higher"), "than") => {
            if third_is(b"no") {
                AtMost
            } else {
                MoreThan
            }
        }
        (Some(b"less" | b"fewer" | b"lower"), "than") => {
            if third_is(b"no") {
                AtLeast
            } else {
                LessThan
            }
        }
        (Some(b"at"), "least") => AtLeast,
        (Some(b"at"), "most") => AtMost,
        (Some(b"up"), "to") => AtMost,
        (Some(b"close"), "to") => Approximately,
        (Some(b"excess"), "of") if third_is(b"in") => MoreThan,
        (Some(b"much" | b"many"), "as") if third_is(b"as") => AtMost,
        (Some(b"upwards"), "of") => MoreThan,
        (Some(b"an"), "estimated") => Approximately,
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
