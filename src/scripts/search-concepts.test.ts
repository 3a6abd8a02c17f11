import { describe, expect, test } from 'vitest';
import { byRelevance, combine, conceptsOf, nameIndex, pagefindTerms, partialNote, statement, togetherPhrase, type Concept } from './search-concepts.ts';
import { parseQuery } from './search-query.ts';

// Written for these tests, in the shape the curated data gives.
const names = nameIndex([
  ["Democratic People's Republic of Korea", 'DPRK', 'North Korea'],
  ['Republic of Korea', 'ROK', 'South Korea', 'Korea'],
  ['United States of America', 'U.S.', 'United States', 'USA', 'US'],
  ['Park Jin', 'Jin Park'],
]);
const concepts = (raw: string) => conceptsOf(parseQuery(raw), names);
const forms = (c: Concept) => c.forms.map((f) => f.text);

describe('reading a query as concepts', () => {
  test('an abbreviation finds the names it stands for', () => {
    const [dprk] = concepts('DPRK');
    expect(dprk!.kind).toBe('name');
    expect(forms(dprk!)).toEqual(['DPRK', 'Democratic Peoples Republic of Korea', 'North Korea']);
  });

  test('the longest name wins: "North Korea" is the DPRK, not the Republic of Korea', () => {
    const result = concepts('north korea missiles');
    expect(result.map((c) => c.label)).toEqual(['north korea', 'missiles']);
    expect(forms(result[0]!)).toContain('DPRK');
    expect(result[1]!.kind).toBe('word');
  });

  test('a name is matched as whole words only', () => {
    expect(concepts('Koreans')[0]!.kind).toBe('word');
  });

  test('"us" in lower case is the common word, "US" in capitals the country', () => {
    expect(concepts('us')[0]!.kind).toBe('word');
    expect(forms(concepts('US')[0]!)).toContain('United States');
  });

  test('a spelling that reads as a common word is not searched as an equivalent, its dotted form is', () => {
    expect(forms(concepts('United States')[0]!)).not.toContain('US');
    expect(forms(concepts('United States')[0]!)).toEqual(expect.arrayContaining(['U.S.', 'USA']));
  });

  test('a quoted phrase asks for its exact words, without equivalents', () => {
    const [phrase] = concepts('"North Korea"');
    expect(phrase!.kind).toBe('phrase');
    expect(forms(phrase!)).toEqual(['North Korea']);
  });

  test("a person's other spelling is an equivalent", () => {
    expect(forms(concepts('Jin Park')[0]!)).toEqual(['Jin Park', 'Park Jin']);
  });

  test('plain forms go to Pagefind as exact searches; abbreviations are checked, also with spaces for compounds', () => {
    const [us] = concepts('U.S.');
    expect(pagefindTerms(us!.forms[0]!)).toEqual(['U.S.', 'U S']);
    expect(pagefindTerms(us!.forms.find((f) => f.text === 'United States')!)).toEqual(['"United States"']);
  });

  test('several plain words are also searched together, to rank those meetings first', () => {
    expect(togetherPhrase(concepts('missile launch'))).toBe('"missile launch"');
    expect(togetherPhrase(concepts('missile'))).toBeNull();
  });
});

describe('combining the meetings of each concept', () => {
  const sets = (...s: [string, number][][]) => s.map((entries) => new Map(entries));

  test('meetings holding every concept are the results when there are any', () => {
    const c = combine(sets([['a', 1], ['b', 2]], [['b', 1], ['c', 5]]));
    expect(c).toEqual({ ids: ['b'], all: true, matched: new Map([['b', [0, 1]]]) });
  });

  test('when none holds every concept, those holding any are shown, most concepts first, and it is said', () => {
    const c = combine(sets([['a', 1]], [], [['a', 1], ['b', 9]]));
    expect(c.all).toBe(false);
    expect(c.ids).toEqual(['a', 'b']);
    expect(c.matched.get('b')).toEqual([2]);
  });
});

describe('ordering by relevance', () => {
  test('more concepts matched first, then Pagefind’s rank of the whole query, unranked last', () => {
    const combined = { ids: ['a', 'b', 'c', 'd'], all: false, matched: new Map([['a', [0]], ['b', [0, 1]], ['c', [1]], ['d', [0]]]) };
    expect(byRelevance(combined, new Map([['d', 0], ['c', 1]]))).toEqual(['b', 'd', 'c', 'a']);
  });
});

describe('stating what matched', () => {
  test('one word: the count and the word', () => {
    expect(statement(concepts('ironclad'), [1], { ids: ['a'], all: true }, false)).toBe('1 meeting matches “ironclad”.');
  });

  test('a quoted phrase is stated as the exact phrase', () => {
    expect(statement(concepts('"treated water"'), [2], { ids: ['a', 'b'], all: true }, false)).toBe('2 meetings match the exact phrase “treated water”.');
  });

  test('a name states the spellings searched', () => {
    expect(statement(concepts('DPRK'), [4], { ids: ['a', 'b', 'c', 'd'], all: true }, true)).toBe(
      '4 meetings match “DPRK” (or Democratic Peoples Republic of Korea or North Korea) with the chosen filters.',
    );
  });

  test('several words all found: says all of them', () => {
    expect(statement(concepts('missile launch'), [3, 3], { ids: ['a', 'b', 'c'], all: true }, false)).toBe('3 meetings match all of “missile” and “launch”.');
  });

  test('only some words found: says so, and which word is in how many meetings', () => {
    expect(statement(concepts('comfort women'), [0, 1], { ids: ['a'], all: false }, false)).toBe(
      'No meeting matches all of “comfort” and “women”: the 1 meeting shown matches only some. “comfort” is in no meeting and “women” is in 1 meeting.',
    );
  });

  test('a meeting with only some of the words says which it has and which it lacks', () => {
    expect(partialNote(concepts('comfort women pressure'), [1])).toBe('Has “women”; not “comfort” or “pressure”.');
    expect(partialNote(concepts('comfort women'), [0, 1])).toBeNull();
  });
});
