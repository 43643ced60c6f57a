import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { parseRecordId, type DocumentInfo } from '../../src/api/record-endpoints.js';
import '../../src/define/absch-record.js';
import { configure } from '../../src/base/config.js';
import type { AbschErrorDetail, AbschLoadDetail, AbschSelectDetail } from '../../src/base/events.js';
import type { AbschRecord } from '../../src/components/record/record.js';
import { uidOf } from '../../src/components/record/record-identity.js';
import { GROUP_PREVIEW } from '../../src/components/record/referenced-by.js';
import { KEYWORD_TERMS } from '../../src/data/keyword-terms.js';
import { RECORD_TYPES } from '../../src/data/record-types.js';
import { FIXTURES, HOSTILE_IRCC } from '../../mock-api/data/fixtures.js';
import { activeAttributes, apiBase, apiRequestsSince, elementsOf, facetObject, getJson, guardHostPage, indexUrl, part, parts, plain, PUBLISHED, rendered, settled, text } from '../helpers.js';
import { describeAccessibleStates, describeApiFailures } from '../suites.js';

type Info = {
  identifier: string;
  documentID: number;
  revision: number;
  latestRevision: number;
  type: string;
  title: Record<string, string>;
  deletedOn?: string;
  body: Record<string, unknown> & { header: { identifier: string } };
};
type Ref = { identifier: string };

/** Renders a record and waits for its load to finish, successfully or not. */
const record = (template: ReturnType<typeof html>) => rendered<AbschRecord>(template);

