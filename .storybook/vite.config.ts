import { defineConfig } from 'vite';

// Storybook's own Vite configuration: nothing beyond Storybook's defaults is needed.
export default defineConfig({});
