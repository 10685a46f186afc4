/** Options of `fitLogistic`. */
export interface FitLogisticOptions {
  /** L2 penalty on the coefficients (not the intercept), per sample. */
  readonly l2?: number;
  /** Newton iterations per active set. */
  readonly iterations?: number;
  /** Keep every coefficient >= 0 (so the score is monotone in each feature). */
  readonly nonNegative?: boolean;
  /** With `nonNegative`, columns left free to take either sign. */
  readonly signed?: readonly number[];
  /** Weight of each sample in the loss (default 1 each). */
  readonly sampleWeights?: readonly number[];
}

/** Fitted logistic regression: P(y=1|x) = sigmoid(intercept + coefficients . x). */
export interface LogisticFit {
  readonly coefficients: number[];
  readonly intercept: number;
}

// Solve the symmetric positive definite system m x = v (Gaussian elimination with pivoting).
function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const a = m.map((row, i) => [...row, v[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] ?? [], a[col] ?? []];
    const p = a[col]?.[col] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = (a[r]?.[col] ?? 0) / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) (a[r] as number[])[c] = (a[r]?.[c] ?? 0) - f * (a[col]?.[c] ?? 0);
    }
  }
  return a.map((row, i) => {
    const p = row[i] ?? 0;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] ?? 0) / p;
  });
}

function newton(
  x: readonly (readonly number[])[],
  y: readonly number[],
  sampleWeights: readonly number[] | undefined,
  active: readonly number[],
  l2: number,
  iterations: number,
): LogisticFit {
  const k = active.length + 1; // last slot is the intercept
  let beta = new Array<number>(k).fill(0);
  const n = x.length;
  const totalWeight = sampleWeights === undefined ? n : sampleWeights.reduce((sum, w) => sum + w, 0);
  for (let iter = 0; iter < iterations; iter++) {
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let s = 0; s < n; s++) {
      const row = x[s] ?? [];
      const features = active.map((f) => row[f] ?? 0);
      features.push(1);
      let z = 0;
      for (let c = 0; c < k; c++) z += (beta[c] ?? 0) * (features[c] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const sampleWeight = sampleWeights?.[s] ?? 1;
      const w = Math.max(p * (1 - p), 1e-9) * sampleWeight;
      const r = ((y[s] ?? 0) - p) * sampleWeight;
      for (let c = 0; c < k; c++) {
        gradient[c] = (gradient[c] ?? 0) + r * (features[c] ?? 0);
        const hc = hessian[c] as number[];
        for (let d = 0; d < k; d++) hc[d] = (hc[d] ?? 0) + w * (features[c] ?? 0) * (features[d] ?? 0);
      }
    }
    for (let c = 0; c < k - 1; c++) {
      gradient[c] = (gradient[c] ?? 0) - l2 * totalWeight * (beta[c] ?? 0);
      (hessian[c] as number[])[c] = (hessian[c]?.[c] ?? 0) + l2 * totalWeight;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, c) => b + (step[c] ?? 0));
    if (step.every((s) => Math.abs(s) < 1e-10)) break;
  }
  return { coefficients: beta.slice(0, k - 1), intercept: beta[k - 1] ?? 0 };
}

/**
 * Fit a logistic regression by Newton's method. Labels may be soft (0..1). With `nonNegative`,
 * the most negative coefficient's feature is dropped (fixed at 0) and the rest refitted, until
 * all are >= 0 (columns listed in `signed` excepted): a simple active-set approximation of the
 * constrained problem.
 * @example fitLogistic([[0.1], [0.9]], [0, 1], { nonNegative: true })
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: FitLogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 1e-4;
  const iterations = options.iterations ?? 30;
  const width = x[0]?.length ?? 0;
  let active = Array.from({ length: width }, (_, f) => f);
  for (;;) {
    const fit = newton(x, y, options.sampleWeights, active, l2, iterations);
    const free = new Set(options.signed ?? []);
    const constrained = (c: number, i: number): boolean => c < 0 && !free.has(active[i] ?? -1);
    const negative = options.nonNegative === true ? fit.coefficients.findIndex(constrained) : -1;
    if (negative < 0) {
      const coefficients = new Array<number>(width).fill(0);
      active.forEach((f, c) => (coefficients[f] = fit.coefficients[c] ?? 0));
      return { coefficients, intercept: fit.intercept };
    }
    // Drop the most negative one, then refit: dropping all at once can discard a feature that
    // is only negative because a correlated one is still in.
    let worst = negative;
    fit.coefficients.forEach((c, i) => {
      if (constrained(c, i) && c < (fit.coefficients[worst] ?? 0)) worst = i;
    });
    active = active.filter((_, i) => i !== worst);
  }
}

/**
 * The threshold that maximises accuracy of `score >= threshold` against binary labels
 * (midpoint between neighbouring scores; ties broken towards the lower threshold).
 * @example bestAccuracyThreshold([0.2, 0.8], [0, 1]) // 0.5
 */
export function bestAccuracyThreshold(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => i).sort((i, j) => (scores[i] ?? 0) - (scores[j] ?? 0));
  const positives = labels.reduce((sum, l) => sum + (l >= 0.5 ? 1 : 0), 0);
  // Threshold below everything: all predicted positive.
  let correct = positives;
  let best = correct;
  let bestThreshold = (scores[order[0] ?? 0] ?? 0) - 1e-9;
  for (let r = 0; r < order.length; r++) {
    const i = order[r] ?? 0;
    correct += (labels[i] ?? 0) >= 0.5 ? -1 : 1;
    const here = scores[i] ?? 0;
    const next = r + 1 < order.length ? (scores[order[r + 1] ?? 0] ?? 0) : here + 1e-9;
    if (next === here) continue;
    if (correct > best) {
      best = correct;
      bestThreshold = (here + next) / 2;
    }
  }
  return bestThreshold;
}
