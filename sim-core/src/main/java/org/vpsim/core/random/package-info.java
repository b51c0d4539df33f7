/**
 * Reproducible random numbers: one independent stream per (study seed, replicate, entity, purpose).
 *
 * <h2>Stream keying</h2>
 * <ul>
 *   <li>{@link org.vpsim.core.random.RandomStreams#stream(String, StreamPurpose)} returns a new
 *       generator at the start of the sequence for its key. The sequence depends on the key only:
 *       never on creation order, on other streams, on the thread or on the JVM. Asking twice gives
 *       two generators with the same sequence.</li>
 *   <li>Keys are (study seed, {@link org.vpsim.core.random.RandomStreams#stableHash(String)} of the
 *       entity id's UTF-8 bytes, {@link org.vpsim.core.random.StreamPurpose#code()}), optionally with
 *       a numeric sub-stream. The generator is Commons RNG's counter-based {@code PHILOX_4X64}
 *       (Salmon et al. 2011); distinct keys give distinct, statistically independent sequences.</li>
 *   <li>A Monte Carlo replicate ({@link org.vpsim.core.random.RandomStreams#RandomStreams(long, int)})
 *       adds a term derived from its index to the entity part of every key; the term of replicate 0
 *       is zero, so replicate 0 draws exactly the streams of a study without replicates.</li>
 *   <li>Purposes are arm-independent, so two therapy arms of one study draw the same meals and the
 *       same sensor noise (common random numbers).</li>
 *   <li>The exact sequences are part of the reproducibility promise and are pinned by golden-value
 *       tests: changing the hash, the key derivation, the purpose codes or the generator is a breaking
 *       change to every stored result.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * {@link org.vpsim.core.random.RandomStreams} is immutable and may be shared across threads; each
 * generator it returns is not thread-safe and belongs to the one simulation that asked for it. All
 * randomness in vpsim comes from here, never from {@code java.util.Random} or static generators.
 */
package org.vpsim.core.random;
