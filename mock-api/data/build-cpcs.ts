/**
 * Checkpoint communiqués: Germany 7, Denmark 4, Japan 2, Malta 1, Qatar 1. Each names one of its
 * country's checkpoints; two name an IRCC (the `cpcWithIrcc` fixture → `indiaIrcc`, and a Danish one →
 * a Kenyan IRCC), and those IRCCs get `referencedByCPC_ss`.
 */
import type { Plan } from './allocation.js';
import type { ByGovernment } from './build-national.js';
import { LAST_MOMENT, type Context } from './context.js';
import { addDays, between, isoZ, parseYmd, startOfDay, ymd } from './dates.js';
import { SLOTS } from './fixtures.js';
import { termFields } from './index-doc.js';
import { appendField, ref, type MockRecord } from './model.js';
import type { Tri } from './phrases.js';
import { Rng } from './random.js';

const RESOURCES: readonly Tri[] = [
  { en: 'plant genetic resources', fr: 'ressources phytogénétiques', es: 'recursos fitogenéticos' },
  { en: 'microbial strains', fr: 'souches microbiennes', es: 'cepas microbianas' },
  { en: 'animal tissue samples', fr: "échantillons de tissus d'animaux", es: 'muestras de tejido animal' },
];

/** Countries whose resources the unlinked communiqués report. */
const SOURCES = ['in', 'ke', 'pe', 'za', 'mx', 'pa', 'bt', 'et', 'mg', 'vn'];

export function buildCommuniques(ctx: Context, plan: Plan, checkpoints: ByGovernment, irccs: ByGovernment): void {
  const rng = new Rng('national:absCheckpointCommunique');
  const all = [...irccs.values()].flat();
  const indiaIrcc = all.find((r) => r.documentId === SLOTS.indiaIrcc.documentId);
  // a Kenyan IRCC that is not a fixture
  const kenyaIrcc = irccs.get('ke')?.[3];
  for (const [gov, count] of plan.get('absCheckpointCommunique') ?? []) {
    const cps = checkpoints.get(gov);
    if (!cps?.length) throw new Error(`communiqué country ${gov} has no checkpoint`);
    for (let i = 0; i < count; i++) {
      const slot = ctx.takeSlot('absCheckpointCommunique', gov);
      const linked: MockRecord | undefined = slot?.traits.includes('linksIrcc') ? indiaIrcc : gov === 'dk' && i === 0 ? kenyaIrcc : undefined;
      const sources = linked?.government ? [linked.government] : rng.sample(SOURCES, rng.int(1, 2));
      const source = sources[0] as string;
      const names = ctx.countryName(source);
      const what = rng.pick(RESOURCES);
      const title: Tri = {
        en: `Checkpoint communiqué on the utilization of ${what.en} from ${names.en}`,
        fr: `Communiqué du point de contrôle sur l'utilisation de ${what.fr} (origine : ${names.fr})`,
        es: `Comunicado del punto de verificación sobre la utilización de ${what.es} procedentes de ${names.es}`,
      };
      const access = linked ? new Date(String(linked.fields.date_dt)) : startOfDay(between(rng, parseYmd('2015-01-01'), parseYmd('2019-06-30')));
      const checkpoint = rng.pick(cps);
      const record = ctx.newRecord({
        schema: 'absCheckpointCommunique', government: gov, rng, title, languages: ctx.languages(rng, gov, slot),
        created: between(rng, addDays(access, 30), LAST_MOMENT), ...(slot ? { slot } : {}),
      });
      record.references.push({ field: 'absCheckpoints', identifiers: [ref(checkpoint)] });
      if (linked) {
        record.references.push({ field: 'absIRCCs', identifiers: [ref(linked)] });
        appendField(linked, 'referencedByCPC_ss', record.identifier);
      }
      record.fields = {
        absCheckpoints_ss: [checkpoint.identifier],
        ...(linked ? { absIRCCs_ss: [linked.identifier] } : {}),
        ...termFields('sourceCountries', sources, (c) => ctx.countryName(c)),
        dateOfAccess_dt: isoZ(access),
      };
      record.terms = [...sources];
      record.body = {
        title: record.title,
        absCheckpoints: [{ identifier: ref(checkpoint) }],
        ...(linked ? { absIRCCs: [{ identifier: ref(linked) }] } : {}),
        sourceCountries: sources.map((identifier) => ({ identifier })),
        dateOfAccess: ymd(access),
      };
    }
  }
}
