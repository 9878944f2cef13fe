//! Organizations named in their own language: unions, federations, parties, banks and
//! institutes whose name opens with the kind of body ("Confederación General del Trabajo",
//! "IG Metall", "Banco de Orsk", "Fédération Syndicale Unitaire") and keeps the lower-case
//! particles of its language inside ("del", "de la", "für"). The tagger, trained on English
//! names, cuts such names at the particle or takes their last word for a person.

use super::WordSet;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{PLACE, WIKILOC};
use crate::names::resolve::lists::is_date_word;
use crate::names::resolve::long_names::is_headline;
use crate::names::span::{add_spans, NameLabel, NameSpan};

use NameLabel::Organization as ORG;

/// Lower-case particles inside such names ("de", "del", "de la", "für", "der", "por", "și",
/// "din"): articles, "of", "for" and "and" of the languages whose heads
/// [`is_foreign_head`] knows.
const PARTICLES: WordSet = WordSet::new(&[
    "de", "del", "della", "delle", "dei", "degli", "di", "des", "du", "do", "da", "dos", "das",
    "la", "le", "les", "el", "für", "der", "y", "por", "para", "per", "pour", "voor", "și", "din",
    "pentru", "und", "et", "e",
]);

/// The tagger's confidence is not known for a name it cut; this stands in.
const FOUND: f32 = 0.5;

/// Makes each run that opens with a foreign organization word, goes on with capitalized
/// words and at most two particles at a time before one, and holds two or more words, one
/// organization; the names the tagger found inside it go. A run that a name from before
/// it runs into, and a title-case headline's, are left alone.
pub(crate) fn join_foreign_organizations(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found: Vec<NameSpan> = Vec::new();
    for a in doc.capitalized_tokens() {
        if found.last().is_some_and(|f| f.b >= a) || !is_foreign_head(doc.word(a)) {
            continue;
        }
        let b = particle_run_end(doc, a);
        let from_before = spans.iter().any(|s| s.a < a && s.b >= a);
        if b > a && !from_before && !is_headline(doc, a) {
            found.push(NameSpan { a, b, label: ORG, conf: FOUND });
        }
    }
    if found.is_empty() {
        return;
    }
    // A name the tagger found that ends beyond the run keeps its words.
    found.retain(|f| !spans.iter().any(|s| s.a >= f.a && s.a <= f.b && s.b > f.b));
    spans.retain(|s| !found.iter().any(|f| s.a >= f.a && s.b <= f.b));
    add_spans(spans, found);
}

/// Particles of other languages that no English name holds ("della", "für"; not "la" or "y"):
/// after an organization of the tagger's they say its name goes on.
const INNER_PARTICLES: WordSet = WordSet::new(&[
    "de", "del", "della", "delle", "dei", "degli", "di", "des", "du", "do", "da", "dos", "das",
    "für", "der",
]);

/// The last token of the run of capitalized words (no date word) from token `b` on within its
/// sentence, with at most two particles ([`PARTICLES`]) at a time between them.
fn particle_run_end(doc: &DocContext, mut b: usize) -> usize {
    let n = doc.len();
    let cap = |i: usize| i < n && doc.capitalized(i) && !is_date_word(doc.word(i), ORG);
    let particle = |i: usize| i < n && PARTICLES.contains(doc.word(i));
    let sentence = doc.sentence_of(b);
    loop {
        // The next word after at most two particles.
        let next = b + (1..=3).find(|&k| !particle(b + k)).unwrap_or(3);
        if cap(next) && doc.sentence_of(next) == sentence {
            b = next;
        } else {
            return b;
        }
    }
}

/// Extends each organization the tagger cut at a particle of another language over the
/// particle and the capitalized words after it ("Corriere" + "della Sera", "Electricite" +
/// "de France"): a particle of [`INNER_PARTICLES`] opens the rest, which runs on as
/// [`particle_run_end`] reads it; the names found in the rest go, unless one runs beyond it.
pub(crate) fn extend_over_particles(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut k = 0;
    while k < spans.len() {
        let s = &spans[k];
        let opens = s.b + 1 < doc.len() && INNER_PARTICLES.contains(doc.word(s.b + 1));
        if s.label == ORG && opens {
            let b = particle_run_end(doc, s.b);
            let beyond = spans[k + 1..].iter().any(|t| t.a <= b && t.b > b);
            if b > s.b && !beyond {
                spans[k].b = b;
                let inside = spans[k + 1..].iter().take_while(|t| t.a <= b).count();
                spans.drain(k + 1..k + 1 + inside);
            }
        }
        k += 1;
    }
}

