// harfbuzzjs ships no type declarations; this covers the shaping and outlines the preview cards use.
declare module 'harfbuzzjs' {
  export interface HbBlob { destroy(): void }
  export interface HbFace { upem: number; collectUnicodes(): Uint32Array; destroy(): void }
  export interface HbGlyphExtents { xBearing: number; yBearing: number; width: number; height: number }
  export interface HbFont {
    glyphToPath(glyph: number): string;
    glyphExtents(glyph: number): HbGlyphExtents | null;
    hExtents(): { ascender: number; descender: number; lineGap: number };
    destroy(): void;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): { g: number; cl: number; ax: number; ay: number; dx: number; dy: number }[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  const harfbuzz: Promise<HarfBuzz>;
  export default harfbuzz;
}
