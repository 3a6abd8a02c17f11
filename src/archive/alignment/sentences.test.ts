import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('splitting readout prose into sentences', () => {
  it('does not end a sentence at "Mr." before a name', () => {
    expect(texts('Mr. Tanaka met the delegation. They talked.')).toEqual(['Mr. Tanaka met the delegation.', 'They talked.']);
  });

  it('does not end a sentence at "H.E." before a name', () => {
    expect(texts('H.E. Mr. Lee opened the session. It ran late.')).toEqual(['H.E. Mr. Lee opened the session.', 'It ran late.']);
  });

  it('does not end a sentence at "U.S." before a capitalised word', () => {
    expect(texts('She thanked the U.S. Secretary of State. He replied.')).toEqual(['She thanked the U.S. Secretary of State.', 'He replied.']);
  });

  it('does not end a sentence at "p.m." inside a clause', () => {
    expect(texts('From 7:00 p.m. (local time) the two sides met. Talks followed.')).toEqual(['From 7:00 p.m. (local time) the two sides met.', 'Talks followed.']);
  });

  it('ends a sentence at "p.m." when a new sentence begins', () => {
    expect(texts('The call began at 5:25 p.m. Mr. Sato then spoke.')).toEqual(['The call began at 5:25 p.m.', 'Mr. Sato then spoke.']);
  });

  it('ends a sentence at a year followed by a new sentence', () => {
    expect(texts('They will sit together on the council in 2024. Both welcomed this.')).toEqual(['They will sit together on the council in 2024.', 'Both welcomed this.']);
  });

  it('keeps a printed point number with its sentence', () => {
    expect(texts('1. The ministers agreed.')).toEqual(['1. The ministers agreed.']);
  });

  it('gives offsets that point back into the paragraph', () => {
    const paragraph = 'First point.  Second point!';
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps every character of the paragraph but the spaces between sentences', () => {
    const paragraph = 'A note: see below. “Quoted,” he said. (Aside.) End';
    expect(texts(paragraph).join('')).toBe(paragraph.replace(/\s+/g, '').length === texts(paragraph).join('').replace(/\s+/g, '').length ? texts(paragraph).join('') : '');
    expect(texts(paragraph).join(' ').replace(/\s+/g, '')).toBe(paragraph.replace(/\s+/g, ''));
  });
});
