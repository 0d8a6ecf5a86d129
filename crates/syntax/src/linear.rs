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

/// One cache line of dense weights (64 bytes, aligned).
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Line([i16; 32]);

/// Open-addressing hash set of feature keys with linear probing: slot = (key, row), key 0
/// marks an empty slot.
#[derive(Clone, Default)]
struct Probe {
    mask: usize,
    /// (key, row): `row` is [`DENSE`] | dense row number (in rows of `row_lines` lines in
    /// `dense`), or entry count << 26 | first entry in `entries`.
    slots: Vec<(u32, u32)>,
}

impl Probe {
    /// An empty set with room for `n` keys at a load factor of at most one half.
    fn with_keys(n: usize) -> Probe {
        let cap = (n * 2).next_power_of_two().max(16);
        let mut slots: Vec<(u32, u32)> = Vec::with_capacity(cap);
        advise_huge_pages(&slots);
        slots.resize(cap, (0, 0));
        Probe {
            mask: cap - 1,
            slots,
        }
    }

    /// The home slot of key `k`.
    #[inline(always)]
    fn home(&self, k: u32) -> usize {
        (k as usize).wrapping_mul(0x9E37_79B9) & self.mask
    }

    /// Inserts `k` (not yet present) with `row`.
    fn insert(&mut self, k: u32, row: u32) {
        let mut s = self.home(k);
        while self.slots[s].0 != 0 {
            s = (s + 1) & self.mask;
        }
        self.slots[s] = (k, row);
    }

    /// The row of `k`, if present, searching from its home slot `home`.
    #[inline(always)]
    fn get_from(&self, k: u32, home: usize) -> Option<u32> {
        let mut s = home;
        loop {
            let (key, row) = self.slots[s];
            if key == k {
                return Some(row);
            }
            if key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }
}

/// Lookup tables built at load. Dense rows and the entries of sparse rows are laid out
/// longest row first (row length is a proxy for how often a feature fires), so the frequent
/// rows share cache lines and pages.
#[derive(Clone, Default)]
struct Table {
    keys: Probe,
    /// Entries of the sparse rows: class << 16 | weight as u16. A row of up to 16 entries
    /// lies within one 64-byte line, a longer one within two (in the buffer built at load; a
    /// clone may sit at another alignment, which changes the speed, not the sums).
    entries: Vec<u32>,
    /// Dense rows: `row_lines` cache lines each, weight of class `c` at lane `c`, zero padding.
    dense: Vec<Line>,
    row_lines: usize,
}

/// Flag of a slot whose row is stored densely.
const DENSE: u32 = 1 << 31;
/// Rows with more entries than this are expanded to dense rows at load (faster to add).
const DENSE_MIN: u8 = 24;
/// Features looked up together (their memory accesses overlap).
const CHUNK: usize = 128;
/// Lanes of the score accumulator: at least the largest class count (255) rounded up to 8.
pub(crate) const LANES: usize = 256;

/// Score accumulator: one lane per class (lanes past the class count are scratch).
pub(crate) type Scores = [i32; LANES];

/// Working memory of [`Weights::score_add`] for a chunk of features: their home slots, and the
/// dense and sparse rows found.
pub(crate) struct RowScratch {
    homes: Box<[u32; CHUNK]>,
    dense: Box<[u32; CHUNK]>,
    sparse: Box<[u32; CHUNK]>,
}

impl Default for RowScratch {
    fn default() -> RowScratch {
        RowScratch {
            homes: Box::new([0; CHUNK]),
            dense: Box::new([0; CHUNK]),
            sparse: Box::new([0; CHUNK]),
        }
    }
}

/// Adds the first `nc` lanes of `src` to `acc`.
#[inline]
pub(crate) fn add_lanes(acc: &mut Scores, src: &[i32], nc: usize) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: AVX2 is present (checked above).
        unsafe { simd::add_lanes_avx2(&mut acc[..nc], &src[..nc]) };
        return;
    }
    for (a, &v) in acc[..nc].iter_mut().zip(&src[..nc]) {
        *a += v;
    }
}

/// Sets the lanes of `acc` that [`Weights::score_add`] may touch for `nc` classes to zero.
#[inline]
pub(crate) fn clear(acc: &mut Scores, nc: usize) {
    acc[..nc.div_ceil(8) * 8].fill(0);
}

/// Adds the dense rows `rows` (row numbers into `dense`, rows of `row_lines` lines) to the
/// first `nc` lanes of `acc`.
#[inline]
fn add_dense(dense: &[Line], row_lines: usize, rows: &[u32], nc: usize, acc: &mut [i32; LANES]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        for &r in rows {
            // Checked once here so that the vector code may read without bounds checks.
            assert!((r as usize + 1) * row_lines <= dense.len());
        }
        // SAFETY: AVX2 is present (checked above); every row lies inside `dense` (asserted),
        // and `simd::add_dense_avx2` reads at most `nc.div_ceil(8) * 8 <= row_lines * 32`
        // lanes of each row and writes lanes below `LANES` of `acc`.
        unsafe { simd::add_dense_avx2(dense, row_lines, rows, nc, acc) };
        return;
    }
    add_dense_scalar(dense, row_lines, rows, nc, acc);
}

