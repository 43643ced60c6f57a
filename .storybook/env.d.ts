// Vite's `import.meta.glob` and `?raw` imports, which markdown-sources.ts uses to read the Markdown pages.
/// <reference types="vite/client" />
