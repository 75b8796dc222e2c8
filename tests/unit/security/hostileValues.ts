import fc from 'fast-check';

/** Paths that try to leave the workspace, in the spellings different layers might decode. */
export const traversalStrings = [
  '../outside/canary.txt',
  '../../outside/canary.txt',
  '..\\..\\outside\\canary.txt',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  '%2e%2e%2foutside%2fcanary.txt',
  '..%2F..%2Foutside',
  'file:///etc/passwd',
  '....//....//outside',
  'a/../../outside/canary.txt',
  'canary\u0000.txt',
  '.copydesk/history/../../../outside',
  '~/.ssh/id_rsa',
];

/** Keys that pollute prototypes when code merges objects carelessly. */
export const pollutionKeys = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'valueOf', 'hasOwnProperty'];

/** Strings a hostile renderer might send: traversal, markup, control characters, odd Unicode, huge text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...traversalStrings, ...pollutionKeys),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', '\u202e\u2066', '\ud800', 'NaN', '-1', '1e309', ''),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 200_000 }).map((length) => 'A'.repeat(length)),
);

/** Objects built with JSON.parse, so `__proto__` is an own key as it is after structured clone. */
export const pollutingObject: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...pollutionKeys), fc.constantFrom('polluted', 'headline', 'id', 'isAdmin'))
  .map(([key, inner]) => JSON.parse(`{"${key}": {"${inner}": "yes", "prototype": {"polluted": "yes"}}, "id": "x"}`) as unknown);

/** Any structured-clone value, with pollution keys among the object keys. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...pollutionKeys)), maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withMap: true, withSet: true, withSparseArray: true }),
  hostileString,
  pollutingObject,
);

/** Replaces one field of an object (or adds one) with a hostile value. */
export function mutated<T extends object>(base: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 10 })), anyValue, fc.boolean()).map(([value, key, hostile, useExistingKey]) => {
    const keys = Object.keys(value);
    const target = useExistingKey && keys.length > 0 ? keys[key.length % keys.length]! : key;
    const copy = structuredClone(value) as Record<string, unknown>;
    Object.defineProperty(copy, target, { value: hostile, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}