/// Articles of Spanish, Italian and French that open a place's or a body's name ("El Alto",
/// "La Jornada", "Los Lagos"); "Le" and "Al" open people's names too ("Le Pen", "Al Gore").
const ARTICLES: WordSet = WordSet::new(&["El", "La", "Los", "Las"]);

/// Makes a person of two words the tagger found, an article of [`ARTICLES`] and one
/// capitalized word ("El Mercurio", "La Bombonera"), a place where the gazetteer knows it as
/// one and an organization elsewhere: no person's name is an article and one word (CoNLL-2003
/// and WikiGold hold none; "El Hassane Lahssini" has three).
pub(crate) fn name_article_names(doc: &DocContext, spans: &mut [NameSpan]) {
    if !ARTICLES.may_occur_in(doc) {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Person && s.b == s.a + 1) {
        if ARTICLES.contains(doc.word(s.a)) && doc.case(s.b) == Case::Title {
            let place = doc.phrase_cats(s.a, s.b) & (PLACE | WIKILOC) != 0;
            s.label = if place { NameLabel::Place } else { ORG };
        }
    }
}

/// Whether `w` opens an organization's name in another language (none is an English word but
/// "Club", which opens sports clubs' names in Spanish and Portuguese, "Club Atlético Velmor",
/// and in English only before a name's own words, "Club Brugge"): unions and federations,
/// parties, alliances and movements, banks and exchanges, institutes, universities and
/// foundations, associations, clubs, firms, councils, commissions, authorities and ministries.
/// A [`WordSet`] of the words: one slot read and at most a few whole-word compares (a `match`
/// of so many words compared some words of each length one by one).
pub(crate) fn is_foreign_head(w: &str) -> bool {
    FOREIGN_HEADS.contains(w)
}

