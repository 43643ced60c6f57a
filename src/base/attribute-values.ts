/**
 * Reading attribute values the same way in every element: list-valued ones (`sections="status counts"`,
 * `country="in, fr"`), and the warning that names a value an element corrects.
 */

/** The words of an attribute value, split on spaces and commas. */
export function attributeWords(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Warns, naming the element and the attribute, about the words of `value` that are not `known` (compared lower-case). */
export function warnUnknownWords(tag: string, attribute: string, value: string, known: readonly string[]): void {
  const unknown = attributeWords(value.toLowerCase()).filter((word) => !known.includes(word));
  if (unknown.length) console.warn(`<${tag}>: ${attribute} has unknown values (${unknown.join(', ')}); known: ${known.join(', ')}.`);
}

/** Warns, naming the element and the attribute, that `value` is not `expected`, and says what the element does `instead`. */
export function warnAttribute(tag: string, attribute: string, value: string, expected: string, instead: string): void {
  console.warn(`<${tag}>: ${attribute}="${value}" is not ${expected}; ${instead}.`);
}
