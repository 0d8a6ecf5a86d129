//! Linear models over hashed sparse features: the compact quantised weights used at run time
//! and (with the `train` feature) the averaged perceptron that learns them.

use serde::{Deserialize, Serialize};

/// Multiplier of the feature hash (the 64-bit golden ratio). Part of the model format: changing
/// the hash invalidates every model file.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes one value into a feature hash. Fixed and portable (part of the model format).
#[inline]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    let x = (h ^ v).wrapping_mul(MIX);
    x ^ (x >> 29)
}

/// FNV-1a over the UTF-8 bytes of `s`, then mixed. Fixed and portable (part of the model format).
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h, s.len() as u64)
}

/// A feature key: template number and up to three values.
#[inline]
pub(crate) fn feat(template: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(mix(0x5151, template), a), b), c)
}

/// The 32-bit table key of a 64-bit feature hash (never 0, which marks an empty slot).
#[inline]
fn key32(f: u64) -> u32 {
    let k = ((f >> 32) ^ f) as u32;
    if k == 0 { 1 } else { k }
}

/// Quantised sparse weights: for each kept feature a row of `(class, weight)` entries, the
/// weight an `i16` to be multiplied by `scale`.
///
/// Serialised form (inside the model file): `keys` (u32 little-endian bytes), `lens` (one byte
/// per row: the number of entries), `entries` (u32 little-endian: class << 16 | weight as u16).
#[derive(Serialize, Deserialize, Clone, Default)]
pub(crate) struct Weights {
    pub(crate) n_classes: u16,
    pub(crate) scale: f32,
    keys: Vec<u8>,
    lens: Vec<u8>,
    entries: Vec<u8>,
    #[serde(skip)]
    table: Table,
}

