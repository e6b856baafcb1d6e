import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { AUDIT_ACTIONS } from '../../../src/domain/audit';
import { typeDefs } from '../../../src/generated/schema';
import { auditChanges } from '../../../src/store/audit';

describe('audit actions', () => {
  test("the schema's AuditAction enum is exactly the domain's list", () => {
    const enumType = buildSchema(typeDefs).getType('AuditAction');
    expect(enumType).toBeInstanceOf(GraphQLEnumType);
    expect(
      (enumType as GraphQLEnumType)
        .getValues()
        .map((value) => value.name)
        .sort(),
    ).toEqual([...AUDIT_ACTIONS].sort());
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  // The type system makes every action written a member of the list; this keeps the list free of actions nobody writes.
  test('every listed action is written somewhere in the code', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const root = join(__dirname, '../../../src');
    const source = files(root)
      .filter(
        (file) =>
          file.endsWith('.ts') &&
          !file.includes(`${join('src', 'generated')}`) &&
          !file.endsWith(join('domain', 'audit.ts')),
      )
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(AUDIT_ACTIONS.filter((action) => !source.includes(`'${action}'`))).toEqual([]);
  });
});

describe('auditChanges', () => {
  test('reads the stored JSON text as the object it holds', () => {
    expect(auditChanges({ changes: '{"shelterCapacity":[830000,850000],"reason":"Flood season"}' })).toEqual({
      shelterCapacity: [830000, 850000],
      reason: 'Flood season',
    });
    expect(auditChanges({ changes: undefined })).toBeNull();
  });

  test('shows a row that does not hold an object as its text instead of failing the log', () => {
    expect(auditChanges({ changes: 'not json' })).toEqual({ text: 'not json' });
    expect(auditChanges({ changes: '[1,2]' })).toEqual({ text: '[1,2]' });
    expect(auditChanges({ changes: 'null' })).toEqual({ text: 'null' });
  });
});
