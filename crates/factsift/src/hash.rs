//! The crate's one hasher: FNV-1a and a splitmix finaliser, shared by the lexicons, the feature
//! extractor, the model (training and inference must agree bit for bit, so there is exactly one
//! definition) and the fixed look-up tables (currencies). No untrusted keys meet these maps
//! except as look-ups, so no flooding-resistant hash is needed.

/// FNV-1a 64 over bytes, continuing from `h`.
pub(crate) fn fnv_extend(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// FNV-1a 64 of a string.
pub(crate) fn fnv(s: &str) -> u64 {
    fnv_extend(0xCBF2_9CE4_8422_2325, s.as_bytes())
}

/// A feature key: template tag plus a string value.
pub(crate) fn feature(tag: u8, value: &str) -> u64 {
    feature_of_parts(tag, &[value.as_bytes()])
}

/// The key [`feature`] gives the concatenation of `parts`, without building it.
pub(crate) fn feature_of_parts(tag: u8, parts: &[&[u8]]) -> u64 {
    let value = parts.iter().fold(0xCBF2_9CE4_8422_2325, |h, p| fnv_extend(h, p));
    mix(fnv_extend(0xCBF2_9CE4_8422_2325, &[tag, 0xFF]) ^ value, u64::from(tag))
}

/// A feature key whose value is the decimal form of `n` (as `feature(tag, &n.to_string())`).
pub(crate) fn feature_of_number(tag: u8, n: u32) -> u64 {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    feature_of_parts(tag, &[&digits[at..]])
}

/// Combines two hashes (splitmix64 finaliser).
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut z = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(31);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A fast hasher for maps keyed by already-hashed `u64`s or short strings.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = mix(fnv_extend(self.0 ^ 0xCBF2_9CE4_8422_2325, bytes), 1);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = mix(self.0 ^ n, 2);
    }
    /// The end mark a string's hash writes after its bytes (and any single byte): one FNV step
    /// on the mixed hash, not a second finaliser.
    fn write_u8(&mut self, b: u8) {
        self.0 = fnv_extend(self.0, &[b]);
    }
    /// The length a slice's hash writes before its items: one step, as for a byte.
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x0000_0100_0000_01B3);
    }
}

/// A hasher for maps keyed by a lexicon's phrase key (an FNV-1a hash of the words): the key
/// with its high half folded onto its low one, which the map picks buckets by (the low bits
/// of FNV-1a depend on the low bits of the bytes alone), in place of a second full mix at
/// every look-up.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv_extend(self.0, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n ^ n >> 32;
    }
}

/// `HashMap` keyed by phrase keys, with [`KeyHasher`].
pub(crate) type KeyMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;

/// `HashSet` with [`FastHasher`].
pub(crate) type FastSet<K> =
    std::collections::HashSet<K, std::hash::BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_keys_of_parts_and_numbers_match_the_built_strings() {
        assert_eq!(feature_of_parts(7, &[b"astana", b"|", b"T"]), feature(7, "astana|T"));
        assert_eq!(feature_of_parts(7, &[]), feature(7, ""));
        for n in [0, 7, 10, 1023, u32::MAX] {
            assert_eq!(feature_of_number(3, n), feature(3, &n.to_string()));
        }
        assert_ne!(feature(3, "ab"), feature(4, "ab"));
    }

    #[test]
    fn phrase_keys_that_differ_in_their_high_half_alone_fall_in_other_buckets() {
        use std::hash::BuildHasher;
        let build = std::hash::BuildHasherDefault::<KeyHasher>::default();
        let (a, b) = (0x1234_5678_0000_0042u64, 0x8765_4321_0000_0042u64);
        assert_ne!(build.hash_one(a) & 0xFFFF, build.hash_one(b) & 0xFFFF);
        let mut map: KeyMap<u64, u8> = KeyMap::default();
        map.insert(a, 1);
        map.insert(b, 2);
        assert_eq!((map.get(&a), map.get(&b)), (Some(&1), Some(&2)));
    }

    #[test]
    fn map_keys_that_run_into_one_another_hash_apart() {
        use std::hash::BuildHasher;
        let build = std::hash::BuildHasherDefault::<FastHasher>::default();
        let strs = [("ab", "c"), ("a", "bc"), ("", "abc"), ("abc", "")];
        let hashes: FastSet<u64> = strs.iter().map(|pair| build.hash_one(pair)).collect();
        assert_eq!(hashes.len(), strs.len());
        let slices: [&[u8]; 3] = [b"", b"\0", b"\0\0"];
        let hashes: FastSet<u64> = slices.iter().map(|s| build.hash_one(s)).collect();
        assert_eq!(hashes.len(), slices.len());
    }
}
