import { describe, expect, test } from 'vitest';
import { bestAccuracyThreshold, fitLogistic } from '../src/fit/fit-logistic.js';

// A deterministic sample from a known logistic model: y = 1 when sigmoid(-1 + 2 x0) beats a fixed pseudo-random draw.
function sample(n: number): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < n; i++) {
    const row = [next(), next()];
    x.push(row);
    y.push(next() < 1 / (1 + Math.exp(-(-1 + 4 * row[0]!)))? 1 : 0);
  }
  return { x, y };
}

describe('fitLogistic', () => {
  test('recovers the sign and rough size of a known model, and ignores a useless column', () => {
    const { x, y } = sample(4000);
    const fit = fitLogistic(x, y, { l2: 0 });
    expect(fit.coefficients[0]).toBeGreaterThan(3);
    expect(fit.coefficients[0]).toBeLessThan(5);
    expect(Math.abs(fit.coefficients[1]!)).toBeLessThan(0.5);
    expect(fit.intercept).toBeLessThan(-0.5);
  });

  test('nonNegative drops a column that wants a negative weight, unless it is left signed', () => {
    const { x, y } = sample(2000);
    const flipped = x.map(([a, b]) => [1 - a!, b!]);
    expect(fitLogistic(flipped, y, { nonNegative: true }).coefficients[0]).toBe(0);
    expect(fitLogistic(flipped, y, { nonNegative: true, signed: [0] }).coefficients[0]).toBeLessThan(-3);
  });

  test('bestAccuracyThreshold separates cleanly separable scores', () => {
    const threshold = bestAccuracyThreshold([0.1, 0.2, 0.7, 0.9], [0, 0, 1, 1]);
    expect(threshold).toBeGreaterThan(0.2);
    expect(threshold).toBeLessThanOrEqual(0.7);
  });
});
