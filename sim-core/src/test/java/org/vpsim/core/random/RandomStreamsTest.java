package org.vpsim.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Stream keying: the sequence is a function of (study seed, entity, purpose[, sub-stream]) only.
 * The golden values pin the exact sequences, like Commons RNG's own regression tests: if one of
 * them changes, every stored study result stops being reproducible, so a failure here means the
 * key derivation, the hash or the generator changed and must be treated as a breaking change.
 */
class RandomStreamsTest {

    private static long[] firstLongs(UniformRandomProvider rng, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    @Test
    void goldenSequenceForAFixedKey() {
        long[] expected = {
            0x2FD4986E06D14F36L,
            0xD50D2205026F578CL,
            0x4A986E1224CAB866L,
            0xAF235F0D6B14E7A5L,
            0x817EFF08E79E02DDL,
        };
        assertArrayEquals(expected, firstLongs(new RandomStreams(42L).stream("patient-001", StreamPurpose.MEALS), 5));
    }

    @Test
    void goldenSequenceForAFixedSubStreamKey() {
        long[] expected = {0x9E5B088C21231733L, 0x89009E935550477FL, 0xF7FA67C4AF8A6759L};
        assertArrayEquals(expected,
                firstLongs(new RandomStreams(42L).stream("patient-001", StreamPurpose.MEALS, 3L), 3));
    }

    @Test
    void stableHashGoldenValues() {
        assertEquals(0xF52A15E9A9B5E89BL, RandomStreams.stableHash(""));
        assertEquals(0x02C0BDBF481420F8L, RandomStreams.stableHash("a"));
        assertEquals(0xBF5FB9DC84E9EB88L, RandomStreams.stableHash("patient-001"));
        assertEquals(0xD26BE1EC389EE9EAL, RandomStreams.stableHash("adult#001"));
        // Non-ASCII ids hash their UTF-8 bytes, independent of the platform charset.
        assertEquals(0xA3ABF346B5A1E1ACL, RandomStreams.stableHash("\u00dcn\u00efc\u00f8d\u00e9"));
    }

    @Test
    void stableHashIsFnv1aFinalisedBySplitMix64() {
        // Published test vectors: FNV-1a 64 of "" is the offset basis, of "a" is 0xaf63dc4c8601ec8c
        // (Fowler–Noll–Vo reference); SplitMix64's first output for seed 0 is 0xe220a8397b1dcdaf
        // (Steele, Lea & Flood 2014), i.e. mix(golden gamma).
        assertEquals(0xE220A8397B1DCDAFL, RandomStreams.mix(0x9E3779B97F4A7C15L));
        assertEquals(RandomStreams.mix(0xCBF29CE484222325L), RandomStreams.stableHash(""));
        assertEquals(RandomStreams.mix(0xAF63DC4C8601EC8CL), RandomStreams.stableHash("a"));
    }

    @Test
    void sameKeyGivesSameSequenceRegardlessOfCreationOrder() {
        RandomStreams streams = new RandomStreams(7L);
        long[] first = firstLongs(streams.stream("p1", StreamPurpose.CGM_NOISE), 100);
        // Create and consume other streams in between, then ask again, from a new RandomStreams too.
        firstLongs(streams.stream("p0", StreamPurpose.CGM_NOISE), 1_000);
        firstLongs(streams.stream("p1", StreamPurpose.MEALS), 1_000);
        assertArrayEquals(first, firstLongs(streams.stream("p1", StreamPurpose.CGM_NOISE), 100));
        assertArrayEquals(first, firstLongs(new RandomStreams(7L).stream("p1", StreamPurpose.CGM_NOISE), 100));
    }

    @Test
    void sameKeyGivesSameSequenceOnAnyThread() throws Exception {
        RandomStreams streams = new RandomStreams(99L);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add("patient-" + i);
        }
        List<long[]> sequential = new ArrayList<>();
        for (String id : ids) {
            sequential.add(firstLongs(streams.stream(id, StreamPurpose.PUMP_ERROR), 50));
        }
        List<String> shuffled = new ArrayList<>(ids);
        Collections.reverse(shuffled);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (String id : shuffled) {
                futures.add(pool.submit(() -> firstLongs(streams.stream(id, StreamPurpose.PUMP_ERROR), 50)));
            }
            for (int i = 0; i < shuffled.size(); i++) {
                int original = ids.indexOf(shuffled.get(i));
                assertArrayEquals(sequential.get(original), futures.get(i).get(), shuffled.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentSeedEntityPurposeOrSubStreamGiveDifferentSequences() {
        RandomStreams streams = new RandomStreams(1L);
        List<long[]> sequences = new ArrayList<>();
        sequences.add(firstLongs(streams.stream("p1", StreamPurpose.MEALS), 4));
        sequences.add(firstLongs(new RandomStreams(2L).stream("p1", StreamPurpose.MEALS), 4));
        sequences.add(firstLongs(streams.stream("p2", StreamPurpose.MEALS), 4));
        for (StreamPurpose purpose : StreamPurpose.values()) {
            if (purpose != StreamPurpose.MEALS) {
                sequences.add(firstLongs(streams.stream("p1", purpose), 4));
            }
        }
        sequences.add(firstLongs(streams.stream("p1", StreamPurpose.MEALS, 0L), 4));
        sequences.add(firstLongs(streams.stream("p1", StreamPurpose.MEALS, 1L), 4));
        sequences.add(firstLongs(streams.stream("p1", StreamPurpose.CGM_NOISE, 0L), 4));
        Set<Long> firstValues = new HashSet<>();
        for (long[] s : sequences) {
            firstValues.add(s[0]);
        }
        assertEquals(sequences.size(), firstValues.size(), "every key starts a distinct sequence");
    }

    @Test
    void streamsOfNeighbouringKeysDoNotOverlap() {
        // If two keys mapped to shifted copies of one sequence, their outputs would share values.
        // 64-bit outputs from 2 × 20,000 draws collide by chance with probability ~2e-11.
        RandomStreams streams = new RandomStreams(5L);
        Set<Long> seen = new HashSet<>();
        for (long v : firstLongs(streams.stream("patient-1", StreamPurpose.MEALS), 20_000)) {
            seen.add(v);
        }
        for (long v : firstLongs(streams.stream("patient-2", StreamPurpose.MEALS), 20_000)) {
            assertFalse(seen.contains(v));
        }
        for (long v : firstLongs(new RandomStreams(6L).stream("patient-1", StreamPurpose.MEALS), 20_000)) {
            assertFalse(seen.contains(v));
        }
    }

    @Test
    void studySeedIsKeptAndNullKeysAreRejected() {
        RandomStreams streams = new RandomStreams(-3L);
        assertEquals(-3L, streams.studySeed());
        assertThrows(NullPointerException.class, () -> streams.stream(null, StreamPurpose.MEALS));
        assertThrows(NullPointerException.class, () -> streams.stream("p", null));
    }

    @Test
    void purposeCodesAreStableAndUnique() {
        // Codes are part of every stream key; renumbering would silently change all results.
        assertEquals(1, StreamPurpose.MEALS.code());
        assertEquals(2, StreamPurpose.CGM_NOISE.code());
        assertEquals(3, StreamPurpose.PUMP_ERROR.code());
        assertEquals(4, StreamPurpose.INFUSION_SET.code());
        assertEquals(5, StreamPurpose.POPULATION.code());
        assertEquals(6, StreamPurpose.PHYSIOLOGY_VARIABILITY.code());
        assertEquals(7, StreamPurpose.CARB_COUNTING.code());
        Set<Long> codes = new HashSet<>();
        for (StreamPurpose p : StreamPurpose.values()) {
            codes.add(p.code());
        }
        assertEquals(StreamPurpose.values().length, codes.size());
    }

    @Test
    void replicateZeroIsTheStudyWithoutReplicates() {
        // The golden sequences above are replicate 0's: a study that gains replicates keeps its first run.
        RandomStreams plain = new RandomStreams(42L);
        RandomStreams zero = new RandomStreams(42L, 0);
        assertEquals(0, plain.replicate());
        for (StreamPurpose p : StreamPurpose.values()) {
            assertArrayEquals(firstLongs(plain.stream("adult#001", p), 20), firstLongs(zero.stream("adult#001", p), 20), p.name());
            assertArrayEquals(firstLongs(plain.stream("adult#001", p, 5L), 20), firstLongs(zero.stream("adult#001", p, 5L), 20));
        }
    }

    @Test
    void goldenSequenceOfAReplicate() {
        long[] first = firstLongs(new RandomStreams(42L, 1).stream("patient-001", StreamPurpose.MEALS), 3);
        long[] again = firstLongs(new RandomStreams(42L, 1).stream("patient-001", StreamPurpose.MEALS), 3);
        assertArrayEquals(first, again);
        assertArrayEquals(new long[] {0x303D0DA33F448EEDL, 0xCA7D64FED01AAF87L, 0x5A7907B021E9E697L}, first);
    }

    @Test
    void everyReplicateDrawsItsOwnSequences() {
        // 200 replicates × 3 entities × every purpose (plus a sub-stream): all first words distinct.
        Set<Long> firstWords = new HashSet<>();
        int streams = 0;
        for (int r = 0; r < 200; r++) {
            RandomStreams s = new RandomStreams(9L, r);
            for (String id : List.of("adult#001", "adult#002", "child#001")) {
                for (StreamPurpose p : StreamPurpose.values()) {
                    firstWords.add(s.stream(id, p).nextLong());
                    firstWords.add(s.stream(id, p, 1L).nextLong());
                    streams += 2;
                }
            }
        }
        assertEquals(streams, firstWords.size());
    }

    @Test
    void replicateOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1L, -1));
        assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1L, RandomStreams.MAX_REPLICATE + 1));
    }
}
