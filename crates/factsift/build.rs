//! Builds the gazetteer's look-up table from the lexicon files in `data/` (the gazetteer and
//! the Wikipedia name lists, which `tools/lexicons/` generates) into `OUT_DIR/gazetteer.bin`,
//! which the crate embeds: keying 250,000 phrases through the tokenizer takes a tenth of a
//! second, too long to do on every start-up. The phrase keys come from the crate's own code
//! (`src/names/lexicon_keys.rs`, the tokenizer and the hasher), so they match the crate's
//! look-ups bit for bit. The layout is described in `lexicon_keys.rs`.

use std::collections::HashMap;

#[allow(dead_code)]
#[path = "src/hash.rs"]
mod hash;
#[allow(dead_code)]
#[path = "src/names/lexicon_keys.rs"]
mod lexicon_keys;
#[allow(dead_code)]
#[path = "src/text/mod.rs"]
mod text;

use lexicon_keys::{
    category_bit, data_lines, home_slot, prefix_keys, table_key, ENTRY, NO_PLACE, PLACE_KINDS,
    PREFIX,
};

/// The gazetteer file: `phrase<TAB>categories<TAB>kind<TAB>country<TAB>canonical` lines.
const GAZETTEER: &str = "data/gazetteer.tsv";
/// Lists of names, one a line, and the category of all of them.
const LISTS: [(&str, &str); 2] =
    [("data/wiki_orgs.txt", "wikiorg"), ("data/wiki_places.txt", "wikiloc")];

/// One key's record: place index, categories, flags.
#[derive(Clone, Copy)]
struct Record {
    place: u32,
    cats: u16,
    flags: u8,
}

#[derive(Default)]
struct Table {
    records: HashMap<u64, Record>,
    /// Kind index, country code, byte range of the canonical form in the gazetteer file.
    places: Vec<(u8, [u8; 2], u32, u32)>,
    max_len: usize,
}

impl Table {
    /// The record of `key`, created empty if new.
    fn record(&mut self, key: u64) -> &mut Record {
        self.records.entry(key).or_insert(Record { place: NO_PLACE, cats: 0, flags: 0 })
    }

    /// Adds a phrase, given the keys of its word prefixes, with category bits and, for a
    /// place, its kind, country and canonical form (the first place line of a phrase wins).
    fn add(&mut self, keys: &[u64], bits: u16, place: Option<(u8, [u8; 2], u32, u32)>) {
        let Some((&key, prefixes)) = keys.split_last() else { return };
        self.max_len = self.max_len.max(keys.len());
        for &k in prefixes {
            self.record(k).flags |= PREFIX;
        }
        let next_place = self.places.len() as u32;
        let r = self.record(key);
        r.flags |= ENTRY;
        r.cats |= bits;
        if let (NO_PLACE, Some(place)) = (r.place, place) {
            r.place = next_place;
            self.places.push(place);
        }
    }

    /// The table: records in key order, each at its home slot (see `home_slot`) or right
    /// after the record before it, empty slots between.
    fn bytes(&self) -> Vec<u8> {
        let mut records: Vec<(u64, &Record)> =
            self.records.iter().map(|(&k, r)| (table_key(k), r)).collect();
        records.sort_unstable_by_key(|r| r.0);
        let homes = records.len() * 4 / 3 + 1;
        let mut slots: Vec<Option<(u64, &Record)>> = Vec::with_capacity(homes + 64);
        for r in records {
            let at = home_slot(r.0, homes).max(slots.len());
            slots.resize(at, None);
            slots.push(Some(r));
        }
        let mut out = Vec::new();
        out.extend_from_slice(b"FSGZ");
        for n in [2, self.max_len.min(8), homes, slots.len(), self.places.len()] {
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
        for slot in slots {
            let (k, r) = slot.unwrap_or((0, &Record { place: NO_PLACE, cats: 0, flags: 0 }));
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&r.place.to_le_bytes());
            out.extend_from_slice(&r.cats.to_le_bytes());
            out.extend_from_slice(&[r.flags, 0]);
        }
        for &(kind, cc, at, len) in &self.places {
            out.extend_from_slice(&[kind, cc[0], cc[1], 0]);
            out.extend_from_slice(&at.to_le_bytes());
            out.extend_from_slice(&len.to_le_bytes());
        }
        out
    }
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn main() {
    for src in ["build.rs", "src/hash.rs", "src/names/lexicon_keys.rs", "src/text/mod.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }
    let mut t = Table { max_len: 1, ..Table::default() };
    let (mut buf, mut keys) = (String::new(), Vec::new());
    let tsv = read(GAZETTEER);
    for line in data_lines(&tsv) {
        let mut f = line.split('\t');
        let (Some(phrase), Some(cats), Some(kind), Some(cc), Some(canonical)) =
            (f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let bits = cats.split(',').fold(0, |b, c| b | category_bit(c));
        let cc = match cc.as_bytes() {
            [a, b] => [*a, *b],
            _ => [0, 0],
        };
        let at = (canonical.as_ptr() as usize - tsv.as_ptr() as usize) as u32;
        let place = PLACE_KINDS
            .iter()
            .position(|&k| k == kind)
            .map(|i| (i as u8 + 1, cc, at, canonical.len() as u32));
        prefix_keys(phrase, &mut buf, &mut keys);
        t.add(&keys, bits, place);
    }
    for (path, category) in LISTS {
        let bit = category_bit(category);
        for name in data_lines(&read(path)) {
            prefix_keys(name, &mut buf, &mut keys);
            t.add(&keys, bit, None);
        }
    }
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("gazetteer.bin");
    std::fs::write(&out, t.bytes()).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
