/** The constants of `createCostModel`, measured by `npm run bench:api` (see the README). */
export interface CostModelOptions {
  /** Milliseconds per comparison whatever its size (parsing, start-up of the engine's passes). */
  fixedMs?: number;
  /** Milliseconds for 1,000,000 characters (all documents together). */
  msPerMillionChars?: number;
  /** How cost grows with size: 1 is linear; the engine measures a little above (its candidate sets grow with the text). */
  exponent?: number;
  /** Weight of each finished comparison in the running correction (0 keeps the constants as given). */
  learningRate?: number;
  /**
   * What the calibration pair (`syntheticPair`, 20,000 characters a side) costs the engine as a
   * share of METER copy of the same size, on any machine: its invented words share fewer
   * phrases by chance than news does.
   */
  calibrationShare?: number;
}

/** Estimates a comparison's cost from its size and learns this machine's speed from the comparisons it runs. */
export interface CostModel {
  /** Estimated milliseconds of one worker's time for a comparison of `characters` in all. */
  estimateMs(characters: number): number;
  /** Tell the model how long a comparison really took, so estimates follow this machine's speed and load. */
  observe(characters: number, engineMs: number): void;
  /** Set the correction from timed runs of the calibration pair (the server does this at start, once per worker); later observations refine it. */
  calibrate(samples: ReadonlyArray<{ characters: number; engineMs: number }>): void;
  /** The current correction factor (real / estimated by the constants), for /v1/health and the bench. */
  readonly correction: number;
}

// Measured with the built engine on Node 20 (`npm run bench:api` prints the fit): METER wire
// copy against the newspapers', 10 K to 2 M characters in all, grows as n^1.12 (within 15% at
// every size between); 600 ms per million characters at that exponent gives ~3.8 ms for two
// 5 KB articles and ~1.3 s for two 1 MB documents on an unloaded core (the engine with
// document context, which costs ~30% more than before it). The calibration at start scales
// these to the machine; the exponent is what it keeps.
const DEFAULT_FIXED_MS = 0.3;
const DEFAULT_MS_PER_MILLION = 600;
const DEFAULT_EXPONENT = 1.12;
const DEFAULT_LEARNING_RATE = 0.2;
const MIN_OBSERVED_MS = 1;
// Measured beside METER by `npm run bench:api` ("calibration pair"): 0.40-0.45 with document
// context (its invented words give context little to link), 0.5-0.6 before.
const DEFAULT_CALIBRATION_SHARE = 0.42;
// A machine half as fast, or a comparison stuck behind a noisy neighbour, moves the estimates;
// one freak measurement cannot move them by more than this.
const MIN_CORRECTION = 0.25;
const MAX_CORRECTION = 8;

/**
 * The engine is near-linear in the size of its input, so a comparison's cost is estimated from
 * its characters alone: `fixedMs + msPerMillionChars × (characters / 1e6)^exponent`, times a
 * correction: calibrated at start from timed runs of a known pair, then learned from the
 * comparisons the server runs (an exponential average of real over estimated time, in log
 * space so halving and doubling weigh the same).
 * @example createCostModel().estimateMs(2_000_000) // ~1300
 */
export function createCostModel(options: CostModelOptions = {}): CostModel {
  const fixedMs = options.fixedMs ?? DEFAULT_FIXED_MS;
  const msPerMillion = options.msPerMillionChars ?? DEFAULT_MS_PER_MILLION;
  const exponent = options.exponent ?? DEFAULT_EXPONENT;
  const rate = options.learningRate ?? DEFAULT_LEARNING_RATE;
  const calibrationShare = options.calibrationShare ?? DEFAULT_CALIBRATION_SHARE;
  const base = (characters: number): number => fixedMs + msPerMillion * Math.pow(Math.max(0, characters) / 1e6, exponent);
  let logCorrection = 0;
  const logRatio = (characters: number, engineMs: number, share = 1): number =>
    Math.log(Math.min(MAX_CORRECTION, Math.max(MIN_CORRECTION, engineMs / (share * base(characters)))));
  return {
    estimateMs: (characters) => base(characters) * Math.exp(logCorrection),
    observe(characters, engineMs) {
      // Comparisons estimated under a millisecond are mostly timer noise and fixed costs.
      if (rate <= 0 || !(engineMs > 0) || !(characters >= 0) || base(characters) < MIN_OBSERVED_MS) return;
      logCorrection += rate * (logRatio(characters, engineMs) - logCorrection);
    },
    calibrate(samples) {
      const usable = samples.filter((sample) => sample.engineMs > 0 && sample.characters > 0);
      if (usable.length === 0) return;
      logCorrection = usable.reduce((sum, sample) => sum + logRatio(sample.characters, sample.engineMs, calibrationShare), 0) / usable.length;
    },
    get correction() {
      return Math.exp(logCorrection);
    },
  };
}
