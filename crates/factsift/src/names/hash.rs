//! Hashing shared by the lexicons, the feature extractor and the model (training and inference
//! must agree bit for bit, so there is exactly one definition).

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
    mix(fnv_extend(0xCBF2_9CE4_8422_2325, &[tag, 0xFF]) ^ fnv(value), u64::from(tag))
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
}

/// `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;