/// The words of [`is_foreign_head`].
const FOREIGN_HEADS: WordSet = WordSet::new(&[
    "Agencia",
    "Club",
    "Clube",
    "Agenzia",
    "Agência",
    "Alianza",
    "Aliança",
    "Alleanza",
    "Asociacion",
    "Asociación",
    "Associazione",
    "Associação",
    "Autoridad",
    "Autoridade",
    "Autorità",
    "Autorité",
    "Banca",
    "Banco",
    "Banque",
    "Borsa",
    "Bundesverband",
    "Comision",
    "Comisión",
    "Comissão",
    "Commissione",
    "Compagnie",
    "Compania",
    "Compañía",
    "Confederacion",
    "Confederación",
    "Confederazione",
    "Confederação",
    "Confédération",
    "Conseil",
    "Consejo",
    "Conselho",
    "Consiglio",
    "Corporacion",
    "Corporación",
    "Empresa",
    "Federacion",
    "Federación",
    "Federazione",
    "Federação",
    "Fondation",
    "Fondazione",
    "Frente",
    "Fundación",
    "Fundação",
    "Fédération",
    "Gewerkschaft",
    "IG",
    "Institut",
    "Instituto",
    "Istituto",
    "Ministerio",
    "Ministero",
    "Ministère",
    "Ministério",
    "Movimento",
    "Movimiento",
    "Organización",
    "Organização",
    "Partei",
    "Parti",
    "Partia",
    "Partido",
    "Partidul",
    "Partij",
    "Partito",
    "Sindacato",
    "Sindicato",
    "Sociedad",
    "Sociedade",
    "Società",
    "Société",
    "Stiftung",
    "Syndicat",
    "Unione",
    "Universidad",
    "Universidade",
    "Università",
    "Universität",
    "Université",
    "União",
    "Unión",
    "Verband",
]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{span, texts};
    use NameLabel::{Person as PER, Place as LOC};

    #[test]
    fn an_article_and_one_word_are_no_person_s_name() {
        let doc = DocContext::new(
            "El Velmor said La Paz and La Tarnera met Le Pen and El Hassane Orsk in Lima.",
        );
        let mut spans = vec![
            span(&doc, &["El", "Velmor"], PER, 0.6),
            span(&doc, &["La", "Paz"], PER, 0.6),
            span(&doc, &["La", "Tarnera"], PER, 0.6),
            span(&doc, &["Le", "Pen"], PER, 0.6),
            span(&doc, &["El", "Hassane", "Orsk"], PER, 0.6),
            span(&doc, &["Lima"], LOC, 0.6),
        ];
        name_article_names(&doc, &mut spans);
        let expected = [
            ("El Velmor", ORG),
            ("La Paz", LOC),
            ("La Tarnera", ORG),
            ("Le Pen", PER),
            ("El Hassane Orsk", PER),
            ("Lima", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn the_heads_are_found_and_english_words_are_not() {
        let heads = [
            "IG",
            "Banco",
            "Confederación",
            "Fédération",
            "Società",
            "Verband",
            "Comisión",
            "Autoridade",
            "Conseil",
            "Borsa",
            "Universität",
        ];
        for w in heads {
            assert!(is_foreign_head(w), "{w}");
        }
        let english =
            ["Bank", "Velmor", "Ban", "Confederation", "Federal", "Party", "ig", "Council"];
        for w in english {
            assert!(!is_foreign_head(w), "{w}");
        }
    }

    #[test]
    fn a_name_opened_by_a_foreign_kind_of_body_is_one_organization() {
        let text = "The Confederación General del Trabajo and IG Velmor said the Banco de la \
                    Tarna Orsk would pay Club Atlético Velmores de Tarn. Club officials agreed.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Trabajo"], PER, 0.8),
            span(&doc, &["IG", "Velmor"], ORG, 0.6),
            span(&doc, &["Tarna", "Orsk"], LOC, 0.6),
            span(&doc, &["Velmores", "de", "Tarn"], PER, 0.6),
        ];
        join_foreign_organizations(&doc, &mut spans);
        // "Club" before a lower-case word opens no name.
        let expected = [
            ("Confederación General del Trabajo", ORG),
            ("IG Velmor", ORG),
            ("Banco de la Tarna Orsk", ORG),
            ("Club Atlético Velmores de Tarn", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn parties_and_alliances_keep_their_language_s_and_of_and_for() {
        let text = "The Partidul Velmor și Tarna beat the Unión por la Orsk and the Partij voor \
                    de Vrijveld, while Alianza Tarn Velmor din Orskia lost.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Partidul", "Velmor"], PER, 0.8),
            span(&doc, &["Tarna"], PER, 0.8),
            span(&doc, &["Orsk"], PER, 0.8),
            span(&doc, &["Vrijveld"], LOC, 0.8),
            span(&doc, &["Orskia"], LOC, 0.8),
        ];
        join_foreign_organizations(&doc, &mut spans);
        let expected = [
            ("Partidul Velmor și Tarna", ORG),
            ("Unión por la Orsk", ORG),
            ("Partij voor de Vrijveld", ORG),
            ("Alianza Tarn Velmor din Orskia", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_organization_cut_at_a_foreign_particle_goes_on_past_it() {
        let text = "The daily Corriere della Velmora, Tarnex de la Orsk and Velmor Group la Brisk \
                    met Dana de Vale, and Orskbank del Tarn Vale Group spoke.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Corriere"], ORG, 0.8),
            span(&doc, &["Tarnex"], ORG, 0.8),
            span(&doc, &["Orsk"], LOC, 0.8),
            span(&doc, &["Velmor", "Group"], ORG, 0.8),
            span(&doc, &["Brisk"], LOC, 0.8),
            span(&doc, &["Dana"], PER, 0.8),
            span(&doc, &["Vale"], PER, 0.8),
            span(&doc, &["Orskbank"], ORG, 0.8),
            span(&doc, &["Tarn", "Vale", "Group", "spoke"], ORG, 0.8),
        ];
        extend_over_particles(&doc, &mut spans);
        // "la" alone is English enough ("la Brisk"); a person stays as found; a name running
        // beyond the run keeps the organization as it was.
        let expected = [
            ("Corriere della Velmora", ORG),
            ("Tarnex de la Orsk", ORG),
            ("Velmor Group", ORG),
            ("Brisk", LOC),
            ("Dana", PER),
            ("Vale", PER),
            ("Orskbank", ORG),
            ("Tarn Vale Group spoke", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_lone_head_a_name_run_into_it_or_a_name_running_beyond_it_is_left_alone() {
        let text = "Dana Banco met Sindicato de Orsk Velmor, and Banco said so.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Dana", "Banco"], PER, 0.8),
            span(&doc, &["Orsk", "Velmor"], LOC, 0.8),
        ];
        join_foreign_organizations(&doc, &mut spans);
        // "Banco" closes a person's name and stands alone; the place inside the run goes.
        let expected = [("Dana Banco", PER), ("Sindicato de Orsk Velmor", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }
}