const field = (el: Element, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part=field][data-field="${key}"]`);
const fieldValue = (el: Element, key: string) => text(field(el, key)?.querySelector('dd'));

/** mock-api's own answers, straight from the API. */
const info = async (id: string | number) => (await getJson<Info>(`/api/v2013/documents/${id}?info=true`)).body;
const documentId = (uid: string) => Number(uid.split('-')[3]);
const refs = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map((r: Ref) => r.identifier);
/** Titles in English as the API holds them, HTML stripped (what a reader sees). */

/** The title in English, else in its first language (what the element shows under lang="en"). */
const anyTitle = (title: Record<string, string>) => title.en ?? Object.values(title)[0];

async function referencedByCounts(identifier: string): Promise<Record<string, number>> {
  const { body } = await getJson<{ facet_counts: { facet_fields: { schema_s: unknown[] } } }>(
    indexUrl({ q: `referenceRecord_ss:${identifier.replace(/-/g, '\\-')}`, fq: PUBLISHED, rows: 0, facet: true, 'facet.field': 'schema_s', 'facet.mincount': 1 }),
  );
  return facetObject(body.facet_counts.facet_fields.schema_s);
}

/** Everything in the shadow root that could run script or load something active. */
const activeContent = (root: ShadowRoot): string[] => [
  ...elementsOf(root, ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'svg', 'math', 'img', 'frame']),
  ...activeAttributes(root),
];

describe('<absch-record>', () => {
  guardHostPage();
  let xssCalls = 0;

  beforeEach(() => {
    xssCalls = 0;
    (window as unknown as { __xss: () => void }).__xss = () => xssCalls++;
  });
  afterEach(() => {
    expect(xssCalls, 'no record script ran').to.equal(0);
  });

  describe('a certificate (IRCC)', () => {
    it('shows every field of the layout, names the issuing authority, and lists the communiqué that cites it', async () => {
      const ircc = await info(documentId(FIXTURES.indiaIrcc));
      const body = ircc.body as Record<string, unknown>;
      const cna = await info(refs(body.absCNA)[0]!);
      const cpc = await info(documentId(FIXTURES.cpcWithIrcc));
      const linked = new Set([...refs(body.absCNA), ...(body.providersConfidential ? [] : refs(body.providers)), ...(body.entitiesToWhomPICGrantedConfidential ? [] : refs(body.entitiesToWhomPICGranted))]);
      const loads: AbschLoadDetail[] = [];
      const since = performance.now();
      const el = await record(html`<absch-record uid=${FIXTURES.indiaIrcc.toLowerCase()} api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-record>`);
      // the record's info, the referenced-by query, India, and each linked record to name
      expect(apiRequestsSince(since).map((r) => new URL(r.name).pathname)).to.have.length(3 + linked.size);

      expect(text(part(el, 'type'))).to.equal(RECORD_TYPES.absPermit.title.en);
      expect(text(part(el, 'title'))).to.equal(ircc.title.en);
      expect(fieldValue(el, '@uid')).to.equal(FIXTURES.indiaIrcc);
      expect(fieldValue(el, 'government')).to.equal('India');
      const issuer = field(el, 'absCNA')!.querySelector<HTMLAnchorElement>('[part=linked-record]')!;
      expect(text(issuer)).to.equal(cna.title.en);
      expect(issuer.href).to.equal(`https://absch.cbd.int/en/database/CNA/ABSCH-CNA-IN-${cna.documentID}-${cna.revision}`);
      expect(fieldValue(el, 'dateOfIssuance')).to.equal(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${String(body.dateOfIssuance)}T00:00:00Z`)));
      expect(field(el, 'dateOfExpiry')!.querySelector('time')!.getAttribute('datetime')).to.equal(body.dateOfExpiry);
      for (const [key, flag] of [['providers', 'providersConfidential'], ['entitiesToWhomPICGranted', 'entitiesToWhomPICGrantedConfidential']] as const) {
        if (body[flag]) {
          expect(fieldValue(el, key), key).to.equal('Confidential');
        } else {
          const named = await info(refs(body[key])[0]!);
          expect(fieldValue(el, key), key).to.equal(named.title.en);
        }
      }
      expect(fieldValue(el, 'subjectMatter')).to.equal(plain((body.subjectMatter as Record<string, string>).en));
      expect(field(el, 'subjectMatter')!.querySelector('em'), 'harmless markup stays').to.exist;
      const keywordNames = refs(body.keywords).map((id) => KEYWORD_TERMS.find((t) => t.identifier === id)!.title.en!);
      expect(Array.from(field(el, 'keywords')!.querySelectorAll('dd span')).map(text)).to.deep.equal(keywordNames);
      expect(fieldValue(el, 'usages')).to.equal('Commercial');
      const file = field(el, 'permitFiles')!.querySelector('a')!;
      expect(file.href).to.equal((body.permitFiles as { url: string }[])[0]!.url);
      expect(file.rel).to.equal('noopener noreferrer');

      const communiques = el.shadowRoot!.querySelector('[part=referenced-type][data-schema=absCheckpointCommunique]')!;
      expect(text(communiques.querySelector('.type-name'))).to.equal(RECORD_TYPES.absCheckpointCommunique.title.en);
      expect(text(communiques.querySelector('[part=count]'))).to.equal('1');
      expect(communiques.querySelector('.via')!.getAttribute('data-field')).to.equal('absIRCCs');
      const link = communiques.querySelector<HTMLAnchorElement>('[part=referenced-record] a')!;
      expect(text(link)).to.equal(cpc.title.en);
      expect(link.href).to.equal(`https://absch.cbd.int/en/database/CPC/${FIXTURES.cpcWithIrcc}`);
      expect(text(part(el, 'referenced-total'))).to.equal('1 published record refers to this one.');
      expect(loads).to.deep.equal([{ uid: FIXTURES.indiaIrcc, schema: 'absPermit', referencedBy: 1 }]);
      expect(part(el, 'portal-link')!.getAttribute('href')).to.equal(`https://absch.cbd.int/en/database/IRCC/${FIXTURES.indiaIrcc}`);
      await expect(el).to.be.accessible();
    });

    it('marks a revoked certificate and gives the reason', async () => {
      const revoked = await info(documentId(FIXTURES.revokedIrcc));
      const el = await record(html`<absch-record uid=${FIXTURES.revokedIrcc} api-base=${apiBase()}></absch-record>`);
      expect(text(el.shadowRoot!.querySelector('[part=badge][data-badge=revoked]'))).to.equal('Revoked');
      const notice = el.shadowRoot!.querySelector('[part=notice][data-notice=revoked]')!;
      expect(text(notice.querySelector('.notice-title'))).to.equal('This certificate was revoked.');
      expect(text(notice.querySelector('.rich-text'))).to.equal(plain((revoked.body.amendmentDescription as Record<string, string>).en));
      await expect(el).to.be.accessible();
    });

    it('marks an expired certificate', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.expiredIrcc} api-base=${apiBase()}></absch-record>`);
      expect(el.shadowRoot!.querySelector('header [data-badge=expired]')).to.exist;
      expect(text(field(el, 'dateOfExpiry')!.querySelector('[data-badge=expired]'))).to.equal('Expired');
    });

    it('shows a French-only certificate under lang="en" in French, says so once, and marks it', async () => {
      const french = await info(documentId(FIXTURES.frenchOnlyTitle));
      const el = await record(html`<absch-record lang="en" uid=${FIXTURES.frenchOnlyTitle} api-base=${apiBase()}></absch-record>`);
      const title = part(el, 'title')!;
      expect(text(title)).to.equal(french.title.fr);
      expect(title.getAttribute('lang')).to.equal('fr');
      const notes = parts(el, 'fallback-note');
      expect(notes.map(text)).to.deep.equal(['Shown in French: not available in English.']);
      expect(field(el, 'subjectMatter')!.querySelector('[lang=fr]'), 'the text is marked French').to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('a competent national authority (Kenya)', () => {
    it('lists its certificates under "referenced by", counted as mock-api counts them, with the measures it rests on', async () => {
      const cna = await info(documentId(FIXTURES.kenyaCnaUid));
      const expected = await referencedByCounts(FIXTURES.kenyaCna);
      const measures = refs(cna.body.policyBasisForCompetencyRef);
      const since = performance.now();
      const el = await record(html`<absch-record uid=${FIXTURES.kenyaCnaUid} api-base=${apiBase()}></absch-record>`);
      // info, referenced-by, Kenya, the jurisdiction term (no built-in name), each measure
      expect(apiRequestsSince(since)).to.have.length(4 + measures.length);
      expect(text(part(el, 'title'))).to.equal(cna.title.en);
      expect(fieldValue(el, 'absJurisdiction')).to.equal('National / Federal');
      expect(Array.from(field(el, 'policyBasisForCompetencyRef')!.querySelectorAll('[part=linked-record]')).map(text)).to.deep.equal(
        await Promise.all(measures.map(async (ref) => anyTitle((await info(ref)).title))),
      );
      expect(field(el, 'address')!.textContent).to.contain('Kenya');

      const permits = el.shadowRoot!.querySelector('[part=referenced-type][data-schema=absPermit]')!;
      expect(Number(text(permits.querySelector('[part=count]')))).to.equal(expected.absPermit);
      expect(permits.querySelector('.via')!.getAttribute('data-field')).to.equal('absCNA');
      expect(text(permits.querySelector('[part=referenced-field]'))).to.match(/^Through the field “Issuing competent national authority” \d+$/);
      const total = Object.values(expected).reduce((a, b) => a + b, 0);
      expect(text(part(el, 'referenced-total'))).to.equal(`${total} published records refer to this one.`);
      expect(parts(el, 'referenced-record')).to.have.length(Math.min(GROUP_PREVIEW, expected.absPermit));
      await expect(el).to.be.accessible();
    });

    it('shows every certificate on "Show all", and moves focus to the first one revealed', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.kenyaCna} api-base=${apiBase()}></absch-record>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-schema=absPermit] [part=show-all]')!;
      const expected = (await referencedByCounts(FIXTURES.kenyaCna)).absPermit!;
      expect(text(button)).to.equal(`Show all ${expected} records`);
      const since = performance.now();
      button.focus();
      button.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.hasAttribute('data-first-revealed'), 'focus did not move');
      expect(el.shadowRoot!.querySelectorAll('[data-schema=absPermit] [part=referenced-record]')).to.have.length(expected);
      expect(el.shadowRoot!.querySelector('[data-schema=absPermit] [part=show-all]')).to.equal(null);
      expect(apiRequestsSince(since)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('accepts the GUID and asks for the record and its referencing records at the same time', async () => {
      const since = performance.now();
      const el = await record(html`<absch-record uid=${FIXTURES.kenyaCna} hide-referenced-by api-base=${apiBase()}></absch-record>`);
      expect(fieldValue(el, '@uid')).to.equal(FIXTURES.kenyaCnaUid);
      expect(part(el, 'referenced-by')).to.equal(null);
      const requests = apiRequestsSince(since).map((r) => new URL(r.name).pathname);
      expect(requests.filter((path) => path.includes('/index'))).to.have.length(0);
    });
  });

  describe('a measure', () => {
    it('names its type, status and jurisdiction from the thesaurus, with its dates, description and text', async () => {
      const measure = await info(documentId(FIXTURES.longTitle));
      const body = measure.body as Record<string, unknown>;
      const terms = ['type', 'status', 'jurisdiction'].map((key) => (body[key] as Ref).identifier);
      const titles = await Promise.all(terms.map(async (id) => (await getJson<{ title: { en: string } }>(`/api/v2013/thesaurus/terms/${id}`)).body.title.en));
      const since = performance.now();
      const loads: AbschLoadDetail[] = [];
      const el = await record(html`<absch-record uid=${FIXTURES.longTitle} api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-record>`);
      // info, referenced-by, the EU, three terms
      expect(apiRequestsSince(since)).to.have.length(3 + new Set(terms).size);
      expect(text(part(el, 'type'))).to.equal(RECORD_TYPES.measure.title.en);
      expect(text(part(el, 'title'))).to.equal(measure.title.en);
      expect(fieldValue(el, 'government')).to.equal('European Union');
      expect(['type', 'status', 'jurisdiction'].map((key) => fieldValue(el, key))).to.deep.equal(titles);
      expect(field(el, 'adoption')!.querySelector('time')!.getAttribute('datetime')).to.equal(body.adoption);
      // the API's fields (components/msr/request-body.md): `description`, `documents`
      expect(fieldValue(el, 'description')).to.equal(plain((body.description as Record<string, string>).en));
      expect(text(field(el, 'description')?.querySelector('dt'))).to.equal('Description');
      expect(field(el, 'documents')!.querySelector('a')!.href).to.equal((body.documents as { url: string }[])[0]!.url);
      expect(text(field(el, 'documents')?.querySelector('dt'))).to.equal('Text of the measure');
      expect(loads[0]!.schema).to.equal('measure');
      await expect(el).to.be.accessible();
    });
  });

  /** The stored documents of the published records of one type in one country, from mock-api's index. */
  async function infosOf(schema: string, government: string): Promise<Info[]> {
    const { body } = await getJson<{ response: { docs: { identifier_s: string }[] } }>(
      indexUrl({ q: `schema_s:${schema}`, fq: [...PUBLISHED, `government_s:${government}`], fl: 'identifier_s', rows: 50 }),
    );
    return Promise.all(body.response.docs.map((doc) => info(doc.identifier_s)));
  }

  describe('a checkpoint', () => {
    it('shows its responsibilities and the authorities its communiqués go to, by name (components/cp/request-body.md)', async () => {
      const checkpoints = await infosOf('absCheckpoint', 'de');
      const informing = checkpoints.find((cp) => cp.body.contactsToInform !== undefined)!;
      const toAll = checkpoints.find((cp) => cp.body.informAllAuthorities === true)!;
      const authority = await info(refs(informing.body.contactsToInform)[0]!);
      const el = await record(html`<absch-record uid=${informing.identifier} hide-referenced-by api-base=${apiBase()}></absch-record>`);
      expect(text(part(el, 'title'))).to.equal(anyTitle(informing.body.name as Record<string, string>));
      expect(fieldValue(el, 'responsibilities')).to.equal(plain(anyTitle(informing.body.responsibilities as Record<string, string>)!));
      expect(text(field(el, 'contactsToInform')?.querySelector('dt'))).to.equal('Authorities that receive its communiqués');
      expect(fieldValue(el, 'contactsToInform')).to.equal(anyTitle(authority.title));
      expect(fieldValue(el, 'informAllAuthorities')).to.equal('No');
      await expect(el).to.be.accessible();
      el.uid = toAll.identifier;
      await elementUpdated(el);
      await settled(el);
      expect(fieldValue(el, 'informAllAuthorities')).to.equal('Yes');
      expect(field(el, 'contactsToInform')).to.equal(null);
    });
  });

  describe('a focal point', () => {
    it('opens by its UID with the four-digit number, through its hex identifier, and shows the person', async () => {
      const [nfp] = await infosOf('focalPoint', 'ke');
      const number = parseInt(nfp!.identifier.slice(15), 16);
      const uid = `CHM-NFP-KE-${number}-${nfp!.revision}`;
      const since = performance.now();
      const el = await record(html`<absch-record uid=${uid} hide-referenced-by api-base=${apiBase()}></absch-record>`);
      const documentRequest = apiRequestsSince(since).find((r) => r.name.includes('/documents/'))!;
      expect(new URL(documentRequest.name).pathname).to.match(new RegExp(`/api/v2013/documents/${nfp!.identifier}@${nfp!.revision}$`));
      expect(nfp!.identifier).to.match(/^52000000cbd022[0-9a-f]{10}$/);
      expect(fieldValue(el, '@uid')).to.equal(uid);
      const body = nfp!.body as Record<string, unknown>;
      expect(fieldValue(el, 'title')).to.equal(`${anyTitle(body.title as Record<string, string>)} ${String(body.firstName)} ${String(body.lastName)}`);
      expect(fieldValue(el, 'organization')).to.equal(anyTitle(body.organization as Record<string, string>));
      await expect(el).to.be.accessible();
    });
  });

  describe('a checkpoint communiqué', () => {
    it('names its checkpoint and the certificate it concerns, linked, with the source country', async () => {
      const cpc = await info(documentId(FIXTURES.cpcWithIrcc));
      const checkpoint = await info(refs(cpc.body.absCheckpoints)[0]!);
      const el = await record(html`<absch-record uid=${FIXTURES.cpcWithIrcc} api-base=${apiBase()}></absch-record>`);
      expect(text(part(el, 'type'))).to.equal(RECORD_TYPES.absCheckpointCommunique.title.en);
      expect(fieldValue(el, 'government')).to.equal('Germany');
      expect(fieldValue(el, 'absCheckpoints')).to.equal(checkpoint.title.en);
      const ircc = field(el, 'absIRCCs')!.querySelector<HTMLAnchorElement>('[part=linked-record]')!;
      expect(ircc.dataset.uid).to.equal(FIXTURES.indiaIrcc);
      expect(ircc.href).to.equal(`https://absch.cbd.int/en/database/IRCC/${FIXTURES.indiaIrcc}`);
      expect(fieldValue(el, 'sourceCountries')).to.equal('India');
      expect(field(el, 'dateOfAccess')!.querySelector('time')!.getAttribute('datetime')).to.equal(cpc.body.dateOfAccess);
      expect(text(part(el, 'referenced-total'))).to.equal('No published record refers to this one.');
      await expect(el).to.be.accessible();
    });

    it('fires a cancelable absch-select on a linked record, so a host can show it in place', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.cpcWithIrcc} api-base=${apiBase()}></absch-record>`);
      const link = field(el, 'absIRCCs')!.querySelector<HTMLAnchorElement>('[part=linked-record]')!;
      el.addEventListener('absch-select', (event) => {
        event.preventDefault();
        el.uid = event.detail.uid;
      }, { once: true });
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'absch-select')) as CustomEvent<AbschSelectDetail>;
      expect(event.defaultPrevented).to.equal(true);
      expect(event.detail).to.deep.equal({ uid: FIXTURES.indiaIrcc, schema: 'absPermit', url: link.href });
      await waitUntil(() => text(part(el, 'type')) === RECORD_TYPES.absPermit.title.en, 'the host did not swap the record', { timeout: 10000 });
      await settled(el);
      expect(fieldValue(el, '@uid')).to.equal(FIXTURES.indiaIrcc);
    });

    it('fires absch-select on a referencing record too', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${apiBase()}></absch-record>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=referenced-record] a')!;
      el.addEventListener('absch-select', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'absch-select')) as CustomEvent<AbschSelectDetail>;
      expect(event.detail).to.deep.equal({ uid: FIXTURES.cpcWithIrcc, schema: 'absCheckpointCommunique', url: link.href });
    });
  });

  describe('hostile content', () => {
    it('drops the <script> and <img onerror> of a measure description, keeps its text, and runs nothing', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.hostileMeasure} api-base=${apiBase()}></absch-record>`);
      await aTimeout(300);
      const summary = field(el, 'description')!;
      expect(summary.textContent).to.contain('See the annex');
      expect(summary.textContent).not.to.contain('alert(1)');
      expect(activeContent(el.shadowRoot!)).to.deep.equal([]);
      expect(xssCalls).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('removes the javascript: link of a resource (generic layout) and opens the safe one in a new tab', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.hostileResource} api-base=${apiBase()}></absch-record>`);
      expect(text(part(el, 'type'))).to.equal(RECORD_TYPES.resource.title.en);
      const links = Array.from(field(el, 'summary')!.querySelectorAll('a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.example.org/library/2012/1.pdf', null]);
      expect(links[0]!.target).to.equal('_blank');
      expect(links[0]!.rel).to.equal('noopener noreferrer');
      links[1]!.click();
      await aTimeout(300);
      expect(activeContent(el.shadowRoot!)).to.deep.equal([]);
      expect(xssCalls).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows titles, names, identifiers and links of a hostile record as text, never as markup', async () => {
      const { payload } = HOSTILE_IRCC;
      const stored = await info(documentId(FIXTURES.hostileIrcc));
      expect(stored.body).to.deep.include({ title: { en: payload }, referenceToNationalPermit: { en: payload }, keywords: [{ identifier: payload, customValue: { en: payload } }], permitFiles: HOSTILE_IRCC.permitFiles });
      const el = await record(html`<absch-record uid=${FIXTURES.hostileIrcc} api-base=${apiBase()}></absch-record>`);
      await aTimeout(300);
      expect(text(part(el, 'title'))).to.equal(payload.replace(/\s+/g, ' '));
      expect(fieldValue(el, 'keywords')).to.equal(payload.replace(/\s+/g, ' '));
      expect(Array.from(field(el, 'permitFiles')!.querySelectorAll('a'))).to.have.length(0);
      expect(activeContent(el.shadowRoot!)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      expect(xssCalls).to.equal(0);
    });
  });

  describe('bad input', () => {
    it('parses every string without throwing, and sends only identifier characters to the API (fast-check)', () => {
      const odd = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom('ke) OR *:*', '"><img src=x onerror=window.__xss()>', '../../x', 'ABSCH-IRCC-IN-1-1 OR 1=1', `${FIXTURES.kenyaCna}@1@2`, '\u0000'),
        fc.tuple(fc.constantFrom('absch', 'CHM', 'Scbd'), fc.stringMatching(/^[A-Za-z0-9]{0,6}$/), fc.stringMatching(/^[A-Za-z]{0,4}$/), fc.nat(), fc.integer({ min: -2, max: 20 })).map((p) => p.join('-')),
      );
      fc.assert(
        fc.property(odd, (value) => {
          const id = parseRecordId(value);
          if (id) expect(id.path).to.match(/^[A-Za-z0-9\-_]+(@[1-9][0-9]*)?$/);
        }),
        { numRuns: 2000 },
      );
    });

    it('reads the three accepted forms', () => {
      // the revision the UID names, as the portal opens it (record-loader.directive.js L231–233)
      expect(parseRecordId(' absch-ircc-in-207343-1 ')).to.deep.include({ kind: 'uid', uid: 'ABSCH-IRCC-IN-207343-1', documentId: 207343, revision: 1, path: '207343@1' });
      expect(parseRecordId('ABSCH-IRCC-IN-207343')).to.deep.include({ kind: 'uid', documentId: 207343, path: '207343' });
      expect(parseRecordId('CHM-NFP-KE-12345-2')).to.deep.include({ kind: 'uid', prefix: 'CHM', shortCode: 'NFP', government: 'KE', path: '12345@2' });
      // a four-digit focal point number becomes its hex identifier (common.js integerToHex): 1234 = 0x4d2
      expect(parseRecordId('chm-nfp-ke-1234-1')).to.deep.include({ kind: 'uid', documentId: 1234, path: '52000000cbd02200000004d2@1' });
      expect(parseRecordId('CHM-NFP-KE-1234')).to.deep.include({ path: '52000000cbd02200000004d2' });
      expect(parseRecordId('ABSCH-VLR-SCBD-207350-1')).to.deep.include({ kind: 'uid', government: 'SCBD' });
      expect(parseRecordId('ABSCH-A19A20-SCBD-1234-1')).to.deep.include({ kind: 'uid', shortCode: 'A19A20' });
      expect(parseRecordId(FIXTURES.kenyaCna)).to.deep.equal({ kind: 'guid', identifier: FIXTURES.kenyaCna, path: FIXTURES.kenyaCna });
      expect(parseRecordId(`${FIXTURES.kenyaCna}@3`)).to.deep.equal({ kind: 'guid', identifier: FIXTURES.kenyaCna, revision: 3, path: `${FIXTURES.kenyaCna}@3` });
    });

    it("builds the UID it shows with the prefix of the record's realm (the portal's filters.js)", () => {
      const info = (realm: string | undefined, type: string) =>
        ({ identifier: 'X', documentID: 42, revision: 3, type, body: { header: { identifier: 'X', schema: type } }, ...(realm ? { realm } : {}) }) as DocumentInfo;
      expect(uidOf(info('ABS', 'resource'))).to.equal('ABSCH-VLR-SCBD-42-3');
      expect(uidOf(info('CHM', 'resource'))).to.equal('CHM-VLR-SCBD-42-3');
      expect(uidOf(info('ABS-DEV', 'resource'))).to.equal('ABSCH-VLR-SCBD-42-3');
      expect(uidOf(info(undefined, 'focalPoint'))).to.equal('CHM-NFP-SCBD-42-3');
      expect(uidOf(info('XYZ', 'resource'))).to.equal('ABSCH-VLR-SCBD-42-3');
    });

    const malformed = ['', '   ', 'ABSCH-IRCC-IN', 'CHM-NFP-KE-12a4-1', 'ke) OR *:*', '"><img src=x onerror=window.__xss()>', 'short', 'ABSCH-IRCC-IN-207343-0', `${FIXTURES.kenyaCna}@0`, `${FIXTURES.kenyaCna}@x`, 'a'.repeat(200), '../../countries/KE'];
    for (const uid of malformed) {
      it(`rejects ${JSON.stringify(uid.length > 40 ? `${uid.slice(0, 40)}…` : uid)} before any request, with a clear message and absch-error`, async () => {
        const since = performance.now();
        const errors: AbschErrorDetail[] = [];
        const el = await record(html`<absch-record uid=${uid} api-base=${apiBase()} @absch-error=${(e: CustomEvent<AbschErrorDetail>) => errors.push(e.detail)}></absch-record>`);
        const message = text(part(el, 'error'));
        expect(message).to.match(uid.trim() === '' ? /^No record is set\./ : /is not a record identifier\. Give a unique identifier such as ABSCH-IRCC-IN-207343-1\.$/);
        expect(part(el, 'retry')).to.equal(null);
        expect(errors).to.deep.equal([{ status: 0, kind: 'invalid-input', message }]);
        expect(apiRequestsSince(since)).to.have.length(0);
        expect(activeContent(el.shadowRoot!)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    for (const uid of ['ABSCH-IRCC-IN-999999-1', `ABSCH-CNA-IN-${documentId(FIXTURES.indiaIrcc)}-1`, `ABSCH-IRCC-KE-${documentId(FIXTURES.indiaIrcc)}-1`, `ABSCH-IRCC-IN-${documentId(FIXTURES.indiaIrcc)}-9`, 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE']) {
      it(`says that ${uid} is not published, after one request`, async () => {
        const since = performance.now();
        const errors: AbschErrorDetail[] = [];
        const el = await record(html`<absch-record uid=${uid} hide-referenced-by api-base=${apiBase()} @absch-error=${(e: CustomEvent<AbschErrorDetail>) => errors.push(e.detail)}></absch-record>`);
        expect(text(part(el, 'error'))).to.equal(`No record with the identifier “${uid}” is published.`);
        await expect(el).to.be.accessible();
        expect(errors.map((e) => [e.status, e.kind])).to.deep.equal([[404, 'not-found']]);
        const requests = apiRequestsSince(since);
        // (test/worlds/ shows the same message where the API's 404 carries no CORS headers)
        expect(requests).to.have.length(1);
        expect(new URL(requests[0]!.name).pathname).to.contain('/api/v2013/documents/');
      });
    }

    it('says when a record was deleted', async () => {
      const uid = FIXTURES.deletedIrcc;
      // as on api.cbd.int: unknown without include-deleted=true, and with it the info says when
      expect((await getJson(`/api/v2013/documents/${documentId(uid)}?info=true`)).status).to.equal(404);
      expect((await getJson<Info>(`/api/v2013/documents/${documentId(uid)}?info=true&include-deleted=true`)).body.deletedOn).to.equal(FIXTURES.deletedIrccOn);
      const el = await record(html`<absch-record uid=${uid} api-base=${apiBase()}></absch-record>`);
      expect(text(part(el, 'error'))).to.equal(`The record ${uid} was deleted on 30 September 2019; it is no longer published.`);
      expect(part(el, 'retry')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows an earlier revision asked for by GUID@rev, and says which is the latest', async () => {
      const revoked = await info(documentId(FIXTURES.revokedIrcc));
      const el = await record(html`<absch-record uid=${`${revoked.identifier}@1`} api-base=${apiBase()}></absch-record>`);
      expect(fieldValue(el, '@uid')).to.equal(FIXTURES.revokedIrcc.replace(/-2$/, '-1'));
      expect(text(el.shadowRoot!.querySelector('[data-notice=older-revision]'))).to.equal('This is revision 1 of the record; the latest is revision 2.');
      expect(el.shadowRoot!.querySelector('[data-badge=revoked]')).to.equal(null);
    });

    it('opens the revision a UID names, not the latest (audit finding 5)', async () => {
      const since = performance.now();
      const uid = FIXTURES.revokedIrcc.replace(/-2$/, '-1');
      const el = await record(html`<absch-record uid=${uid} hide-referenced-by api-base=${apiBase()}></absch-record>`);
      const documentRequest = apiRequestsSince(since).find((r) => r.name.includes('/documents/'))!;
      expect(new URL(documentRequest.name).pathname).to.match(new RegExp(`/api/v2013/documents/${documentId(uid)}@1$`));
      expect(fieldValue(el, '@uid')).to.equal(uid);
      expect(text(el.shadowRoot!.querySelector('[data-notice=older-revision]'))).to.equal('This is revision 1 of the record; the latest is revision 2.');
      expect(el.shadowRoot!.querySelector('[data-badge=revoked]')).to.equal(null);
      await expect(el).to.be.accessible();
      el.uid = FIXTURES.revokedIrcc;
      await elementUpdated(el);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[data-badge=revoked]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[data-notice=older-revision]')).to.equal(null);
    });
  });

  describe('a failing API', () => {
    beforeEach(() => configure({ retries: 0, timeout: 1000 }));

    it('still shows the record when only "referenced by" fails, and retries it', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${apiBase({ status: 500, times: 1, only: 'index' })}></absch-record>`);
      expect(part(el, 'title')).to.exist;
      const section = part(el, 'referenced-by')!;
      expect(text(section.querySelector('[part=error]'))).to.contain('The records that refer to this one could not be loaded.');
      await expect(el).to.be.accessible();
      const since = performance.now();
      section.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await waitUntil(() => part(el, 'referenced-total'), 'retry did not load', { timeout: 5000 });
      // only what failed is asked again; the rest comes from the cache
      expect(apiRequestsSince(since)).to.have.length(1);
    });

    it('names a linked record by its identifier when it cannot be loaded', async () => {
      const ircc = await info(documentId(FIXTURES.irccWithMissingCna));
      const cnaRef = refs(ircc.body.absCNA)[0]!;
      expect(cnaRef.split('@')[0]).to.equal(FIXTURES.missingCna);
      expect((await getJson(`/api/v2013/documents/${cnaRef}?info=true&include-deleted=true`)).status).to.equal(404);
      const el = await record(html`<absch-record uid=${FIXTURES.irccWithMissingCna} api-base=${apiBase()}></absch-record>`);
      expect(fieldValue(el, 'absCNA')).to.equal(`Record ${cnaRef} (not available)`);
      expect(part(el, 'referenced-by')).to.exist;
    });

  });

  describeApiFailures<AbschRecord>({
    template: (base) => html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${base}></absch-record>`,
    retried: ['documents'],
    loaded: (el) => part(el, 'title'),
  });

  it('renders only the newest record when uid changes while a request is in flight', async () => {
    const el = await fixture<AbschRecord>(html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${apiBase({ delay: 800 })}></absch-record>`);
    await aTimeout(50);
    el.apiBase = apiBase();
    el.uid = FIXTURES.kenyaCnaUid;
    await waitUntil(() => fieldValue(el, '@uid') === FIXTURES.kenyaCnaUid, 'the CNA did not render', { timeout: 5000 });
    await aTimeout(1200);
    expect(fieldValue(el, '@uid')).to.equal(FIXTURES.kenyaCnaUid);
  });

  it('asks for nothing twice: two records of one page share the linked authority and the country', async () => {
    const since = performance.now();
    const base = apiBase();
    const one = await record(html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${base}></absch-record>`);
    const afterFirst = apiRequestsSince(since).length;
    const two = await record(html`<absch-record uid=${FIXTURES.indiaIrcc.toLowerCase()} api-base=${base}></absch-record>`);
    expect(apiRequestsSince(since)).to.have.length(afterFirst);
    expect(fieldValue(two, 'absCNA')).to.equal(fieldValue(one, 'absCNA'));
  });

  describeAccessibleStates<AbschRecord>({
    template: (base) => html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${base}></absch-record>`,
    skeletons: 7,
  });

  describe('languages', () => {
    it('writes Arabic right-to-left, with the official Arabic type name, keyword names and country', async () => {
      const ircc = await info(documentId(FIXTURES.indiaIrcc));
      const el = await record(html`<absch-record lang="ar" uid=${FIXTURES.indiaIrcc} api-base=${apiBase()}></absch-record>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(text(part(el, 'type'))).to.equal(RECORD_TYPES.absPermit.title.ar);
      const keyword = refs(ircc.body.keywords)[0]!;
      expect(text(field(el, 'keywords')!.querySelector('dd span'))).to.equal(KEYWORD_TERMS.find((t) => t.identifier === keyword)!.title.ar);
      expect(fieldValue(el, 'government')).to.equal('الهند');
      expect(fieldValue(el, 'usages')).to.equal('تجاري');
      // the English-only title is marked as English, written left-to-right
      expect(part(el, 'title')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'title')!.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[data-field="@uid"] dd span')!).direction).to.equal('ltr');
      expect(text(el.shadowRoot!.querySelector('[data-schema=absCheckpointCommunique] .type-name'))).to.equal(RECORD_TYPES.absCheckpointCommunique.title.ar);
      await expect(el).to.be.accessible();
    });

    for (const lang of ['es', 'fr', 'ru', 'zh'] as const) {
      it(`speaks ${lang}: type and keyword names`, async () => {
        const el = await record(html`<absch-record lang=${lang} uid=${FIXTURES.indiaIrcc} api-base=${apiBase()}></absch-record>`);
        expect(text(part(el, 'type'))).to.equal(RECORD_TYPES.absPermit.title[lang]);
        expect(part(el, 'base')!.getAttribute('lang')).to.equal(lang);
      });
    }

    it('follows a change of <html lang> without a new request', async () => {
      const el = await record(html`<absch-record uid=${FIXTURES.kenyaCnaUid} api-base=${apiBase()}></absch-record>`);
      const since = performance.now();
      document.documentElement.lang = 'fr';
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'fr', 'did not switch', { timeout: 5000 });
      await el.localeReady();
      expect(text(part(el, 'type'))).to.equal(RECORD_TYPES.authority.title.fr);
      expect(fieldValue(el, 'absJurisdiction')).to.equal('National / fédéral');
      expect(apiRequestsSince(since)).to.have.length(0);
      await elementUpdated(el);
    });
  });
});
