/** A small seeded generator (LCG): the same seed replays the same sequence. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}
