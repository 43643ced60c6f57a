import type { Plugin, UserConfig } from 'vite';

/** Serves mock-api inside the dev server, so the demo needs no second process. */
function mockApi(): Plugin {
  return {
    name: 'absch-mock-api',
    // Loaded only when serving, so that builds do not depend on the mock.
    async configureServer(server) {
      const [{ generateSnapshot }, { createHandler }, { toNodeListener }] = await Promise.all([
        import('../mock-api/data/generate.ts'),
        import('../mock-api/handler.ts'),
        import('../mock-api/node-adapter.ts'),
      ]);
      server.middlewares.use(toNodeListener(createHandler(generateSnapshot(new Date()))));
    },
  };
}

/** The URL Vite prints opens the demo: `/` leads to `/demo/`. */
function demoAtRoot(): Plugin {
  return {
    name: 'absch-demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/') return next();
        res.writeHead(302, { Location: '/demo/' }).end();
      });
    },
  };
}

/** `vite` (npm start): the demo pages in demo/, with mock-api answering /api/… on the same origin. */
export function devServer(): UserConfig {
  return {
    server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173 },
    plugins: [mockApi(), demoAtRoot()],
  };
}
