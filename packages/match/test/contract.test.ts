import { describe, expect, test } from 'vitest';
import { MATCH_KINDS } from '@wirediff/match';

describe('report contract', () => {
  test('kinds are listed closest first', () => {
    expect(MATCH_KINDS).toEqual(['verbatim', 'edited', 'paraphrase', 'partial']);
  });
});
