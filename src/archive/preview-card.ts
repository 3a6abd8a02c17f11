// The 1200×630 PNG shown when a meeting's link is pasted into chat or email. Fonts come from an npm package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children: Node[] | string): Node => ({ type, props: { style, children } });

export interface CardText {
  title: string;
  date: string;
  countries: string;
  footer: string;
}

export async function previewCard(text: CardText): Promise<Uint8Array> {
  fonts ??= [
    { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
  ];
  const tree = el('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', background: '#f7f5ef', color: '#1b1b1b', fontFamily: 'Noto Sans' }, [
    el('div', { display: 'flex', height: 16, background: '#0b5394' }, []),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 72px' }, [
      el('div', { display: 'flex', fontSize: 30, color: '#4a4a4a' }, text.date),
      el('div', { display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15 }, text.title),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: 32, marginBottom: 12 }, text.countries),
        el('div', { display: 'flex', fontSize: 26, color: '#0b5394' }, text.footer),
      ]),
    ]),
  ]);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
