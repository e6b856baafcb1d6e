import { citypact } from '../../../src/store/entities';

// What stored items look like: entity names, model versions, key fields, composites, casing and every attribute with its
// type and allowed values. Items already in the table are read back through these. Adding an attribute or an enum value
// only needs the snapshot updated; any other difference changes how stored items are read (a data migration, never a
// refactor): update the snapshot only together with a plan for the items already stored.
// ElectroDB's parsed model, which its public types do not expose: only the parts read here.
type KeyModel = { field: string; facets: string[]; casing?: string };
type IndexModel = { index?: string; pk: KeyModel; sk?: KeyModel };
type AnyEntity = {
  model: { service: string; entity: string; version: string; indexes: Record<string, IndexModel> };
  schema: { attributes: Record<string, unknown> };
};

function describeKey(key: KeyModel | undefined): unknown {
  return key && { field: key.field, composite: key.facets, casing: key.casing };
}

function describeEntity(entity: AnyEntity): unknown {
  const { model } = entity;
  return {
    service: model.service,
    entity: model.entity,
    version: model.version,
    indexes: Object.fromEntries(
      Object.keys(model.indexes)
        .sort()
        .map((name) => [
          name,
          {
            index: model.indexes[name].index || '(table)',
            pk: describeKey(model.indexes[name].pk),
            sk: describeKey(model.indexes[name].sk),
          },
        ]),
    ),
    // The definitions as written (nested maps and lists included): types, enum values, padding, required, readOnly.
    attributes: entity.schema.attributes,
  };
}

describe('stored item format', () => {
  const entities = citypact.entities as unknown as Record<string, AnyEntity>;

  it.each(Object.keys(entities).sort())('%s keeps its keys, indexes and attributes', (name) => {
    expect(describeEntity(entities[name])).toMatchSnapshot();
  });
});
