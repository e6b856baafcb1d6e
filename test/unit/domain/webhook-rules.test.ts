import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  isPublicAddress,
  receives,
  retryDelaySeconds,
  webhookSignature,
  webhookUrlProblem,
  WEBHOOK_MAX_ATTEMPTS,
} from '../../../src/domain/webhooks';
import type { Announcement } from '../../../src/domain/notifications';
import { webhookPost } from '../../../src/notifications/webhook-http';
import { webhookUrlRules } from '../../../src/notifications/url-rules';

const deployed = { allowLoopback: false };
const local = { allowLoopback: true };

describe('where a webhook may point', () => {
  test.each([
    'https://alerts.example.org/citypact',
    'https://203.0.114.7/hook',
    'https://[2606:4700:4700::1111]/hook',
    'https://alerts.example.org:8443/x?y=1',
  ])('deployed, %s is accepted', (url) => {
    expect(webhookUrlProblem(url, deployed)).toBeUndefined();
  });

  test.each([
    ['http://alerts.example.org/', 'must use https'],
    ['https://127.0.0.1/', 'private, loopback'],
    ['http://127.0.0.1:8080/', 'must use https'],
    ['https://localhost/', 'private, loopback'],
    ['https://api.localhost/', 'private, loopback'],
    ['https://LOCALHOST/', 'private, loopback'],
    ['https://2130706433/', 'private, loopback'],
    ['https://0x7f.1/', 'private, loopback'],
    ['https://10.0.0.1/', 'private, loopback'],
    ['https://172.16.5.4/', 'private, loopback'],
    ['https://192.168.1.1/', 'private, loopback'],
    ['https://100.64.0.1/', 'private, loopback'],
    ['https://169.254.169.254/', 'private, loopback'],
    ['https://0.0.0.0/', 'private, loopback'],
    ['https://[::1]/', 'private, loopback'],
    ['https://[::]/', 'private, loopback'],
    ['https://[fe80::1]/', 'private, loopback'],
    ['https://[fd12:3456::1]/', 'private, loopback'],
    ['https://[::ffff:127.0.0.1]/', 'private, loopback'],
    ['https://[::ffff:a9fe:a9fe]/', 'private, loopback'],
    ['https://metadata/', 'not a public domain name'],
  ])('deployed, %s is refused', (url, phrase) => {
    expect(webhookUrlProblem(url, deployed)).toContain(phrase);
  });

  test('locally, loopback over http is allowed and everything else follows the deployed rules', () => {
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', local)).toBeUndefined();
    expect(webhookUrlProblem('http://localhost:9000/hook', local)).toBeUndefined();
    expect(webhookUrlProblem('http://[::1]:9000/hook', local)).toBeUndefined();
    expect(webhookUrlProblem('http://10.0.0.1/hook', local)).toContain('must use https');
    expect(webhookUrlProblem('https://192.168.0.10/hook', local)).toContain('private, loopback');
  });

  test('loopback is allowed only where tokens are local, never with Cognito', () => {
    expect(webhookUrlRules({ AUTH_MODE: 'local', STAGE: 'test' })).toEqual(local);
    expect(webhookUrlRules({ STAGE: 'local' })).toEqual(local);
    expect(webhookUrlRules({ AUTH_MODE: 'cognito', STAGE: 'local' })).toEqual(deployed);
    expect(webhookUrlRules({ AUTH_MODE: 'cognito', STAGE: 'prod' })).toEqual(deployed);
  });

  test('addresses are public only outside every reserved range', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('172.32.0.1')).toBe(true);
    expect(isPublicAddress('172.31.255.255')).toBe(false);
    expect(isPublicAddress('not-an-ip')).toBe(false);
  });
});

describe('the sender refuses a name that resolves to a private address (DNS rebinding)', () => {
  test('deployed, a host name resolving to loopback is not connected to; locally it is', async () => {
    let hits = 0;
    const server = createServer((_, response) => {
      hits += 1;
      response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const refused = await webhookPost(deployed)(`http://localhost:${port}/`, '{}', {});
      expect(refused.statusCode).toBeUndefined();
      expect(refused.error).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a private, loopback or link-local/);
      expect(hits).toBe(0);
      const allowed = await webhookPost(local)(`http://localhost:${port}/`, '{}', {});
      expect(allowed.statusCode).toBe(200);
      expect(hits).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('retries', () => {
  test('waits grow 15 s, 1 min, 4 min, 15 min (jittered to half or more), then nothing is left', () => {
    const longest = [1, 2, 3, 4].map((attempt) => retryDelaySeconds(attempt, () => 1));
    const shortest = [1, 2, 3, 4].map((attempt) => retryDelaySeconds(attempt, () => 0));
    expect(longest).toEqual([15, 60, 240, 900]);
    expect(shortest).toEqual([8, 30, 120, 450]);
    expect(retryDelaySeconds(WEBHOOK_MAX_ATTEMPTS, () => 0.5)).toBeUndefined();
    // Within SQS's longest delay.
    expect(Math.max(...(longest as number[]))).toBeLessThanOrEqual(900);
  });
});

describe('who receives what', () => {
  const news: Announcement = {
    id: 'a1',
    clusterId: 'jjj',
    type: 'OBLIGATION_CREATED',
    at: '2026-07-21T08:00:00.000Z',
    about: {},
    message: 'Langfang owes a report.',
    recipients: [{ kind: 'CITY', cityId: 'langfang' }, { kind: 'OFFICE' }],
  };
  const office = { clusterId: 'jjj', events: ['OBLIGATION_CREATED'], status: 'ACTIVE' as const };
  test.each([
    ['the office of the cluster', office, true],
    ['the city addressed', { ...office, cityId: 'langfang' }, true],
    ['a city not addressed', { ...office, cityId: 'tianjin' }, false],
    ['a city id in another letter case', { ...office, cityId: 'Langfang' }, false],
    ['another cluster', { ...office, clusterId: 'yrd' }, false],
    ['a paused subscription', { ...office, status: 'PAUSED' as const }, false],
    ['another type', { ...office, events: ['CLAIM_DECIDED'] }, false],
  ])('%s: %s', (_name, subscription, expected) => {
    expect(receives(subscription, news)).toBe(expected);
  });

  test('the signature is the documented HMAC of "timestamp.body"', () => {
    // Computed independently: printf '1784620800.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    expect(webhookSignature('whsec_test', '1784620800', '{"a":1}')).toBe(
      'sha256=97fdc2a5541f167cca238ae299624e71ac9df4fe06eadc9d0260ced4645f8292',
    );
  });
});
