// People as leads introduce them: each phrase names a person and the office written beside them.
import { expect, test } from 'vitest';
import { peopleInList } from './person-phrases.ts';

test('an office after the name, between commas, is that person’s', () => {
  expect(peopleInList('Mr. Fumio Kishida, Minister for Foreign Affairs, and Mr. Wang Yi, Foreign Minister of the People’s Republic of China')).toEqual([
    { name: 'Fumio Kishida', office: 'Minister for Foreign Affairs' },
    { name: 'Wang Yi', office: 'Foreign Minister of the People’s Republic of China' },
  ]);
});

test('an office before the name, with its country after, is read around the name', () => {
  expect(peopleInList('Foreign Minister Katsuya Okada of Japan')).toEqual([{ name: 'Katsuya Okada', office: 'Foreign Minister of Japan' }]);
});

test('a country inside the office does not become part of the name', () => {
  expect(peopleInList('Minister for Foreign Affairs of Japan Seiji Maehara')).toEqual([{ name: 'Seiji Maehara', office: 'Minister for Foreign Affairs of Japan' }]);
});

test('a demonym before the office places the person without a curated entry', () => {
  expect(peopleInList('Ukrainian Foreign Minister Dmytro Kuleba')).toEqual([{ name: 'Dmytro Kuleba', office: 'Ukrainian Foreign Minister' }]);
});

test('"his Chinese counterpart" is the office of the person it introduces', () => {
  expect(peopleInList('the Foreign Minister of Japan Mr. Taro Aso and his Chinese counterpart Mr. Li Zhaoxing')).toEqual([
    { name: 'Taro Aso', office: 'the Foreign Minister of Japan' },
    { name: 'Li Zhaoxing', office: 'his Chinese counterpart' },
  ]);
});

test('honorifics of every form are not part of the name', () => {
  expect(peopleInList('Senator the Hon Marise Payne, Minister for Foreign Affairs, and the Rt Hon Dominic Raab MP, Foreign Secretary').map((p) => p.name)).toEqual(['Marise Payne', 'Dominic Raab']);
});

test('"and" inside an office does not split it into two people', () => {
  expect(peopleInList('Secretary of State for Foreign and Commonwealth Affairs Jack Straw of the United Kingdom of Great Britain and Northern Ireland')).toEqual([
    { name: 'Jack Straw', office: 'Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom of Great Britain and Northern Ireland' },
  ]);
});

test('a word of a many-word country name elsewhere is still a name: Pierre is no country', () => {
  expect(peopleInList('Mr. Pierre Ouellet, Minister of Foreign Affairs of Canada').map((p) => p.name)).toEqual(['Pierre Ouellet']);
});

test('one capitalised word with no honorific and no office names no one', () => {
  expect(peopleInList('Visit to a language school')).toEqual([]);
});

test('a style and a family name alone are a person', () => {
  expect(peopleInList('Prime Minister Noda')).toEqual([{ name: 'Noda', office: 'Prime Minister' }]);
});

test('initials alone are an abbreviation, not a person', () => {
  expect(peopleInList('D.C')).toEqual([]);
});
