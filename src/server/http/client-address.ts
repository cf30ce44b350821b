import { isIPv6 } from 'node:net';

/**
 * The key the rate limiter counts by: the client's address (`request.ip`, which Fastify takes
 * from X-Forwarded-For only through the proxies it is told to trust), with IPv6 cut to its /64
 * network, since one client usually holds a whole /64. Used for limiting only: never stored,
 * never logged.
 */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
