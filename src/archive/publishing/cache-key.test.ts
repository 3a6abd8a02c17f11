import { expect, test } from 'vitest';
import { cacheKey, keyedRoutes } from './cache-key.ts';

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

test('keyed routes keep their params and props and differ in key when their props differ', () => {
  const routes = [
    { params: { id: 'japan' }, props: { page: { number: 1, items: ['a', 'b'] } } },
    { params: { id: 'japan' }, props: { page: { number: 1, items: ['a', 'c'] } } },
  ];
  const [first, second] = keyedRoutes(routes);
  expect(first).toMatchObject(routes[0]!);
  expect(first!.cacheKey).not.toBe(second!.cacheKey);
});

test('what a page reads besides its props is part of its key', () => {
  const route = { params: { id: 'security' }, props: { label: 'Security' } };
  expect(keyedRoutes([route], () => 'one description')[0]!.cacheKey).not.toBe(keyedRoutes([route], () => 'another')[0]!.cacheKey);
});