/// [`add_dense`] without vector instructions.
fn add_dense_scalar(
    dense: &[Line],
    row_lines: usize,
    rows: &[u32],
    nc: usize,
    acc: &mut [i32; LANES],
) {
    for &r in rows {
        let row = &dense[r as usize * row_lines..(r as usize + 1) * row_lines];
        let lanes = row.iter().flat_map(|l| l.0.iter());
        for (a, &w) in acc[..nc].iter_mut().zip(lanes) {
            *a += i32::from(w);
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod simd {
    //! AVX2 summation of dense weight rows.
    use super::{LANES, Line};
    use core::arch::x86_64::{
        __m128i, __m256i, _mm_loadu_si128, _mm256_add_epi32, _mm256_cvtepi16_epi32,
        _mm256_loadu_si256, _mm256_setzero_si256, _mm256_storeu_si256,
    };

    /// Adds lanes `8 * first .. 8 * (first + N)` of every row to `acc`, keeping the sums in
    /// `N` registers while the rows stream past.
    ///
    /// # Safety
    /// AVX2 must be present; every row must hold `8 * (first + N)` lanes; `8 * (first + N)`
    /// must not exceed [`LANES`].
    #[target_feature(enable = "avx2")]
    #[allow(unused_unsafe)]
    unsafe fn pass<const N: usize>(
        base: *const i16,
        stride: usize,
        rows: &[u32],
        first: usize,
        acc: &mut [i32; LANES],
    ) {
        unsafe {
            let mut r = [_mm256_setzero_si256(); N];
            for &row in rows {
                let p = base.add(row as usize * stride + first * 8);
                for (k, s) in r.iter_mut().enumerate() {
                    let w = _mm_loadu_si128(p.add(8 * k).cast::<__m128i>());
                    *s = _mm256_add_epi32(*s, _mm256_cvtepi16_epi32(w));
                }
            }
            for (k, s) in r.iter().enumerate() {
                let a = acc.as_mut_ptr().add(8 * (first + k)).cast::<__m256i>();
                _mm256_storeu_si256(a, _mm256_add_epi32(_mm256_loadu_si256(a), *s));
            }
        }
    }

    /// `acc[i] += src[i]` for every `i` (the slices have the same length), compiled for AVX2.
    ///
    /// # Safety
    /// AVX2 must be present.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn add_lanes_avx2(acc: &mut [i32], src: &[i32]) {
        for (a, &v) in acc.iter_mut().zip(src) {
            *a += v;
        }
    }

    /// Adds the first `nc.div_ceil(8) * 8` lanes of each row to `acc`.
    ///
    /// # Safety
    /// AVX2 must be present, every row must lie inside `dense`, and `nc.div_ceil(8) * 8` must
    /// not exceed `row_lines * 32` nor [`LANES`].
    #[target_feature(enable = "avx2")]
    #[allow(unused_unsafe)]
    pub(super) unsafe fn add_dense_avx2(
        dense: &[Line],
        row_lines: usize,
        rows: &[u32],
        nc: usize,
        acc: &mut [i32; LANES],
    ) {
        let base = dense.as_ptr().cast::<i16>();
        let stride = row_lines * 32;
        let blocks = nc.div_ceil(8);
        let mut b = 0;
        // SAFETY (all calls): the caller's guarantees; `b + n <= blocks`.
        unsafe {
            while b < blocks {
                let n = (blocks - b).min(8);
                match n {
                    8 => pass::<8>(base, stride, rows, b, acc),
                    7 => pass::<7>(base, stride, rows, b, acc),
                    6 => pass::<6>(base, stride, rows, b, acc),
                    5 => pass::<5>(base, stride, rows, b, acc),
                    4 => pass::<4>(base, stride, rows, b, acc),
                    3 => pass::<3>(base, stride, rows, b, acc),
                    2 => pass::<2>(base, stride, rows, b, acc),
                    _ => pass::<1>(base, stride, rows, b, acc),
                }
                b += n;
            }
        }
    }
}

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
        let total: usize = self.lens.iter().map(|&l| usize::from(l)).sum();
        if total != self.entries.len() / 4 {
            return Err(format!(
                "rows hold {total} entries, file has {}",
                self.entries.len() / 4
            ));
        }
        if total >= 1 << 26 {
            return Err(format!("{total} entries, at most 2^26 supported"));
        }
        let entry = |j: usize| {
            let c = &self.entries[4 * j..4 * j + 4];
            u32::from_le_bytes([c[0], c[1], c[2], c[3]])
        };
        if let Some(bad) = (0..total)
            .map(entry)
            .find(|&e| (e >> 16) >= u32::from(self.n_classes))
        {
            return Err(format!("entry class {} >= {}", bad >> 16, self.n_classes));
        }
        let nc = usize::from(self.n_classes);
        let row_lines = nc.div_ceil(32).max(1);
        // Rows are laid out longest first, ties in file order. Counting the rows of each length
        // gives where each length's rows start; rows are then read in file order and each
        // length's rows written one after another.
        let mut count = [0usize; 256];
        for &len in &self.lens {
            count[usize::from(len)] += 1;
        }
        // Sparse rows never straddle more cache lines than they must: a row of up to 16
        // entries (64 bytes) lies within one line, a longer one in two. The rows of one
        // length fill whole lines, `per_line` rows a line.
        let per_line = |l: usize| if l <= 16 { 16 / l.max(1) } else { 1 };
        let line_len = |l: usize| if l <= 16 { 16 } else { 32 };
        let mut next_dense = [0usize; 256];
        let mut sparse_start = [0usize; 256];
        let (mut n_dense, mut n_sparse) = (0usize, 0usize);
        for len in (0..256).rev() {
            if len > usize::from(DENSE_MIN) {
                next_dense[len] = n_dense;
                n_dense += count[len];
            } else {
                sparse_start[len] = n_sparse;
                n_sparse += count[len].div_ceil(per_line(len)) * line_len(len);
            }
        }
        if n_sparse >= 1 << 26 {
            return Err(format!("{n_sparse} sparse entries, at most 2^26 supported"));
        }
        let mut next_sparse = [0usize; 256];
        let mut keys = Probe::with_keys(n);
        let mut dense: Vec<Line> = Vec::with_capacity(n_dense * row_lines);
        advise_huge_pages(&dense);
        dense.resize(n_dense * row_lines, Line::default());
        // 15 spare entries, so that entry `align` can sit on a 64-byte boundary.
        let mut sparse: Vec<u32> = Vec::with_capacity(n_sparse + 15);
        advise_huge_pages(&sparse);
        sparse.resize(n_sparse + 15, 0);
        let align = (sparse.as_ptr() as usize).wrapping_neg() % 64 / 4;
        let mut first = 0usize;
        for (i, &len) in self.lens.iter().enumerate() {
            let c = &self.keys[i * 4..i * 4 + 4];
            let k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            if k == 0 {
                return Err("a zero feature key".into());
            }
            let l = usize::from(len);
            let row_entries = (first..first + l).map(entry);
            first += l;
            let row = if len > DENSE_MIN {
                let row = next_dense[l];
                next_dense[l] += 1;
                let base = row * row_lines;
                for e in row_entries {
                    let c = (e >> 16) as usize;
                    dense[base + c / 32].0[c % 32] = e as u16 as i16;
                }
                DENSE | row as u32
            } else {
                let j = next_sparse[l];
                next_sparse[l] += 1;
                let per = per_line(l);
                let at = align + sparse_start[l] + j / per * line_len(l) + j % per * l;
                for (slot, e) in sparse[at..at + l].iter_mut().zip(row_entries) {
                    *slot = e;
                }
                (u32::from(len) << 26) | at as u32
            };
            keys.insert(k, row);
        }
        self.table = Table {
            keys,
            entries: sparse,
            dense,
            row_lines,
        };
        Ok(())
    }

    /// Adds the weights of `feats` to the first `n_classes` lanes of `acc`; the lanes after
    /// them up to `n_classes` rounded up to 8 may change too (they are scratch). `rows` is
    /// working memory, reused between calls to spare allocations.
    ///
    /// The table is far larger than the processor caches, so the lookups are done in passes
    /// that first prefetch every slot, then every row, before adding: the memory accesses of
    /// all features overlap instead of waiting one after another. Dense rows are summed with
    /// vector instructions where the processor has them; the sums are exact integers, so the
    /// order of the additions does not change the result.
    #[inline]
    pub(crate) fn score_add(&self, feats: &[u64], acc: &mut Scores, rows: &mut RowScratch) {
        let nc = usize::from(self.n_classes);
        let t = &self.table;
        if t.keys.slots.is_empty() {
            return;
        }
        for chunk in feats.chunks(CHUNK) {
            for (home, &f) in rows.homes.iter_mut().zip(chunk) {
                let h = t.keys.home(key32(f));
                prefetch(&t.keys.slots[h]);
                *home = h as u32;
            }
            let (mut n_dense, mut n_sparse) = (0, 0);
            for (&home, &f) in rows.homes.iter().zip(chunk) {
                let Some(row) = t.keys.get_from(key32(f), home as usize) else {
                    continue;
                };
                if row & DENSE != 0 {
                    let r = row & !DENSE;
                    rows.dense[n_dense] = r;
                    n_dense += 1;
                    // The processor fetches 128-byte pairs of lines: one hint per pair.
                    let mut line = r as usize * t.row_lines;
                    let end = line + t.row_lines;
                    while line < end {
                        prefetch(&t.dense[line]);
                        line += 2;
                    }
                } else {
                    rows.sparse[n_sparse] = row;
                    n_sparse += 1;
                    let start = (row & ((1 << 26) - 1)) as usize;
                    let len = ((row >> 26) & 0x1F) as usize;
                    prefetch(&t.entries[start]);
                    if len > 16 {
                        prefetch(&t.entries[start + 16]);
                    }
                }
            }
            add_dense(&t.dense, t.row_lines, &rows.dense[..n_dense], nc, acc);
            for &row in &rows.sparse[..n_sparse] {
                let start = (row & ((1 << 26) - 1)) as usize;
                let len = ((row >> 26) & 0x1F) as usize;
                for &e in &t.entries[start..start + len] {
                    // Classes are below `n_classes` <= 255 (checked at load): the mask only
                    // spares a bounds check.
                    acc[(e >> 16) as usize & (LANES - 1)] += i32::from(e as u16 as i16);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift) for test weights.
    fn next(x: &mut u64) -> u64 {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    /// A feature and its row of (class, weight) entries.
    type Row = (u64, Vec<(usize, i16)>);

    /// Weights over `nc` classes with rows of every length from 1 to `nc`, and the same rows
    /// for a plain sum.
    fn weights(nc: usize) -> (Weights, Vec<Row>) {
        let mut x = 0x1234_5678_9abc_def0;
        let mut rows = Vec::new();
        let (mut keys, mut lens, mut entries) = (Vec::new(), Vec::new(), Vec::new());
        for len in 1..=nc {
            for copy in 0..3u64 {
                let f = feat(7, len as u64, copy, 0);
                let mut classes: Vec<usize> = (0..nc).collect();
                for i in 0..nc {
                    classes.swap(i, i + next(&mut x) as usize % (nc - i));
                }
                let row: Vec<(usize, i16)> = classes[..len]
                    .iter()
                    .map(|&c| (c, ((next(&mut x) % 65_535) as i32 - 32_767) as i16))
                    .map(|(c, w)| (c, if w == 0 { 1 } else { w }))
                    .collect();
                keys.extend_from_slice(&key32(f).to_le_bytes());
                lens.push(len as u8);
                for &(c, w) in &row {
                    entries.extend_from_slice(
                        &(((c as u32) << 16) | u32::from(w as u16)).to_le_bytes(),
                    );
                }
                rows.push((f, row));
            }
        }
        let mut w = Weights {
            n_classes: nc as u16,
            scale: 1.0,
            keys,
            lens,
            entries,
            table: Table::default(),
        };
        w.build().expect("consistent");
        (w, rows)
    }

    #[test]
    fn scores_are_the_plain_sums_of_dense_and_sparse_rows() {
        for nc in [3, 31, 103, 200] {
            let (w, rows) = weights(nc);
            let mut x = 99;
            let mut scratch = RowScratch::default();
            for _ in 0..50 {
                // Up to 300 features (more than one chunk), some absent from the table.
                let n = next(&mut x) as usize % 300;
                let mut feats = Vec::new();
                let mut want = vec![0i32; nc];
                for _ in 0..n {
                    if next(&mut x) % 5 == 0 {
                        feats.push(feat(8, next(&mut x), 0, 0));
                        continue;
                    }
                    let (f, row) = &rows[next(&mut x) as usize % rows.len()];
                    feats.push(*f);
                    for &(c, v) in row {
                        want[c] += i32::from(v);
                    }
                }
                let mut acc = [0; LANES];
                w.score_add(&feats, &mut acc, &mut scratch);
                assert_eq!(&acc[..nc], &want[..], "{nc} classes");
            }
        }
    }

    #[test]
    fn vector_and_scalar_dense_sums_agree() {
        let (w, _) = weights(103);
        let t = &w.table;
        let n_rows = (t.dense.len() / t.row_lines) as u32;
        assert!(n_rows > 50);
        let rows: Vec<u32> = (0..n_rows).chain((0..n_rows).rev()).collect();
        let (mut a, mut b) = ([0; LANES], [0; LANES]);
        add_dense(&t.dense, t.row_lines, &rows, 103, &mut a);
        add_dense_scalar(&t.dense, t.row_lines, &rows, 103, &mut b);
        assert_eq!(&a[..103], &b[..103]);
        assert!(a[..103].iter().any(|&v| v != 0));
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
