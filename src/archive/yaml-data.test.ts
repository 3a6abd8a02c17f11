import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from './diagnostics.ts';
import { readYaml } from './yaml-data.ts';

const schema = z.record(z.string(), z.object({ title: z.string() }));

function read(text: string) {
  const diagnostics = new Diagnostics();
  const file = readYaml(text, 'content/sources.yaml', schema, diagnostics);
  return { file, errors: diagnostics.items.map((d) => `${d.file}:${d.line}: ${d.message}`) };
}

describe('readYaml', () => {
  it('reads a mapping against its schema', () => {
    expect(read('a.txt:\n  title: One\nb.txt:\n  title: Two\n').file?.data).toEqual({ 'a.txt': { title: 'One' }, 'b.txt': { title: 'Two' } });
  });

  it('refuses a key given twice, at the line of the second, naming the first', () => {
    const { file, errors } = read('a.txt:\n  title: One\nb.txt:\n  title: Two\na.txt:\n  title: Three\n');
    expect(file).toBeUndefined();
    expect(errors).toEqual(['content/sources.yaml:5: "a.txt" is given twice (first on line 1): each key may appear once']);
  });

  it('refuses a key repeated inside a nested mapping as well', () => {
    const { errors } = read('a.txt:\n  title: One\n  title: Two\n');
    expect(errors).toEqual(['content/sources.yaml:3: "title" is given twice (first on line 2): each key may appear once']);
  });

  it('reports a value the schema refuses at its line', () => {
    expect(read('a.txt:\n  title: One\nb.txt:\n  title: 2\n').errors).toEqual(['content/sources.yaml:4: b.txt.title: Invalid input: expected string, received number']);
  });
});
