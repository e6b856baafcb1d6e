import { connect } from 'node:net';
import { networkInterfaces, platform } from 'node:os';

// DynamoDB Local accepts any credentials: the one the tests use (started by test/support/global-setup.ts with the
// same scripts/lib/dynamodb-local.ts as `npm start`) must answer on 127.0.0.1 and nowhere else.
const port = Number(new URL(process.env.TEST_DYNAMODB_ENDPOINT!).port);

function connects(host: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

/** Every other address of this machine a client could reach it on; on Linux all of 127/8 reaches the host too. */
function otherAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && !entry.address.startsWith('fe80:'))
    .map((entry) => entry!.address);
  return [...external, '::1', ...(platform() === 'linux' ? ['127.0.0.2'] : [])];
}

test('DynamoDB Local listens on 127.0.0.1 only', async () => {
  expect(await connects('127.0.0.1')).toBe(true);
  const others = otherAddresses();
  expect(others.length).toBeGreaterThan(0);
  const reachable = [];
  for (const address of others) if (await connects(address)) reachable.push(address);
  expect(reachable).toEqual([]);
});
