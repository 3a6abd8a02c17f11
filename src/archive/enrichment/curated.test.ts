// The curated data files: checked against their schemas and against each other, with line numbers.
import { describe, expect, test } from 'vitest';
import { readCurated } from './curated.ts';
import { Diagnostics, formatDiagnostic } from '../diagnostics.ts';
import { CURATED } from '../testing.ts';

function errorsFor(overrides: Partial<typeof CURATED>): string[] {
  const diagnostics = new Diagnostics();
  readCurated({ ...CURATED, ...overrides }, 'content', diagnostics);
  return diagnostics.errors.map(formatDiagnostic);
}

test('the committed curated data has no errors', () => {
  expect(errorsFor({})).toEqual([]);
});

describe('errors name the file and line', () => {
  test('broken YAML', () => {
    expect(errorsFor({ topics: '- id: x\n  label: [unclosed\n' })[0]).toMatch(/^content\/topics\.yaml:\d+: invalid YAML: /);
  });

  test('a field that breaks the schema', () => {
    expect(errorsFor({ countries: '- id: japan\n  iso: Japan\n  name: Japan\n  shortName: Japan\n  slugToken: japan\n  aliases: []\n' })).toEqual([
      'content/countries.yaml:2: 0.iso: expected an ISO 3166-1 alpha-2 code',
    ]);
  });

  test('a duplicate id', () => {
    const countries = CURATED.countries + '\n- id: japan\n  iso: JP\n  name: Japan again\n  shortName: J\n  slugToken: j\n  aliases: []\n';
    expect(errorsFor({ countries }).some((e) => /^content\/countries\.yaml:\d+: duplicate id "japan"$/.test(e))).toBe(true);
  });

  test('a related topic that does not exist', () => {
    const topics = CURATED.topics + '\n- id: new-topic\n  label: New\n  description: New.\n  phrases: [new thing]\n  related: [no-such-topic]\n';
    expect(errorsFor({ topics }).some((e) => /^content\/topics\.yaml:\d+: unknown related topic "no-such-topic"$/.test(e))).toBe(true);
  });

  test('an office that ends before it starts', () => {
    const people = '- id: a-b\n  name: A B\n  family: B\n  given: A\n  nameOrder: given-first\n  aliases: [A B]\n  country: japan\n  offices:\n    - title: Minister\n      country: japan\n      from: "2020-01-01"\n      to: "2019-01-01"\n';
    expect(errorsFor({ people })).toEqual(['content/people.yaml:12: office ends (2019-01-01) before it starts (2020-01-01)']);
  });
});
