// wink-nlp declares its utilities under extensionless names, which Node's ESM resolution does not load; the
// archive imports the files by their full names, typed as wink-nlp declares them.
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  export { default } from 'wink-nlp/utilities/bm25-vectorizer';
}
declare module 'wink-nlp/utilities/similarity.js' {
  export { default } from 'wink-nlp/utilities/similarity';
}
