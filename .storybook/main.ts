import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the project's vite.config.ts: its dev-server branch redirects / to the demo.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // With telemetry on, every build waits on DNS that this network never answers.
  core: { disableTelemetry: true },
};

export default config;
