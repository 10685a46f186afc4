import { randomBytes } from 'node:crypto';

/** 22 base64url characters = 128 random bits. */
const COMPARISON_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * A new random comparison id: 128 bits from the OS CSPRNG, base64url, so ids cannot be guessed or enumerated.
 * @example createComparisonId() // 'q7Xv0b0d3C9o1m2KQk4b6A'
 */
export function createComparisonId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Whether a string has the shape of a comparison id (checked before touching storage).
 * @example isComparisonId('q7Xv0b0d3C9o1m2KQk4b6A') // true
 */
export function isComparisonId(value: string): boolean {
  return COMPARISON_ID.test(value);
}
