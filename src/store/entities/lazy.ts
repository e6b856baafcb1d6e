import { Entity, Service, createConversions as electroDbConversions } from 'electrodb';

/**
 * Entities and the service are built on first use, not at load. ElectroDB parses each model when an entity is
 * constructed (attributes, indexes, key templates, filter and where clauses): for some thirty entities that was a
 * fifth of the GraphQL function's module init, while a request touches a handful. A write that goes through the
 * service (a transaction) builds the service and with it every entity, as before; a read builds only what it reads.
 *
 * What is answered is the object ElectroDB built, behind a proxy that builds it on the first property read and then
 * forwards everything to it. Joining the service changes nothing an entity already built relies on: the service sets
 * the same table and client the entity was built with (`entityOptions`), and CityPact's models declare no collections.
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  let built: T | undefined;
  const target = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
      // The proxy's own (empty) target does not hold the property, so it may only be reported as configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(target(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}

/** `new LazyEntity(model, options)`: an ElectroDB `Entity`, typed as one, built on first use. */
export const LazyEntity = function (model: never, options: never) {
  return builtOnFirstUse(() => new Entity(model, options));
} as unknown as typeof Entity;

/** `new LazyService(entities, options)`: an ElectroDB `Service`, typed as one, built on first use. */
export const LazyService = function (entities: never, options: never) {
  return builtOnFirstUse(() => new Service(entities, options));
} as unknown as typeof Service;

/** ElectroDB's `createConversions`, which reads the entity's indexes: built on first use with the entity. */
export const createConversions = ((entity: Parameters<typeof electroDbConversions>[0]) =>
  builtOnFirstUse(() => electroDbConversions(entity))) as typeof electroDbConversions;
