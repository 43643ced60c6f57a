/**
 * Contract tests: the library's record readers and `<absch-record>` over record answers that did not
 * come from our own generator: the bodies SCBD documents for each record type
 * (test/fixtures/documented/) and any document answer recorded from the real API
 * (test/fixtures/recorded/, `npm run api:record`). mock-api stores them as they are and answers them
 * through `documents/{identifier}`, so the element loads them over real HTTP like any record.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/absch-record.js';
import { asDocumentInfo } from '../../src/api/record-endpoints.js';
import type { AbschRecord } from '../../src/components/record/record.js';
import { layoutFor } from '../../src/components/record/layouts.js';
import { collectNeeds } from '../../src/components/record/record-data.js';
import { uidOf } from '../../src/components/record/record-identity.js';
import type { ContractDocument } from '../../mock-api/data/contract-documents.js';
import { apiBase, getJson, guardHostPage, plain, rendered, text } from '../helpers.js';

const documents = (await executeServerCommand<ContractDocument[] | undefined, undefined>('contract-documents')) ?? [];

type LString = Record<string, string>;
const isLString = (value: unknown): value is LString => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
/** What a reader sees of an lstring under lang="en": its English, else its first language, HTML stripped. */
const shown = (value: LString) => plain(value.en ?? Object.values(value)[0] ?? '');
const identifiers = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item: unknown) => (typeof item === 'object' && item !== null && typeof (item as { identifier?: unknown }).identifier === 'string' ? [(item as { identifier: string }).identifier] : []));

/** The record's title as the portal heads it: a focal point by its organization, the rest by title or name. */
function expectedTitle(info: ContractDocument['info']): string {
  const body = info.body;
  const candidates = info.type === 'focalPoint' ? [body.organization, info.title] : [body.title, body.name, info.title];
  const title = candidates.find(isLString);
  return title ? shown(title) : '';
}

const REFERENCE = /^[A-Za-z0-9\-_]{11,128}@[0-9]+$/;
/** The older name of a field that the body also holds under its current name, which is the one shown (cna/request-body.md). */
const SHOWN_UNDER_ANOTHER_NAME = new Set(['absPolicyBasisForCompetencyRef']);

/** Texts a record is read for: its description, whatever the type calls it. */
const DESCRIPTIONS = ['description', 'responsibilities', 'subjectMatter', 'summary'];

/** What a link to `identifier` should say: the linked record's name as the API answers it, or that it is not available. */
async function linkedName(identifier: string): Promise<string> {
  const answer = await getJson<ContractDocument['info']>(`/api/v2013/documents/${identifier}?info=true`);
  if (answer.status !== 200) return `Record ${identifier} (not available)`;
  const { title, body } = answer.body;
  const name = [title, body.name, body.title, body.organization].find((value) => isLString(value) && Object.values(value).some((v) => v.trim()));
  return name ? text(new DOMParser().parseFromString(`<p>${(name as LString).en ?? Object.values(name as LString)[0]}</p>`, 'text/html').body) : '';
}

const shownRecord = (identifier: string) => rendered<AbschRecord>(html`<absch-record uid=${identifier} hide-referenced-by api-base=${apiBase()}></absch-record>`);

describe('record answers from outside the mock (contract)', () => {
  guardHostPage();

  it('has the documented body of every record type the element lays out, served by mock-api', () => {
    const types = new Set(documents.filter((d) => d.source.startsWith('documented/')).map((d) => d.info.type));
    for (const type of ['absPermit', 'authority', 'measure', 'absCheckpoint', 'absCheckpointCommunique', 'focalPoint', 'absProcedure', 'database']) {
      expect(types, type).to.include(type);
    }
  });

  for (const { source, info } of documents) {
    describe(source, () => {
      it('is answered byte for byte by documents/{identifier}?info=true', async () => {
        const answer = await getJson(`/api/v2013/documents/${info.identifier}?info=true`);
        expect(answer.status).to.equal(200);
        expect(answer.body).to.deep.equal(info);
      });

      it("is read by the library's record readers", () => {
        const read = asDocumentInfo(info);
        expect(read.identifier).to.equal(info.identifier);
        expect(read.type).to.equal(info.type);
        expect(uidOf(read)).to.match(/^(ABSCH|CHM|BCH)-[A-Z0-9]+-[A-Z0-9-]+-\d+-\d+$/);
        const layout = layoutFor(read.type, read.body);
        expect(layout.fields.length).to.be.above(2);
        expect(() => collectNeeds(read, layout.fields)).not.to.throw();
      });

      it('is shown by <absch-record>: its title, its description, and every record it links to', async () => {
        const el = await shownRecord(info.identifier);
        const root = el.shadowRoot!;
        expect(root.querySelector('[part=error]'), text(root.querySelector('[part=error]'))).to.equal(null);
        expect(text(root.querySelector('[part=title]'))).to.equal(expectedTitle(info));
        for (const key of DESCRIPTIONS) {
          const value = info.body[key];
          const confidential = info.body[`${key}Confidential`] === true;
          if (!isLString(value) || confidential || !shown(value)) continue;
          expect(text(root.querySelector(`[part=field][data-field="${key}"] dd`)), key).to.equal(shown(value));
        }
        // every reference the record holds, found by its shape (`{identifier: 'GUID@rev'}`), not by the layout
        for (const [key, value] of Object.entries(info.body)) {
          const ids = identifiers(value).filter((id) => REFERENCE.test(id));
          if (ids.length === 0 || info.body[`${key}Confidential`] === true || SHOWN_UNDER_ANOTHER_NAME.has(key)) continue;
          const dd = root.querySelector(`[part=field][data-field="${key}"] dd`);
          const linked = [...(dd?.querySelectorAll('a[part=linked-record], .unavailable') ?? [])].map((node) => text(node));
          // each linked record by its name, or said to be unavailable (documented bodies point at records no store holds)
          expect(linked, key).to.deep.equal(await Promise.all(ids.map(linkedName)));
        }
        await expect(el).to.be.accessible();
      });
    });
  }
});
