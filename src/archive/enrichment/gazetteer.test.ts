// Places from GeoNames, known without curating each: the cities the issue names, and how a shared name is settled.
import { expect, test } from 'vitest';
import { countryOfPlace } from './gazetteer.ts';

test.each([
  ['Bangkok', 'TH'],
  ['Vientiane', 'LA'],
  ['Phnom Penh', 'KH'],
  ['New Delhi', 'IN'],
  ['Hanoi', 'VN'],
  ['Davos', 'CH'],
])('%s is known, in %s', (name, iso) => {
  expect(countryOfPlace(name)).toBe(iso);
});

test('a region is a place too: Cornwall is a county of England, and a parish of Jamaica', () => {
  expect(countryOfPlace('Cornwall', ['GB'])).toBe('GB');
  expect(countryOfPlace('Cornwall', ['JM'])).toBe('JM');
});

test('a city far larger than any other of its name is the one meant: London is in the United Kingdom', () => {
  expect(countryOfPlace('London', [], ['US', 'JP'])).toBe('GB');
});

test('a name no place has is not a place', () => {
  expect(countryOfPlace('Qwzxville')).toBeUndefined();
});
