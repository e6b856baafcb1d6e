import { createHash, createHmac } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { Announcement } from './notifications';

/**
 * Webhooks: a subscription asks for a cluster's announcements of some types (the office's: all of its cluster's;
 * a city's: those addressed to that city) to be POSTed to a URL, signed with a secret shown once.
 */

export const WEBHOOK_SUBSCRIPTION_STATUSES = ['ACTIVE', 'PAUSED'] as const;
export type WebhookSubscriptionStatus = (typeof WEBHOOK_SUBSCRIPTION_STATUSES)[number];

export const WEBHOOK_DELIVERY_STATES = ['PENDING', 'DELIVERED', 'PARKED'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** What decides which announcements a subscription receives. */
export interface WebhookAudience {
  clusterId: string;
  /** A city's subscription; absent for the coordination office's. */
  cityId?: string;
  events: readonly string[];
  status: WebhookSubscriptionStatus;
}

/**
 * The office's subscription receives every announcement of its cluster; a city's only those whose recipients include
 * that city. Nothing crosses a cluster, and a paused subscription receives nothing.
 */
export function receives(subscription: WebhookAudience, announcement: Announcement): boolean {
  if (subscription.status !== 'ACTIVE') return false;
  if (subscription.clusterId !== announcement.clusterId) return false;
  if (!subscription.events.includes(announcement.type)) return false;
  if (subscription.cityId === undefined) return true;
  return announcement.recipients.some(
    (recipient) => recipient.kind === 'CITY' && recipient.cityId === subscription.cityId,
  );
}

/** One delivery per announcement and subscription: derived, so an announcement handed over twice is delivered once. */
export function webhookDeliveryId(announcementId: string, subscriptionId: string): string {
  return `whd-${createHash('sha256').update(`${announcementId}\u0000${subscriptionId}`).digest('hex').slice(0, 32)}`;
}

/** The JSON body every receiver gets, as the exact bytes that are signed (kept on the delivery, so retries match). */
export function webhookBody(announcement: Announcement): string {
  return JSON.stringify({
    id: announcement.id,
    type: announcement.type,
    at: announcement.at,
    clusterId: announcement.clusterId,
    about: announcement.about,
    message: announcement.message,
  });
}

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`, the key being the secret's text as shown at creation. */
export function webhookSignature(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

// ---------------------------------------------------------------- retries

/** Attempts before a delivery is parked. */
export const WEBHOOK_MAX_ATTEMPTS = 5;
/** How long one attempt may take before it counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 5_000;
/**
 * The wait before attempts 2..5, before jitter: 15 s, 1 min, 4 min, 15 min (SQS's longest message delay), about
 * 15 minutes in all once jittered.
 */
const BACKOFF_SECONDS = [15, 60, 240, 900] as const;

/**
 * The wait after failed attempt `attempt` (1-based) before the next: the step of the schedule, jittered to between
 * half and all of it so that receivers recovering from an outage are not hit by every sender at once. Undefined when
 * no attempt is left (the delivery is parked).
 */
export function retryDelaySeconds(attempt: number, random: () => number = Math.random): number | undefined {
  if (attempt >= WEBHOOK_MAX_ATTEMPTS) return undefined;
  const step = BACKOFF_SECONDS[Math.min(attempt, BACKOFF_SECONDS.length) - 1];
  return Math.max(1, Math.round(step * (0.5 + random() * 0.5)));
}

// ---------------------------------------------------------------- where a webhook may point

/**
 * Addresses a webhook may never reach on a deployed stage: loopback, private (RFC 1918), carrier-grade NAT,
 * link-local (which holds the cloud's instance metadata service), unique-local IPv6, and the unspecified, reserved,
 * benchmarking, documentation and multicast ranges. IPv4-mapped IPv6 addresses are checked as the IPv4 they map.
 */
const NOT_PUBLIC = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ] as const)
    list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of [
    ['::', 128],
    ['::1', 128],
    ['64:ff9b::', 96],
    ['100::', 64],
    ['2001:db8::', 32],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const)
    list.addSubnet(network, prefix, 'ipv6');
  return list;
})();

const LOOPBACK = (() => {
  const list = new BlockList();
  list.addSubnet('127.0.0.0', 8, 'ipv4');
  list.addAddress('::1', 'ipv6');
  return list;
})();

/** The IPv4 address an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`, `::ffff:a00:1`) stands for, if it is one. */
function mappedIpv4(address: string): string | undefined {
  const match = /^(?:0{0,4}:){0,5}:?ffff:(.+)$/i.exec(address);
  if (!match) return undefined;
  const tail = match[1];
  if (isIP(tail) === 4) return tail;
  const parts = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!parts) return undefined;
  const high = parseInt(parts[1], 16);
  const low = parseInt(parts[2], 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

function inList(list: BlockList, address: string): boolean {
  const mapped = mappedIpv4(address);
  if (mapped) return list.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export function isLoopbackAddress(address: string): boolean {
  return inList(LOOPBACK, address);
}

/** True for an address on the public internet (see NOT_PUBLIC). */
export function isPublicAddress(address: string): boolean {
  return isIP(address) !== 0 && !inList(NOT_PUBLIC, address);
}

/** Whether loopback webhooks are allowed: on a developer's machine and in tests, never on a deployed stage. */
export interface WebhookUrlRules {
  allowLoopback: boolean;
}

/**
 * The URL rule, in words an official can act on; undefined when the URL may be used. Deployed stages require https to
 * a public host; locally `http://127.0.0.1` and `http://localhost` are allowed too. A host name that resolves to a
 * private address passes here and is refused by the sender when it resolves (so DNS rebinding does not pass either).
 */
export function webhookUrlProblem(text: string, rules: WebhookUrlRules): string | undefined {
  if (text.length > MAX_WEBHOOK_URL_LENGTH)
    return `The webhook URL is ${text.length} characters long; at most ${MAX_WEBHOOK_URL_LENGTH} are accepted.`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a URL: give the full address, such as https://alerts.example.org/citypact.`;
  }
  if (url.username || url.password)
    return 'The webhook URL must not carry a user name or password: every delivery is signed with its secret instead.';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const loopback = host === 'localhost' || host.endsWith('.localhost') || isLoopbackAddress(host);
  if (loopback && rules.allowLoopback) {
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? undefined
      : `The webhook URL must start with http:// or https:// (got ${url.protocol}).`;
  }
  if (url.protocol !== 'https:')
    return `The webhook URL must use https (got ${url.protocol.replace(/:$/, '')}): deliveries carry your cluster's notifications.`;
  if (loopback || (isIP(host) !== 0 && !isPublicAddress(host)))
    return `The webhook URL points at ${host}, a private, loopback or link-local address: webhooks are delivered only to addresses on the public internet.`;
  if (isIP(host) === 0 && !host.includes('.'))
    return `The webhook URL's host "${host}" is not a public domain name: use a fully qualified name such as alerts.example.org.`;
  return undefined;
}
