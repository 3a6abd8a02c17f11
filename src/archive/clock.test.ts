import { describe, expect, test } from 'vitest';
import { minutesBetween, readDuration, toClock } from './clock.ts';

describe('toClock', () => {
  test.each([
    ['7:00 p.m.', '19:00'],
    ['10 a.m.', '10:00'],
    ['5:10pm', '17:10'],
    ['09:00 a.m.', '09:00'],
    ['0:00 p.m.', '12:00'],
    ['12:30 p.m.', '12:30'],
    ['12:15 a.m.', '00:15'],
    ['17:10', '17:10'],
    ['noon', '12:00'],
  ])('reads "%s" as %s', (text, clock) => {
    expect(toClock(text)).toBe(clock);
  });

  test.each(['13 p.m.', '25:00', '10:75 a.m.', 'ten'])('refuses "%s", which is no time of day', (text) => {
    expect(toClock(text)).toBeUndefined();
  });
});

describe('readDuration', () => {
  test.each([
    ['approximately 50 minutes', 50, true],
    ['35 minutes', 35, false],
    ['approximately two hours', 120, true],
    ['one hour', 60, false],
    ['approximately 1 hour and 30 minutes', 90, true],
    ['about an hour', 60, true],
    ['one and a half hours', 90, false],
    ['approximately half an hour', 30, true],
    ['approximately 85 minutes', 85, true],
  ])('reads "%s" as %i minutes (approximate: %s)', (text, minutes, approximate) => {
    expect(readDuration(text)).toEqual({ minutes, approximate });
  });

  test('refuses words that are not a duration', () => {
    expect(readDuration('the meeting')).toBeUndefined();
  });
});

test('a meeting that runs past midnight still has a positive length', () => {
  expect(minutesBetween('23:30', '00:15')).toBe(45);
});

test.each([
  ['one hour 15 minutes', 75],
  ['approximately one hour and 15 minutes', 75],
  ['twenty-five minutes', 25],
  ['forty minutes', 40],
])('reads the compound duration "%s" as %i minutes', (text, minutes) => {
  expect(readDuration(text)?.minutes).toBe(minutes);
});
