import { loadArchive } from '../src/archive/test-support.ts';
import { TermReader } from '../src/archive/alignment/tokens.ts';
import { compareView } from '../src/archive/alignment/view.ts';
const a = loadArchive();
const m = a.meetings.find((m) => m.date === '2023-07-14')!;
const v = compareView(m.readouts.map((id) => a.readouts.find((r) => r.id === id)!), new TermReader(a));
console.log(JSON.stringify(v.shared), JSON.stringify(v.onlyIn));
for (const r of v.rows.slice(4, 7)) console.log(JSON.stringify(r, null, 1).slice(0, 2500));
