import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/base/define.js';
import { VERSION } from '../../src/base/version.js';

describe('defineElement', () => {
  it('defines a free tag, and a second definition neither throws nor replaces it', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    defineElement('absch-test-once', First);
    expect(() => defineElement('absch-test-once', Second)).not.to.throw();
    expect(customElements.get('absch-test-once')).to.equal(First);
  });

  it('warns, naming both versions, only when another version owns the tag', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Mine extends LitElement {}
      class Foreign extends LitElement {}
      defineElement('absch-test-same', Mine);
      defineElement('absch-test-same', class extends LitElement {});
      customElements.define('absch-test-foreign', Foreign);
      defineElement('absch-test-foreign', Mine);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([`absch-widgets: <absch-test-foreign> is already defined by version unknown; version ${VERSION} is not used for it.`]);
  });

  it('knows the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
