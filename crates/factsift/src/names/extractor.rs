//! [`NameExtractor`]: the names recognizer, a short list of stage calls (tagging, lists, user
//! names, acronyms, consistency, trimming, canonical forms) over one document context per
//! window of the text; and the embedded model it starts from.

use std::sync::Arc;

use once_cell::sync::Lazy;

use super::context::DocContext;
use super::features::{label, Pos};
use super::model::{Model, ModelError, NameEvidence};
use super::resolve;
use super::resolve::acronyms::Acronyms;
use super::resolve::user::UserNames;
use super::span::{NameLabel, NameSpan};
use super::tagger::{identity_bits, knows_word, learned_as, tagged_spans, WordFacts};
use crate::entity::{Entity, EntityType};
use crate::recognizer::Recognizer;
use crate::text::windows;

static MODEL_BYTES: &[u8] = include_bytes!("../../data/names.model");

/// The built-in names model file (embedded in the crate): the default start of training.
///
/// ```
/// let bytes = factsift::builtin_names_model();
/// assert!(factsift::NameExtractor::from_model_bytes(bytes).is_ok());
/// ```
pub fn builtin_names_model() -> &'static [u8] {
    MODEL_BYTES
}

static DEFAULT_MODEL: Lazy<Arc<Model>> = Lazy::new(|| {
    Arc::new(
        Model::from_bytes(MODEL_BYTES)
            .unwrap_or_else(|e| panic!("the embedded names model does not load: {e}")),
    )
});

/// Finds names of people, places and organizations.
///
/// ```
/// use factsift::{NameExtractor, Recognizer};
/// let doc = NameExtractor::default()
///     .extract("Chinese President Xi Jinping arrived in Astana on Monday.");
/// let (_, person) = doc.people().next().unwrap();
/// assert_eq!(person.name, "Xi Jinping");
/// assert_eq!(person.title.as_deref(), Some("President"));
/// let (_, place) = doc.places().next().unwrap();
/// assert_eq!(place.name, "Astana");
/// assert_eq!(place.country.as_deref(), Some("KZ"));
/// ```
#[derive(Debug, Clone)]
pub struct NameExtractor {
    model: Arc<Model>,
    user: Arc<UserNames>,
}

impl Default for NameExtractor {
    /// The embedded model, no user entries.
    fn default() -> NameExtractor {
        NameExtractor { model: Arc::clone(&DEFAULT_MODEL), user: Arc::default() }
    }
}

impl NameExtractor {
    /// An extractor using a model file written by `factsift train` (or `factsift::train` with
    /// feature `train`). A damaged file, or one built for other features, is refused.
    ///
    /// ```
    /// use factsift::{ModelError, NameExtractor};
    /// assert_eq!(NameExtractor::from_model_bytes(b"not a model").unwrap_err(), ModelError::Malformed);
    /// ```
    pub fn from_model_bytes(bytes: &[u8]) -> Result<NameExtractor, ModelError> {
        let model = Model::from_bytes(bytes)?;
        Ok(NameExtractor { model: Arc::new(model), user: Arc::default() })
    }

    /// Adds names the extractor must find as `ty` (person, place or organization) wherever they
    /// occur, matched whole-token and case-insensitively; the tagger decides everywhere else.
    /// Other entity types are ignored.
    ///
    /// ```
    /// use factsift::{EntityType, NameExtractor, Recognizer};
    /// let ex = NameExtractor::default().with_names(EntityType::Organization, ["Zhetysu Labs"]);
    /// let doc = ex.extract("Analysts at Zhetysu Labs disagreed.");
    /// assert_eq!(doc.organizations().next().unwrap().0.text, "Zhetysu Labs");
    /// ```
    pub fn with_names<I, S>(mut self, ty: EntityType, names: I) -> NameExtractor
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut user = UserNames::clone(&self.user);
        user.add(ty, names);
        self.user = Arc::new(user);
        self
    }
}

impl Recognizer for NameExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Person, EntityType::Place, EntityType::Organization]
    }

    /// A text longer than 512 KiB is read in windows of about that size, cut at line breaks
    /// (else at a space): memory then stays bounded by a window's tokens,
    /// and the tagger's document memory and the resolution passes span one window.
    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        for (at, window) in windows(text, WINDOW) {
            let first = out.len();
            self.recognize_window(window, out);
            for e in &mut out[first..] {
                e.byte_start += at;
                e.byte_end += at;
            }
        }
    }
}

