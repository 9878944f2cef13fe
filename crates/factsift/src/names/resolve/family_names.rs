//! People's names written family name first, which the tagger, taught on names written given
//! name first, misses or takes for a place or a body: a Korean or Chinese family name before a
//! hyphenated given name ("Park Ji-hoon", "Tung Chee-hwa") and a Vietnamese family name before
//! a middle name and the given names ("Nguyen Thi Lan Anh").

use super::{split_first_hyphen, WordSet};
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::is_common_word;
use crate::names::span::{crosses_any, replace_inner, NameLabel, NameSpan};

/// Korean and Chinese family names that English news writes before a hyphenated given name
/// ("Lee Jae-yong", "Tsang Yam-kuen").
const HYPHEN_FAMILY_NAMES: WordSet = WordSet::new(&[
    "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang",
    "Chang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong",
    "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Roh", "Noh", "Ko", "Koo", "Ryu", "Yang", "Jeon",
    "Chun", "Ha", "Woo", "Tung", "Tsang", "Leung", "Lam", "Wong", "Chan", "Ho", "Lai", "Tsai",
    "Chen", "Lin", "Wu", "Huang", "Hsu", "Soong", "Lien", "Su", "Hou", "Ma", "Yeung", "Cheung",
]);

/// Vietnamese family names.
const VIETNAMESE_FAMILY_NAMES: WordSet = WordSet::new(&[
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
    "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Trinh", "Doan",
]);

/// Middle names that follow a Vietnamese family name ("Thi" of women's names, "Van" of men's).
const VIETNAMESE_MIDDLE_NAMES: WordSet =
    WordSet::new(&["Thi", "Van", "Duc", "Huu", "Quoc", "Xuan", "Ngoc", "Cong", "Dinh", "Minh"]);

/// The most given names read after a Vietnamese middle name.
const GIVEN_NAMES: usize = 2;

/// The confidence of a name found so.
const FAMILY_FIRST: f32 = 0.5;

/// Whether `w` is a given name of two romanized syllables joined by a hyphen, the second in
/// lower case ("Ji-hoon", "Chee-hwa", "Jae-in"; not "Co-founder", whose second half is too
/// long for a syllable, nor "Semi-final", whose is an English word of four letters or more).
fn is_hyphenated_given_name(w: &str) -> bool {
    let Some((first, second)) = split_first_hyphen(w) else { return false };
    let syllable = |s: &str| (2..=5).contains(&s.len());
    let mut first_bytes = first.bytes();
    first_bytes.next().is_some_and(|c| c.is_ascii_uppercase())
        && first_bytes.all(|c| c.is_ascii_lowercase())
        && second.bytes().all(|c| c.is_ascii_lowercase())
        && syllable(first)
        && syllable(second)
        && !(second.len() >= 4 && is_common_word(second))
}

/// Whether tokens `a..=b` are a family name and a hyphenated given name ("Park Ji-hoon"): a
/// short mention of that person repeats the family name, the first word ("Park said").
pub(crate) fn is_family_and_given_name(doc: &DocContext, a: usize, b: usize) -> bool {
    b == a + 1 && HYPHEN_FAMILY_NAMES.contains(doc.word(a)) && is_hyphenated_given_name(doc.word(b))
}

/// Finds the people named family name first ([`HYPHEN_FAMILY_NAMES`] before a hyphenated
/// given name, [`VIETNAMESE_FAMILY_NAMES`] before a middle name and up to two title-case given
/// names), in place of the names the tagger found inside them. The name lies within its
/// sentence, no capitalized word goes on after it, and no other name runs into it.
pub(crate) fn find_family_first_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let hyphened = HYPHEN_FAMILY_NAMES.may_occur_in(doc);
    let vietnamese = VIETNAMESE_FAMILY_NAMES.may_occur_in(doc);
    if !hyphened && !vietnamese {
        return;
    }
    let n = doc.len();
    let title = |k: usize| k < n && doc.case(k) == Case::Title && !doc.starts_sentence(k);
    let mut found = Vec::new();
    for a in doc.capitalized_tokens().filter(|&a| a + 1 < n) {
        let family = doc.word(a);
        let b = if hyphened && is_family_and_given_name(doc, a, a + 1) {
            a + 1
        } else if vietnamese
            && VIETNAMESE_FAMILY_NAMES.contains(family)
            && VIETNAMESE_MIDDLE_NAMES.contains(doc.word(a + 1))
        {
            let given = (a + 2..=a + 1 + GIVEN_NAMES).take_while(|&k| title(k)).count();
            a + 1 + given
        } else {
            continue;
        };
        if doc.sentence_of(b) == doc.sentence_of(a) && doc.ends_run(b) && !crosses_any(spans, a, b)
        {
            found.push(NameSpan { a, b, label: NameLabel::Person, conf: FAMILY_FIRST });
        }
    }
    replace_inner(spans, found);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, texts};
    use NameLabel::{Organization as ORG, Person as PER, Place as LOC};

    #[test]
    fn a_family_name_before_a_hyphenated_given_name_is_a_person() {
        let doc = DocContext::new(
            "Finance chief Kim Seo-yeon met Lee Dong-hyun Holdings staff; a Co-founder and Ma \
             Semi-final fans came.",
        );
        let mut spans = vec![span(&doc, &["Lee", "Dong-hyun", "Holdings"], ORG, 0.6)];
        find_family_first_names(&doc, &mut spans);
        // A name going on ("Lee Dong-hyun Holdings") is another's; "Semi-final" no given name.
        expect(texts(&spans, &doc), &[("Kim Seo-yeon", PER), ("Lee Dong-hyun Holdings", ORG)]);
    }

    #[test]
    fn a_vietnamese_family_and_middle_name_open_a_person_s_name() {
        let doc = DocContext::new(
            "Director Tran Thi Mai Huong spoke. Pham Van Long, an engineer, joined Vu Hai.",
        );
        let mut spans = vec![
            span(&doc, &["Thi", "Mai", "Huong"], PER, 0.6),
            span(&doc, &["Pham", "Van", "Long"], ORG, 0.6),
            span(&doc, &["Vu", "Hai"], LOC, 0.6),
        ];
        find_family_first_names(&doc, &mut spans);
        let expected = [("Tran Thi Mai Huong", PER), ("Pham Van Long", PER), ("Vu Hai", LOC)];
        expect(texts(&spans, &doc), &expected);
    }
}