/// Hints the processor to fetch the cache line holding `x`.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint without effect on memory; the pointer comes from a
    // reference and SSE is part of the x86-64 baseline.
    #[allow(unused_unsafe)]
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(
            (x as *const T).cast::<i8>(),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// Asks Linux to back a large buffer with transparent huge pages: the tables are read at
/// random, and 2 MiB pages spare most TLB misses. Call before the buffer is first written.
fn advise_huge_pages<T>(v: &Vec<T>) {
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let bytes = v.capacity() * std::mem::size_of::<T>();
        if bytes < 4 << 20 {
            return;
        }
        let start = v.as_ptr() as usize;
        let aligned = start.div_ceil(PAGE) * PAGE;
        let len = (start + bytes).saturating_sub(aligned) / PAGE * PAGE;
        if len > 0 {
            // SAFETY: madvise only gives the kernel a hint about memory this Vec owns (the
            // range is inside its allocation); it changes no contents. Failure is ignored.
            unsafe {
                libc::madvise(aligned as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = v;
}

/// Open-addressing table built at load: slot = (key, first entry, entry count).
#[derive(Clone, Default)]
struct Table {
    mask: usize,
    /// (key, row): `row` is [`DENSE`] | dense row number (in rows of `n_classes` in `dense`),
    /// or entry count << 26 | first entry in `entries`.
    slots: Vec<(u32, u32)>,
    entries: Vec<u32>,
    dense: Vec<i16>,
}

/// Flag of a slot whose row is stored densely.
const DENSE: u32 = 1 << 31;
/// Rows with more entries than this are expanded to dense rows at load (faster to add).
const DENSE_MIN: u8 = 24;

impl Weights {
    /// Number of feature rows.
    pub(crate) fn n_rows(&self) -> usize {
        self.lens.len()
    }

    /// Number of stored (class, weight) entries.
    pub(crate) fn n_entries(&self) -> usize {
        self.entries.len() / 4
    }

    /// Builds the lookup table from the serialised arrays. Returns a description of the problem
    /// when the arrays are inconsistent.
    pub(crate) fn build(&mut self) -> Result<(), String> {
        let n = self.lens.len();
        if self.keys.len() != n * 4 {
            return Err(format!("{} key bytes for {n} rows", self.keys.len()));
        }
        if self.entries.len() % 4 != 0 {
            return Err(format!(
                "{} entry bytes, not a multiple of 4",
                self.entries.len()
            ));
        }
        let mut entries: Vec<u32> = Vec::with_capacity(self.entries.len() / 4);
        advise_huge_pages(&entries);
        entries.extend(
            self.entries
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
        );
        let total: usize = self.lens.iter().map(|&l| usize::from(l)).sum();
        if total != entries.len() {
            return Err(format!(
                "rows hold {total} entries, file has {}",
                entries.len()
            ));
        }
        if let Some(bad) = entries
            .iter()
            .find(|&&e| (e >> 16) >= u32::from(self.n_classes))
        {
            return Err(format!("entry class {} >= {}", bad >> 16, self.n_classes));
        }
        let cap = (n * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        if entries.len() >= 1 << 26 {
            return Err(format!("{} entries, at most 2^26 supported", entries.len()));
        }
        let mut slots: Vec<(u32, u32)> = Vec::with_capacity(cap);
        advise_huge_pages(&slots);
        slots.resize(cap, (0, 0));
        let nc = usize::from(self.n_classes);
        let n_dense = self.lens.iter().filter(|&&l| l > DENSE_MIN).count();
        let mut dense: Vec<i16> = Vec::with_capacity(n_dense * nc);
        advise_huge_pages(&dense);
        let mut start = 0u32;
        for (i, &len) in self.lens.iter().enumerate() {
            let c = &self.keys[i * 4..i * 4 + 4];
            let k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            if k == 0 {
                return Err("a zero feature key".into());
            }
            let mut s = (k as usize).wrapping_mul(0x9E37_79B9) & mask;
            while slots[s].0 != 0 {
                s = (s + 1) & mask;
            }
            if len > DENSE_MIN {
                let row = (dense.len() / nc.max(1)) as u32;
                dense.resize(dense.len() + nc, 0);
                let base = row as usize * nc;
                for &e in &entries[start as usize..start as usize + usize::from(len)] {
                    dense[base + (e >> 16) as usize] = e as u16 as i16;
                }
                slots[s] = (k, DENSE | row);
            } else {
                slots[s] = (k, (u32::from(len) << 26) | start);
            }
            start += u32::from(len);
        }
        self.table = Table {
            mask,
            slots,
            entries,
            dense,
        };
        Ok(())
    }

    /// Fills `scores` (resized to `n_classes`) with the sum over `feats`.
    ///
    /// The table is far larger than the processor caches, so the lookups are done in passes
    /// that first prefetch every slot, then every row, before adding: the memory accesses of
    /// all features overlap instead of waiting one after another.
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], scores: &mut Vec<i32>) {
        scores.clear();
        scores.resize(usize::from(self.n_classes), 0);
        let t = &self.table;
        if t.slots.is_empty() {
            return;
        }
        let nc = usize::from(self.n_classes);
        const CHUNK: usize = 64;
        let mut keys = [0u32; CHUNK];
        let mut pos = [0usize; CHUNK];
        for chunk in feats.chunks(CHUNK) {
            for (i, &f) in chunk.iter().enumerate() {
                let k = key32(f);
                let s = (k as usize).wrapping_mul(0x9E37_79B9) & t.mask;
                keys[i] = k;
                pos[i] = s;
                prefetch(&t.slots[s]);
            }
            let mut rows = [0u32; CHUNK];
            let mut n_rows = 0;
            for i in 0..chunk.len() {
                let k = keys[i];
                let mut s = pos[i];
                loop {
                    let (key, row) = t.slots[s];
                    if key == k {
                        rows[n_rows] = row;
                        n_rows += 1;
                        if row & DENSE != 0 {
                            prefetch(&t.dense[(row & !DENSE) as usize * nc]);
                        } else {
                            prefetch(&t.entries[(row & ((1 << 26) - 1)) as usize]);
                        }
                        break;
                    }
                    if key == 0 {
                        break;
                    }
                    s = (s + 1) & t.mask;
                }
            }
            for &row in &rows[..n_rows] {
                if row & DENSE != 0 {
                    let start = (row & !DENSE) as usize;
                    let row = &t.dense[start * nc..(start + 1) * nc];
                    for (s, &w) in scores.iter_mut().zip(row) {
                        *s += i32::from(w);
                    }
                } else {
                    let start = (row & ((1 << 26) - 1)) as usize;
                    let len = ((row >> 26) & 0x1F) as usize;
                    for &e in &t.entries[start..start + len] {
                        scores[(e >> 16) as usize] += i32::from(e as u16 as i16);
                    }
                }
            }
        }
    }

    /// Builds weights from `(feature, [(class, weight)])` rows of real-valued weights,
    /// quantising to i16 and dropping entries that round to zero and rows left empty.
    #[cfg(feature = "train")]
    pub(crate) fn from_rows(n_classes: usize, mut rows: Vec<(u64, Vec<(u8, f32)>)>) -> Weights {
        let max = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|&(_, w)| w.abs()))
            .fold(0f32, f32::max);
        let scale = if max > 0.0 { max / 32000.0 } else { 1.0 };
        // Merge rows whose 32-bit keys collide, so that the table holds unique keys.
        rows.sort_by_key(|(f, _)| key32(*f));
        let mut keys = Vec::new();
        let mut lens = Vec::new();
        let mut entries = Vec::new();
        let mut i = 0;
        while i < rows.len() {
            let k = key32(rows[i].0);
            let mut acc = vec![0f32; n_classes];
            while i < rows.len() && key32(rows[i].0) == k {
                for &(c, w) in &rows[i].1 {
                    acc[usize::from(c)] += w;
                }
                i += 1;
            }
            let mut row = Vec::new();
            for (c, &w) in acc.iter().enumerate() {
                let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 {
                    row.push(((c as u32) << 16) | u32::from(q as u16));
                }
            }
            if row.is_empty() {
                continue;
            }
            keys.extend_from_slice(&k.to_le_bytes());
            lens.push(u8::try_from(row.len()).expect("at most 255 classes"));
            for e in row {
                entries.extend_from_slice(&e.to_le_bytes());
            }
        }
        let mut w = Weights {
            n_classes: u16::try_from(n_classes).expect("at most 255 classes"),
            scale,
            keys,
            lens,
            entries,
            table: Table::default(),
        };
        w.build().expect("freshly built weights are consistent");
        w
    }
}

/// Averaged perceptron (Collins 2002; lazy averaging with time stamps as in Daumé's notes).
#[cfg(feature = "train")]
pub(crate) struct Perceptron {
    pub(crate) n_classes: usize,
    rows: rustc_hash::FxHashMap<u64, (u32, Vec<Entry>)>,
    now: u32,
}

#[cfg(feature = "train")]
#[derive(Clone, Copy)]
struct Entry {
    class: u8,
    w: i32,
    stamp: u32,
    total: i64,
}

#[cfg(feature = "train")]
impl Perceptron {
    /// An empty model over `n_classes` classes (at most 255).
    pub(crate) fn new(n_classes: usize) -> Perceptron {
        assert!(n_classes <= 255);
        Perceptron {
            n_classes,
            rows: rustc_hash::FxHashMap::default(),
            now: 0,
        }
    }

    /// Current (not averaged) scores.
    pub(crate) fn score(&self, feats: &[u64], scores: &mut Vec<i64>) {
        scores.clear();
        scores.resize(self.n_classes, 0);
        for f in feats {
            if let Some((_, row)) = self.rows.get(f) {
                for e in row {
                    scores[usize::from(e.class)] += i64::from(e.w);
                }
            }
        }
    }

    /// Counts one training instance (advances the averaging clock).
    pub(crate) fn tick(&mut self) {
        self.now += 1;
    }

    /// Perceptron update: +1 for `truth`, -1 for `guess` on every feature.
    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let now = self.now;
        for &f in feats {
            let (count, row) = self.rows.entry(f).or_default();
            *count += 1;
            for (class, delta) in [(truth, 1), (guess, -1)] {
                let e = match row.iter_mut().position(|e| usize::from(e.class) == class) {
                    Some(p) => &mut row[p],
                    None => {
                        row.push(Entry {
                            class: class as u8,
                            w: 0,
                            stamp: now,
                            total: 0,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                e.total += i64::from(e.w) * i64::from(now - e.stamp);
                e.stamp = now;
                e.w += delta;
            }
        }
    }

    /// The averaged weights, quantised, without the features updated fewer than `min_updates`
    /// times. Rows are taken in key order (deterministic).
    pub(crate) fn averaged(&self, min_updates: u32) -> Weights {
        let now = f64::from(self.now.max(1));
        let mut rows: Vec<(u64, Vec<(u8, f32)>)> = self
            .rows
            .iter()
            .filter(|(_, (count, _))| *count >= min_updates)
            .map(|(&f, (_, row))| {
                let r = row
                    .iter()
                    .map(|e| {
                        let total = e.total as f64 + f64::from(e.w) * f64::from(self.now - e.stamp);
                        (e.class, (total / now) as f32)
                    })
                    .collect();
                (f, r)
            })
            .collect();
        rows.sort_unstable_by_key(|(f, _)| *f);
        Weights::from_rows(self.n_classes, rows)
    }
}
