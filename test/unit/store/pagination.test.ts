import { decodeCursor, encodeCursor, pageOfIds, readPage, type PageQueryOptions } from '../../../src/store/pagination';

describe('cursors', () => {
  test('a cursor is only valid for the list it came from', () => {
    const cursor = encodeCursor('cities:jjj', 'inner');
    expect(decodeCursor('cities:jjj', cursor)).toBe('inner');
    expect(() => decodeCursor('cities:yrd', cursor)).toThrow(/not valid for this list/);
    expect(() => decodeCursor('cities:jjj', 'not-a-cursor')).toThrow(/not valid for this list/);
  });

  test('pages through ids exactly, with hasNextPage false on the last page', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const first = pageOfIds('x', ids, { first: 2 });
    expect(first).toMatchObject({ items: ['a', 'b'], hasNextPage: true });
    const second = pageOfIds('x', ids, { first: 2, after: first.endCursor });
    const third = pageOfIds('x', ids, { first: 2, after: second.endCursor });
    expect([second.items, third.items, third.hasNextPage]).toEqual([['c', 'd'], ['e'], false]);
  });

  test('readPage asks for one more item than the page to know if another page exists', async () => {
    const asked: number[] = [];
    const store = async ({ limit, pages }: PageQueryOptions) => {
      expect(pages).toBe(1); // one DynamoDB request at a time, each with a Limit: never a whole range for one page
      asked.push(limit);
      const data = ['a', 'b', 'c'].slice(0, limit);
      return { data, cursor: data.length < 3 ? data[data.length - 1] : null };
    };
    const full = await readPage('s', { first: 2 }, store, (item) => item);
    const exact = await readPage('s', { first: 3 }, store, (item) => item);
    expect(asked).toEqual([3, 4]);
    expect([full.items, full.hasNextPage, exact.items, exact.hasNextPage]).toEqual([
      ['a', 'b'],
      true,
      ['a', 'b', 'c'],
      false,
    ]);
  });
});
