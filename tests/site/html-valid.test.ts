import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, fileForPath, htmlPages } from '../dist.ts';

beforeAll(assertBuilt);

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies and writes attributes its own way; these rules are about source style, not validity.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-inline-style': 'off',
    'doctype-style': 'off',
    // A meeting page's title is the meeting's title as published and its date, which tabs, bookmarks and reference
    // managers need to tell meetings apart; a search engine cutting it short for display is no reason to drop either.
    'long-title': 'off',
  },
});

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const path of htmlPages()) {
    const report = await validator.validateString(readFileSync(fileForPath(path), 'utf8'), path);
    for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}: ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});
