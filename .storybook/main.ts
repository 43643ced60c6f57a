import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // The MDX pages are the docs site's guides (README, API notes, …); each element's stories get a docs entry too.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The README's screenshots, at the path its images name.
  staticDirs: [{ from: '../docs/screenshots', to: '/docs/screenshots' }],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the project's vite.config.ts: its dev-server branch redirects / to the demo.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // With telemetry on, every build waits on DNS that this network never answers.
  core: { disableTelemetry: true },
};

export default config;
