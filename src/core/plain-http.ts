/**
 * Whether a WebDAV folder URL would send the user name and password unencrypted over the network: plain
 * `http://` to anything but this machine. Basic credentials are only encoded, so anyone on the path (a café's
 * Wi-Fi, a router, the ISP) can read them. Loopback (`localhost`, `*.localhost`, 127.0.0.0/8, `[::1]`) never
 * leaves the machine, so a local test server needs no confirmation. Not a URL: false (the caller refuses it).
 */
export function sendsPasswordInClear(url: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return false;
	}
	if (parsed.protocol !== 'http:') return false;
	const host = parsed.hostname.toLowerCase(); // The URL parser already turned 0x7f.1 and 2130706433 into dotted IPv4
	const loopback = host === 'localhost' || host.endsWith('.localhost') || host === '[::1]'
		|| /^127\.\d+\.\d+\.\d+$/.test(host);
	return !loopback;
}
