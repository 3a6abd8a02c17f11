// Every regular expression the readers use runs in linear time: scslre finds none that can backtrack
// super-linearly on a run of one repeated character. Literals are read from the readers' sources; patterns the
// readers build at run time are caught as they are made, while the readers read every fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { beforeAll, expect, test } from 'vitest';

const FORMATS = import.meta.dirname;
const FIXTURES = join(FORMATS, '..', '..', '..', 'tests', 'fixtures', 'formats');
const SEEDS = join(FORMATS, '..', '..', '..', 'content', 'readouts');
/** scslre takes a while over some hundred patterns, longer on a busy machine. */
const HEAVY = 60_000;
const READERS = readdirSync(FORMATS).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literals(): Found[] {
  return READERS.flatMap((file) => {
    const found: Found[] = [];
    const source = ts.createSourceFile(file, readFileSync(join(FORMATS, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        found.push({ where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}

/** Patterns built with `new RegExp(...)` inside the readers, caught as they are made. */
const built = new Map<string, Found>();

beforeAll(async () => {
  const Native = globalThis.RegExp;
  const catching = (made: RegExp): RegExp => {
    const frame = new Error().stack?.split('\n').find((l) => l.includes('/archive/formats/') && !l.includes('.test.ts'));
    const where = frame && /\/archive\/formats\/([^/:]+:\d+)/.exec(frame)?.[1];
    if (where) built.set(`${made.source}/${made.flags}`, { where, source: made.source, flags: made.flags });
    return made;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args, newTarget) => catching(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => catching(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    const { buildFrom } = await import('../testing.ts');
    const texts: Record<string, string> = {};
    for (const dir of readdirSync(FIXTURES)) {
      for (const f of readdirSync(join(FIXTURES, dir)).filter((n) => /\.(?:txt|html)$/.test(n))) texts[`${dir}-${f}`] = readFileSync(join(FIXTURES, dir, f), 'utf8');
    }
    for (const f of readdirSync(SEEDS)) texts[f] = readFileSync(join(SEEDS, f), 'utf8');
    for (const [name, text] of Object.entries(texts)) buildFrom({ [name]: text });
  } finally {
    globalThis.RegExp = Native;
  }
}, 120_000);

function superLinear(found: Found[]): string[] {
  return found
    .filter((f) => analyse({ source: f.source, flags: f.flags }).reports.length)
    .map((f) => `${f.where}: /${f.source.slice(0, 80)}${f.source.length > 80 ? '…' : ''}/${f.flags} (${analyse({ source: f.source, flags: f.flags }).reports.map((r) => r.type).join(', ')})`);
}

test('the readers’ regular expression literals are all found', () => {
  expect(literals().length).toBeGreaterThan(200);
}, HEAVY);

test('no regular expression literal of the readers can backtrack super-linearly', () => {
  expect(superLinear(literals())).toEqual([]);
}, HEAVY);

test('no regular expression the readers build at run time can backtrack super-linearly', () => {
  expect(built.size).toBeGreaterThan(30);
  expect(superLinear([...built.values()])).toEqual([]);
}, HEAVY);
