package org.vpsim.core.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random streams keyed by (study seed, replicate, entity, purpose), never by creation order or thread
 * scheduling. The generator is Commons RNG's counter-based {@link RandomSource#PHILOX_4X64}
 * (Salmon et al. 2011, "Parallel random numbers: as easy as 1, 2, 3"), whose key is derived from a
 * stable 64-bit hash of the stream key: the same key always yields the same sequence, in any JVM, on
 * any thread, in any order of creation.
 *
 * <p>A Monte Carlo replicate r draws every stream afresh: r enters the key through
 * {@link #replicateTerm(int)}, which is zero for replicate 0, so replicate 0 is exactly the run of a
 * study without replicates and every stored result stays reproducible.
 */
public final class RandomStreams {
    /** Highest replicate index a key accepts (a study runs at most this many + 1 replicates). */
    public static final int MAX_REPLICATE = 1_000_000;

    private final long studySeed;
    private final int replicate;
    private final long replicateTerm;

    public RandomStreams(long studySeed) {
        this(studySeed, 0);
    }

    /**
     * Streams of one Monte Carlo replicate of the study.
     *
     * @param replicate 0 (the study's own streams) to {@value #MAX_REPLICATE}
     */
    public RandomStreams(long studySeed, int replicate) {
        if (replicate < 0 || replicate > MAX_REPLICATE) {
            throw new IllegalArgumentException("replicate: " + replicate + " is not in 0.." + MAX_REPLICATE);
        }
        this.studySeed = studySeed;
        this.replicate = replicate;
        this.replicateTerm = replicateTerm(replicate);
    }

    public long studySeed() {
        return studySeed;
    }

    /** The Monte Carlo replicate these streams belong to (0 without replicates). */
    public int replicate() {
        return replicate;
    }

    /** A new generator positioned at the start of the stream for (seed, entity, purpose). */
    public UniformRandomProvider stream(String entityId, StreamPurpose purpose) {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(purpose, "purpose");
        return create(studySeed, stableHash(entityId) + replicateTerm, purpose.code());
    }

    /** A new generator for an arbitrary numeric key (e.g. sub-streams of one purpose). */
    public UniformRandomProvider stream(String entityId, StreamPurpose purpose, long subStream) {
        return create(studySeed, stableHash(entityId) + replicateTerm,
                mix(purpose.code() * 0x9E3779B97F4A7C15L + subStream));
    }

    /**
     * What replicate r adds to the entity part of every key: 0 for r = 0, else a SplitMix64-mixed
     * value of r (a bijection of r, so distinct replicates give distinct terms). The entity hash plus
     * this term then goes through the same mixing as before, so a replicate's key differs from every
     * other replicate's and entity's except with probability about 2^-64 per pair.
     */
    static long replicateTerm(int replicate) {
        return replicate == 0 ? 0L : mix(0x5851F42D4C957F2DL ^ (replicate * 0xD1B54A32D192ED03L));
    }

    private static UniformRandomProvider create(long seed, long entityHash, long purposeCode) {
        // Philox4x64 takes a 2-word key followed by a 4-word counter. The key spreads the stream key;
        // the counter starts at zero, so each stream is a distinct, independent sequence.
        long key0 = mix(seed ^ mix(purposeCode));
        long key1 = mix(entityHash + 0x632BE59BD9B4E019L * purposeCode);
        return RandomSource.PHILOX_4X64.create(new long[] {key0, key1, 0L, 0L, 0L, 0L});
    }

    /** FNV-1a 64 of the UTF-8 bytes, finalised with SplitMix64's mixer: stable across JVMs. */
    public static long stableHash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser (Steele, Lea, Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