/// One window's names after resolution, before their confidence is calibrated.
struct Resolved<'t> {
    doc: DocContext<'t>,
    spans: Vec<NameSpan>,
    acronyms: Acronyms,
    /// For each name, what its confidence is calibrated from (none for a user's entry: it
    /// stays certain).
    evidence: Vec<Option<NameEvidence>>,
}

/// The longest text the names stages read as one document (bytes): every news article fits,
/// and the tagger keeps the first pass's scores for all the tokens of a window this size
/// (131,072 at most, so all when they average four bytes or more with their spaces).
const WINDOW: usize = 1 << 19;

impl NameExtractor {
    /// Finds the names in one window of the text.
    fn recognize_window(&self, text: &str, out: &mut Vec<Entity>) {
        let Some(mut r) = self.resolve_window(text) else { return };
        for (s, e) in r.spans.iter_mut().zip(&r.evidence) {
            if let Some(e) = e {
                s.conf = self.model.calibrated(e);
            }
        }
        resolve::canonical::entities(&r.doc, &r.spans, &r.acronyms, out);
    }

    /// The resolved names of one window of the text (none when it has no tokens).
    fn resolve_window<'t>(&self, text: &'t str) -> Option<Resolved<'t>> {
        let doc = DocContext::new(text);
        if doc.len() == 0 {
            return None;
        }
        let (tagged, facts) = tagged_spans(&self.model, &doc);
        let mut by_tagger: Vec<(usize, usize, NameLabel)> =
            tagged.iter().map(|s| (s.a, s.b, s.label)).collect();
        by_tagger.sort_unstable();
        let spans = resolve::lists::split_lists(tagged, &doc);
        let mut spans = resolve::places::join_place_names(&doc, spans);
        resolve::places::find_waters_of(&doc, &mut spans);
        resolve::places::name_listed_places(&doc, &mut spans);
        let mut spans = resolve::people::join_pieces(&doc, spans);
        resolve::descriptors::drop_opening_kinds(&doc, &mut spans);
        resolve::places::name_bodies_taken_for_places(&doc, &mut spans);
        resolve::long_names::name_eponym_institutions(&doc, &mut spans);
        let spans = resolve::long_names::find_left_out_organizations(&doc, spans);
        let spans = resolve::long_names::extend_complements(&doc, spans);
        let spans = resolve::long_names::join_possessive_names(&doc, spans);
        let spans = resolve::long_names::extend_to_known_names(&doc, spans);
        let spans = resolve::long_names::extend_eponyms(&doc, spans);
        let mut spans: Vec<NameSpan> = resolve::long_names::take_in_nationalities(&doc, spans);
        resolve::long_names::extend_back_to_known_names(&doc, &mut spans);
        resolve::long_names::take_in_scope_words(&doc, &mut spans);
        resolve::long_names::take_in_first_members(&doc, &mut spans);
        resolve::long_names::find_short_references(&doc, &mut spans);
        resolve::long_names::find_unit_ordinals(&doc, &mut spans);
        resolve::long_names::take_in_court_ordinals(&doc, &mut spans);
        resolve::long_names::find_numbered_units(&doc, &mut spans);
        resolve::long_names::find_armies_of(&doc, &mut spans);
        resolve::long_names::find_led_units(&doc, &mut spans);
        resolve::long_names::find_halls_of_fame(&doc, &mut spans);
        resolve::long_names::find_leagues(&doc, &mut spans);
        resolve::long_names::find_members_bodies(&doc, &mut spans);
        resolve::long_names::find_deliberating_bodies(&doc, &mut spans);
        resolve::long_names::split_owned_bodies(&doc, &mut spans);
        resolve::long_names::number_stations(&doc, &mut spans);
        resolve::long_names::take_in_compass_words(&doc, &mut spans);
        resolve::long_names::take_in_airlines(&doc, &mut spans);
        resolve::long_names::take_in_heads_after_places(&doc, &mut spans);
        resolve::long_names::join_national_companies(&doc, &mut spans);
        resolve::long_names::join_nouns_before_names(&doc, &mut spans);
        resolve::long_names::join_subject_pairs(&doc, &mut spans);
        resolve::long_names::take_in_dedications(&doc, &mut spans);
        resolve::foreign::join_foreign_organizations(&doc, &mut spans);
        resolve::roads::find_numbered_roads(&doc, &mut spans);
        resolve::places::find_addressed_streets(&doc, &mut spans);
        resolve::places::name_address_towns(&doc, &mut spans);
        resolve::places::name_divisions(&doc, &mut spans);
        resolve::places::find_state_places(&doc, &mut spans);
        resolve::places::name_country_towns(&doc, &mut spans);
        resolve::places::find_party_states(&doc, &mut spans);
        resolve::places::find_hyphenated_places(&doc, &mut spans);
        resolve::places::take_in_place_openers(&doc, &mut spans);
        resolve::places::find_empires(&doc, &mut spans);
        resolve::places::find_realms(&doc, &mut spans);
        resolve::places::find_demonym_republics(&doc, &mut spans);
        resolve::places::name_sites(&doc, &mut spans);
        resolve::places::name_buildings(&doc, &mut spans);
        resolve::places::name_war_fronts(&doc, &mut spans);
        resolve::places::name_railways(&doc, &mut spans);
        resolve::places::join_railway_ends(&doc, &mut spans);
        resolve::places::name_railway_short_names(&doc, &mut spans);
        resolve::places::find_article_places(&doc, &mut spans);
        resolve::places::find_left_out_sites(&doc, &mut spans);
        resolve::places::find_left_out_known_places(&doc, &mut spans);
        resolve::people::find_named_relatives(&doc, &mut spans);
        resolve::people::find_titled_people(&doc, &mut spans);
        resolve::family_names::find_family_first_names(&doc, &mut spans);
        resolve::people::find_people_under_plural_titles(&doc, &mut spans);
        resolve::people::find_honoured_people(&doc, &mut spans);
        resolve::people::name_bylines(&doc, &mut spans);
        resolve::people::name_credit_lines(&doc, &mut spans);
        resolve::titles::places_before_titles(&doc, &mut spans);
        resolve::titles::places_after_titles(&doc, &mut spans);
        resolve::titles::split_officers(&doc, &mut spans);
        resolve::titles::find_portfolio_holders(&doc, &mut spans);
        resolve::people::name_maiden_names(&doc, &mut spans);
        resolve::people::find_government_leaders(&doc, &mut spans);
        resolve::people::places_of_members(&doc, &mut spans);
        let knows = |w: &str| knows_word(&self.model, w);
        resolve::people::name_unknown_speakers(&doc, &mut spans, knows);
        resolve::people::find_speaking_surnames(&doc, &mut spans, knows);
        resolve::people::name_coordinated_people(&doc, &mut spans, knows);
        resolve::people::name_acting_people(&doc, &mut spans);
        resolve::people::name_possessors_of_kin(&doc, &mut spans);
        resolve::people::find_families(&doc, &mut spans);
        let org_word = |w: &str| learned_as(&self.model, w, NameLabel::Organization);
        resolve::people::name_listed_people(&doc, &mut spans, org_word, knows);
        resolve::people::name_people_among_people(&doc, &mut spans, org_word);
        resolve::people::name_titled_appositions(&doc, &mut spans, org_word);
        resolve::acronyms::find_extended_groups(&doc, &mut spans, org_word);
        resolve::teams::find_teams(&doc, &mut spans);
        resolve::places::name_places_before_times(&doc, &mut spans);
        resolve::teams::places_outside_sports(&doc, &mut spans);
        resolve::companies::find_listed_companies(&doc, &mut spans, knows, org_word);
        resolve::coordination::find_listed_organizations(&doc, &mut spans);
        let other_word = |w: &str| {
            knows_word(&self.model, w) && !learned_as(&self.model, w, NameLabel::Organization)
        };
        resolve::acronyms::find_the_acronyms(&doc, &mut spans, other_word);
        self.user.apply(&doc, &mut spans);
        let mut acronyms = resolve::acronyms::resolve(&doc, &mut spans);
        resolve::people::name_acronym_led_bodies(&doc, &mut spans);
        resolve::consistency::apply(&doc, &mut spans);
        resolve::headlines::split_headline_names(&doc, &mut spans);
        resolve::long_names::take_in_ordinal_acronyms(&doc, &mut spans);
        resolve::long_names::close_with_initials_or_forms(&doc, &mut spans);
        resolve::long_names::join_cut_companies(&doc, &mut spans);
        resolve::long_names::join_partnerships(&doc, &mut spans);
        resolve::people::join_broken_names(&doc, &mut spans);
        resolve::people::take_in_surname_particles(&doc, &mut spans);
        resolve::people::extend_headline_names(&doc, &mut spans);
        let before_described = spans.len();
        resolve::descriptors::find_described_names(&doc, &mut spans);
        resolve::acronyms::resolve_late(&doc, &mut spans, &mut acronyms);
        // The names the text describes and the tagger left out are the same names elsewhere.
        if spans.len() > before_described {
            resolve::consistency::repeated_names(&doc, &mut spans);
        }
        resolve::foreign::extend_over_particles(&doc, &mut spans);
        resolve::foreign::name_article_names(&doc, &mut spans);
        resolve::long_names::join_paired_bodies(&doc, &mut spans);
        resolve::places::name_birthplaces(&doc, &mut spans);
        resolve::places::name_places_ending_in_phrases(&doc, &mut spans);
        resolve::places::name_confluent_rivers(&doc, &mut spans);
        resolve::places::name_divisions_before_word(&doc, &mut spans);
        resolve::trim::trim(&doc, &mut spans);
        let mut evidence: Vec<Option<NameEvidence>> = spans
            .iter()
            .map(|s| {
                let from_rule = by_tagger.binary_search(&(s.a, s.b, s.label)).is_err();
                (s.conf < 1.0).then(|| self.evidence(&doc, s, from_rule, &facts))
            })
            .collect();
        let (sum, n) = evidence.iter().flatten().fold((0.0, 0), |(s, n), e| (s + e.learned, n + 1));
        evidence.iter_mut().flatten().for_each(|e| e.document_learned = sum / n as f32);
        Some(Resolved { doc, spans, acronyms, evidence })
    }

    /// What the confidence of `s` is calibrated from (all but `document_learned`); `facts` are
    /// the tagger's [`Tagged::facts`](super::tagger::Tagged::facts) of each token.
    fn evidence(
        &self,
        doc: &DocContext,
        s: &NameSpan,
        from_rule: bool,
        facts: &[Option<WordFacts>],
    ) -> NameEvidence {
        let tokens = s.b - s.a + 1;
        let learned = (s.a..=s.b)
            .filter(|&i| {
                let l = label(s.label.index(), Pos::in_span(i, s.a, s.b));
                // The word's own identity weighs for this label above no name (as the tagger
                // read it for a word it scored).
                let bits = match facts.get(i) {
                    Some(Some(f)) => f.identity,
                    _ => identity_bits(&self.model, doc.word(i)),
                };
                bits >> l & 1 != 0
            })
            .count();
        let in_gazetteer = (s.a..=s.b).filter(|&i| doc.cats(i) != 0).count();
        NameEvidence {
            raw: s.conf,
            label: s.label,
            tokens,
            from_rule,
            learned: learned as f32 / tokens as f32,
            in_gazetteer: in_gazetteer as f32 / tokens as f32,
            document_learned: 0.0,
        }
    }

    /// The names found in `text` (byte ranges and labels) with the evidence their confidence
    /// is calibrated from: what training fits the calibration on.
    #[cfg(feature = "train")]
    pub(crate) fn names_with_evidence(
        &self,
        text: &str,
    ) -> Vec<(super::span::GoldName, NameEvidence)> {
        let mut out = Vec::new();
        for (at, window) in windows(text, WINDOW) {
            let Some(r) = self.resolve_window(window) else { continue };
            for (s, e) in r.spans.iter().zip(r.evidence) {
                let Some(e) = e.filter(|_| s.label.is_output()) else { continue };
                let name = super::span::GoldName {
                    byte_start: at + r.doc.toks.tokens[s.a].start,
                    byte_end: at + r.doc.toks.tokens[s.b].end,
                    label: s.label,
                };
                out.push((name, e));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::tagger;
    use crate::text::tokenize;

    #[test]
    fn the_tagger_keeps_every_first_pass_score_of_a_window() {
        // Distinct capitalized words (12 bytes a token): read whole, the tokens past the
        // tagger's bound were scored again in the second pass, so cost grew faster than the text.
        let text: String = (0..400_000u32).map(|i| format!("Kaz{i:x}stan ")).collect();
        let windows: Vec<(usize, &str)> = windows(&text, WINDOW).collect();
        assert!(windows.len() >= 9, "{} windows", windows.len());
        for (_, window) in windows {
            assert!(tokenize(window).tokens.len() <= tagger::STATIC_LIMIT);
        }
    }
}
