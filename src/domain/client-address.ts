/** Which client a request comes from, for per-client limits: an IPv4 address, or an IPv6 /64. */

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(address: string): string[] | null {
  let text = address.toLowerCase();
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two hex groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}

/**
 * The key a per-client limit counts under. One IPv6 subscriber usually holds a whole /64 and can
 * pick any address in it, so an IPv6 client is its /64; an IPv4 client is its address. Anything
 * else (no CF-Connecting-IP, as in local tests) is one shared "unknown" client.
 *
 * @example
 * clientAddressKey("192.0.2.7");                 // "192.0.2.7"
 * clientAddressKey("2001:db8:0:1:aaaa::1");       // "2001:db8:0:1::/64"
 * clientAddressKey(undefined);                   // "unknown"
 */
export function clientAddressKey(address: string | null | undefined): string {
  const text = (address ?? "").trim();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return text;
  // An IPv4 client written as IPv6 (::ffff:192.0.2.7) is still that IPv4 client.
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(text);
  if (mapped) return mapped[1]!;
  const groups = text.includes(":") ? ipv6Groups(text) : null;
  if (!groups) return "unknown";
  return `${groups.slice(0, 4).join(":")}::/64`;
}
