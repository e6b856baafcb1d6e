import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks only for these subfields (and `__typename`), in every place it is asked:
 * then a resolver may answer from what the parent record already carries instead of loading the full record. A
 * fragment, or a directive that could change what is asked, counts as asking for more (the full record is loaded).
 */
export function onlySelected(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const allowed = new Set([...fields, '__typename']);
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD && !selection.directives?.length && allowed.has(selection.name.value),
    );
  return info.fieldNodes.every((node) => within(node.selectionSet));
}
