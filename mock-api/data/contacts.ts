/**
 * Contacts that IRCCs name as providers and as the entities to whom PIC was granted. They are stored
 * documents (so `providers`/`entitiesToWhomPICGranted` references resolve) but are not indexed:
 * Table 1 does not count contacts, and the site hides unlinked contacts from search anyway.
 */
import type { Context } from './context.js';
import { parseYmd } from './dates.js';
import type { MockRecord } from './model.js';
import { tri, type Tri } from './phrases.js';
import type { Rng } from './random.js';

/** Domestic holders of genetic resources. */
const PROVIDERS: readonly Tri[] = [
  tri('National Herbarium', 'Herbier national', 'Herbario Nacional'),
  tri('Agricultural Research Institute', 'Institut de recherche agricole', 'Instituto de Investigación Agrícola'),
  tri('Community Forest Association', 'Association forestière communautaire', 'Asociación Forestal Comunitaria'),
  tri('University Botanic Garden', 'Jardin botanique universitaire', 'Jardín Botánico Universitario'),
  tri('Traditional Healers Association', 'Association des tradipraticiens', 'Asociación de Médicos Tradicionales'),
];

/** Users of genetic resources, with their country (generic names: no real institution is implied). */
const USERS: readonly (readonly [string, Tri])[] = [
  ['de', tri('Institute of Plant Sciences', 'Institut des sciences végétales', 'Instituto de Ciencias Vegetales')],
  ['fr', tri('Marine Biotechnology Laboratory', 'Laboratoire de biotechnologie marine', 'Laboratorio de Biotecnología Marina')],
  ['gb', tri('Natural Products Research Group', 'Groupe de recherche sur les produits naturels', 'Grupo de Investigación en Productos Naturales')],
  ['ch', tri('Cosmetic Ingredients Company Ltd.', "Société d'ingrédients cosmétiques SA", 'Compañía de Ingredientes Cosméticos S.A.')],
  ['jp', tri('Enzyme Research Laboratory', 'Laboratoire de recherche sur les enzymes', 'Laboratorio de Investigación de Enzimas')],
  ['us', tri('Botanical Research Institute', 'Institut de recherche botanique', 'Instituto de Investigación Botánica')],
  ['nl', tri('Seed Breeding Company B.V.', 'Société de sélection de semences', 'Empresa de Mejoramiento de Semillas')],
  ['in', tri('Institute of Ayurvedic Research', 'Institut de recherche ayurvédique', 'Instituto de Investigación Ayurvédica')],
  ['es', tri('Biodiversity Research Institute', 'Institut de recherche sur la biodiversité', 'Instituto de Investigación en Biodiversidad')],
];

export class ContactBook {
  private readonly made = new Map<string, MockRecord>();

  constructor(private readonly ctx: Context, private readonly rng: Rng) {}

  /** One of the country's provider contacts (at most five per country, created on first use). */
  provider(gov: string): MockRecord {
    const i = this.rng.int(0, PROVIDERS.length - 1);
    return this.contact(`${gov}:provider:${i}`, gov, PROVIDERS[i] as Tri, 'provider');
  }

  /** A user of genetic resources, mostly from abroad. */
  user(): MockRecord {
    const [country, name] = this.rng.pick(USERS);
    return this.contact(`user:${country}`, country, name, 'user');
  }

  private contact(key: string, country: string, name: Tri, role: string): MockRecord {
    const existing = this.made.get(key);
    if (existing) return existing;
    const record = this.ctx.newRecord({
      schema: 'contact', government: country, rng: this.rng, title: name,
      languages: this.ctx.languages(this.rng, country), created: parseYmd('2015-01-15'),
    });
    record.body = {
      type: 'organization',
      organization: record.title,
      country: { identifier: country },
      emails: [`${role}.${this.made.size + 1}.${country}@example.org`],
    };
    this.made.set(key, record);
    return record;
  }
}
