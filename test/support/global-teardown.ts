export default async function globalTeardown(): Promise<void> {
  await globalThis.__CITYPACT_DYNAMODB__?.stop();
}
