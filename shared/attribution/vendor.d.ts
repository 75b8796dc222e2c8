/** The English table of `gender-detection-from-name`: lower-case given names to the gender most people bearing them have. */
declare module 'gender-detection-from-name/names/en.js' {
  const names: ReadonlyMap<string, 'male' | 'female'>;
  export = names;
}
