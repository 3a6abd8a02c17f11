// stopword ships no type declarations; this covers the list the archive uses.
declare module 'stopword' {
  export const eng: string[];
}
