import { BlockList, isIP } from 'node:net';

const CIDR = /^(.+)\/(\d{1,3})$/;
const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
// `for=` inside one Forwarded element (RFC 7239), quoted or not; parameters are case-insensitive.
const FORWARDED_FOR = /(?:^|;)\s*for\s*=\s*("(?:[^"\\]|\\.)*"|[^;,\s]*)/i;
const BRACKETED = /^\[([^\]]+)\](?::\d+)?$/;
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/;

/** Reads one request header by its lower-case name; the resolver asks only when the peer is a trusted proxy. */
export type HeaderReader = (name: 'forwarded' | 'x-forwarded-for') => string | undefined;

/**
 * An address as the rest of the server compares it: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, what
 * a dual-stack socket reports) as plain IPv4, IPv6 lower-case.
 * @example normalizeAddress('::ffff:10.0.0.1') // '10.0.0.1'
 */
export function normalizeAddress(address: string): string {
  const mapped = MAPPED_IPV4.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

// One hop of a forwarding header as an address, or null when it is not one (`unknown`, an
// obfuscated `_name`, garbage): a hop we cannot read ends the walk.
function parseHop(raw: string): string | null {
  let value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
  const bracketed = BRACKETED.exec(value);
  if (bracketed) value = bracketed[1]!;
  else {
    const withPort = IPV4_WITH_PORT.exec(value);
    if (withPort) value = withPort[1]!;
  }
  return isIP(value) === 0 ? null : normalizeAddress(value);
}

function forwardedChain(header: HeaderReader): Array<string | null> {
  // RFC 7239's header wins when both are present: a proxy that writes it means it.
  const forwarded = header('forwarded');
  if (forwarded !== undefined && forwarded.trim() !== '') {
    return forwarded.split(',').map((element) => {
      const found = FORWARDED_FOR.exec(element);
      return found ? parseHop(found[1]!) : null;
    });
  }
  const forwardedFor = header('x-forwarded-for');
  if (forwardedFor !== undefined && forwardedFor.trim() !== '') return forwardedFor.split(',').map(parseHop);
  return [];
}

/**
 * Who the client is, for the rate limit and the access log. The socket peer, unless it is one of
 * `trustedProxies` (addresses or CIDR ranges): then the forwarding header is read from the right
 * (the hop the trusted proxy added) leftwards, skipping trusted proxies, and the first address
 * that is not one is the client. A header from an untrusted peer is never read: anyone can send
 * one. A hop that is not an address stops the walk at the last trusted proxy.
 * @example createClientAddressResolver(['10.0.0.0/8'])('10.0.0.5', (name) => (name === 'x-forwarded-for' ? '203.0.113.7' : undefined)) // '203.0.113.7'
 */
export function createClientAddressResolver(trustedProxies: readonly string[]): (peer: string, header: HeaderReader) => string {
  if (trustedProxies.length === 0) return (peer) => normalizeAddress(peer);
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const cidr = CIDR.exec(entry);
    const address = normalizeAddress(cidr ? cidr[1]! : entry);
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (cidr) trusted.addSubnet(address, Number(cidr[2]), family);
    else trusted.addAddress(address, family);
  }
  const isTrusted = (address: string): boolean => trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return (peer, header) => {
    let client = normalizeAddress(peer);
    if (isIP(client) === 0 || !isTrusted(client)) return client;
    const chain = forwardedChain(header);
    for (let i = chain.length - 1; i >= 0; i--) {
      const hop = chain[i];
      if (hop === null || hop === undefined) break;
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
}
