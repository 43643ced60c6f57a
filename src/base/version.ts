/** The library's version, kept equal to package.json's by a test; names versions in the double-load warning. */
export const VERSION = '0.1.0';
