/**
 * Storybook runs mock-api's handler inside the page: requests to this origin's /api/ and /__mock/
 * paths are answered by it, so stories work in `storybook dev` and in the static build alike,
 * with no server and no internet. The elements call fetch as usual and know nothing of this.
 */
import { generateSnapshot } from '../mock-api/data/generate.ts';
import { createHandler } from '../mock-api/handler.ts';

export function installMockApi(): void {
  const handle = createHandler(generateSnapshot(new Date()));
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const ours = url.origin === location.origin && (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__mock/'));
    return ours ? handle(request) : realFetch(input, init);
  };
}
