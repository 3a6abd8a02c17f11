import { expect, test } from 'vitest';
import { cacheKey } from './cache-key.ts';

test('the same parts give the same key', () => {
  expect(cacheKey({ id: 'a', title: 'Meeting' }, 'shared')).toBe(cacheKey({ id: 'a', title: 'Meeting' }, 'shared'));
});

test('a changed value anywhere in the parts changes the key', () => {
  expect(cacheKey({ id: 'a', accounts: [{ text: 'one' }] })).not.toBe(cacheKey({ id: 'a', accounts: [{ text: 'two' }] }));
});

test('a changed entry of a map changes the key, though JSON alone would write every map as {}', () => {
  const names = (name: string) => new Map([['jp', { name }]]);
  expect(cacheKey(names('Japan'))).not.toBe(cacheKey(names('Nippon')));
});

test('a changed member of a set changes the key', () => {
  expect(cacheKey(new Set(['a']))).not.toBe(cacheKey(new Set(['b'])));
});

test('parts are told apart: moving text from one part to the next changes the key', () => {
  expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
});

test('a missing part and an empty one differ', () => {
  expect(cacheKey(undefined)).not.toBe(cacheKey(''));
});
