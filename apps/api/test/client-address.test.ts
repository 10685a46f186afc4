import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createClientAddressResolver, normalizeAddress } from '../src/http/client-address.js';

const headers =
  (values: { forwarded?: string; xff?: string }) =>
  (name: 'forwarded' | 'x-forwarded-for'): string | undefined =>
    name === 'forwarded' ? values.forwarded : values.xff;

describe('the client address', () => {
  const resolve = createClientAddressResolver(['10.0.0.0/8', '192.0.2.1', '::1', 'fd00::/8']);
  const cases: Array<[string, string, { forwarded?: string; xff?: string }, string]> = [
    ['an untrusted peer is the client, whatever it claims', '203.0.113.9', { xff: '198.51.100.1' }, '203.0.113.9'],
    ['a trusted proxy without a header is the client', '10.1.2.3', {}, '10.1.2.3'],
    ['the hop the trusted proxy added', '10.1.2.3', { xff: '198.51.100.1' }, '198.51.100.1'],
    ['trusted hops are skipped from the right', '10.1.2.3', { xff: '198.51.100.1, 10.9.9.9, 192.0.2.1' }, '198.51.100.1'],
    ['a spoofed left part does not win over the first untrusted hop', '10.1.2.3', { xff: '1.1.1.1, 198.51.100.1' }, '198.51.100.1'],
    ['all hops trusted: the leftmost', '10.1.2.3', { xff: '10.0.0.7, 10.0.0.8' }, '10.0.0.7'],
    ['garbage stops the walk at the last trusted hop', '10.1.2.3', { xff: 'not-an-ip, 10.0.0.8' }, '10.0.0.8'],
    ['an IPv4 hop with a port', '10.1.2.3', { xff: '198.51.100.1:5555' }, '198.51.100.1'],
    ['Forwarded (RFC 7239) wins over X-Forwarded-For', '10.1.2.3', { forwarded: 'for=198.51.100.7;proto=https', xff: '198.51.100.1' }, '198.51.100.7'],
    ['Forwarded with a quoted, bracketed IPv6 and port', '::1', { forwarded: 'for="[2001:DB8::17]:4711"' }, '2001:db8::17'],
    ['Forwarded with several elements', '10.1.2.3', { forwarded: 'for=198.51.100.7, for=10.0.0.2;by=10.0.0.3' }, '198.51.100.7'],
    ['Forwarded for=unknown stops the walk', '10.1.2.3', { forwarded: 'for=unknown' }, '10.1.2.3'],
    ['an IPv4-mapped IPv6 peer is read as IPv4', '::ffff:10.1.2.3', { xff: '198.51.100.1' }, '198.51.100.1'],
    ['a trusted IPv6 range', 'fd12::1', { xff: '2001:db8::1' }, '2001:db8::1'],
  ];
  test.each(cases)('%s', (_name, peer, values, client) => expect(resolve(peer, headers(values))).toBe(client));

  test('without trusted proxies the headers are never read', () => {
    const untrusting = createClientAddressResolver([]);
    expect(untrusting('::ffff:127.0.0.1', () => {
      throw new Error('read a header');
    })).toBe('127.0.0.1');
  });

  test('any header text gives an address or the peer, never a throw', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (forwarded, xff) => {
        const client = resolve('10.0.0.1', headers({ forwarded, xff }));
        expect(typeof client).toBe('string');
        expect(client.length).toBeGreaterThan(0);
      }),
    );
  });

  test.each([
    ['::FFFF:192.0.2.4', '192.0.2.4'],
    ['2001:DB8::1', '2001:db8::1'],
    ['192.0.2.4', '192.0.2.4'],
  ])('normalizeAddress(%s) = %s', (address, normal) => expect(normalizeAddress(address)).toBe(normal));
});
