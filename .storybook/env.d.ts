// Vite's `import.meta.glob` and `?raw` imports, which docs-pages.ts uses to read the Markdown pages.
/// <reference types="vite/client" />
